package org.xiaoneng.supervision.internal.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;

/** A supervision order as the console shows it, with its steps (oldest first). */
public record OrderView(long id, String number, long departmentId, String departmentName, OrderOrigin origin,
        OrderSubject subjectKind, @Nullable String subjectRef, @Nullable String caseNumber, String title,
        String demand, int responseDays, int orangeDays, LocalDate responseDue, OrderState state,
        Escalation escalation, @Nullable String response, @Nullable String measures, @Nullable String respondedBy,
        @Nullable Instant respondedAt, @Nullable String closedBy, @Nullable Instant closedAt,
        @Nullable String closeNote, int returned, String issuedBy, Instant issuedAt, int version,
        List<Step> steps) {

    public OrderView {
        steps = List.copyOf(steps);
    }

    /** One thing that happened to the order. */
    public record Step(String action, String actor, Instant at, @Nullable String note) {

        public LocalDateTime local() {
            return LocalDateTime.ofInstant(at, StatutoryCalendar.ZONE);
        }
    }

    public LocalDateTime issuedLocal() {
        return LocalDateTime.ofInstant(issuedAt, StatutoryCalendar.ZONE);
    }

    public LocalDate issuedOn() {
        return LocalDate.ofInstant(issuedAt, StatutoryCalendar.ZONE);
    }

    OrderView withSteps(List<Step> all) {
        return new OrderView(id, number, departmentId, departmentName, origin, subjectKind, subjectRef, caseNumber,
                title, demand, responseDays, orangeDays, responseDue, state, escalation, response, measures,
                respondedBy, respondedAt, closedBy, closedAt, closeNote, returned, issuedBy, issuedAt, version, all);
    }
}
