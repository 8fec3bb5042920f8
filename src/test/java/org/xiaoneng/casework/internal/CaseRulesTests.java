package org.xiaoneng.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.casework.internal.TestItems.APPLICANT;
import static org.xiaoneng.casework.internal.TestItems.APPOINTMENT;
import static org.xiaoneng.casework.internal.TestItems.APPROVER;
import static org.xiaoneng.casework.internal.TestItems.CLERK;
import static org.xiaoneng.casework.internal.TestItems.CREDIT;
import static org.xiaoneng.casework.internal.TestItems.DECISION_POSITION;
import static org.xiaoneng.casework.internal.TestItems.FORM;
import static org.xiaoneng.casework.internal.TestItems.HANDLER;
import static org.xiaoneng.casework.internal.TestItems.LICENCE;
import static org.xiaoneng.casework.internal.TestItems.REVIEWER;
import static org.xiaoneng.casework.internal.TestItems.at;
import static org.xiaoneng.casework.internal.TestItems.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.ShippedCalendar;
import org.xiaoneng.calendar.SpecialDay;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.MaterialStatus;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.casework.TaskState;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.platform.DomainException;

/**
 * The rules of intake, the clock and the decision, on the real calendar as shipped. Dates around the 2025 National
 * Day break (10-01..10-08 off; Sunday 09-28 and Saturday 10-11 worked): 20 working days from Friday 09-26 end 10-30.
 */
class CaseRulesTests {

    private final StatutoryCalendar calendar = ShippedCalendar.calendar(Clock.systemUTC());

    private Case received(String day, String... supplied) {
        return Case.receive(1, "2025SWJ0000001", TestItems.item(false), calendar, APPLICANT, Channel.WINDOW,
                List.of(supplied), CLERK, at(day));
    }

    private Case accepted(ItemVersion item, String day) {
        Case c = Case.receive(1, "2025SWJ0000001", item, calendar, APPLICANT, Channel.WINDOW,
                List.of(FORM, LICENCE, APPOINTMENT), CLERK, at(day));
        c.accept(List.of(), CLERK, at(day));
        return c;
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }

    @Test
    void theCorrectionNoticeListsEveryMissingAndDefectiveMaterialAtOnceAndOnlyOnce() {
        Case c = received("2025-09-26", FORM, CREDIT);
        List<NoticeLine> notice = c.requestCorrection(List.of(new MaterialDefect(FORM, "未签字")), CLERK,
                at("2025-09-29"));
        // the item's list minus what was supplied and passed the check; the optional 资信证明 is not asked for
        assertThat(notice).containsExactly(new NoticeLine(FORM, MaterialStatus.DEFECTIVE, "未签字"),
                new NoticeLine(LICENCE, MaterialStatus.MISSING, ""),
                new NoticeLine(APPOINTMENT, MaterialStatus.MISSING, ""));
        assertThat(c.state()).isEqualTo(CaseState.CORRECTION_REQUESTED);
        refused(() -> c.requestCorrection(List.of(), CLERK, at("2025-09-29")), "casework.correction.onlyOnce");
        c.resubmit(List.of(FORM, LICENCE), CLERK, at("2025-09-30"));
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        // after the resubmission the clerk accepts or refuses; a second notice is still refused
        refused(() -> c.requestCorrection(List.of(), CLERK, at("2025-09-30")), "casework.correction.onlyOnce");
        refused(() -> c.accept(List.of(), CLERK, at("2025-09-30")), "casework.accept.materialsLacking");
    }

    @Test
    void aNoticeNeedsSomethingToCorrectAndNamesOnlyTheItemsMaterials() {
        refused(() -> received("2025-09-26", FORM, LICENCE, APPOINTMENT).requestCorrection(List.of(), CLERK,
                at("2025-09-26")), "casework.correction.nothingToCorrect");
        refused(() -> received("2025-09-26", FORM, "身份证"), "casework.material.unknown");
        refused(() -> received("2025-09-26", FORM).requestCorrection(List.of(new MaterialDefect(LICENCE, "x")),
                CLERK, at("2025-09-26")), "casework.correction.defectNotSupplied");
    }

    @Test
    void withoutAnIntakeDecisionInFiveWorkingDaysTheCaseIsDeemedAcceptedFromTheDayOfReceiptOnce() {
        Case c = received("2025-09-26", FORM);
        // 5 working days after Friday 09-26: 09-28 (worked Sunday), 09-29, 09-30, 10-09, 10-10
        assertThat(c.deadlines().acceptanceDue()).isEqualTo(date("2025-10-10"));
        assertThat(c.deemAcceptedIfDue(at("2025-10-10"))).isFalse();
        assertThat(c.deemAcceptedIfDue(at("2025-10-11"))).isTrue();
        assertThat(c.deemAcceptedIfDue(at("2025-10-13"))).isFalse();
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEventType.DEEMED_ACCEPTED).hasSize(1)
                .allSatisfy(e -> assertThat(e.deadline()).isEqualTo(date("2025-10-30")));
        CaseDeadlines dates = c.deadlines();
        assertThat(dates.acceptedOn()).isEqualTo(date("2025-09-26"));
        assertThat(dates.due()).isEqualTo(date("2025-10-30"));
    }

    @Test
    void onceTheFiveDaysArePastTheClerkCanNoLongerRefuseOrAskForCorrection() {
        Case c = received("2025-09-26", FORM);
        refused(() -> c.refuse("材料不全", CLERK, at("2025-10-11")), "casework.intake.deemedAccepted");
        refused(() -> c.requestCorrection(List.of(), CLERK, at("2025-10-13")), "casework.intake.deemedAccepted");
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void aResubmissionIsANewReceiptAndTheClockWaitsWhileTheApplicantCorrects() {
        Case c = received("2025-09-26", FORM);
        c.requestCorrection(List.of(), CLERK, at("2025-09-29"));
        assertThat(c.deemAcceptedIfDue(at("2025-10-20"))).isFalse();
        c.resubmit(List.of(LICENCE, APPOINTMENT), CLERK, at("2025-10-20"));
        // 10-21, 10-22, 10-23, 10-24, 10-27
        assertThat(c.deadlines().acceptanceDue()).isEqualTo(date("2025-10-27"));
        assertThat(c.deemAcceptedIfDue(at("2025-10-28"))).isTrue();
        assertThat(c.deadlines().acceptedOn()).isEqualTo(date("2025-10-20"));
    }

    @Test
    void aMaterialTheItemAllowsMayFollowOnASignedCommitmentDueWithinTheLimit() {
        Case c = received("2025-09-26", FORM, LICENCE);
        refused(() -> c.accept(List.of(), CLERK, at("2025-09-26")), "casework.accept.materialsLacking");
        refused(() -> c.accept(List.of(new Commitment(LICENCE, date("2025-10-09"), "承诺")), CLERK,
                at("2025-09-26")), "casework.commitment.notAllowed");
        refused(() -> c.accept(List.of(new Commitment(APPOINTMENT, date("2025-10-31"), "承诺")), CLERK,
                at("2025-09-26")), "casework.commitment.beyondLimit");
        refused(() -> c.accept(List.of(new Commitment(APPOINTMENT, date("2025-09-25"), "承诺")), CLERK,
                at("2025-09-26")), "casework.commitment.dueInPast");
        c.accept(List.of(new Commitment(APPOINTMENT, date("2025-10-30"), "十日内补交")), CLERK, at("2025-09-26"));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.materials()).filteredOn(m -> m.name().equals(APPOINTMENT)).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MaterialStatus.COMMITTED);
                    assertThat(m.dueOn()).isEqualTo(date("2025-10-30"));
                });
    }

    @Test
    void theCaseAndItsStagesAreDueByThePromisedAndStageLimitsFromAcceptance() {
        CaseDeadlines dates = accepted(TestItems.item(false), "2025-09-26").deadlines();
        assertThat(dates.due()).isEqualTo(date("2025-10-30"));
        assertThat(dates.stages()).extracting(s -> s.due()).containsExactly(date("2025-09-28"), date("2025-10-17"),
                date("2025-10-20"), date("2025-10-21"));
    }

    @Test
    void aSuspensionStopsTheClockAndTheRemainingWorkingDaysRunAfterTheResumption() {
        Case c = accepted(TestItems.item(false), "2025-09-26");
        c.startProcessing(CLERK, at("2025-09-29"));
        c.suspend(SpecialProcedure.EXPERT_REVIEW, "专家评审", CLERK, at("2025-10-14"));
        assertThat(c.deadlines().clockStopped()).isTrue();
        refused(() -> c.decide(Outcome.APPROVED, "符合条件", "外商投资法第四条", DECISION_POSITION, APPROVER,
                at("2025-10-15")),
                "casework.illegal.decide");
        c.resume("评审结束", CLERK, at("2025-10-20"));
        // 12 working days remained after 10-14 (10-15 … 10-30); they run from 10-21: due 11-05
        CaseDeadlines dates = c.deadlines();
        assertThat(dates.clockStopped()).isFalse();
        assertThat(dates.suspendedWorkingDays()).isEqualTo(4);
        assertThat(dates.due()).isEqualTo(date("2025-11-05"));
        assertThat(c.history().get(c.history().size() - 1).deadline()).isEqualTo(date("2025-11-05"));
    }

    @Test
    void aNaturalDayPromiseStopsForTheCalendarDaysOfTheSuspension() {
        Case c = accepted(TestItems.item(false, TimeLimit.naturalDays(30)), "2025-09-26");
        // 30 days after 09-26 is Sunday 10-26: the period ends on the next working day
        assertThat(c.deadlines().due()).isEqualTo(date("2025-10-27"));
        c.startProcessing(CLERK, at("2025-09-29"));
        c.suspend(SpecialProcedure.TESTING, "送检", CLERK, at("2025-10-09"));
        c.resume("检测报告已出", CLERK, at("2025-10-13"));
        // 4 calendar days stood still: 34 days after 09-26 is Thursday 10-30
        assertThat(c.deadlines().due()).isEqualTo(date("2025-10-30"));
    }

    @Test
    void oneExtensionOfTenWorkingDaysWithAWrittenReasonWhileOnTime() {
        Case c = accepted(TestItems.item(false), "2025-09-26");
        c.startProcessing(CLERK, at("2025-09-29"));
        refused(() -> c.extend(" ", APPROVER, at("2025-10-21")), "casework.extension.reasonRequired");
        c.extend("需现场核查", APPROVER, at("2025-10-21"));
        // 10 working days after 10-30: 10-31, 11-03 … 11-07, 11-10 … 11-13
        assertThat(c.deadlines().due()).isEqualTo(date("2025-11-13"));
        assertThat(c.deadlines().extensionWorkingDays()).isEqualTo(10);
        refused(() -> c.extend("再次延期", APPROVER, at("2025-10-22")), "casework.extension.onlyOnce");
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEventType.EXTENDED).singleElement()
                .satisfies(e -> assertThat(((CasePayload.Extended) e.payload()).approvedBy()).isEqualTo("approver1"));
    }

    @Test
    void jointHandlingExtendsByFifteenAndAnOverdueCaseCannotBeExtended() {
        Case joint = accepted(TestItems.item(true), "2025-09-26");
        assertThat(joint.jointHandling()).isTrue();
        joint.startProcessing(CLERK, at("2025-09-29"));
        joint.extend("联合审查需要", APPROVER, at("2025-10-21"));
        // 15 working days after 10-30: … 11-13 (10), 11-14, 11-17 … 11-20
        assertThat(joint.deadlines().due()).isEqualTo(date("2025-11-20"));
        Case late = accepted(TestItems.item(false), "2025-09-26");
        late.startProcessing(CLERK, at("2025-09-29"));
        refused(() -> late.extend("来不及", APPROVER, at("2025-10-31")), "casework.extension.overdue");
    }

    @Test
    void aCorrectedCalendarGivesNewDatesFromTheSameHistory() {
        Case c = accepted(TestItems.item(false), "2025-09-26");
        StatutoryCalendar corrected = ShippedCalendar.corrected(Clock.systemUTC(),
                List.of(new SpecialDay(LocalDate.of(2025, 10, 20), DayKind.LOCAL_HOLIDAY, "示范市防汛")));
        Case recomputed = Case.replay(1, c.number(), 2, c.item(), corrected, c.history());
        assertThat(c.deadlines().due()).isEqualTo(date("2025-10-30"));
        assertThat(recomputed.deadlines().due()).isEqualTo(date("2025-10-31"));
        assertThat(recomputed.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void tasksRunStageByStageInParallelAndAReturnReopensTheEarlierStage() {
        Case c = accepted(TestItems.item(true), "2025-09-26");
        assertThat(c.tasks()).singleElement().satisfies(t -> {
            assertThat(t.positionId()).isEqualTo(200);
            assertThat(t.state()).isEqualTo(TaskState.OPEN);
            assertThat(t.due()).isEqualTo(date("2025-09-28"));
        });
        c.claim(1, false, CLERK, at("2025-09-28"));
        assertThat(c.state()).isEqualTo(CaseState.IN_PROCESS);
        refused(() -> c.complete(1, TaskOutcome.PASS, " ", null, CLERK, at("2025-09-28")),
                "casework.task.opinionRequired");
        c.complete(1, TaskOutcome.PASS, "材料齐全", null, CLERK, at("2025-09-28"));
        // the joint stage: both departments' tasks open at once; the stage ends when both are done
        assertThat(c.tasks()).filteredOn(t -> t.state().open()).extracting(t -> t.positionId())
                .containsExactly(110L, 120L);
        c.claim(2, false, HANDLER, at("2025-09-29"));
        Actor other = new Actor("handler2", "承办岗B", "承办岗", null);
        refused(() -> c.claim(2, false, other, at("2025-09-29")), "casework.task.claimedByOther");
        refused(() -> c.complete(2, TaskOutcome.PASS, "同意", null, other, at("2025-09-29")),
                "casework.task.claimedByOther");
        // the claimant went away: his deputy takes the task over
        c.claim(2, true, other, at("2025-09-30"));
        c.complete(2, TaskOutcome.PASS, "同意", null, other, at("2025-09-30"));
        assertThat(c.currentStage()).isEqualTo(1);
        c.complete(3, TaskOutcome.PASS, "工商意见：同意", null, new Actor("gs1", "承办岗", null, null),
                at("2025-09-30"));
        assertThat(c.currentStage()).isEqualTo(2);
        refused(() -> c.complete(4, TaskOutcome.RETURN, "补充核查", 2, REVIEWER, at("2025-10-09")),
                "casework.task.returnTarget");
        c.complete(4, TaskOutcome.RETURN, "外资比例需补充核查", 1, REVIEWER, at("2025-10-09"));
        // the review stage opens again with new tasks; their due date stays the stage's
        assertThat(c.currentStage()).isEqualTo(1);
        assertThat(c.tasks()).filteredOn(t -> t.state().open()).extracting(t -> t.taskNo()).containsExactly(5, 6);
        assertThat(c.tasks().get(4).due()).isEqualTo(c.tasks().get(1).due());
        refused(() -> c.complete(2, TaskOutcome.PASS, "同意", null, other, at("2025-10-10")),
                "casework.task.notOpen");
        c.suspend(SpecialProcedure.INSPECTION, "现场核查", HANDLER, at("2025-10-10"));
        refused(() -> c.claim(5, false, HANDLER, at("2025-10-11")), "casework.task.suspended");
    }

    @Test
    void refusalAndDecisionNeedTheirReasonsAndIllegalStepsAreRefused() {
        refused(() -> received("2025-09-26", FORM).refuse(" ", CLERK, at("2025-09-26")),
                "casework.refuse.reasonsRequired");
        Case c = accepted(TestItems.item(false), "2025-09-26");
        refused(() -> c.decide(Outcome.APPROVED, "符合", "第四条", DECISION_POSITION, APPROVER, at("2025-09-29")),
                "casework.illegal.decide");
        c.startProcessing(CLERK, at("2025-09-29"));
        refused(() -> c.decide(Outcome.DENIED, "不符合", "第四条", DECISION_POSITION, APPROVER, at("2025-09-29")),
                "casework.decision.notYourStage");
        c.complete(1, TaskOutcome.PASS, "材料齐全，转承办", null, CLERK, at("2025-09-29"));
        c.complete(2, TaskOutcome.PROPOSE_DENIAL, "属负面清单禁止类", null, HANDLER, at("2025-10-08"));
        c.complete(3, TaskOutcome.PASS, "同意承办意见", null, REVIEWER, at("2025-10-09"));
        refused(() -> c.decide(Outcome.DENIED, " ", "第四条", DECISION_POSITION, APPROVER, at("2025-10-09")),
                "casework.decision.reasonsRequired");
        refused(() -> c.decide(Outcome.DENIED, "不符合负面清单", "", DECISION_POSITION, APPROVER, at("2025-10-09")),
                "casework.decision.legalBasisRequired");
        c.decide(Outcome.DENIED, "不符合负面清单", "《外商投资法》第二十八条", DECISION_POSITION, APPROVER,
                at("2025-10-09"));
        assertThat(c.tasks()).extracting(t -> t.outcome()).containsExactly(TaskOutcome.PASS,
                TaskOutcome.PROPOSE_DENIAL, TaskOutcome.PASS, TaskOutcome.DECIDED);
        refused(() -> c.withdraw("不办了", CLERK, at("2025-10-10")), "casework.illegal.withdraw");
        c.deliver(org.xiaoneng.casework.DeliveryMethod.WINDOW, CLERK, at("2025-10-10"));
        c.close(CLERK, at("2025-10-10"));
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.DENIED);
        refused(() -> c.close(CLERK, at("2025-10-10")), "casework.illegal.close");
        Case withdrawn = received("2025-09-26", FORM);
        withdrawn.withdraw("申请人撤回", CLERK, at("2025-09-29"));
        refused(() -> withdrawn.accept(List.of(), CLERK, at("2025-09-29")), "casework.illegal.accept");
    }

    @Test
    void theApplicantsPersonalDataNeverReachesALogLine() {
        assertThat(APPLICANT.toString()).doesNotContain("199003077777", "12345678", "张三")
                .contains("110101********7777", "138****5678");
    }
}
