package org.xiaoneng.inquiry;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A first inquiry as its owner, its receiving desk or an overseer reads it. The contact phone is masked.
 *
 * @param version        quote it on every change; a stale one is refused (409)
 * @param receiver       the first receiver (首问人)
 * @param desk           the desk it was handed to, if any
 * @param ownedByDesk    true once the desk confirmed: the desk owns it, no longer the first receiver
 * @param unresolved     not answered and older than the configured time
 * @param actions        what the reader may do with it now
 * @param history        every step and follow-up note, oldest first
 */
public record InquiryView(long id, int version, String inquirerName, String contactPhone, InquiryChannel channel,
        String subject, @Nullable String itemCode, @Nullable String itemName, Receiver receiver, InquiryState state,
        @Nullable Desk desk, @Nullable String handOnNote, boolean ownedByDesk, @Nullable String confirmedBy,
        @Nullable Instant confirmedAt, @Nullable String answer, @Nullable String answeredBy,
        @Nullable Instant answeredAt, Instant recordedAt, boolean unresolved, Actions actions,
        List<InquiryHistoryEntry> history) {

    /** The first receiver: the staff member first asked, in the position and department they held then. */
    public record Receiver(String account, long staffId, String staffName, long positionId, String positionName,
            long departmentId, String departmentName) {
    }

    /** A desk: a position of the organization, in its department. */
    public record Desk(long positionId, String positionName, long departmentId, String departmentName) {
    }

    /** What the reader may do now (the same rules the inquiry enforces when they try). */
    public record Actions(boolean answer, boolean handOn, boolean confirm, boolean followUp) {
    }
}
