package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.util.List;

/**
 * One sweep batch changed these lights (the ids of their history entries, in order): published once per batch, inside
 * the sweep's transaction, so that the alerts are queued after it commits ({@link SweptLightAlerts}).
 */
record LightsSwept(List<Long> changeIds, Instant sweptAt) {
}
