package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A watched deadline's light changed: made once per change (whatever the number of nodes sweeping), inside the
 * sweep's transaction, and published there with the rest of the sweep batch's changes as one
 * {@link org.xiaoneng.platform.AuditableEvents}, which the audit trail records entry by entry (one batched insert
 * for the batch). Supervision's violations and orders hear the same changes through its own batch event.
 *
 * @param changeId    the light change's identity (unique, increasing)
 * @param subjectRef  the watched subject, for example {@code case:12:task:3}
 * @param cause       {@code clock} when time passed, else what moved the dates ({@code casework.case.extended}, ...)
 */
public record DeadlineLightChanged(long changeId, long deadlineId, DeadlineSubject subject, String subjectRef,
        String caseNumber, long departmentIdOfDeadline, @Nullable Long positionId, @Nullable Long staffId,
        Light from, Light to, LocalDate due, String cause, Instant occurredAt) implements AuditableEvent {

    @Override
    public Actor actor() {
        return Actor.system();
    }

    @Override
    public String action() {
        return "supervision.deadline." + to.name().toLowerCase();
    }

    @Override
    public String recordType() {
        return "deadline";
    }

    @Override
    public String recordId() {
        return subjectRef;
    }

    @Override
    public String before() {
        return from.name();
    }

    @Override
    public String after() {
        return to + " " + subject + " " + caseNumber + " due " + due + " (" + cause + ")";
    }

    @Override
    public Long departmentId() {
        return departmentIdOfDeadline;
    }
}
