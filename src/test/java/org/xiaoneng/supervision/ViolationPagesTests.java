package org.xiaoneng.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.internal.violation.Violations;

/**
 * The violations console: the efficiency office sees every department's violations with their description and
 * evidence, a department leader only his department's (another's detail is refused on the server), staff without the
 * permission are refused; filters by rule, department and date; the results alone for htmx. The violations are put
 * into the register directly, as detection would leave them.
 */
@IntegrationTest
class ViolationPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;

    long swj;
    long gsj;
    long swjViolation;
    long gsjViolation;
    long caseId;
    String swjNumber;
    String gsjNumber;

    @BeforeEach
    void violations() {
        swj = organization.departmentByCode("SWJ").orElseThrow().id();
        gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        String suffix = String.valueOf(System.nanoTime() % 10_000_000L);
        swjNumber = "2026SWJV" + suffix;
        gsjNumber = "2026GSJV" + suffix;
        caseId = 800_000_000L + System.nanoTime() % 1_000_000L;
        Instant yesterday = LocalDate.now(StatutoryCalendar.ZONE).minusDays(1).atTime(10, 0)
                .atZone(StatutoryCalendar.ZONE).toInstant();
        swjViolation = insert("SECOND_CORRECTION", swj, swjNumber, caseId, yesterday,
                "supervision.violation.description.SECOND_CORRECTION", new String[] {"2"},
                new String[] {"case-event:" + caseId + ":2", "attempt:" + suffix});
        gsjViolation = insert("LATE_DECISION", gsj, gsjNumber, caseId + 1,
                LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(StatutoryCalendar.ZONE).toInstant(),
                "supervision.violation.description.LATE_DECISION", new String[] {"2026-02-20", "2026-03-02", "5"},
                new String[] {"case-event:" + (caseId + 1) + ":9"});
    }

    private long insert(String rule, long department, String number, long caseId, Instant at, String key,
            String[] args, String[] evidence) {
        return jdbc.sql("""
                INSERT INTO supervision_violation (rule, evidence_key, staff_id, staff_name, account, position_id,
                       position_name, department_id, item_code, item_name, case_id, case_number, occurred_at, found_at,
                       description_key, description_args, evidence)
                VALUES (:rule, :key, NULL, '张伟', 'handler1', NULL, '承办岗', :department, 'SWJ-XK-001',
                       '外商投资企业设立审批', :caseId, :number, :at, :at, :descKey, :args, :evidence)
                RETURNING id""")
                .param("rule", rule).param("key", rule + ":test:" + number).param("department", department)
                .param("caseId", caseId).param("number", number).param("at", at.atOffset(ZoneOffset.UTC))
                .param("descKey", key).param("args", args).param("evidence", evidence)
                .query(Long.class).single();
    }

    private RequestPostProcessor leaderOf(long department) {
        return TestPrincipals.staff("swjleader", department, DataScope.of(organization.subtreeOf(department)),
                Violations.VIEW);
    }

    @Test
    void theSupervisorSeesEveryDepartmentsViolationsDescribedAndTheEvidenceLinksToTheCase() throws Exception {
        mvc.perform(get("/console/supervision/violations").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"menu-supervision-violations\"")))
                .andExpect(content().string(containsString("id=\"menu-supervision-rules\"")))
                .andExpect(content().string(containsString("违规记录")))
                .andExpect(content().string(containsString(swjNumber)))
                .andExpect(content().string(containsString(gsjNumber)))
                .andExpect(content().string(containsString("二次补正")))
                .andExpect(content().string(containsString("办件应于2026-02-20前作出决定，实际于2026-03-02作出，超期5个工作日。")))
                .andExpect(content().string(containsString("href=\"/console/cases/" + caseId + "\"")));
        mvc.perform(get("/console/supervision/violations/{id}", swjViolation).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evidence-0-case\"")))
                .andExpect(content().string(containsString("href=\"/console/cases/" + caseId + "\"")))
                .andExpect(content().string(containsString("办件记录第2条")))
                .andExpect(content().string(containsString("被拒绝的操作")))
                .andExpect(content().string(containsString("市商务局")));
        mvc.perform(get("/console/supervision/violations/{id}", gsjViolation).with(httpBasic("supervisor1", PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The decision was due by 2026-02-20 and was made on "
                        + "2026-03-02, 5 working days late.")));
    }

    @Test
    void aDepartmentLeaderSeesOnlyHisDepartmentsViolations() throws Exception {
        mvc.perform(get("/console/supervision/violations").with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(swjNumber)))
                .andExpect(content().string(not(containsString(gsjNumber))));
        mvc.perform(get("/console/supervision/violations/{id}", swjViolation).with(leaderOf(swj)))
                .andExpect(status().isOk());
        mvc.perform(get("/console/supervision/violations/{id}", gsjViolation).with(leaderOf(swj)))
                .andExpect(status().isForbidden());
        // asking for another department's violations shows none of them
        mvc.perform(get("/console/supervision/violations").param("department", String.valueOf(gsj))
                        .with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(gsjNumber))));
    }

    @Test
    void staffWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(get("/console/supervision/violations").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision/violations/{id}", swjViolation).with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void filtersByRuleDepartmentAndDateAndAnswersOnlyTheResultsToHtmx() throws Exception {
        mvc.perform(get("/console/supervision/violations").param("rule", "LATE_DECISION")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(gsjNumber)))
                .andExpect(content().string(not(containsString(swjNumber))));
        mvc.perform(get("/console/supervision/violations").param("department", String.valueOf(swj))
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(content().string(containsString(swjNumber)))
                .andExpect(content().string(not(containsString(gsjNumber))));
        mvc.perform(get("/console/supervision/violations").param("from", "2026-03-01").param("to", "2026-03-02")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(content().string(containsString(gsjNumber)))
                .andExpect(content().string(not(containsString(swjNumber))));
        mvc.perform(get("/console/supervision/violations").param("to", "2026-03-01")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(content().string(not(containsString(gsjNumber))));
        mvc.perform(get("/console/supervision/violations").header("HX-Request", "true")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"violations-results\"")))
                .andExpect(content().string(not(containsString("id=\"violations-filter-form\""))))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void theDetailOffersASupervisionOrderAboutTheViolationOnlyToThoseWhoIssueThem() throws Exception {
        mvc.perform(get("/console/supervision/violations/{id}", swjViolation).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"violation-issue-order\"")))
                .andExpect(content().string(containsString(
                        "href=\"/console/supervision/orders/new?violation=" + swjViolation + "\"")))
                .andExpect(content().string(containsString("发出督办")));
        mvc.perform(get("/console/supervision/violations/{id}", swjViolation).with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"violation-issue-order\""))));
    }
}
