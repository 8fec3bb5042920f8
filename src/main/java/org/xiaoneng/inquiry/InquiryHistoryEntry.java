package org.xiaoneng.inquiry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a first inquiry: who (account, the position they acted in, and the position they stood in for as deputy),
 * when, what (the answer, the hand-on note, the follow-up note), and for a hand-on the desk.
 */
public record InquiryHistoryEntry(int seq, InquiryEventType type, String account, @Nullable String position,
        @Nullable String deputyFor, Instant occurredAt, @Nullable String text, @Nullable String deskName) {
}
