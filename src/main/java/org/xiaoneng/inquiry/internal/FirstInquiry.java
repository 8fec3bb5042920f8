package org.xiaoneng.inquiry.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryEventType;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.InquiryView;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.PersonalData;

/**
 * A first inquiry (首问): the aggregate that guards 首问责任制. Its first receiver owns it until it is answered or until
 * the desk it was handed to confirms; from then on the desk owns it and answers it. Every step is checked here and
 * refused with a message a clerk can read; a legal one changes the state and records who, when and what as an
 * {@link InquiryEvent}, which the repository appends when it saves.
 *
 * <ul>
 * <li>answer: by the first receiver while RECORDED or HANDED_ON; by whoever acts for the desk today once CONFIRMED;
 * never twice. The desk cannot answer before confirming.</li>
 * <li>hand on: by the first receiver while RECORDED or HANDED_ON (to route it again), to a desk other than his own
 * position and other than the current one, with a note.</li>
 * <li>confirm: only while HANDED_ON, only by whoever acts for the desk today (holder, or deputy for the absent
 * holder).</li>
 * <li>follow-up: at any time, by the first receiver or whoever acts for the desk today.</li>
 * </ul>
 */
final class FirstInquiry {

    static final int TEXT_LIMIT = 2000;

    private final long id;
    private final String inquirerName;
    private final String contactPhone;
    private final InquiryChannel channel;
    private final String subject;
    private final @Nullable String itemCode;
    private final @Nullable String itemName;
    private final Receiver receiver;
    private final Instant recordedAt;
    private final int loadedVersion;
    private InquiryState state;
    private @Nullable Desk desk;
    private @Nullable String handOnNote;
    private @Nullable String confirmedBy;
    private @Nullable Instant confirmedAt;
    private @Nullable String answer;
    private @Nullable String answeredBy;
    private @Nullable Instant answeredAt;
    private final List<InquiryEvent> history;
    private final List<InquiryEvent> pending = new ArrayList<>();

    private FirstInquiry(long id, String inquirerName, String contactPhone, InquiryChannel channel, String subject,
            @Nullable String itemCode, @Nullable String itemName, Receiver receiver, Instant recordedAt,
            int loadedVersion, InquiryState state, List<InquiryEvent> history) {
        this.id = id;
        this.inquirerName = inquirerName;
        this.contactPhone = contactPhone;
        this.channel = channel;
        this.subject = subject;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.receiver = receiver;
        this.recordedAt = recordedAt;
        this.loadedVersion = loadedVersion;
        this.state = state;
        this.history = new ArrayList<>(history);
    }

    /** 首问登记: the receiver logs what was asked; he owns the inquiry from now on. */
    static FirstInquiry record(long id, String inquirerName, String contactPhone, InquiryChannel channel,
            String subject, @Nullable String itemCode, @Nullable String itemName, Receiver receiver, Actor actor,
            Instant now) {
        if (inquirerName.isBlank()) {
            throw new DomainException("inquiry.inquirer.required");
        }
        if (contactPhone.isBlank()) {
            throw new DomainException("inquiry.phone.required");
        }
        if (subject.isBlank()) {
            throw new DomainException("inquiry.subject.required");
        }
        if (!actor.account().equals(receiver.account())) {
            throw new IllegalArgumentException("the receiver is the person who logs the inquiry");
        }
        FirstInquiry inquiry = new FirstInquiry(id, inquirerName, contactPhone, channel, subject, itemCode, itemName,
                receiver, now, 0, InquiryState.RECORDED, List.of());
        inquiry.append(InquiryEventType.RECORDED, actor, now, null);
        return inquiry;
    }

    /** The inquiry as stored (the repository's reading), with its history. */
    static FirstInquiry restore(long id, String inquirerName, String contactPhone, InquiryChannel channel,
            String subject, @Nullable String itemCode, @Nullable String itemName, Receiver receiver,
            Instant recordedAt, int version, InquiryState state, @Nullable Desk desk, @Nullable String handOnNote,
            @Nullable String confirmedBy, @Nullable Instant confirmedAt, @Nullable String answer,
            @Nullable String answeredBy, @Nullable Instant answeredAt, List<InquiryEvent> history) {
        FirstInquiry inquiry = new FirstInquiry(id, inquirerName, contactPhone, channel, subject, itemCode, itemName,
                receiver, recordedAt, version, state, history);
        inquiry.desk = desk;
        inquiry.handOnNote = handOnNote;
        inquiry.confirmedBy = confirmedBy;
        inquiry.confirmedAt = confirmedAt;
        inquiry.answer = answer;
        inquiry.answeredBy = answeredBy;
        inquiry.answeredAt = answeredAt;
        return inquiry;
    }

    /** 答复: the answer given to the inquirer; the inquiry is resolved. */
    void answer(String text, Caller caller, Instant now) {
        Actor acting = mayAnswer(caller);
        String answerText = required(text, "inquiry.answer.required");
        state = InquiryState.ANSWERED;
        answer = answerText;
        answeredBy = acting.account();
        answeredAt = now;
        append(InquiryEventType.ANSWERED, acting, now, answerText);
    }

    private Actor mayAnswer(Caller caller) {
        switch (state) {
            case ANSWERED -> throw new DomainException("inquiry.illegal.answered", label());
            case CONFIRMED -> {
                if (caller.atDesk() == null) {
                    throw new DomainException("inquiry.answer.notDesk", label(), deskName());
                }
                return caller.atDesk();
            }
            default -> {
                if (isReceiver(caller)) {
                    return caller.actor();
                }
                if (state == InquiryState.HANDED_ON && caller.atDesk() != null) {
                    throw new DomainException("inquiry.answer.confirmFirst", label());
                }
                throw new DomainException("inquiry.answer.notOwner", label(), receiver.staffName());
            }
        }
    }

    /**
     * 转交: hands the inquiry to a desk with a note. The first receiver keeps owning it until the desk confirms; while
     * unconfirmed he may hand it to another desk instead.
     */
    void handOn(Desk to, String note, Caller caller, Instant now) {
        mayHandOn(caller);
        if (to.positionId() == receiver.positionId()) {
            throw new DomainException("inquiry.handOn.ownDesk", label());
        }
        if (desk != null && state == InquiryState.HANDED_ON && desk.positionId() == to.positionId()) {
            throw new DomainException("inquiry.handOn.sameDesk", label(), to.positionName());
        }
        String noteText = required(note, "inquiry.handOn.noteRequired");
        state = InquiryState.HANDED_ON;
        desk = to;
        handOnNote = noteText;
        InquiryEvent event = new InquiryEvent(nextSeq(), InquiryEventType.HANDED_ON, caller.actor(), now, noteText,
                to.positionId(), to.positionName());
        history.add(event);
        pending.add(event);
    }

    private void mayHandOn(Caller caller) {
        if (state == InquiryState.ANSWERED) {
            throw new DomainException("inquiry.illegal.answered", label());
        }
        if (state == InquiryState.CONFIRMED) {
            throw new DomainException("inquiry.illegal.handOnConfirmed", label(), deskName());
        }
        if (!isReceiver(caller)) {
            throw new DomainException("inquiry.handOn.notOwner", label(), receiver.staffName());
        }
    }

    /** 确认接收: whoever acts for the desk today takes the inquiry on; the desk owns it from now on. */
    void confirm(Caller caller, Instant now) {
        Actor acting = mayConfirm(caller);
        state = InquiryState.CONFIRMED;
        confirmedBy = acting.account();
        confirmedAt = now;
        InquiryEvent event = new InquiryEvent(nextSeq(), InquiryEventType.CONFIRMED, acting, now, null,
                desk.positionId(), desk.positionName());
        history.add(event);
        pending.add(event);
    }

    private Actor mayConfirm(Caller caller) {
        if (state != InquiryState.HANDED_ON || desk == null) {
            throw new DomainException("inquiry.illegal.confirm", label());
        }
        if (caller.atDesk() == null) {
            throw new DomainException("inquiry.confirm.notDesk", label(), desk.positionName());
        }
        return caller.atDesk();
    }

    /** 跟进: a note by the first receiver or the receiving desk, at any time. */
    void followUp(String note, Caller caller, Instant now) {
        Actor acting = mayFollowUp(caller);
        append(InquiryEventType.FOLLOWED_UP, acting, now, required(note, "inquiry.followUp.noteRequired"));
    }

    private Actor mayFollowUp(Caller caller) {
        if (isReceiver(caller)) {
            return caller.actor();
        }
        if (desk != null && caller.atDesk() != null) {
            return caller.atDesk();
        }
        throw new DomainException("inquiry.followUp.notInvolved", label());
    }

    /** What the caller may do now: the same rules as the steps themselves. */
    InquiryView.Actions actionsFor(Caller caller) {
        return new InquiryView.Actions(allowed(() -> mayAnswer(caller)), allowed(() -> mayHandOn(caller)),
                allowed(() -> mayConfirm(caller)), allowed(() -> mayFollowUp(caller)));
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The owner: the first receiver until the desk confirms, the desk from then on. */
    boolean ownedByDesk() {
        return confirmedAt != null;
    }

    /** Not answered, and logged at least {@code after} before {@code now}. */
    boolean unresolved(Instant now, Duration after) {
        return state.open() && !recordedAt.plus(after).isAfter(now);
    }

    private boolean isReceiver(Caller caller) {
        return receiver.account().equals(caller.account());
    }

    /** How messages name the inquiry: {@code #42}. */
    String label() {
        return "#" + id;
    }

    private String deskName() {
        return desk == null ? "" : desk.positionName();
    }

    private static String required(@Nullable String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_LIMIT) {
            throw new DomainException("inquiry.text.tooLong", TEXT_LIMIT);
        }
        return stripped;
    }

    private void append(InquiryEventType type, Actor actor, Instant now, @Nullable String text) {
        InquiryEvent event = new InquiryEvent(nextSeq(), type, actor, now, text, null, null);
        history.add(event);
        pending.add(event);
    }

    private int nextSeq() {
        return history.size() + 1;
    }

    long id() {
        return id;
    }

    String inquirerName() {
        return inquirerName;
    }

    String contactPhone() {
        return contactPhone;
    }

    InquiryChannel channel() {
        return channel;
    }

    String subject() {
        return subject;
    }

    @Nullable String itemCode() {
        return itemCode;
    }

    @Nullable String itemName() {
        return itemName;
    }

    Receiver receiver() {
        return receiver;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    int loadedVersion() {
        return loadedVersion;
    }

    InquiryState state() {
        return state;
    }

    @Nullable Desk desk() {
        return desk;
    }

    @Nullable String handOnNote() {
        return handOnNote;
    }

    @Nullable String confirmedBy() {
        return confirmedBy;
    }

    @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    @Nullable String answer() {
        return answer;
    }

    @Nullable String answeredBy() {
        return answeredBy;
    }

    @Nullable Instant answeredAt() {
        return answeredAt;
    }

    List<InquiryEvent> history() {
        return List.copyOf(history);
    }

    /** The steps recorded since the inquiry was loaded, to append when it is saved. */
    List<InquiryEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    @Override
    public String toString() {
        return "FirstInquiry[" + id + ", " + state + ", phone " + PersonalData.maskPhone(contactPhone) + "]";
    }
}
