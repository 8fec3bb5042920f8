package org.xiaoneng.inquiry;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.inquiry.internal.InquiryService;

/**
 * What other modules (and this module's web layer) may do with first inquiries (首问责任制). The signed-in staff member
 * who logs an inquiry is its first receiver and owns it until it is answered or until the desk it was handed to
 * confirms; from then on the desk owns and answers it. Every change names the inquiry's {@code version} as the caller
 * read it: when someone else changed it since, a {@link org.xiaoneng.platform.ConflictException} is thrown and nothing
 * is written. Steps the rules refuse raise {@link org.xiaoneng.platform.DomainException} with a message key of the
 * inquiry bundle; inquiries the caller may not see raise {@link org.xiaoneng.platform.OutOfScopeException}. Each step
 * is published as an {@link InquiryChanged} inside the transaction (the audit trail records it).
 */
@Service
public class FirstInquiries {

    private final InquiryService inquiries;

    FirstInquiries(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    /**
     * 首问登记 by the signed-in staff member (who must hold a position); the same idempotency key never records two
     * inquiries.
     */
    public RecordedInquiry record(RecordInquiry inquiry, @Nullable String idempotencyKey) {
        return inquiries.record(inquiry, idempotencyKey);
    }

    /** The inquiry, with what the caller may do with it now. */
    public InquiryView find(long id) {
        return inquiries.find(id);
    }

    /** 答复: by the first receiver (until a desk confirms) or by the desk (after it confirmed). */
    public InquiryView answer(long id, int version, String answer) {
        return inquiries.answer(id, version, answer);
    }

    /** 转交 to a desk (an active position that somebody acts for today), with a note; only the first receiver. */
    public InquiryView handOn(long id, int version, long deskPositionId, String note) {
        return inquiries.handOn(id, version, deskPositionId, note);
    }

    /** 确认接收 by whoever acts for the receiving desk today: its holder, or the deputy (AB角) when the holder is away. */
    public InquiryView confirm(long id, int version) {
        return inquiries.confirm(id, version);
    }

    /** 跟进: a follow-up note, at any time, by the first receiver or the receiving desk. */
    public InquiryView followUp(long id, int version, String note) {
        return inquiries.followUp(id, version, note);
    }

    /** 我的首问: the inquiries the caller received first, latest first (at most 100), unresolved ones flagged. */
    public List<InquirySummary> mine() {
        return inquiries.mine();
    }

    /**
     * 超时未办结: the inquiries the caller still owns that are unanswered and older than
     * {@code xiaoneng.inquiry.unresolved-after}, oldest first.
     */
    public List<InquirySummary> unresolved() {
        return inquiries.unresolved();
    }

    /** 转交给我的: inquiries handed to the desks the caller acts for today (own, and as deputy), unanswered. */
    public List<InquirySummary> desk() {
        return inquiries.desk();
    }

    /**
     * For overseers (inquiry:inquiry:oversee): inquiries received in, or handed to, the departments of their scope,
     * latest first (at most 100), optionally only the unresolved ones.
     */
    public List<InquirySummary> inScope(boolean onlyUnresolved) {
        return inquiries.inScope(onlyUnresolved);
    }
}
