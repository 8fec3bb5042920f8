package org.xiaoneng.supervision.internal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * 审批与监督分离 for orders, whatever the role: whoever may decide a department's cases (casework:case:decide over it)
 * may not issue, close or send back its orders — an account without the approver role but with the power, and the
 * system admin (every permission, city-wide) — while the efficiency office's supervisor may. Nothing changes on a
 * refusal.
 */
@IntegrationTest
class OrderSeparationTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;

    private long swj() {
        return organization.departmentByCode("SWJ").orElseThrow().id();
    }

    private MockHttpServletRequestBuilder issue(String title) {
        return post("/console/supervision/orders").with(csrf()).param("subjectKind", "TEXT")
                .param("departmentId", String.valueOf(swj())).param("title", title)
                .param("demand", "请说明窗口积压原因").param("idempotencyKey", UUID.randomUUID().toString());
    }

    private List<Long> ordersTitled(String title) {
        return jdbc.sql("SELECT id FROM supervision_order WHERE title = :title").param("title", title)
                .query(Long.class).list();
    }

    private String row(long id) {
        return jdbc.sql("SELECT state || ' ' || version FROM supervision_order WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    void whoeverMayDecideTheDepartmentsCasesCannotIssueToItEvenWithoutTheApproverRole() throws Exception {
        String title = "可审批者督办 " + UUID.randomUUID();
        mvc.perform(issue(title).with(TestPrincipals.staff("decider", null, DataScope.of(List.of(swj())),
                        "supervision:order:issue", "casework:case:decide")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        mvc.perform(issue(title).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        assertThat(ordersTitled(title)).isEmpty();
    }

    @Test
    void theSystemAdminCannotCloseOrSendBackButTheSupervisorCan() throws Exception {
        String title = "管理员办结 " + UUID.randomUUID();
        mvc.perform(issue(title).with(httpBasic("supervisor1", PASSWORD))).andExpect(status().is3xxRedirection());
        long id = ordersTitled(title).get(0);
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "0").param("response", "已查明原因").param("measures", "增设窗口"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).isEqualTo("RESPONDED 1");

        mvc.perform(post("/console/supervision/orders/{id}/close", id).with(httpBasic("admin", PASSWORD))
                        .with(csrf()).param("version", "1").param("note", "管理员办结"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        mvc.perform(post("/console/supervision/orders/{id}/return", id).with(httpBasic("admin", PASSWORD))
                        .with(csrf()).param("version", "1").param("note", "管理员退回"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/supervision/orders/{id}/close", id).with(csrf()).param("version", "1")
                        .param("note", "兼有审批权办结").with(TestPrincipals.staff("decider2", null,
                                DataScope.of(List.of(swj())), "supervision:order:issue", "casework:case:decide")))
                .andExpect(status().isUnprocessableContent());
        assertThat(row(id)).as("nothing changed").isEqualTo("RESPONDED 1");

        mvc.perform(post("/console/supervision/orders/{id}/close", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "1").param("note", "整改措施可行"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).isEqualTo("CLOSED 2");
    }
}
