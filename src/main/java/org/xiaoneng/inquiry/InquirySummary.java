package org.xiaoneng.inquiry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A line of an inquiry list (contact phone masked).
 *
 * @param deskActedAsDeputyFor on the desk list: the desk's position name when the reader works it as deputy (AB角)
 *                             for its absent holder; null otherwise
 * @param unresolved           not answered and older than the configured time
 */
public record InquirySummary(long id, int version, String inquirerName, String contactPhone, InquiryChannel channel,
        String subject, @Nullable String itemCode, String receiverName, String receiverPositionName,
        InquiryState state, @Nullable Long deskPositionId, @Nullable String deskName, Instant recordedAt, boolean unresolved,
        @Nullable String deskActedAsDeputyFor) {

    /** The same line, marked as worked by the reader as deputy for the desk's absent holder. */
    public InquirySummary asDeputy() {
        return new InquirySummary(id, version, inquirerName, contactPhone, channel, subject, itemCode, receiverName,
                receiverPositionName, state, deskPositionId, deskName, recordedAt, unresolved, deskName);
    }
}
