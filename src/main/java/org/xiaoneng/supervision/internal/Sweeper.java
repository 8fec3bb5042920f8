package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.supervision.DeadlineLightChanged;

/**
 * One batch of the sweep, in one transaction: under a PostgreSQL transaction-scoped advisory lock, so that with several
 * application nodes on one database only one sweeps at a time (the others find the lock taken and do nothing); the
 * lights change in one set-based statement, and every change is audited and alerted inside the same transaction. A
 * batch that rolls back leaves lights, history and alerts as they were; the next run does them once.
 */
@Component
public class Sweeper {

    private final Ledger ledger;
    private final LightAlerts alerts;
    private final ApplicationEventPublisher events;

    Sweeper(Ledger ledger, LightAlerts alerts, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.alerts = alerts;
        this.events = events;
    }

    /**
     * What one batch did.
     *
     * @param locked  true when another node was sweeping: nothing was done
     * @param looked  rows whose next change was due
     * @param changed of those, the lights that changed
     */
    public record Batch(boolean locked, int looked, int changed) {
    }

    @Transactional
    public Batch sweep(Instant now, int limit) {
        if (!ledger.tryLockSweep()) {
            return new Batch(true, 0, 0);
        }
        List<Ledger.Swept> rows = ledger.sweep(now, limit);
        LightAlerts.Lookups lookups = alerts.lookups(LocalDate.ofInstant(now, StatutoryCalendar.ZONE));
        int changed = 0;
        for (Ledger.Swept row : rows) {
            if (!row.changed()) {
                continue;
            }
            changed++;
            events.publishEvent(new DeadlineLightChanged(row.changeId(), row.id(), row.subject(), row.subjectRef(),
                    row.caseNumber(), row.departmentId(), row.positionId(), row.staffId(), row.from(), row.to(),
                    row.dueOn(), row.cause(), now));
            alerts.alert(row, lookups);
        }
        return new Batch(false, rows.size(), changed);
    }
}
