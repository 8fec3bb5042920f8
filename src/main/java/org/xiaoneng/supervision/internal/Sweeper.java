package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.AuditableEvents;
import org.xiaoneng.supervision.DeadlineLightChanged;

/**
 * One batch of the sweep, in one transaction: under a PostgreSQL transaction-scoped advisory lock, so that with several
 * application nodes on one database only one sweeps at a time (the others find the lock taken and do nothing); the
 * lights change in one set-based statement, and the batch's changes ({@link DeadlineLightChanged}) are published inside
 * the same transaction as one {@link AuditableEvents}, which the audit trail stages in one batched insert, and as one
 * {@link LightsSwept} that supervision's own listeners hear — the alerts are queued after the commit
 * ({@link SweptLightAlerts}). A batch that rolls back leaves lights, history and events as they were; the next run does
 * them once.
 */
@Component
public class Sweeper {

    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    Sweeper(Ledger ledger, ApplicationEventPublisher events) {
        this.ledger = ledger;
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
        List<DeadlineLightChanged> changes = rows.stream().filter(Ledger.Swept::changed)
                .map(row -> row.lightChanged(now)).toList();
        if (!changes.isEmpty()) {
            // no listener needs each change on its own: the audit trail stages the batch in one statement
            events.publishEvent(new AuditableEvents(changes));
            events.publishEvent(new LightsSwept(changes.stream().map(DeadlineLightChanged::changeId).toList(), now));
        }
        return new Batch(false, rows.size(), changes.size());
    }
}
