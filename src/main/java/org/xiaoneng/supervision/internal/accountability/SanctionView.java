package org.xiaoneng.supervision.internal.accountability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;

/** A warning or sanction as the console shows it, with what it rests on. */
public record SanctionView(long id, SanctionKind kind, SanctionKind proposedKind, long staffId, String staffName,
        long departmentId, String departmentName, String grounds, SanctionState state, Instant proposedAt,
        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason,
        AppealState appealState, @Nullable String appealGrounds, @Nullable Instant appealedAt,
        @Nullable String appealDecidedBy, @Nullable Instant appealDecidedAt, @Nullable String appealReason,
        int version, List<String> evidence) {

    public SanctionView {
        evidence = List.copyOf(evidence);
    }

    public LocalDateTime proposedLocal() {
        return LocalDateTime.ofInstant(proposedAt, StatutoryCalendar.ZONE);
    }

    public @Nullable LocalDateTime decidedLocal() {
        return decidedAt == null ? null : LocalDateTime.ofInstant(decidedAt, StatutoryCalendar.ZONE);
    }

    /** Whether it counts against the person: confirmed, and not overturned on appeal. */
    public boolean inForce() {
        return state == SanctionState.CONFIRMED && appealState != AppealState.OVERTURNED;
    }
}
