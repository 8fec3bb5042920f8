package org.xiaoneng.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlinesChanged;
import org.xiaoneng.casework.WatchedDeadline;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;

/**
 * Keeps the ledger in step with casework: each {@link CaseDeadlinesChanged} snapshot registers the case's deadlines,
 * updates their dates, people and state, and closes those it no longer lists. Received as casework publishes it,
 * inside casework's transaction: the ledger changes with the case or not at all, and the dashboard never lags behind
 * the cases. Handing it over after the commit through the event publication registry cost a publication row, a
 * transaction and the row's removal for every change of every case — most of what accepting a case cost. Snapshots
 * of one case are applied one at a time and an older one never overwrites a newer one. The light itself is left to
 * the sweep: when new dates make it wrong, the row is due for the very next sweep, which changes it and sends the
 * alerts.
 */
@Component
class CaseDeadlineRegistration {

    private final Ledger ledger;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    CaseDeadlineRegistration(Ledger ledger, StatutoryCalendar calendar, Clock clock) {
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void on(CaseDeadlinesChanged snapshot) {
        register(snapshot);
    }

    void register(CaseDeadlinesChanged snapshot) {
        String source = "case:" + snapshot.caseId();
        ledger.lockSource(source);
        Map<String, Ledger.Known> known = ledger.rowsOf(source);
        if (known.values().stream().anyMatch(k -> k.newerThan(snapshot.eventSeq(), snapshot.calendarRevision()))) {
            return; // delivered after a later snapshot of the same case
        }
        Instant now = clock.instant();
        // one row per subject, the last listing winning (one statement cannot write a row twice)
        Map<String, Ledger.Registration> rows = new LinkedHashMap<>();
        for (WatchedDeadline deadline : snapshot.deadlines()) {
            String ref = subjectRef(snapshot.caseId(), deadline);
            Ledger.Known before = known.get(ref);
            DeadlineState state = !deadline.open() ? DeadlineState.CLOSED
                    : snapshot.suspended() ? DeadlineState.SUSPENDED : DeadlineState.OPEN;
            if (before == null && state == DeadlineState.CLOSED) {
                continue; // ended before supervision saw it open: nothing to watch
            }
            int threshold = LightRules.threshold(deadline.limitWorkingDays(), deadline.warningWorkingDays());
            Instant yellowAt = LightRules.yellowAt(deadline.due(), threshold, calendar);
            Instant dueAt = deadline.dueAt();
            Light light = before == null ? Light.GREEN : before.light();
            Instant next = LightRules.nextLook(light, state, now, yellowAt, dueAt);
            rows.put(ref, new Ledger.Registration(subject(deadline), ref, source, snapshot.eventSeq(),
                    snapshot.calendarRevision(), snapshot.caseId(), snapshot.number(), snapshot.itemCode(),
                    snapshot.itemName(), deadline.stageName(), deadline.departmentId(), deadline.positionId(),
                    deadline.positionName(), deadline.staffId(), deadline.staffName(), deadline.staffAssigned(),
                    deadline.limitWorkingDays(), threshold, deadline.due(), dueAt, yellowAt, state, next,
                    now.equals(next) ? snapshot.cause() : null));
        }
        ledger.upsert(List.copyOf(rows.values()), now);
        // the rows are locked and this source's registrations serialised: what was read is what there is
        boolean unlistedOpen = known.values().stream()
                .anyMatch(k -> k.state() != DeadlineState.CLOSED && !rows.containsKey(k.subjectRef()));
        if (unlistedOpen) {
            ledger.closeUnlisted(source, rows.keySet(), snapshot.eventSeq(), snapshot.calendarRevision(), now);
        }
    }

    static String subjectRef(long caseId, WatchedDeadline deadline) {
        return switch (deadline.kind()) {
            case ACCEPTANCE -> "case:" + caseId + ":acceptance";
            case CASE -> "case:" + caseId;
            case TASK -> "case:" + caseId + ":" + deadline.key();
            case LICENCE -> "case:" + caseId + ":licence";
        };
    }

    private static DeadlineSubject subject(WatchedDeadline deadline) {
        return switch (deadline.kind()) {
            case ACCEPTANCE -> DeadlineSubject.CASE_ACCEPTANCE;
            case CASE -> DeadlineSubject.CASE;
            case TASK -> DeadlineSubject.CASE_TASK;
            case LICENCE -> DeadlineSubject.CASE_LICENCE;
        };
    }
}
