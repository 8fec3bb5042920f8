package org.xiaoneng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.platform.Actor;

/**
 * One recorded event of a case (a row of casework_case_event): the source of truth from which the case's state and
 * dates are rebuilt.
 *
 * @param seq      1, 2, 3… within the case
 * @param deadline the deadline the event set when it was recorded (kept as what was announced; the dates the case
 *                 shows are recomputed from the history)
 */
record CaseEvent(int seq, CaseEventType type, CasePayload payload, Actor actor, Instant occurredAt,
        @Nullable LocalDate deadline) {

    CaseEvent withDeadline(@Nullable LocalDate newDeadline) {
        return new CaseEvent(seq, type, payload, actor, occurredAt, newDeadline);
    }
}
