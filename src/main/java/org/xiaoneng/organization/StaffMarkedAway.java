package org.xiaoneng.organization;

import java.time.Instant;
import java.time.LocalDate;

import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A staff member was marked away (外出) for a date range, both days inclusive: from then on their positions' work goes
 * to the deputy chain (see {@link OrganizationDirectory#whoActsFor}). Published inside the transaction that records it.
 *
 * @param absenceId    the recorded absence
 * @param departmentId the staff member's department
 */
public record StaffMarkedAway(Actor actor, long absenceId, long staffId, String staffName, LocalDate from,
        LocalDate to, String reason, Long departmentId, Instant occurredAt) implements AuditableEvent {

    @Override
    public String action() {
        return "organization.absence.created";
    }

    @Override
    public String recordType() {
        return "absence";
    }

    @Override
    public String recordId() {
        return String.valueOf(absenceId);
    }

    @Override
    public String before() {
        return null;
    }

    @Override
    public String after() {
        return staffName + " away " + from + " – " + to + ": " + reason;
    }
}
