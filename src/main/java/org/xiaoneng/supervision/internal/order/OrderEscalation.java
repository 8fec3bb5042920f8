package org.xiaoneng.supervision.internal.order;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.internal.LightsSwept;
import org.xiaoneng.supervision.internal.SweptChanges;

/**
 * Follows the sweep: when the ledger light of an order's response deadline changes, the order slips up (or, after it
 * was sent back, down) the ladder. Received after the sweep's commit; the event publication registry redelivers it
 * after a crash, and a repeated delivery changes nothing.
 */
@Component
class OrderEscalation {

    static final String PREFIX = "order:";

    private final SupervisionOrders orders;
    private final SweptChanges changes;

    OrderEscalation(SupervisionOrders orders, SweptChanges changes) {
        this.orders = orders;
        this.changes = changes;
    }

    /** The sweep batch's light changes, one by one (each handled idempotently: a batch delivered again does nothing). */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        changes.of(batch).forEach(this::on);
    }

    void on(DeadlineLightChanged change) {
        if (change.subject() != DeadlineSubject.SUPERVISION_ORDER || !change.subjectRef().startsWith(PREFIX)) {
            return;
        }
        long orderId = Long.parseLong(change.subjectRef().substring(PREFIX.length()));
        orders.lightChanged(orderId, change.from(), change.to(), change.changeId());
    }
}
