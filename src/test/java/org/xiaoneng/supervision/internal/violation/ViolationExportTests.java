package org.xiaoneng.supervision.internal.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.supervision.ExportedRows.rows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.ExportedRows;
import org.xiaoneng.supervision.ViolationRule;

/**
 * The violations list as Excel, opened with POI: the rows and filters of the list on screen (every row, not only the
 * first page), in the viewer's scope and language, names masked; the export is audited; without the permission, 403.
 * Each test's violations happen on a day of their own, so the date filter isolates them.
 */
@IntegrationTest
class ViolationExportTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired ViolationRegister register;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    long swj;
    long gsj;
    String tag;
    LocalDate day;

    @BeforeEach
    void violations() {
        swj = organization.departmentByCode("SWJ").orElseThrow().id();
        gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        long n = System.nanoTime();
        tag = Long.toString(n % 1_000_000_000L, 36).toUpperCase();
        day = LocalDate.of(2001, 1, 1).plusDays(n % 7_000);
        Instant at = day.atTime(9, 30).atZone(StatutoryCalendar.ZONE).toInstant();
        put(ViolationRule.SECOND_CORRECTION, swj, "张伟13812345678", "V1" + tag, at);
        put(ViolationRule.LATE_DECISION, swj, "李娜", "V2" + tag, at.plus(Duration.ofHours(1)));
        put(ViolationRule.SECOND_CORRECTION, gsj, "王芳", "V3" + tag, at.plus(Duration.ofMinutes(1)));
    }

    private void put(ViolationRule rule, long department, String staffName, String caseNumber, Instant at) {
        register.insert(new NewViolation(rule, rule + ":export:" + caseNumber,
                new Responsible(null, staffName, "handler1", null, "承办岗", department), "SWJ-XK-001",
                "外商投资企业设立审批", null, caseNumber, at, "supervision.violation.description.SECOND_CORRECTION",
                List.of("2"), List.of("attempt:" + caseNumber)), clock.instant());
    }

    private MockHttpServletRequestBuilder export() {
        return get("/console/supervision/violations/export").param("from", day.toString())
                .param("to", day.toString());
    }

    private String name(long department) {
        return organization.department(department).orElseThrow().name();
    }

    @Test
    void theSupervisorExportsEveryViolationOfTheFiltersLatestFirstAndTheExportIsAudited() throws Exception {
        List<List<String>> rows = rows(mvc.perform(export().with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(ExportedRows.XLSX)))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly("发生时间", "违规类型", "责任人", "岗位", "责任部门", "案件编号", "事项",
                "违规情况");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(5)).containsExactly("V2" + tag, "V3" + tag, "V1" + tag);
        assertThat(rows.get(3)).containsExactly(day + " 09:30", "二次补正", "张伟138****5678", "承办岗", name(swj),
                "V1" + tag, "外商投资企业设立审批", "已出具一次性告知书（办件记录第2条）后，又试图再次要求补正；系统已拒绝。");
        assertThat(rows.get(2).get(4)).isEqualTo(name(gsj));

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry
                 WHERE action = 'supervision.export.violations' AND account = 'supervisor1' AND after_summary LIKE :f""")
                .param("f", "%from=" + day + "%").query(String.class).list())
                .containsExactly("rule=ANY from=" + day + " to=" + day + "; rows=3"));
    }

    @Test
    void aDepartmentLeaderExportsOnlyHisDepartmentsInEnglishWithTheRuleFilter() throws Exception {
        RequestPostProcessor leader = TestPrincipals.staff("swjleader", swj,
                DataScope.of(organization.subtreeOf(swj)), Violations.VIEW);
        List<List<String>> rows = rows(mvc.perform(export().param("rule", "SECOND_CORRECTION").param("lang", "en")
                        .with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).startsWith("Occurred", "Rule", "Person");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(5)).containsExactly("V1" + tag);
        assertThat(rows.get(1).get(1)).isEqualTo("Second correction notice");
        // another department's violations: none, as on screen
        assertThat(rows(mvc.perform(export().param("department", String.valueOf(gsj)).with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).hasSize(1);
    }

    @Test
    void theListLinksToTheExportOfItsFiltersAndStaffWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(get("/console/supervision/violations").param("rule", "LATE_DECISION")
                        .param("from", day.toString()).header("HX-Request", "true")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"violations-export\"")))
                .andExpect(content().string(containsString(
                        "/console/supervision/violations/export?rule=LATE_DECISION&amp;department=&amp;from=" + day)));
        mvc.perform(export().with(httpBasic("handler1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(export().with(TestPrincipals.staff("nobody" + tag, swj, DataScope.everything())))
                .andExpect(status().isForbidden());
    }
}
