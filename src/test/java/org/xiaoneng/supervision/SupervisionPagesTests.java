package org.xiaoneng.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * The supervision console: supervisors and leaders see the lit deadlines of the whole city, a department's leader
 * only his department's (checked on the server), others are refused; the results alone for htmx. The rows are put
 * into the ledger directly, as registrations would leave them.
 */
@IntegrationTest
class SupervisionPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;

    long swj;
    long gsj;
    String redNumber;
    String yellowNumber;
    String closedNumber;
    long redCase;

    @BeforeEach
    void lights() {
        swj = organization.departmentByCode("SWJ").orElseThrow().id();
        gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        String suffix = String.valueOf(System.nanoTime() % 10_000_000L);
        redNumber = "2026SWJR" + suffix;
        yellowNumber = "2026GSJY" + suffix;
        closedNumber = "2026SWJC" + suffix;
        redCase = 900_000_000L + System.nanoTime() % 1_000_000L;
        LocalDate today = LocalDate.now(StatutoryCalendar.ZONE);
        insert("CASE", redNumber, redCase, swj, "RED", "OPEN", today.minusDays(10));
        insert("CASE_LICENCE", redNumber, redCase, swj, "RED", "OPEN", today.minusDays(3));
        insert("CASE", yellowNumber, redCase + 1, gsj, "YELLOW", "OPEN", today.plusDays(1));
        insert("CASE", closedNumber, redCase + 2, swj, "RED", "CLOSED", today.minusDays(10));
    }

    private void insert(String subject, String number, long caseId, long department, String light, String state, LocalDate due) {
        Instant dueAt = due.plusDays(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
        jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_id, case_number, item_code, item_name, department_id, position_name, staff_name,
                       limit_working_days, warning_working_days, due_on, due_at, yellow_at, light, state,
                       registered_at, updated_at)
                VALUES (:subject, :ref, :source, 1, 0, :caseId, :number, 'SWJ-XK-001', '外商投资企业设立审批', :department,
                       '承办岗', '张伟', 20, 4, :due, :dueAt, :yellowAt, :light, :state, now(), now())""")
                .param("subject", subject).param("source", "case:" + caseId)
                .param("ref", "case:" + caseId + (subject.equals("CASE_LICENCE") ? ":licence" : ""))
                .param("caseId", caseId).param("number", number)
                .param("department", department).param("due", due)
                .param("dueAt", dueAt.atOffset(ZoneOffset.UTC))
                .param("yellowAt", dueAt.minusSeconds(5 * 86_400).atOffset(ZoneOffset.UTC))
                .param("light", light).param("state", state)
                .update();
    }

    private RequestPostProcessor leaderOf(long department) {
        return TestPrincipals.staff("swjleader", department, DataScope.of(organization.subtreeOf(department)),
                Supervision.VIEW);
    }

    @Test
    void theSupervisorSeesEveryLitDeadlineWithItsCaseLinkDepartmentAndDaysOverdue() throws Exception {
        mvc.perform(get("/console/supervision").with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"menu-supervision\"")))
                .andExpect(content().string(containsString("电子监察")))
                .andExpect(content().string(containsString("id=\"supervision-count-RED\"")))
                .andExpect(content().string(containsString(redNumber)))
                .andExpect(content().string(containsString("href=\"/console/cases/" + redCase + "\"")))
                .andExpect(content().string(containsString("市商务局")))
                .andExpect(content().string(containsString("红灯（超期）")))
                .andExpect(content().string(containsString("发证期限")))
                .andExpect(content().string(containsString(yellowNumber)))
                .andExpect(content().string(containsString("黄灯（预警）")))
                .andExpect(content().string(not(containsString(closedNumber))));
        mvc.perform(get("/console/supervision").param("light", "RED").with(httpBasic("leader1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(redNumber)))
                .andExpect(content().string(not(containsString(yellowNumber))));
    }

    @Test
    void aDepartmentLeaderSeesOnlyHisDepartmentsDeadlines() throws Exception {
        mvc.perform(get("/console/supervision").with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(redNumber)))
                .andExpect(content().string(not(containsString(yellowNumber))));
        mvc.perform(get("/console/supervision").with(leaderOf(gsj)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(yellowNumber)))
                .andExpect(content().string(not(containsString(redNumber))));
    }

    @Test
    void staffWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(get("/console/supervision").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision").with(TestPrincipals.staff("clerk", swj,
                        DataScope.everything(), "casework:case:view")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console").with(httpBasic("handler1", PASSWORD)))
                .andExpect(content().string(not(containsString("id=\"menu-supervision\""))));
    }

    @Test
    void htmxGetsTheResultsAloneAndEnglishReadersGetEnglish() throws Exception {
        mvc.perform(get("/console/supervision").header("HX-Request", "true").with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supervision-results\"")))
                .andExpect(content().string(containsString("every 30s")))
                .andExpect(content().string(containsString(redNumber)))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(get("/console/supervision").param("lang", "en").with(leaderOf(swj)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Red (overdue)")))
                .andExpect(content().string(containsString("Licence issuance")))
                .andExpect(content().string(containsString("working days overdue")));
    }
}
