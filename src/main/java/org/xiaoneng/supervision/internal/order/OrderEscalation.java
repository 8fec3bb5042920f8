package org.xiaoneng.supervision.internal.order;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.internal.LightsSwept;

/**
 * Follows the sweep: when the ledger light of an order's response deadline changes, the order slips up (or, after it
 * was sent back, down) the ladder. Received after the sweep's commit; the event publication registry redelivers it
 * after a crash, and a repeated delivery changes nothing.
 */
@Component
class OrderEscalation {

    static final String PREFIX = "order:";

    private final SupervisionOrders orders;

    OrderEscalation(SupervisionOrders orders) {
        this.orders = orders;
    }

    /** The sweep batch's light changes, one by one (each handled idempotently: a batch delivered again does nothing). */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        batch.changes().forEach(this::on);
    }

    void on(DeadlineLightChanged change) {
        if (change.subject() != DeadlineSubject.SUPERVISION_ORDER || !change.subjectRef().startsWith(PREFIX)) {
            return;
        }
        long orderId = Long.parseLong(change.subjectRef().substring(PREFIX.length()));
        orders.lightChanged(orderId, change.from(), change.to(), change.changeId());
    }
}
