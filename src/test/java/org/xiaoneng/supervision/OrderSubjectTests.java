package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * A manual order citing a subject goes only to a department answering for it, and only about a subject that exists in
 * the issuer's scope: a violation (its department), a case (found in casework; its item's lead department or the
 * department of one of its watched deadlines), a red deadline still watched (its department). A department left empty
 * is taken from the subject; anything else is refused with a clear message in the reader's language, nothing issued.
 */
@IntegrationTest
class OrderSubjectTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired TestClock clock;

    Ledgers ledgers;
    long swj;
    long gsj;

    @BeforeEach
    void helpers() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
        swj = organization.departmentByCode("SWJ").orElseThrow().id();
        gsj = organization.departmentByCode("GSJ").orElseThrow().id();
    }

    private MockHttpServletRequestBuilder issue(String kind, @Nullable Long department, String reference,
            String title) {
        MockHttpServletRequestBuilder request = post("/console/supervision/orders").with(csrf())
                .param("subjectKind", kind).param("departmentId", department == null ? "" : department.toString())
                .param("title", title).param("demand", "请说明原因并报送整改措施")
                .param("idempotencyKey", UUID.randomUUID().toString());
        return switch (kind) {
            case "VIOLATION" -> request.param("violationId", reference);
            case "CASE" -> request.param("caseNumber", reference);
            default -> request.param("deadlineId", reference);
        };
    }

    /** department, subject reference and case number of the orders of the title. */
    private List<String> ordersTitled(String title) {
        return jdbc.sql("""
                SELECT department_id || ' ' || subject_ref || ' ' || COALESCE(case_number, '-')
                  FROM supervision_order WHERE title = :title""")
                .param("title", title).query(String.class).list();
    }

    private long violation(long department, String caseNumber) {
        return jdbc.sql("""
                INSERT INTO supervision_violation (rule, evidence_key, department_id, case_number, occurred_at,
                       found_at, description_key)
                VALUES ('REFUSAL_WITHOUT_REASON', :key, :department, :number, :at, :at,
                       'supervision.violation.description.REFUSAL_WITHOUT_REASON')
                RETURNING id""")
                .param("key", "TEST:" + UUID.randomUUID()).param("department", department)
                .param("number", caseNumber).param("at", OffsetDateTime.now())
                .query(Long.class).single();
    }

    @Test
    void aViolationIsOrderedOnlyToItsDepartmentAndOnlyWhenItExistsInTheIssuersScope() throws Exception {
        String number = "V" + System.nanoTime();
        long cited = violation(swj, number);
        String title = "违规督办 " + UUID.randomUUID();

        mvc.perform(issue("VIOLATION", gsj, String.valueOf(cited), title).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("督办只能下发给违规记录所属部门")));
        mvc.perform(issue("VIOLATION", gsj, String.valueOf(cited), title).param("lang", "en")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Another department answers for the violation")));
        mvc.perform(issue("VIOLATION", swj, String.valueOf(cited + 1_000_000), title)
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("未找到编号为" + (cited + 1_000_000) + "的违规记录")));
        // a supervisor of another department: the violation is not his to cite, whatever department he names
        mvc.perform(issue("VIOLATION", null, String.valueOf(cited), title).with(TestPrincipals.staff("gsjsup", gsj,
                        DataScope.of(List.of(gsj)), "supervision:order:issue", "supervision:violation:view")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不在您的监察范围内")));
        assertThat(ordersTitled(title)).as("nothing issued").isEmpty();

        mvc.perform(issue("VIOLATION", null, String.valueOf(cited), title).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        assertThat(ordersTitled(title)).containsExactly(swj + " " + cited + " " + number);
    }

    @Test
    void aCaseMustExistAndTheOrderGoesToItsLeadDepartmentOrOneAnsweringForItsDeadlines() throws Exception {
        CaseView accepted = ledgers.accepted();
        String ref = "case:" + accepted.id();
        ledgers.await(ref, r -> r.state().equals("OPEN"));
        long window = ledgers.await(ref + ":task:1", r -> r.state().equals("OPEN")).departmentId();
        assertThat(window).as("the first step is the service center's").isNotEqualTo(swj);
        String title = "案件督办 " + UUID.randomUUID();

        mvc.perform(issue("CASE", swj, "2026SWJ-NONE-" + System.nanoTime(), title)
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("未找到案件编号")));
        mvc.perform(issue("CASE", gsj, accepted.number(), title).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("所选部门与该案件无关")));
        mvc.perform(issue("CASE", gsj, accepted.number(), title).param("lang", "en")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("has nothing to do with the case")));
        assertThat(ordersTitled(title)).as("nothing issued").isEmpty();

        mvc.perform(issue("CASE", window, " " + accepted.number() + " ", title)
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        String lead = "案件督办主办 " + UUID.randomUUID();
        mvc.perform(issue("CASE", null, accepted.number(), lead).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        assertThat(ordersTitled(title)).containsExactly(window + " " + accepted.number() + " " + accepted.number());
        assertThat(ordersTitled(lead)).containsExactly(swj + " " + accepted.number() + " " + accepted.number());
    }

    @Test
    void aDeadlineMustBeRedAndStillWatchedAndTheOrderGoesToItsDepartment() throws Exception {
        Instant now = clock.instant();
        String number = "D" + System.nanoTime();
        long red = ledgers.put(Ledgers.Put.of(number, swj, "SWJ-XK-001", "RED", now.minus(Duration.ofDays(3))));
        long green = ledgers.put(Ledgers.Put.of(number + "G", swj, "SWJ-XK-001", "GREEN", now.plus(Duration.ofDays(9))));
        long closed = ledgers.put(Ledgers.Put.of(number + "C", swj, "SWJ-XK-001", "RED", now.minus(Duration.ofDays(3)))
                .state("CLOSED"));
        String title = "时限督办 " + UUID.randomUUID();

        mvc.perform(issue("DEADLINE", gsj, String.valueOf(red), title).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("所选红灯时限由其他部门负责")));
        mvc.perform(issue("DEADLINE", gsj, String.valueOf(red), title).param("lang", "en")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Another department answers for the chosen red deadline")));
        for (long notRed : new long[] {green, closed}) {
            mvc.perform(issue("DEADLINE", null, String.valueOf(notRed), title).with(httpBasic("supervisor1", PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("请选择一个仍在监控中的红灯时限")));
        }
        mvc.perform(issue("DEADLINE", null, String.valueOf(red), title).with(TestPrincipals.staff("gsjsup2", gsj,
                        DataScope.of(List.of(gsj)), "supervision:order:issue")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择一个仍在监控中的红灯时限")));
        assertThat(ordersTitled(title)).as("nothing issued").isEmpty();

        mvc.perform(issue("DEADLINE", swj, String.valueOf(red), title).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().is3xxRedirection());
        assertThat(ordersTitled(title)).containsExactly(swj + " " + red + " " + number);
    }
}
