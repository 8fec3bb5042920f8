package org.xiaoneng.supervision.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DomainException;

/**
 * The accountability policy on the real database, from the ledger's light history: 2 cases with a red light in 30 days
 * (a case counts once, however many of its deadlines turned red) propose a warning, once; 3 confirmed warnings in 12 months propose an admonition; 10 red lights of a department in a month
 * propose leader accountability for its leader, once a month. Time is the test clock's. Each test uses people of a
 * department no other test touches.
 */
@IntegrationTest
class AccountabilityPolicyTests {

    @Autowired PolicyEvaluation evaluation;
    @Autowired Accountability accountability;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired TestClock clock;

    RedLights reds;

    @BeforeEach
    void reds() {
        reds = new RedLights(jdbc, organization);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoRedLightsWithinThirtyDaysProposeOneWarningAndNoRedCountsTwice() {
        long staff = reds.staffOf("GTJ-KY");
        long department = reds.departmentOf(staff);
        Instant now = clock.instant();
        long old = reds.red(staff, department, now.minus(Duration.ofDays(40)));
        long first = reds.red(staff, department, now.minus(Duration.ofDays(3)));
        assertThat(evaluation.evaluateStaff(staff, now)).as("one red in the window").isEmpty();
        long firstsStep = reds.redOfSameCase(staff, department, now.minus(Duration.ofDays(2)), first);
        assertThat(evaluation.evaluateStaff(staff, now)).as("the same case's step: still one late case").isEmpty();

        long second = reds.red(staff, department, now.minus(Duration.ofHours(1)));
        Optional<Long> warning = evaluation.evaluateStaff(staff, now);
        assertThat(warning).isPresent();
        assertThat(reds.evidence(warning.get()))
                .containsExactlyInAnyOrder("change:" + first, "change:" + firstsStep, "change:" + second)
                .doesNotContain("change:" + old);
        SanctionView proposed = accountability.find(warning.get());
        assertThat(proposed.kind()).isEqualTo(SanctionKind.WARNING);
        assertThat(proposed.state()).isEqualTo(SanctionState.PROPOSED);
        assertThat(proposed.grounds()).contains("30天内2件案件亮红灯");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT action FROM audit_entry WHERE record_type = 'sanction' AND record_id = :id""")
                .param("id", String.valueOf(warning.get())).query(String.class).list())
                .containsExactly("supervision.sanction.proposed"));

        // evaluated again (a redelivered event): nothing new; a third red alone is not enough
        assertThat(evaluation.evaluateStaff(staff, now)).isEmpty();
        reds.red(staff, department, now.minus(Duration.ofMinutes(5)));
        assertThat(evaluation.evaluateStaff(staff, now)).isEmpty();
        assertThat(reds.proposals(staff, "WARNING")).isEqualTo(1);

        // a month later the old reds are out of the window
        clock.advance(Duration.ofDays(31));
        reds.red(staff, department, clock.instant().minus(Duration.ofMinutes(1)));
        assertThat(evaluation.evaluateStaff(staff, clock.instant())).isEmpty();
    }

    @Test
    void twoViolationsOfTheRulesOfConductWithinThirtyDaysProposeOneWarningButOverdueOnesDoNotCount() {
        long staff = reds.staffOf("RSJ-KY");
        long department = reds.departmentOf(staff);
        Instant now = clock.instant();
        long first = violation(staff, department, "SECOND_CORRECTION", now.minus(Duration.ofDays(4)));
        violation(staff, department, "CASE_OVERDUE", now.minus(Duration.ofDays(3))); // its red light counts instead
        violation(staff, department, "ACTING_WITHOUT_POSITION", now.minus(Duration.ofDays(40))); // out of the window
        assertThat(evaluation.evaluateStaffViolations(staff, now)).as("one in the window").isEmpty();

        long second = violation(staff, department, "OUTSIDE_SERVICE_CENTER", now.minus(Duration.ofHours(1)));
        long warning = evaluation.evaluateStaffViolations(staff, now).orElseThrow();
        assertThat(reds.evidence(warning)).containsExactlyInAnyOrder("violation:" + first, "violation:" + second);
        assertThat(accountability.find(warning).grounds()).contains("30天内违规2次", "二次补正", "体外循环");
        assertThat(evaluation.evaluateStaffViolations(staff, now)).as("each violation counts once").isEmpty();
    }

    private long violation(long staff, long department, String rule, Instant occurredAt) {
        return jdbc.sql("""
                INSERT INTO supervision_violation (rule, evidence_key, staff_id, staff_name, department_id, case_number,
                                                   occurred_at, found_at, description_key)
                VALUES (:rule, :key, :staff, '测试人员', :department, 'T-1', :at, :at, 'test')
                RETURNING id""")
                .param("rule", rule).param("key", "test:" + java.util.UUID.randomUUID()).param("staff", staff)
                .param("department", department).param("at", occurredAt.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    @Test
    void threeConfirmedWarningsWithinTwelveMonthsProposeAnAdmonition() {
        long staff = reds.staffOf("HBJ-KY");
        long department = reds.departmentOf(staff);
        long[] warnings = new long[3];
        for (int i = 0; i < 3; i++) {
            Instant now = clock.instant();
            reds.red(staff, department, now.minus(Duration.ofHours(2)));
            reds.red(staff, department, now.minus(Duration.ofHours(1)));
            warnings[i] = evaluation.evaluateStaff(staff, now).orElseThrow();
            assertThat(reds.proposals(staff, "ADMONITION")).as("before the third warning").isZero();
            SanctionView confirmed = accountability.confirm(warnings[i], 0, SanctionKind.WARNING, "经核实，确系本人延误");
            assertThat(confirmed.state()).isEqualTo(SanctionState.CONFIRMED);
            assertThat(confirmed.decisionReason()).isEqualTo("经核实，确系本人延误");
            clock.advance(Duration.ofDays(35)); // each warning in a window of its own
        }
        assertThat(reds.proposals(staff, "ADMONITION")).isEqualTo(1);
        Long admonition = jdbc.sql("""
                SELECT id FROM supervision_sanction WHERE staff_id = :staff AND kind = 'ADMONITION'""")
                .param("staff", staff).query(Long.class).single();
        assertThat(reds.evidence(admonition)).containsExactlyInAnyOrder("sanction:" + warnings[0],
                "sanction:" + warnings[1], "sanction:" + warnings[2]);
        assertThat(evaluation.evaluateAdmonition(staff, clock.instant())).isEmpty();
    }

    @Test
    void aDepartmentWithTenRedLightsInAMonthAnswersThroughItsLeaderOncePerMonth() {
        long staff = reds.staffOf("CZJ-KY");
        long department = reds.departmentOf(staff);
        long leader = reds.staffOf("CZJ-JZ");
        Instant now = clock.instant();
        for (int i = 0; i < 9; i++) {
            reds.red(staff, department, now.minusSeconds(60 + i));
        }
        assertThat(evaluation.evaluateDepartment(department, now)).isEmpty();
        reds.red(staff, department, now.minusSeconds(30));
        long proposal = evaluation.evaluateDepartment(department, now).orElseThrow();
        SanctionView sanction = accountability.find(proposal);
        assertThat(sanction.kind()).isEqualTo(SanctionKind.LEADER_ACCOUNTABILITY);
        assertThat(sanction.staffId()).isEqualTo(leader);
        assertThat(sanction.departmentId()).isEqualTo(department);
        assertThat(sanction.grounds()).contains("10件案件亮红灯");

        reds.red(staff, department, now.minusSeconds(10));
        assertThat(evaluation.evaluateDepartment(department, now)).as("one proposal per month").isEmpty();

        // leader accountability stays what it is
        assertThatThrownBy(() -> accountability.confirm(proposal, sanction.version(), SanctionKind.WARNING, "理由"))
                .isInstanceOf(DomainException.class).hasMessage("supervision.sanction.error.kind");
    }

    @Test
    void aProposalIsDecidedOnceAndAStaleVersionChangesNothing() {
        long staff = reds.staffOf("WSJ-KY");
        long department = reds.departmentOf(staff);
        Instant now = clock.instant();
        reds.red(staff, department, now.minus(Duration.ofHours(2)));
        reds.red(staff, department, now.minus(Duration.ofHours(1)));
        long proposal = evaluation.evaluateStaff(staff, now).orElseThrow();

        assertThatThrownBy(() -> accountability.dismiss(proposal, 7, "理由"))
                .isInstanceOf(ConflictException.class);
        SanctionView dismissed = accountability.dismiss(proposal, 0, "系统故障所致，非本人责任");
        assertThat(dismissed.state()).isEqualTo(SanctionState.DISMISSED);
        assertThatThrownBy(() -> accountability.confirm(proposal, dismissed.version(), SanctionKind.WARNING, "理由"))
                .isInstanceOf(ConflictException.class).hasMessage("supervision.sanction.error.decided");
        // a dismissal is not a record against the person, and the dismissed reds are not counted again
        assertThat(jdbc.sql("SELECT state FROM supervision_sanction WHERE id = :id").param("id", proposal)
                .query(String.class).single()).isEqualTo("DISMISSED");
        assertThat(evaluation.evaluateStaff(staff, now)).isEmpty();
    }
}
