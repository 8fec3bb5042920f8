package org.xiaoneng.supervision.internal;

import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Queues the alerts of a sweep batch's light changes after the batch commits, in a transaction of its own, so that the
 * sweep does not wait for the notification outbox and its audit. The event publication registry delivers the batch
 * until this completes (again after a crash); each alert's idempotency key names its light change, so a batch
 * delivered twice queues each alert once. The people are looked up as of the day of the sweep.
 */
@Component
class SweptLightAlerts {

    private final Ledger ledger;
    private final LightAlerts alerts;

    SweptLightAlerts(Ledger ledger, LightAlerts alerts) {
        this.ledger = ledger;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(LightsSwept batch) {
        LightAlerts.Lookups lookups = alerts.lookups(LocalDate.ofInstant(batch.sweptAt(), StatutoryCalendar.ZONE));
        for (Ledger.Swept change : ledger.changes(batch.changeIds())) {
            alerts.alert(change, lookups);
        }
    }
}
