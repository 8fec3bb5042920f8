package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One recorded event of a case, as the timeline shows it: what, who (in which position, as whose deputy), when, the
 * short why, and the deadline it set.
 */
public record CaseHistoryEntry(int seq, CaseEventType type, String account, @Nullable String position,
        @Nullable String deputyFor, Instant occurredAt, String summary, @Nullable LocalDate deadline) {
}
