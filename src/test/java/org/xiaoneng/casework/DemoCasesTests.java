package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;

/** The demo cases: one at every step, each where its rules put it, in the right inboxes and on the portal. */
@IntegrationTest
class DemoCasesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Casework casework;

    @Test
    void theDemoCasesStandAtEveryStep() throws Exception {
        Map<String, String> states = jdbc.sql("""
                SELECT applicant_name, state FROM casework_case
                WHERE applicant_name IN ('王小明', '示范进出口有限公司', '李华', '海峡贸易有限公司', '榕城投资有限公司',
                                         '陈刚', '闽江科技有限公司')""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // the shared test clock moves on in other tests, whose deemed-acceptance sweeps (art. 32) accept this one too
        assertThat(states.remove("王小明")).isIn("RECEIVED", "ACCEPTED");
        assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(
                "示范进出口有限公司", "CORRECTION_REQUESTED", "李华", "IN_PROCESS", "海峡贸易有限公司", "IN_PROCESS",
                "榕城投资有限公司", "SUSPENDED", "陈刚", "IN_PROCESS", "闽江科技有限公司", "CLOSED"));
        String inbox = mvc.perform(get("/api/v1/casework/inbox").with(httpBasic("approver1", "Demo@2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> approverWork = JsonPath.read(inbox, "$[*].stageName");
        assertThat(approverWork).contains("决定");
        assertThat(casework.published(0)).extracting(PublicCase::applicantName).contains("闽江科技有限公司");
    }
}
