package org.xiaoneng.supervision.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;

/**
 * The settings page: nonsense — a negative day, an orange stage of zero days (blue would skip to red), an orange stage
 * longer than the response limit, a window beyond its limit, a stale version — is refused with a clear message in
 * the reader's language and nothing changes; a sound change is saved, audited and read by the next evaluation.
 */
@IntegrationTest
class PolicySettingsTests {

    static final String PASSWORD = "Demo@2026";
    static final Map<String, String> DEFAULTS = Map.of("orderResponseDays", "5", "orderOrangeDays", "3",
            "autoOrderOnViolation", "true", "warningRedLights", "2", "warningWindowDays", "30",
            "admonitionWarnings", "3", "admonitionWindowMonths", "12", "leaderRedLights", "10",
            "warningViolations", "2");

    @Autowired MockMvc mvc;
    @Autowired Policies policies;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void restoreDefaults() {
        jdbc.sql("""
                UPDATE supervision_policy SET order_response_days = 5, order_orange_days = 3,
                       auto_order_on_violation = TRUE, auto_order_on_red = FALSE, warning_red_lights = 2,
                       warning_window_days = 30, admonition_warnings = 3, admonition_window_months = 12,
                       leader_red_lights = 10 WHERE id = 1""").update();
    }

    private MockHttpServletRequestBuilder save(Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/console/supervision/policy").with(csrf())
                .with(httpBasic("supervisor1", PASSWORD))
                .param("version", String.valueOf(policies.current().version()));
        DEFAULTS.forEach((name, value) -> request.param(name, changes.getOrDefault(name, value)));
        changes.forEach((name, value) -> {
            if (!DEFAULTS.containsKey(name)) {
                request.param(name, value);
            }
        });
        return request;
    }

    @Test
    void nonsenseIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        Policy before = policies.current();
        mvc.perform(save(Map.of("orderResponseDays", "-2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("必须是正整数")));
        mvc.perform(save(Map.of("orderOrangeDays", "0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能跳级")));
        mvc.perform(save(Map.of("orderOrangeDays", "8")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能长于回复期限")));
        mvc.perform(save(Map.of("warningWindowDays", "400")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能超过366天")));
        mvc.perform(save(Map.of("orderOrangeDays", "0", "lang", "en")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The ladder cannot skip a level")));
        mvc.perform(save(Map.of("warningViolations", "-1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("违规次数须在0到100之间")));
        mvc.perform(save(Map.of("leaderRedLights", "abc")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("必须填写整数")));
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void aSoundChangeIsSavedAuditedAndReadAfresh() throws Exception {
        Policy before = policies.current();
        mvc.perform(get("/console/supervision/policy").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"policy-orderOrangeDays\"")));
        mvc.perform(save(Map.of("orderResponseDays", "4", "orderOrangeDays", "2", "warningRedLights", "3")))
                .andExpect(status().is3xxRedirection());
        Policy after = policies.current();
        assertThat(after.orderResponseDays()).isEqualTo(4);
        assertThat(after.orderOrangeDays()).isEqualTo(2);
        assertThat(after.warningRedLights()).isEqualTo(3);
        assertThat(after.autoOrderOnRed()).as("unchecked").isFalse();
        assertThat(after.version()).isEqualTo(before.version() + 1);

        // a form read before that change is stale now
        mvc.perform(post("/console/supervision/policy").with(csrf()).with(httpBasic("supervisor1", PASSWORD))
                        .param("version", String.valueOf(before.version())).param("orderResponseDays", "6")
                        .param("orderOrangeDays", "2").param("warningRedLights", "2").param("warningWindowDays", "30")
                        .param("admonitionWarnings", "3").param("admonitionWindowMonths", "12")
                        .param("leaderRedLights", "10").param("warningViolations", "2"))
                .andExpect(status().isConflict());
        assertThat(policies.current()).isEqualTo(after);

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry WHERE action = 'supervision.policy.changed'
                 ORDER BY seq DESC LIMIT 1""").query(String.class).single()).contains("order 4+2wd", "warning 3 reds"));
    }

    @Test
    void onlyTheEfficiencyOfficeConfiguresThePolicy() throws Exception {
        mvc.perform(get("/console/supervision/policy").with(httpBasic("leader1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision/policy").with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
