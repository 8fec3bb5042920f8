package org.xiaoneng.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryEventType;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.InquiryView;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;

/**
 * The rules of 首问责任制, on the aggregate alone: the first receiver owns the inquiry until the desk it was handed to
 * confirms; only the desk confirms; every illegal step is refused with its message key and changes nothing.
 */
class FirstInquiryTests {

    static final Instant T0 = Instant.parse("2026-11-30T01:30:00Z");
    static final Receiver CLERK = new Receiver("clerk1", 4, "李晓梅", 100, "综合受理窗口岗", 13);
    static final Desk HANDLER_DESK = new Desk(200, "承办岗", 11);
    static final Desk OTHER_DESK = new Desk(300, "审核岗", 11);

    static final Actor CLERK_ACTOR = new Actor("clerk1", "综合受理窗口岗", null, null);
    static final Actor HANDLER = new Actor("handler1", "承办岗", null, null);
    static final Actor HANDLER2 = new Actor("handler2", "承办岗B", null, null);
    static final Actor STRANGER = new Actor("reviewer1", "审核岗", null, null);

    /** The owner, in his own post (he does not act for the desk). */
    static final Caller OWNER = Caller.of(CLERK_ACTOR);
    /** handler1 acting for the desk he holds. */
    static final Caller DESK_HOLDER = new Caller(HANDLER, HANDLER);
    /** handler2 acting for the desk as deputy (AB角) for its absent holder. */
    static final Caller DESK_DEPUTY = new Caller(HANDLER2, HANDLER2.asDeputyFor("承办岗B", "承办岗"));
    /** Somebody with nothing to do with it. */
    static final Caller OUTSIDER = Caller.of(STRANGER);

    static FirstInquiry recorded() {
        return FirstInquiry.record(42, "王先生", "13812345678", InquiryChannel.PHONE, "外资企业设立需要哪些材料？",
                "SWJ-XK-001", "外商投资企业设立审批", CLERK, CLERK_ACTOR, T0);
    }

    static FirstInquiry handedOn() {
        FirstInquiry inquiry = recorded();
        inquiry.handOn(HANDLER_DESK, "请承办岗答复材料清单", OWNER, T0.plusSeconds(60));
        return inquiry;
    }

    static FirstInquiry confirmed() {
        FirstInquiry inquiry = handedOn();
        inquiry.confirm(DESK_HOLDER, T0.plusSeconds(120));
        return inquiry;
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void theFirstReceiverOwnsANewInquiryAndCanAnswerIt() {
        FirstInquiry inquiry = recorded();
        assertThat(inquiry.state()).isEqualTo(InquiryState.RECORDED);
        assertThat(inquiry.ownedByDesk()).isFalse();
        assertThat(inquiry.pendingEvents()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(InquiryEventType.RECORDED));
        assertThat(inquiry.actionsFor(OWNER)).isEqualTo(new InquiryView.Actions(true, true, false, true));
        assertThat(inquiry.actionsFor(OUTSIDER)).isEqualTo(new InquiryView.Actions(false, false, false, false));

        inquiry.answer("  需提交申请书、章程、合同等七项材料  ", OWNER, T0.plusSeconds(30));
        assertThat(inquiry.state()).isEqualTo(InquiryState.ANSWERED);
        assertThat(inquiry.answer()).isEqualTo("需提交申请书、章程、合同等七项材料");
        assertThat(inquiry.answeredBy()).isEqualTo("clerk1");
        assertThat(inquiry.history()).extracting(InquiryEvent::type)
                .containsExactly(InquiryEventType.RECORDED, InquiryEventType.ANSWERED);
    }

    @Test
    void ownershipStaysWithTheFirstReceiverUntilTheDeskConfirms() {
        FirstInquiry inquiry = handedOn();
        assertThat(inquiry.state()).isEqualTo(InquiryState.HANDED_ON);
        assertThat(inquiry.ownedByDesk()).isFalse();
        // still his: he may answer it himself, route it elsewhere, follow it up; the desk may only confirm
        assertThat(inquiry.actionsFor(OWNER)).isEqualTo(new InquiryView.Actions(true, true, false, true));
        assertThat(inquiry.actionsFor(DESK_HOLDER)).isEqualTo(new InquiryView.Actions(false, false, true, true));
        // still unresolved for him when the time passes
        assertThat(inquiry.unresolved(T0.plus(Duration.ofHours(25)), Duration.ofHours(24))).isTrue();

        inquiry.confirm(DESK_HOLDER, T0.plusSeconds(120));
        assertThat(inquiry.state()).isEqualTo(InquiryState.CONFIRMED);
        assertThat(inquiry.ownedByDesk()).isTrue();
        assertThat(inquiry.confirmedBy()).isEqualTo("handler1");
        // now the desk answers; the first receiver can only follow up
        assertThat(inquiry.actionsFor(OWNER)).isEqualTo(new InquiryView.Actions(false, false, false, true));
        assertThat(inquiry.actionsFor(DESK_HOLDER)).isEqualTo(new InquiryView.Actions(true, false, false, true));
        refused(() -> inquiry.answer("我来答", OWNER, T0.plusSeconds(180)), "inquiry.answer.notDesk");
        refused(() -> inquiry.handOn(OTHER_DESK, "再转", OWNER, T0.plusSeconds(180)),
                "inquiry.illegal.handOnConfirmed");

        inquiry.answer("已电话告知材料清单", DESK_HOLDER, T0.plusSeconds(240));
        assertThat(inquiry.state()).isEqualTo(InquiryState.ANSWERED);
        assertThat(inquiry.answeredBy()).isEqualTo("handler1");
        assertThat(inquiry.unresolved(T0.plus(Duration.ofDays(3)), Duration.ofHours(24))).isFalse();
    }

    @Test
    void theOwnerMayAnswerAHandedOnInquiryHimselfButTheDeskMustConfirmBeforeAnswering() {
        FirstInquiry byDesk = handedOn();
        refused(() -> byDesk.answer("答复", DESK_HOLDER, T0.plusSeconds(90)), "inquiry.answer.confirmFirst");
        assertThat(byDesk.state()).isEqualTo(InquiryState.HANDED_ON);

        FirstInquiry byOwner = handedOn();
        byOwner.answer("已查明并答复", OWNER, T0.plusSeconds(90));
        assertThat(byOwner.state()).isEqualTo(InquiryState.ANSWERED);
        assertThat(byOwner.confirmedBy()).isNull();
    }

    @Test
    void onlyTheReceivingDeskConfirmsItsHolderOrItsDeputy() {
        FirstInquiry inquiry = handedOn();
        refused(() -> inquiry.confirm(OWNER, T0.plusSeconds(90)), "inquiry.confirm.notDesk");
        refused(() -> inquiry.confirm(OUTSIDER, T0.plusSeconds(90)), "inquiry.confirm.notDesk");
        assertThat(inquiry.state()).isEqualTo(InquiryState.HANDED_ON);
        assertThat(inquiry.pendingEvents()).hasSize(2);

        inquiry.confirm(DESK_DEPUTY, T0.plusSeconds(90));
        assertThat(inquiry.confirmedBy()).isEqualTo("handler2");
        InquiryEvent confirmation = inquiry.history().get(2);
        assertThat(confirmation.type()).isEqualTo(InquiryEventType.CONFIRMED);
        assertThat(confirmation.actor().deputyFor()).isEqualTo("承办岗");
        assertThat(confirmation.deskName()).isEqualTo("承办岗");
    }

    @Test
    void confirmingIsOnlyForAnInquiryWaitingAtTheDesk() {
        refused(() -> recorded().confirm(DESK_HOLDER, T0), "inquiry.illegal.confirm");
        refused(() -> confirmed().confirm(DESK_HOLDER, T0), "inquiry.illegal.confirm");
        FirstInquiry answered = confirmed();
        answered.answer("已答复", DESK_HOLDER, T0.plusSeconds(300));
        refused(() -> answered.confirm(DESK_HOLDER, T0), "inquiry.illegal.confirm");
    }

    @Test
    void onlyTheFirstReceiverHandsOnToAnotherDeskWithANote() {
        refused(() -> recorded().handOn(HANDLER_DESK, "转", OUTSIDER, T0), "inquiry.handOn.notOwner");
        refused(() -> recorded().handOn(HANDLER_DESK, "转", DESK_HOLDER, T0), "inquiry.handOn.notOwner");
        refused(() -> recorded().handOn(new Desk(CLERK.positionId(), "综合受理窗口岗", 13), "转", OWNER, T0),
                "inquiry.handOn.ownDesk");
        refused(() -> recorded().handOn(HANDLER_DESK, "  ", OWNER, T0), "inquiry.handOn.noteRequired");
        refused(() -> handedOn().handOn(HANDLER_DESK, "再转一次", OWNER, T0), "inquiry.handOn.sameDesk");

        // not confirmed yet: the owner may route it to the right desk instead
        FirstInquiry rerouted = handedOn();
        rerouted.handOn(OTHER_DESK, "承办岗说应由审核岗答复", OWNER, T0.plusSeconds(100));
        assertThat(rerouted.desk()).isEqualTo(OTHER_DESK);
        assertThat(rerouted.state()).isEqualTo(InquiryState.HANDED_ON);
        assertThat(rerouted.ownedByDesk()).isFalse();
        // the first desk has nothing to confirm any more (it no longer acts for the inquiry's desk)
        refused(() -> rerouted.confirm(Caller.of(HANDLER), T0.plusSeconds(120)), "inquiry.confirm.notDesk");
    }

    @Test
    void anAnsweredInquiryIsClosedToAnswersAndHandOnsButNotToFollowUps() {
        FirstInquiry inquiry = recorded();
        inquiry.answer("已答复", OWNER, T0.plusSeconds(10));
        refused(() -> inquiry.answer("再答复", OWNER, T0.plusSeconds(20)), "inquiry.illegal.answered");
        refused(() -> inquiry.handOn(HANDLER_DESK, "转", OWNER, T0.plusSeconds(20)), "inquiry.illegal.answered");
        inquiry.followUp("三日后回访，咨询人表示满意", OWNER, T0.plusSeconds(30));
        assertThat(inquiry.history()).extracting(InquiryEvent::type).containsExactly(InquiryEventType.RECORDED,
                InquiryEventType.ANSWERED, InquiryEventType.FOLLOWED_UP);
        assertThat(inquiry.history().get(2).text()).isEqualTo("三日后回访，咨询人表示满意");
    }

    @Test
    void followUpsComeFromTheOwnerOrTheReceivingDeskOnly() {
        FirstInquiry inquiry = handedOn();
        inquiry.followUp("已提醒承办岗", OWNER, T0.plusSeconds(70));
        inquiry.followUp("正在查询", DESK_DEPUTY, T0.plusSeconds(80));
        assertThat(inquiry.history().get(3).actor().deputyFor()).isEqualTo("承办岗");
        refused(() -> inquiry.followUp("我也说两句", OUTSIDER, T0.plusSeconds(90)), "inquiry.followUp.notInvolved");
        refused(() -> recorded().followUp("无关", DESK_HOLDER, T0), "inquiry.followUp.notInvolved");
        refused(() -> inquiry.followUp(" ", OWNER, T0.plusSeconds(90)), "inquiry.followUp.noteRequired");
        assertThat(inquiry.history()).hasSize(4);
    }

    @Test
    void answersNeedTextWithinTheLimit() {
        refused(() -> recorded().answer(" ", OWNER, T0), "inquiry.answer.required");
        refused(() -> recorded().answer("答".repeat(FirstInquiry.TEXT_LIMIT + 1), OWNER, T0), "inquiry.text.tooLong");
        FirstInquiry inquiry = recorded();
        inquiry.answer("答".repeat(FirstInquiry.TEXT_LIMIT), OWNER, T0);
        assertThat(inquiry.state()).isEqualTo(InquiryState.ANSWERED);
    }

    @Test
    void aNewInquiryNeedsWhoAskedAPhoneAndWhatAbout() {
        refused(() -> FirstInquiry.record(1, " ", "13812345678", InquiryChannel.WINDOW, "问", null, null, CLERK,
                CLERK_ACTOR, T0), "inquiry.inquirer.required");
        refused(() -> FirstInquiry.record(1, "王", " ", InquiryChannel.WINDOW, "问", null, null, CLERK, CLERK_ACTOR,
                T0), "inquiry.phone.required");
        refused(() -> FirstInquiry.record(1, "王", "13812345678", InquiryChannel.WINDOW, "", null, null, CLERK,
                CLERK_ACTOR, T0), "inquiry.subject.required");
    }

    @Test
    void unresolvedMeansUnansweredAndOlderThanTheSetting() {
        FirstInquiry inquiry = recorded();
        Duration day = Duration.ofHours(24);
        assertThat(inquiry.unresolved(T0.plus(Duration.ofHours(23)), day)).isFalse();
        assertThat(inquiry.unresolved(T0.plus(day), day)).isTrue();
        FirstInquiry desk = confirmed();
        assertThat(desk.unresolved(T0.plus(Duration.ofHours(30)), day)).isTrue();
    }

    @Test
    void thePhoneNeverShowsInToString() {
        assertThat(recorded().toString()).doesNotContain("13812345678").contains("138****5678");
    }
}
