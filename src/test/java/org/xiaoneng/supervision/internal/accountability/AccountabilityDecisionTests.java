package org.xiaoneng.supervision.internal.accountability;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * Deciding warnings, sanctions and appeals: nobody who may decide the department's cases confirms, dismisses or
 * decides an appeal there — neither an account holding casework:case:decide without the approver role nor the system
 * admin; the supervisor and the leader do. A proposal is confirmed as its kind or a heavier one, never a lighter one.
 * Each refusal answers 422 with a clear message and changes nothing.
 */
@IntegrationTest
class AccountabilityDecisionTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired SanctionRepository sanctions;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long departmentOf(String account) {
        long staff = organization.staffIdOf(account).orElseThrow();
        return organization.staffContact(staff).orElseThrow().departmentId();
    }

    private long proposal(SanctionKind kind, String account) {
        long staff = organization.staffIdOf(account).orElseThrow();
        return sanctions.propose(kind, staff, "张伟", departmentOf(account), "TEST:" + UUID.randomUUID(),
                "测试依据", clock.instant(), "TEST", List.of()).orElseThrow();
    }

    private String state(long id) {
        return jdbc.sql("""
                SELECT state || ' ' || appeal_state || ' ' || kind || ' ' || version FROM supervision_sanction
                 WHERE id = :id""").param("id", id).query(String.class).single();
    }

    private static RequestPostProcessor decider(long department, String... permissions) {
        return TestPrincipals.staff("decider" + department, null, DataScope.of(List.of(department)), permissions);
    }

    @Test
    void whoeverMayDecideTheDepartmentsCasesCannotConfirmOrDismissItsSanctions() throws Exception {
        long id = proposal(SanctionKind.WARNING, "handler2");
        long department = departmentOf("handler2");
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("admin", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "WARNING").param("reason", "管理员确认"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        mvc.perform(post("/console/supervision/sanctions/{id}/dismiss", id).with(httpBasic("admin", PASSWORD))
                        .with(csrf()).param("version", "0").param("reason", "管理员撤销"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/supervision/sanctions/{id}/dismiss", id)
                        .with(decider(department, "supervision:sanction:decide", "casework:case:decide"))
                        .with(csrf()).param("version", "0").param("reason", "兼有审批权撤销"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        assertThat(state(id)).as("nothing changed").isEqualTo("PROPOSED NONE WARNING 0");
        mvc.perform(post("/console/supervision/sanctions/{id}/dismiss", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("reason", "系统故障所致"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("DISMISSED NONE WARNING 1");
    }

    @Test
    void whoeverMayDecideTheDepartmentsCasesCannotDecideAnAppealTheLeaderDoes() throws Exception {
        long id = proposal(SanctionKind.WARNING, "handler1");
        long department = departmentOf("handler1");
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "WARNING").param("reason", "确系本人延误"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal", id).with(httpBasic("handler1", PASSWORD))
                        .with(csrf()).param("version", "1").param("grounds", "系申请人补正所致"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CONFIRMED PENDING WARNING 2");

        mvc.perform(post("/console/supervision/sanctions/{id}/appeal-decision", id)
                        .with(decider(department, "supervision:appeal:decide", "casework:case:decide"))
                        .with(csrf()).param("version", "2").param("upheld", "false").param("reason", "兼有审批权"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        mvc.perform(post("/console/supervision/sanctions/{id}/appeal-decision", id).with(httpBasic("admin", PASSWORD))
                        .with(csrf()).param("version", "2").param("upheld", "true").param("reason", "管理员维持"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("审批与监督分离")));
        assertThat(state(id)).as("nothing changed").isEqualTo("CONFIRMED PENDING WARNING 2");

        mvc.perform(post("/console/supervision/sanctions/{id}/appeal-decision", id)
                        .with(httpBasic("leader1", PASSWORD)).with(csrf()).param("version", "2")
                        .param("upheld", "true").param("reason", "经核实，延误属实"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CONFIRMED UPHELD WARNING 3");
    }

    @Test
    void aProposalIsConfirmedAsItsKindOrAHeavierOneNeverALighterOne() throws Exception {
        long id = proposal(SanctionKind.ADMONITION, "handler2");
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "WARNING").param("reason", "从轻处理"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能减轻")));
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "CRITICISM").param("reason", "从轻处理")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("never a lighter one")));
        assertThat(state(id)).as("nothing changed").isEqualTo("PROPOSED NONE ADMONITION 0");

        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", id).with(httpBasic("supervisor1", PASSWORD))
                        .with(csrf()).param("version", "0").param("kind", "ADMONITION").param("reason", "情节属实"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CONFIRMED NONE ADMONITION 1");

        long heavier = proposal(SanctionKind.WARNING, "handler2");
        mvc.perform(post("/console/supervision/sanctions/{id}/confirm", heavier)
                        .with(httpBasic("supervisor1", PASSWORD)).with(csrf()).param("version", "0")
                        .param("kind", "DISCIPLINARY").param("reason", "情节严重"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(heavier)).isEqualTo("CONFIRMED NONE DISCIPLINARY 1");
    }
}
