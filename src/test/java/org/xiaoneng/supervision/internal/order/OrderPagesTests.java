package org.xiaoneng.supervision.internal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
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
 * Supervision orders through the console: a supervisor issues one (a form sent twice issues one order), the
 * department answers it (only its own department), the supervisor closes it or sends it back; stale versions answer
 * 409; the rectification recommendation is a real PDF with Chinese text; every action is audited; a supervisor who
 * also approves for the department is refused.
 */
@IntegrationTest
class OrderPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;

    private long swj() {
        return organization.departmentByCode("SWJ").orElseThrow().id();
    }

    private MockHttpServletRequestBuilder issue(long department, String title, String key) {
        return post("/console/supervision/orders").with(csrf()).param("subjectKind", "TEXT")
                .param("departmentId", String.valueOf(department)).param("title", title)
                .param("demand", "请说明外资审批积压原因并报送整改措施").param("idempotencyKey", key);
    }

    private List<Long> ordersTitled(String title) {
        return jdbc.sql("SELECT id FROM supervision_order WHERE title = :title").param("title", title)
                .query(Long.class).list();
    }

    private String row(long id) {
        return jdbc.sql("SELECT state || ' ' || escalation || ' ' || version FROM supervision_order WHERE id = :id")
                .param("id", id).query(String.class).single();
    }

    private String ledger(long id) {
        return jdbc.sql("SELECT subject_type || ' ' || light || ' ' || state FROM supervision_deadline WHERE subject_ref = :ref")
                .param("ref", "order:" + id).query(String.class).single();
    }

    @Test
    void issuedOnceRespondedByTheDepartmentAndClosedByTheSupervisorEachStepAudited() throws Exception {
        String title = "外资审批积压 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        mvc.perform(get("/console/supervision/orders/new").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-issue-form\"")))
                .andExpect(content().string(containsString("name=\"idempotencyKey\"")));
        mvc.perform(issue(swj(), title, key).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(issue(swj(), title, key).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        List<Long> ids = ordersTitled(title);
        assertThat(ids).as("the same form sent twice").hasSize(1);
        long id = ids.get(0);
        assertThat(row(id)).isEqualTo("OPEN BLUE 0");
        assertThat(ledger(id)).isEqualTo("SUPERVISION_ORDER GREEN OPEN");

        mvc.perform(get("/console/supervision/orders").with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-" + id + "\"")))
                .andExpect(content().string(containsString("待回复")));
        mvc.perform(get("/console/supervision/orders").param("state", "OPEN").header("HX-Request", "true")
                        .with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"orders-results\"")))
                .andExpect(content().string(containsString("id=\"order-" + id + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
        mvc.perform(get("/console/supervision/orders/{id}", id).with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-respond-form\"")));
        // nothing said: refused and nothing changed
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "0").param("response", "").param("measures", ""))
                .andExpect(status().isUnprocessableContent());
        assertThat(row(id)).isEqualTo("OPEN BLUE 0");
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "0").param("response", "积压系系统升级所致，已于当日恢复")
                        .param("measures", "增设周末值班，建立积压预警"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).isEqualTo("RESPONDED BLUE 1");
        assertThat(ledger(id)).as("a response ends the watch").isEqualTo("SUPERVISION_ORDER GREEN CLOSED");
        // the same POST again: the order moved on
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "0").param("response", "再次").param("measures", "再次"))
                .andExpect(status().isConflict());
        // the department cannot close its own order
        mvc.perform(post("/console/supervision/orders/{id}/close", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "1").param("note", "自己办结"))
                .andExpect(status().isForbidden());

        // sent back once, answered again, then closed
        mvc.perform(post("/console/supervision/orders/{id}/return", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "1").param("note", "整改措施不具体"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).isEqualTo("OPEN BLUE 2");
        assertThat(ledger(id)).as("watched again").isEqualTo("SUPERVISION_ORDER GREEN OPEN");
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "2").param("response", "已查明原因")
                        .param("measures", "每日通报积压件，责任到人"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/supervision/orders/{id}/close", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "3").param("note", "整改措施可行，予以办结"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).isEqualTo("CLOSED BLUE 4");
        mvc.perform(get("/console/supervision/orders/{id}", id).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(content().string(containsString("已办结")))
                .andExpect(content().string(containsString("整改措施可行，予以办结")))
                .andExpect(content().string(containsString("退回")));

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT action FROM audit_entry WHERE record_type = 'supervision-order' AND record_id = :id ORDER BY seq""")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("supervision.order.issued", "supervision.order.responded",
                        "supervision.order.returned", "supervision.order.responded", "supervision.order.closed"));
        // the department's leader (who acts for SWJ-JZ) was told of the order
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE idempotency_key = :key")
                .param("key", "supervision-order:" + id + ":issued").query(Long.class).single()).isPositive();
    }

    @Test
    void aDepartmentAnswersOnlyItsOwnOrdersAndAnApproverCannotIssueWhereHeApproves() throws Exception {
        long gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        String title = "工商登记超期 " + UUID.randomUUID();
        mvc.perform(issue(gsj, title, UUID.randomUUID().toString()).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        long id = ordersTitled(title).get(0);
        mvc.perform(get("/console/supervision/orders/{id}", id).with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/supervision/orders/{id}/response", id).with(httpBasic("deptadmin1", PASSWORD))
                        .with(csrf()).param("version", "0").param("response", "越权回复").param("measures", "无"))
                .andExpect(status().isForbidden());
        assertThat(row(id)).isEqualTo("OPEN BLUE 0");
        // staff without the permissions
        mvc.perform(get("/console/supervision/orders").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());

        String refused = "兼任审批 " + UUID.randomUUID();
        mvc.perform(issue(swj(), refused, UUID.randomUUID().toString())
                        .with(TestPrincipals.staff("dual2", null, DataScope.of(List.of(swj())),
                                "supervision:order:issue", "ROLE_APPROVER", "casework:case:decide")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        assertThat(ordersTitled(refused)).isEmpty();
        mvc.perform(issue(swj(), refused, UUID.randomUUID().toString()).param("lang", "en")
                        .with(TestPrincipals.staff("dual2", null, DataScope.of(List.of(swj())),
                                "supervision:order:issue", "ROLE_APPROVER", "casework:case:decide")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("approving and supervising must stay separate")));
    }

    @Test
    void theRectificationRecommendationIsAPdfWithChineseText() throws Exception {
        String title = "外资审批积压PDF " + UUID.randomUUID();
        mvc.perform(issue(swj(), title, UUID.randomUUID().toString()).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        long id = ordersTitled(title).get(0);
        byte[] pdf = mvc.perform(get("/console/supervision/orders/{id}/rectification.pdf", id)
                        .with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("整改建议书", "市商务局", "外资审批积压PDF", "效能办");
        }
    }
}
