package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.supervision.internal.violation.RuleSetting;
import org.xiaoneng.supervision.internal.violation.RuleSettings;

/**
 * The rules' settings: a setting that makes no sense (negative or too many days, a parameter for a rule without one,
 * a word) is refused — on the page with 422, the form shown again and the message in the reader's language — and
 * changes nothing; a sensible change is audited with before and after; a rule switched off records nothing, and
 * switched on again it records from the next detection.
 */
@IntegrationTest
class RuleSettingsTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired RuleSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired TestClock clock;

    @Test
    void settingsThatMakeNoSenseAreRefusedAndChangeNothing() {
        RuleSetting before = settings.of(ViolationRule.LATE_INTAKE_DECISION);
        assertThatThrownBy(() -> settings.change(ViolationRule.LATE_INTAKE_DECISION, true, -1, before.version()))
                .isInstanceOf(DomainException.class).hasMessage("supervision.rule.param.intakeDays.range");
        assertThatThrownBy(() -> settings.change(ViolationRule.LATE_INTAKE_DECISION, true, 6, before.version()))
                .isInstanceOf(DomainException.class).hasMessage("supervision.rule.param.intakeDays.range");
        assertThatThrownBy(() -> settings.change(ViolationRule.LATE_INTAKE_DECISION, true, null, before.version()))
                .isInstanceOf(DomainException.class).hasMessage("supervision.rule.parameterRequired");
        RuleSetting grace = settings.of(ViolationRule.STEP_OVERDUE);
        assertThatThrownBy(() -> settings.change(ViolationRule.STEP_OVERDUE, true, -3, grace.version()))
                .isInstanceOf(DomainException.class).hasMessage("supervision.rule.param.grace.range");
        RuleSetting none = settings.of(ViolationRule.SECOND_CORRECTION);
        assertThatThrownBy(() -> settings.change(ViolationRule.SECOND_CORRECTION, true, 2, none.version()))
                .isInstanceOf(DomainException.class).hasMessage("supervision.rule.noParameter");
        assertThat(settings.of(ViolationRule.LATE_INTAKE_DECISION)).isEqualTo(before);
        assertThat(settings.of(ViolationRule.STEP_OVERDUE)).isEqualTo(grace);
        assertThat(settings.of(ViolationRule.SECOND_CORRECTION)).isEqualTo(none);
    }

    @Test
    void thePageRefusesANegativeGraceWith422InTheReadersLanguageAndSavesASensibleOneAudited() throws Exception {
        RuleSetting before = settings.of(ViolationRule.STEP_OVERDUE);
        mvc.perform(post("/console/supervision/rules/STEP_OVERDUE").param("enabled", "true").param("days", "-1")
                        .param("version", String.valueOf(before.version()))
                        .with(httpBasic("supervisor1", PASSWORD)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"rules-table\"")))
                .andExpect(content().string(containsString("宽限须在0至60个工作日之间。")))
                .andExpect(content().string(containsString("value=\"-1\"")));
        mvc.perform(post("/console/supervision/rules/STEP_OVERDUE").param("enabled", "true").param("days", "two")
                        .param("version", String.valueOf(before.version()))
                        .header("Accept-Language", "en")
                        .with(httpBasic("supervisor1", PASSWORD)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The parameter must be a whole number of working days.")));
        assertThat(settings.of(ViolationRule.STEP_OVERDUE)).isEqualTo(before);

        try {
            mvc.perform(post("/console/supervision/rules/STEP_OVERDUE").param("enabled", "true").param("days", "2")
                            .param("version", String.valueOf(before.version()))
                            .with(httpBasic("supervisor1", PASSWORD)).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/console/supervision/rules"));
            RuleSetting after = settings.of(ViolationRule.STEP_OVERDUE);
            assertThat(after.days()).isEqualTo(2);
            assertThat(after.updatedBy()).isEqualTo("supervisor1");
            Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                    SELECT account || ' ' || before_summary || ' > ' || after_summary FROM audit_entry
                     WHERE action = 'supervision.rule.changed' AND record_id = 'STEP_OVERDUE' ORDER BY seq DESC
                     LIMIT 1""").query(String.class).single())
                    .isEqualTo("supervisor1 " + before.summary() + " > on days=2"));
            // a stale form is a conflict, not a silent overwrite
            mvc.perform(post("/console/supervision/rules/STEP_OVERDUE").param("enabled", "true").param("days", "1")
                            .param("version", String.valueOf(before.version()))
                            .with(httpBasic("supervisor1", PASSWORD)).with(csrf()))
                    .andExpect(status().isConflict());
        } finally {
            settings.change(ViolationRule.STEP_OVERDUE, true, 0, settings.of(ViolationRule.STEP_OVERDUE).version());
        }
    }

    @Test
    void onlyTheEfficiencyOfficeConfiguresTheRules() throws Exception {
        mvc.perform(get("/console/supervision/rules").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受理决定期限（工作日）")));
        mvc.perform(get("/console/supervision/rules").with(httpBasic("leader1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/supervision/rules/STEP_OVERDUE").param("enabled", "false")
                        .param("version", "0").with(httpBasic("leader1", PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRuleSwitchedOffRecordsNothingAndSwitchedOnRecordsFromTheNextDetection() {
        Violating violating = new Violating(casework, catalog, jdbc, clock, settings);
        violating.setting(ViolationRule.REFUSAL_WITHOUT_REASON, false, null);
        try {
            CaseView off = violating.received(Channel.WINDOW, violating.requiredMaterials());
            refuseWithoutReason(off);
            violating.awaitListeners();
            assertThat(violating.of(off.id(), "REFUSAL_WITHOUT_REASON")).isEmpty();
        } finally {
            violating.setting(ViolationRule.REFUSAL_WITHOUT_REASON, true, null);
        }
        CaseView on = violating.received(Channel.WINDOW, violating.requiredMaterials());
        refuseWithoutReason(on);
        assertThat(violating.await(on.id(), "REFUSAL_WITHOUT_REASON").caseNumber()).isEqualTo(on.number());
    }

    private void refuseWithoutReason(CaseView c) {
        assertThatThrownBy(() -> Violating.as("clerk1", () -> casework.refuse(c.id(), c.version(), "")))
                .isInstanceOf(DomainException.class);
    }

}
