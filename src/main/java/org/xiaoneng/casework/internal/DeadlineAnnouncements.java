package org.xiaoneng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlinesChanged;
import org.xiaoneng.casework.WatchedDeadline;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;

/**
 * Publishes {@link CaseDeadlinesChanged} (for supervision's ledger) when what supervision watches of a case changed,
 * inside the transaction that changed it. The person answering for each deadline is resolved here: whoever took the
 * work on, else whoever acts for its position today (the holder, or the deputy of an absent holder).
 */
@Component
class DeadlineAnnouncements {

    /** The cause recorded when a calendar correction moved a case's dates. */
    static final String CALENDAR_CORRECTED = "calendar.corrected";

    private final ApplicationEventPublisher events;
    private final OrganizationDirectory organization;
    private final StatutoryCalendar calendar;
    private final CaseworkProperties properties;

    DeadlineAnnouncements(ApplicationEventPublisher events, OrganizationDirectory organization,
            StatutoryCalendar calendar, CaseworkProperties properties) {
        this.events = events;
        this.organization = organization;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Announces the case's deadlines when they differ from those it had when loaded (always for a new case). */
    void announceIfChanged(Case c, Instant now) {
        Case before = c.asLoaded();
        CaseWatch.Snapshot after = CaseWatch.of(c, calendar);
        if (before != null && CaseWatch.of(before, calendar).equals(after)) {
            return;
        }
        List<CaseEvent> pending = c.pendingEvents();
        String cause = pending.isEmpty() ? "casework.case" : action(pending.get(pending.size() - 1));
        publish(c, after, cause, now);
    }

    /** Announces the case's deadlines as they stand, for the given cause. */
    void announce(Case c, String cause, Instant now) {
        publish(c, CaseWatch.of(c, calendar), cause, now);
    }

    private void publish(Case c, CaseWatch.Snapshot snapshot, String cause, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, StatutoryCalendar.ZONE);
        List<WatchedDeadline> deadlines = snapshot.deadlines().stream().map(w -> resolve(c, w, today)).toList();
        events.publishEvent(new CaseDeadlinesChanged(c.id(), c.number(), c.item().code(), c.item().details().name(),
                c.item().details().leadDepartment().id(), c.history().size(), c.deadlines().calendarRevision(),
                c.state(), snapshot.suspended(), deadlines, cause, now));
    }

    private WatchedDeadline resolve(Case c, CaseWatch.Watch w, LocalDate today) {
        Optional<StaffPost> post = w.account() == null ? Optional.empty() : organization.postOf(w.account());
        Long positionId = w.positionId();
        String positionName = w.positionName();
        Long departmentId = w.departmentId();
        Long staffId = null;
        String staffName = null;
        boolean assigned = false;
        if (post.isPresent()) {
            staffId = post.get().staffId();
            staffName = post.get().staffName();
            assigned = true;
            if (positionId == null) {
                positionId = post.get().positionId();
                positionName = post.get().positionName();
            }
            if (departmentId == null) {
                departmentId = post.get().departmentId();
            }
        } else if (positionId != null) {
            Optional<Acting> acting = organization.whoActsFor(positionId, today);
            staffId = acting.map(Acting::staffId).orElse(null);
            staffName = acting.map(Acting::staffName).orElse(null);
        }
        if (departmentId == null) {
            // an online application: the service center decides on intake
            departmentId = organization.departmentByCode(properties.serviceCenterCode()).map(DepartmentRef::id)
                    .orElse(c.item().details().leadDepartment().id());
        }
        return new WatchedDeadline(w.kind(), w.key(), w.due(), WatchedDeadline.overdueFrom(w.due()),
                w.limitWorkingDays(), w.warningWorkingDays(), w.stageName(), departmentId, positionId, positionName,
                staffId, staffName, assigned, w.open());
    }

    /** As the audit trail names the event ({@code CaseTransitioned#action}). */
    private static String action(CaseEvent event) {
        return "casework.case." + event.type().name().toLowerCase().replace('_', '-');
    }
}
