package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.util.List;

import org.xiaoneng.supervision.DeadlineLightChanged;

/**
 * One sweep batch changed these lights, in order: published once per batch, inside the sweep's transaction, next to
 * the batch of {@link DeadlineLightChanged} the audit trail stages ({@code AuditableEvents}). Supervision's own
 * listeners — the alerts ({@link SweptLightAlerts}), the overdue violations, the order escalation and policy, the
 * accountability policy — hear the batch instead: one publication per listener and batch, not per change, is what
 * keeps the sweep's cost per light change low. Each listener's work is idempotent per change, so a batch delivered
 * again changes nothing twice.
 */
public record LightsSwept(List<DeadlineLightChanged> changes, Instant sweptAt) {
}
