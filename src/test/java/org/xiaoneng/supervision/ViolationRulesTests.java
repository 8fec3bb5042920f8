package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.identity.RolesChanged;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.OutOfScopeException;
import org.xiaoneng.supervision.internal.violation.RuleSettings;
import org.xiaoneng.supervision.internal.violation.ViolationScan;

/**
 * One test per violation rule, on the real database through the casework facade (and identity's grants): each
 * violation is found once, names the person, position, department, item and case that apply, carries the events that
 * prove it, and is audited. Time is moved by the test clock; sweeps and scans are called by the test.
 */
@IntegrationTest
class ViolationRulesTests {

    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired Supervision supervision;
    @Autowired ViolationScan scan;
    @Autowired RuleSettings settings;
    @Autowired OrganizationDirectory organization;
    @Autowired StatutoryCalendar calendar;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    Violating violating;
    Ledgers ledgers;

    @BeforeEach
    void helpers() {
        violating = new Violating(casework, catalog, jdbc, clock, settings);
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStepPastItsDueDayIsAStepOverdueOfWhoeverActsForItsPosition() {
        CaseView accepted = violating.accepted();
        Ledgers.Row step = ledgers.await("case:" + accepted.id() + ":task:1", r -> r.state().equals("OPEN"));

        ledgers.moveTo(step.dueAt().plus(Duration.ofMinutes(1)));
        supervision.sweep();

        Violating.Found found = violating.await(accepted.id(), "STEP_OVERDUE");
        PositionRef window = organization.positionByCode("XZFWZX-ZHSL").orElseThrow();
        StaffPost clerk = organization.postOf("clerk1").orElseThrow();
        assertThat(found.positionId()).isEqualTo(window.id());
        assertThat(found.staffId()).isEqualTo(clerk.staffId());
        assertThat(found.staffName()).isEqualTo(clerk.staffName());
        assertThat(found.departmentId()).isEqualTo(window.departmentId());
        assertThat(found.itemCode()).isEqualTo(Violating.ITEM);
        assertThat(found.caseNumber()).isEqualTo(accepted.number());
        assertThat(found.args()).containsExactly("受理", step.dueOn().toString(), "0");
        long redChange = ledgers.changes(step.id()).stream().filter(c -> c.to().equals("RED")).findFirst()
                .orElseThrow().id();
        assertThat(found.evidence()).containsExactly("deadline:" + step.id(), "light-change:" + redChange);
        Ledgers.awaitQuietly(() -> assertThat(violating.audited(found.id()))
                .containsExactly("supervision.violation.found"));

        // found once, however often the sweep and the scan run
        supervision.sweep();
        scan.overdue();
        violating.awaitListeners();
        assertThat(violating.of(accepted.id(), "STEP_OVERDUE")).hasSize(1);
    }

    @Test
    void aCaseStillRedAfterItsGraceIsACaseOverdueRecordedByTheScanOnce() {
        violating.setting(ViolationRule.CASE_OVERDUE, true, 2);
        try {
            CaseView accepted = violating.accepted();
            Ledgers.Row whole = ledgers.await("case:" + accepted.id(), r -> r.state().equals("OPEN"));

            // red, but within the grace of 2 working days: nothing yet
            ledgers.moveTo(whole.dueAt().plus(Duration.ofMinutes(1)));
            supervision.sweep();
            assertThat(ledgers.row("case:" + accepted.id()).orElseThrow().light()).isEqualTo("RED");
            violating.moveTo(calendar.plusWorkingDays(whole.dueOn(), 2));
            scan.overdue();
            violating.awaitListeners();
            assertThat(violating.of(accepted.id(), "CASE_OVERDUE")).isEmpty();

            // the grace is over
            violating.moveTo(calendar.plusWorkingDays(whole.dueOn(), 3));
            assertThat(scan.overdue()).isPositive();
            scan.overdue();
            List<Violating.Found> found = violating.of(accepted.id(), "CASE_OVERDUE");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).descriptionKey()).endsWith("CASE_OVERDUE.grace");
            assertThat(found.get(0).args()).containsExactly(whole.dueOn().toString(), "2");
            assertThat(found.get(0).occurredAt()).isEqualTo(calendar.plusWorkingDays(whole.dueOn(), 2).plusDays(1)
                    .atStartOfDay(StatutoryCalendar.ZONE).toInstant());
            assertThat(found.get(0).departmentId()).isEqualTo(whole.departmentId());
            assertThat(found.get(0).positionId()).isEqualTo(whole.positionId());
            assertThat(found.get(0).evidence()).contains("deadline:" + whole.id());
            long id = found.get(0).id();
            Ledgers.awaitQuietly(() -> assertThat(violating.audited(id)).containsExactly("supervision.violation.found"));
        } finally {
            violating.setting(ViolationRule.CASE_OVERDUE, true, 0);
        }
    }

    @Test
    void aDeemedAcceptanceIsALateIntakeDecisionOfTheIntakePosition() {
        CaseView received = violating.received();
        Ledgers.Row intake = ledgers.await("case:" + received.id() + ":acceptance", r -> r.state().equals("OPEN"));

        violating.moveTo(intake.dueOn().plusDays(1));
        casework.deemAcceptedWhereDue();

        Violating.Found found = violating.await(received.id(), "LATE_INTAKE_DECISION");
        assertThat(found.descriptionKey()).endsWith("LATE_INTAKE_DECISION.deemed");
        assertThat(found.positionId()).isEqualTo(intake.positionId());
        assertThat(found.departmentId()).isEqualTo(intake.departmentId());
        assertThat(found.args()).containsExactly(
                LocalDate.ofInstant(received.receivedAt(), StatutoryCalendar.ZONE).toString());
        int deemedSeq = casework.find(received.id()).history().size();
        assertThat(found.evidence()).startsWith("case-event:" + received.id() + ":1",
                "case-event:" + received.id() + ":" + deemedSeq);
    }

    @Test
    void anIntakeDecisionLaterThanTheConfiguredDaysIsALateIntakeDecisionOfWhoDecided() {
        violating.setting(ViolationRule.LATE_INTAKE_DECISION, true, 3);
        try {
            CaseView received = violating.received(Channel.WINDOW, violating.requiredMaterials());
            LocalDate receipt = LocalDate.ofInstant(received.receivedAt(), StatutoryCalendar.ZONE);
            // on the 3rd working day: in time
            violating.moveTo(calendar.plusWorkingDays(receipt, 3));
            CaseView inTime = violating.received(Channel.WINDOW, violating.requiredMaterials());
            violating.moveTo(calendar.plusWorkingDays(receipt, 4));
            CaseView accepted = Violating.as("clerk1",
                    () -> casework.accept(received.id(), received.version(), List.of()));

            Violating.Found found = violating.await(accepted.id(), "LATE_INTAKE_DECISION");
            StaffPost clerk = organization.postOf("clerk1").orElseThrow();
            assertThat(found.staffId()).isEqualTo(clerk.staffId());
            assertThat(found.positionId()).isEqualTo(clerk.positionId());
            assertThat(found.args()).containsExactly(receipt.toString(), "4", "ACCEPTED", "3");

            // received on day 3, accepted on day 4: one working day, no violation
            Violating.as("clerk1", () -> casework.accept(inTime.id(), inTime.version(), List.of()));
            violating.awaitListeners();
            assertThat(violating.of(inTime.id(), "LATE_INTAKE_DECISION")).isEmpty();
        } finally {
            violating.setting(ViolationRule.LATE_INTAKE_DECISION, true, 5);
        }
    }

    @Test
    void aSecondCorrectionNoticeIsRefusedButRecordedWithTheFirstNoticeAsEvidence() {
        CaseView received = violating.received(Channel.WINDOW, List.of());
        CaseView corrected = Violating.as("clerk1",
                () -> casework.requestCorrection(received.id(), received.version(), List.of()));
        int noticeSeq = corrected.history().size();
        CaseView resubmitted = casework.resubmit(corrected.id(), corrected.version(), violating.requiredMaterials());

        assertThatThrownBy(() -> Violating.as("clerk1",
                () -> casework.requestCorrection(resubmitted.id(), resubmitted.version(), List.of())))
                .isInstanceOf(DomainException.class).hasMessage("casework.correction.onlyOnce");
        // the case is as it was: the refusal rolled back
        assertThat(casework.find(received.id()).version()).isEqualTo(resubmitted.version());
        assertThat(casework.find(received.id()).state()).isEqualTo(CaseState.RECEIVED);

        Violating.Found found = violating.await(received.id(), "SECOND_CORRECTION");
        StaffPost clerk = organization.postOf("clerk1").orElseThrow();
        assertThat(found.staffId()).isEqualTo(clerk.staffId());
        assertThat(found.departmentId()).isEqualTo(clerk.departmentId());
        assertThat(found.evidence()).first().isEqualTo("case-event:" + received.id() + ":" + noticeSeq);
        assertThat(found.evidence()).anyMatch(e -> e.startsWith("attempt:"));
        assertThat(found.args()).containsExactly(String.valueOf(noticeSeq));
        // the attempt itself is in the audit trail
        Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'casework.case.attempt-refused' AND record_id = :n""")
                .param("n", received.number()).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void aRefusalWithoutReasonsIsRefusedButRecorded() {
        CaseView received = violating.received(Channel.WINDOW, violating.requiredMaterials());
        assertThatThrownBy(() -> Violating.as("clerk1",
                () -> casework.refuse(received.id(), received.version(), "  ")))
                .isInstanceOf(DomainException.class).hasMessage("casework.refuse.reasonsRequired");
        assertThat(casework.find(received.id()).state()).isEqualTo(CaseState.RECEIVED);

        Violating.Found found = violating.await(received.id(), "REFUSAL_WITHOUT_REASON");
        assertThat(found.staffId()).isEqualTo(organization.postOf("clerk1").orElseThrow().staffId());
        assertThat(found.caseNumber()).isEqualTo(received.number());
    }

    @Test
    void theSameRefusedRequestSentTwiceIsOneViolationAndALaterAttemptOnTheChangedCaseAnother() {
        CaseView received = violating.received(Channel.WINDOW, List.of());
        for (int i = 0; i < 2; i++) { // a double click: the same form, the case unchanged in between
            assertThatThrownBy(() -> Violating.as("clerk1",
                    () -> casework.refuse(received.id(), received.version(), "  ")))
                    .isInstanceOf(DomainException.class).hasMessage("casework.refuse.reasonsRequired");
        }
        violating.await(received.id(), "REFUSAL_WITHOUT_REASON");
        violating.awaitListeners();
        assertThat(violating.of(received.id(), "REFUSAL_WITHOUT_REASON")).hasSize(1);

        // the case moved on (a correction notice): the same refusal now is another attempt
        CaseView corrected = Violating.as("clerk1",
                () -> casework.requestCorrection(received.id(), received.version(), List.of()));
        assertThatThrownBy(() -> Violating.as("clerk1",
                () -> casework.refuse(corrected.id(), corrected.version(), "")))
                .isInstanceOf(DomainException.class).hasMessage("casework.refuse.reasonsRequired");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> violating.of(received.id(), "REFUSAL_WITHOUT_REASON").size() == 2);
        violating.awaitListeners();
        assertThat(violating.of(received.id(), "REFUSAL_WITHOUT_REASON")).hasSize(2);
    }

    @Test
    void aSuspensionWithoutTheWrittenReasonIsRefusedButRecorded() {
        CaseView accepted = violating.accepted();
        CaseView started = casework.startProcessing(accepted.id(), accepted.version(), null);
        assertThatThrownBy(() -> Violating.as("handler1", () -> casework.suspend(started.id(), started.version(),
                null, SpecialProcedure.EXPERT_REVIEW, "")))
                .isInstanceOf(DomainException.class).hasMessage("casework.suspend.reasonRequired");
        assertThat(casework.find(accepted.id()).state()).isEqualTo(CaseState.IN_PROCESS);

        Violating.Found found = violating.await(accepted.id(), "SUSPENSION_WITHOUT_NOTICE");
        StaffPost handler = organization.postOf("handler1").orElseThrow();
        assertThat(found.staffId()).isEqualTo(handler.staffId());
        assertThat(found.positionId()).isEqualTo(handler.positionId());
        assertThat(found.departmentId()).isEqualTo(handler.departmentId());
    }

    @Test
    void anExtensionBySomeoneWhoCannotApproveItIsRefusedButRecorded() {
        CaseView accepted = violating.accepted();
        CaseView started = casework.startProcessing(accepted.id(), accepted.version(), null);
        assertThatThrownBy(() -> Violating.as("handler1",
                () -> casework.extend(started.id(), started.version(), null, "材料需补充核实"),
                "casework:case:decide"))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(casework.find(accepted.id()).extended()).isFalse();

        Violating.Found found = violating.await(accepted.id(), "EXTENSION_WITHOUT_APPROVAL");
        assertThat(found.descriptionKey()).endsWith(".notApprover");
        assertThat(found.staffId()).isEqualTo(organization.postOf("handler1").orElseThrow().staffId());
    }

    @Test
    void aDecisionAfterTheDueDayIsALateDecisionOfTheDecider() {
        CaseView c = violating.accepted();
        c = Violating.as("clerk1", done(c, 1));
        c = Violating.as("handler1", done(c, 2));
        c = Violating.as("reviewer1", done(c, 3));
        LocalDate due = c.deadlines().due();
        violating.moveTo(calendar.plusWorkingDays(due, 2));
        CaseView ready = c;
        long decisionPosition = organization.positionByCode("SWJ-SP").orElseThrow().id();
        CaseView decided = Violating.as("approver1", () -> casework.decide(ready.id(), ready.version(),
                decisionPosition, Outcome.APPROVED, "符合条件", "《中华人民共和国外商投资法》第四条"));
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);

        Violating.Found found = violating.await(c.id(), "LATE_DECISION");
        StaffPost approver = organization.postOf("approver1").orElseThrow();
        assertThat(found.staffId()).isEqualTo(approver.staffId());
        assertThat(found.positionId()).isEqualTo(decisionPosition);
        assertThat(found.departmentId()).isEqualTo(approver.departmentId());
        assertThat(found.args()).containsExactly(due.toString(), violating.today().toString(), "2");
        assertThat(found.evidence()).contains("case-event:" + c.id() + ":" + decided.history().size());
    }

    @Test
    void aDecisionLateWithinTheGraceIsNoLateDecision() {
        violating.setting(ViolationRule.LATE_DECISION, true, 3);
        try {
            CaseView c = violating.accepted();
            c = Violating.as("clerk1", done(c, 1));
            c = Violating.as("handler1", done(c, 2));
            c = Violating.as("reviewer1", done(c, 3));
            violating.moveTo(calendar.plusWorkingDays(c.deadlines().due(), 3));
            CaseView ready = c;
            long decisionPosition = organization.positionByCode("SWJ-SP").orElseThrow().id();
            Violating.as("approver1", () -> casework.decide(ready.id(), ready.version(), decisionPosition,
                    Outcome.DENIED, "不符合条件", "《中华人民共和国外商投资法》第四条"));
            violating.awaitListeners();
            assertThat(violating.of(c.id(), "LATE_DECISION")).isEmpty();
        } finally {
            violating.setting(ViolationRule.LATE_DECISION, true, 0);
        }
    }

    @Test
    void actingInAPositionOneNeitherHoldsNorDeputisesIsRefusedButRecorded() {
        CaseView accepted = violating.accepted();
        // task 1 is the service center window's; handler2 is the deputy of another position
        assertThatThrownBy(() -> Violating.as("handler2", () -> casework.claim(accepted.id(), accepted.version(), 1)))
                .isInstanceOf(DomainException.class).hasMessage("casework.position.notActing");

        Violating.Found found = violating.await(accepted.id(), "ACTING_WITHOUT_POSITION");
        PositionRef window = organization.positionByCode("XZFWZX-ZHSL").orElseThrow();
        assertThat(found.staffId()).isEqualTo(organization.postOf("handler2").orElseThrow().staffId());
        assertThat(found.positionId()).isEqualTo(window.id());
        assertThat(found.positionName()).isEqualTo(window.name());
        assertThat(found.departmentId()).isEqualTo(window.departmentId());
        assertThat(found.args()).containsExactly(window.name());
    }

    @Test
    void anAccountApprovingAndSupervisingOneDepartmentIsFoundOnceByTheScanAndOnRoleChanges() {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        long account = jdbc.sql("SELECT id FROM identity_account WHERE username = 'approver2'").query(Long.class)
                .single();
        // a grant from before the rule was enforced: identity refuses it today, so it is written directly
        long grant = jdbc.sql("""
                INSERT INTO identity_role_grant (account_id, role, department_id, include_subdepartments, granted_at,
                       granted_by)
                VALUES (:account, 'SUPERVISOR', :swj, TRUE, now(), 'legacy') RETURNING id""")
                .param("account", account).param("swj", swj).query(Long.class).single();
        try {
            assertThat(scan.duties()).isEqualTo(1);
            assertThat(scan.duties()).isZero();
            transactions.executeWithoutResult(s -> events.publishEvent(new RolesChanged("approver2",
                    clock.instant())));
            violating.awaitListeners();

            List<String> found = jdbc.sql("""
                    SELECT staff_id || ' ' || department_id || ' ' || evidence_key FROM supervision_violation
                     WHERE rule = 'APPROVER_ALSO_SUPERVISOR' AND account = 'approver2'""")
                    .query(String.class).list();
            assertThat(found).hasSize(1);
            assertThat(found.get(0)).startsWith(organization.postOf("approver2").orElseThrow().staffId() + " " + swj)
                    .endsWith(":grant:" + grant);
            long id = jdbc.sql("""
                    SELECT id FROM supervision_violation WHERE rule = 'APPROVER_ALSO_SUPERVISOR' AND account = 'approver2'
                    """).query(Long.class).single();
            Ledgers.awaitQuietly(() -> assertThat(violating.audited(id)).containsExactly("supervision.violation.found"));
        } finally {
            jdbc.sql("DELETE FROM identity_role_grant WHERE id = :id").param("id", grant).update();
        }
    }

    @Test
    void anInCenterItemAcceptedByDepartmentStaffIsOffCenterButNotWhenTheCenterAcceptsIt() {
        assertThat(violating.item().details().inServiceCenter()).isTrue();
        CaseView atCenter = violating.received(Channel.WINDOW, violating.requiredMaterials());
        Violating.as("clerk1", () -> casework.accept(atCenter.id(), atCenter.version(), List.of()));
        CaseView offCenter = violating.received(Channel.WINDOW, violating.requiredMaterials());
        Violating.as("handler1", () -> casework.accept(offCenter.id(), offCenter.version(), List.of()));

        Violating.Found found = violating.await(offCenter.id(), "OUTSIDE_SERVICE_CENTER");
        StaffPost handler = organization.postOf("handler1").orElseThrow();
        assertThat(found.staffId()).isEqualTo(handler.staffId());
        assertThat(found.departmentId()).isEqualTo(handler.departmentId());
        assertThat(found.itemCode()).isEqualTo(Violating.ITEM);
        assertThat(found.args()).containsExactly(organization.department(handler.departmentId()).orElseThrow()
                .name());
        violating.awaitListeners();
        assertThat(violating.of(atCenter.id(), "OUTSIDE_SERVICE_CENTER")).isEmpty();
    }

    /** Completes the task with a pass, as whoever is signed in. */
    private java.util.function.Supplier<CaseView> done(CaseView c, int taskNo) {
        return () -> casework.complete(c.id(), c.version(), taskNo, TaskOutcome.PASS, "同意", null);
    }
}
