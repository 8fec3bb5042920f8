package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One recorded event of a case, as the timeline shows it: what, who (in which position, as whose deputy), when, the
 * short why, and the deadline it set.
 *
 * @param summary a short, language-neutral line for logs and the audit trail
 * @param detail  the event's facts, for a page to put in the reader's language
 */
public record CaseHistoryEntry(int seq, CaseEventType type, String account, @Nullable String position,
        @Nullable String deputyFor, Instant occurredAt, String summary, @Nullable LocalDate deadline,
        CaseEventDetail detail) {
}
