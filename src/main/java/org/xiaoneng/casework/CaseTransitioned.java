package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;

/**
 * A case moved: one per recorded case event, published inside the transaction that records it. The audit trail
 * records it; notifications (to the applicant) and supervision will react to it.
 *
 * @param deadline the deadline the transition set (acceptance due, case due), if any
 * @param summary  a short, personal-data-free description of why
 */
public record CaseTransitioned(Actor actor, long caseId, String number, CaseEventType type, CaseState state,
        long departmentIdOfItem, @Nullable LocalDate deadline, String summary, Instant occurredAt)
        implements CaseAuditable {

    @Override
    public String action() {
        return "casework.case." + type.name().toLowerCase().replace('_', '-');
    }

    @Override
    public String after() {
        return state + (deadline == null ? "" : " due " + deadline) + (summary.isEmpty() ? "" : ": " + summary);
    }

    @Override
    public Long departmentId() {
        return departmentIdOfItem;
    }
}
