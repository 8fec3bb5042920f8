package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.util.List;

import org.xiaoneng.supervision.DeadlineLightChanged;

/**
 * One sweep batch changed these lights (their ids in the light history, in order): published once per batch, inside
 * the sweep's transaction, next to the batch of {@link DeadlineLightChanged} the audit trail stages
 * ({@code AuditableEvents}). Supervision's own listeners — the alerts ({@link SweptLightAlerts}), the overdue
 * violations, the order escalation and policy, the accountability policy — hear the batch instead: one publication
 * per listener and batch, not per change, is what keeps the sweep's cost per light change low, and naming the changes
 * rather than carrying them keeps each publication small; a listener reads them with {@link SweptChanges}. Each
 * listener's work is idempotent per change, so a batch delivered again changes nothing twice.
 */
public record LightsSwept(List<Long> changeIds, Instant sweptAt) {

    public LightsSwept {
        changeIds = List.copyOf(changeIds);
    }
}
