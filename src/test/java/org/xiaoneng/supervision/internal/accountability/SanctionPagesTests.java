package org.xiaoneng.supervision.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * Warnings and sanctions through the console: a supervisor confirms a proposal with a reason (none: 422, nothing
 * changed); the person sees it among his own and appeals once (a second appeal: 409); a leader decides the appeal with
 * a reason; every step is audited. A supervisor who also approves for the department is refused.
 */
@IntegrationTest
class SanctionPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired SanctionRepository sanctions;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired org.xiaoneng.TestClock clock;

    private long proposalFor(String account) {
        long staff = organization.staffIdOf(account).orElseThrow();
        long department = organization.staffContact(staff).orElseThrow().departmentId();
        return sanctions.propose(SanctionKind.WARNING, staff, "张伟", department, "TEST:" + UUID.randomUUID(),
                "30天内红灯2次：测试", clock.instant(), "TEST", List.of()).orElseThrow();
    }

    private String state(long id) {
        return jdbc.sql("SELECT state || ' ' || appeal_state || ' ' || kind FROM supervision_sanction WHERE id = :id")
                .param("id", id).query(String.class).single();
    }

    @Test
    void confirmedWithAReasonThenAppealedOnceAndTheAppealDecidedAndRecorded() throws Exception {
        long id = proposalFor("handler1");
        mvc.perform(get("/console/supervision/sanctions").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sanction-" + id + "\"")))
                .andExpect(content().string(containsString("待确认")));
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "WARNING").param("reason", " "))
                .andExpect(status().isUnprocessableContent());
        assertThat(state(id)).isEqualTo("PROPOSED NONE WARNING");
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "CRITICISM")
                        .param("reason", "两件超期均无正当理由"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CONFIRMED NONE CRITICISM");

        // the person sees it and appeals, once
        mvc.perform(get("/console/supervision/sanctions/mine").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-sanction-" + id + "\"")))
                .andExpect(content().string(containsString("通报批评")));
        mvc.perform(get("/console/supervision/sanctions/{id}", id).with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sanction-appeal-form\"")));
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal", id).with(httpBasic("handler1", PASSWORD))
                        .with(csrf()).param("version", "1").param("grounds", "其中一件系申请人补正材料所致"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal", id).with(httpBasic("handler1", PASSWORD))
                        .with(csrf()).param("version", "2").param("grounds", "再次申诉"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("只能申诉一次")));
        // someone else's sanction is not his to see or appeal
        long other = proposalFor("handler2");
        mvc.perform(get("/console/supervision/sanctions/{id}", other).with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isNotFound());
        // the person cannot decide his appeal
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal-decision", id)
                        .with(httpBasic("handler1", PASSWORD)).with(csrf()).param("version", "2")
                        .param("upheld", "false").param("reason", "自己撤销"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal-decision", id)
                        .with(httpBasic("leader1", PASSWORD)).with(csrf()).param("version", "2")
                        .param("upheld", "false").param("reason", "经核实，补正期间不应计入超期"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CONFIRMED OVERTURNED CRITICISM");
        mvc.perform(get("/console/supervision/sanctions/{id}", id).with(httpBasic("handler1", PASSWORD)))
                .andExpect(content().string(containsString("经核实，补正期间不应计入超期")))
                .andExpect(content().string(not(containsString("id=\"sanction-appeal-form\""))));

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT action FROM audit_entry WHERE record_type = 'sanction' AND record_id = :id ORDER BY seq""")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("supervision.sanction.confirmed", "supervision.sanction.appealed",
                        "supervision.sanction.appeal.overturned"));
    }

    @Test
    void theDecisionFormOffersTheProposedKindOrAHeavierOneNeverALighter() throws Exception {
        long staff = organization.staffIdOf("handler1").orElseThrow();
        long department = organization.staffContact(staff).orElseThrow().departmentId();
        long admonition = sanctions.propose(SanctionKind.ADMONITION, staff, "张伟", department,
                "TEST:" + UUID.randomUUID(), "12个月内效能告诫3次", clock.instant(), "TEST", List.of()).orElseThrow();
        mvc.perform(get("/console/supervision/sanctions/{id}", admonition).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"ADMONITION\"")))
                .andExpect(content().string(containsString("value=\"DISCIPLINARY\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"WARNING\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"CRITICISM\""))));
    }

    @Test
    void aSupervisorWhoAlsoApprovesForTheDepartmentCannotDecideItsSanctions() throws Exception {
        long id = proposalFor("handler2");
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id)
                        .with(TestPrincipals.staff("dual1", null, DataScope.of(List.of(swj)),
                                "supervision:sanction:decide", "ROLE_APPROVER", "casework:case:decide"))
                        .with(csrf()).param("version", "0").param("kind", "WARNING").param("reason", "理由"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督")));
        assertThat(state(id)).isEqualTo("PROPOSED NONE WARNING");
        // out of scope: another department's supervisor
        long gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        mvc.perform(post("/console/supervision/sanctions/{id}/dismiss", id)
                        .with(TestPrincipals.staff("gsjsup", null, DataScope.of(List.of(gsj)),
                                "supervision:sanction:decide"))
                        .with(csrf()).param("version", "0").param("reason", "理由"))
                .andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("PROPOSED NONE WARNING");
    }
}
