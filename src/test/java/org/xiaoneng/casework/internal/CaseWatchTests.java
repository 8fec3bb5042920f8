package org.xiaoneng.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.casework.internal.TestItems.APPLICANT;
import static org.xiaoneng.casework.internal.TestItems.APPOINTMENT;
import static org.xiaoneng.casework.internal.TestItems.APPROVER;
import static org.xiaoneng.casework.internal.TestItems.CLERK;
import static org.xiaoneng.casework.internal.TestItems.DECISION_POSITION;
import static org.xiaoneng.casework.internal.TestItems.FORM;
import static org.xiaoneng.casework.internal.TestItems.HANDLER;
import static org.xiaoneng.casework.internal.TestItems.LICENCE;
import static org.xiaoneng.casework.internal.TestItems.REVIEWER;
import static org.xiaoneng.casework.internal.TestItems.at;
import static org.xiaoneng.casework.internal.TestItems.date;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.ShippedCalendar;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;

/** What supervision is told of a case's deadlines, step by step (dates as in {@link CaseRulesTests}). */
class CaseWatchTests {

    private final StatutoryCalendar calendar = ShippedCalendar.calendar(Clock.systemUTC());

    private Case received() {
        return Case.receive(1, "2025SWJ0000001", TestItems.item(false), calendar, APPLICANT, Channel.WINDOW,
                List.of(FORM, LICENCE, APPOINTMENT), CLERK, at("2025-09-26"));
    }

    private CaseWatch.Watch watch(Case c, String key) {
        return CaseWatch.of(c, calendar).deadlines().stream().filter(w -> w.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void aReceivedCaseIsWatchedForItsIntakeDecisionByWhoeverMadeTheReceipt() {
        CaseWatch.Snapshot snapshot = CaseWatch.of(received(), calendar);
        assertThat(snapshot.deadlines()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(DeadlineKind.ACCEPTANCE);
            assertThat(w.due()).isEqualTo(date("2025-10-10")); // Sunday 09-28 worked, then 09-29, 09-30, 10-09, 10-10
            assertThat(w.limitWorkingDays()).isEqualTo(5);
            assertThat(w.account()).isEqualTo("clerk1");
            assertThat(w.open()).isTrue();
        });
        assertThat(snapshot.suspended()).isFalse();
    }

    @Test
    void acceptanceEndsTheIntakeDeadlineAndStartsTheCaseAndItsFirstTask() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        assertThat(watch(c, "acceptance").open()).isFalse();
        CaseWatch.Watch whole = watch(c, "case");
        assertThat(whole.due()).isEqualTo(date("2025-10-30"));
        assertThat(whole.limitWorkingDays()).isEqualTo(20);
        assertThat(whole.warningWorkingDays()).isEqualTo(2); // the item's own threshold
        assertThat(whole.positionId()).isEqualTo(200L); // the position working the case now: the first task's
        assertThat(whole.open()).isTrue();
        CaseWatch.Watch first = watch(c, "task:1");
        assertThat(first.due()).isEqualTo(date("2025-09-28"));
        assertThat(first.stageName()).isEqualTo("受理");
        assertThat(first.limitWorkingDays()).isEqualTo(1);
        assertThat(first.warningWorkingDays()).isNull();
        assertThat(first.departmentId()).isEqualTo(20L);
        assertThat(first.open()).isTrue();
    }

    @Test
    void aClaimNamesThePersonAndADoneTaskEnds() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        c.claim(1, false, CLERK, at("2025-09-28"));
        assertThat(watch(c, "task:1").account()).isEqualTo("clerk1");
        c.complete(1, TaskOutcome.PASS, "材料齐全", null, CLERK, at("2025-09-28"));
        assertThat(watch(c, "task:1").open()).isFalse();
        assertThat(watch(c, "task:2").open()).isTrue();
        assertThat(watch(c, "case").positionId()).isEqualTo(110L);
    }

    @Test
    void aSuspensionStopsEveryDeadlineAndTheResumptionMovesThem() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        c.startProcessing(CLERK, at("2025-09-29"));
        CaseWatch.Snapshot running = CaseWatch.of(c, calendar);
        c.suspend(SpecialProcedure.EXPERT_REVIEW, "专家评审", CLERK, at("2025-10-14"));
        CaseWatch.Snapshot stopped = CaseWatch.of(c, calendar);
        assertThat(stopped.suspended()).isTrue();
        assertThat(stopped).isNotEqualTo(running);
        assertThat(watch(c, "case").open()).isTrue();
        c.resume("评审结束", CLERK, at("2025-10-20"));
        assertThat(CaseWatch.of(c, calendar).suspended()).isFalse();
        assertThat(watch(c, "case").due()).isEqualTo(date("2025-11-05"));
    }

    @Test
    void theDecisionEndsTheCaseDeadlineAndAWithdrawalEndsEverything() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        c.complete(1, TaskOutcome.PASS, "材料齐全，转承办", null, CLERK, at("2025-09-29"));
        c.complete(2, TaskOutcome.PASS, "同意", null, HANDLER, at("2025-10-08"));
        c.complete(3, TaskOutcome.PASS, "同意", null, REVIEWER, at("2025-10-09"));
        c.decide(Outcome.APPROVED, "符合条件", "《外商投资法》第四条", DECISION_POSITION, APPROVER, at("2025-10-09"));
        assertThat(watch(c, "case").open()).isFalse();
        assertThat(CaseWatch.of(c, calendar).deadlines()).filteredOn(CaseWatch.Watch::open)
                .extracting(CaseWatch.Watch::key).containsExactly("licence");

        Case withdrawn = received();
        withdrawn.accept(List.of(), CLERK, at("2025-09-26"));
        withdrawn.withdraw("申请人撤回", CLERK, at("2025-09-29"));
        assertThat(CaseWatch.of(withdrawn, calendar).deadlines()).isNotEmpty().noneMatch(CaseWatch.Watch::open);
    }

    @Test
    void anApprovalOpensTheLicenceDeadlineForTheDeciderAndTheIssueClosesIt() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        c.complete(1, TaskOutcome.PASS, "材料齐全，转承办", null, CLERK, at("2025-09-29"));
        c.complete(2, TaskOutcome.PASS, "同意", null, HANDLER, at("2025-10-08"));
        c.complete(3, TaskOutcome.PASS, "同意", null, REVIEWER, at("2025-10-09"));
        assertThat(CaseWatch.of(c, calendar).deadlines()).noneMatch(w -> w.kind() == DeadlineKind.LICENCE);
        c.decide(Outcome.APPROVED, "符合条件", "《外商投资法》第四条", DECISION_POSITION, APPROVER, at("2025-10-09"));
        CaseWatch.Watch licence = watch(c, "licence");
        assertThat(licence.kind()).isEqualTo(DeadlineKind.LICENCE);
        // 10 working days after the decision: Saturday 10-11 is worked
        assertThat(licence.due()).isEqualTo(c.deadlines().certificateDue()).isEqualTo(date("2025-10-22"));
        assertThat(licence.limitWorkingDays()).isEqualTo(10);
        assertThat(licence.warningWorkingDays()).isNull();
        assertThat(licence.positionId()).isEqualTo(DECISION_POSITION); // the 决定 task the approval completed
        assertThat(licence.departmentId()).isEqualTo(11L);
        assertThat(licence.account()).isEqualTo("approver1");
        assertThat(licence.open()).isTrue();

        c.issueCertificate("2025SWJZ001", HANDLER, at("2025-10-13"));
        assertThat(watch(c, "licence").open()).isFalse();
        assertThat(CaseWatch.of(c, calendar).deadlines()).noneMatch(CaseWatch.Watch::open);
    }

    @Test
    void aDenialHasNoLicenceDeadline() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        c.complete(1, TaskOutcome.PASS, "材料齐全，转承办", null, CLERK, at("2025-09-29"));
        c.complete(2, TaskOutcome.PASS, "同意", null, HANDLER, at("2025-10-08"));
        c.complete(3, TaskOutcome.PASS, "同意", null, REVIEWER, at("2025-10-09"));
        c.decide(Outcome.DENIED, "不符合准入条件", "《外商投资法》第四条", DECISION_POSITION, APPROVER, at("2025-10-09"));
        assertThat(CaseWatch.of(c, calendar).deadlines()).noneMatch(w -> w.kind() == DeadlineKind.LICENCE)
                .noneMatch(CaseWatch.Watch::open);
    }

    @Test
    void nothingSupervisionSeesChangesWhenTheStepLeavesTheDatesAndPeopleAsTheyWere() {
        Case c = received();
        c.accept(List.of(), CLERK, at("2025-09-26"));
        CaseWatch.Snapshot accepted = CaseWatch.of(c, calendar);
        Case reloaded = Case.replay(1, c.number(), 2, c.item(), calendar, c.history());
        assertThat(CaseWatch.of(reloaded, calendar)).isEqualTo(accepted);
        assertThat(reloaded.asLoaded()).isNotNull();
        assertThat(CaseWatch.of(reloaded.asLoaded(), calendar)).isEqualTo(accepted);
    }
}
