package org.xiaoneng.supervision.internal.dashboard;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The count of every watched deadline by department and item, whatever its light, kept for at most
 * {@link DashboardProperties#openTallyMaxAge()}. It is the one dashboard figure that must touch every watched row, so
 * it is counted for the whole city once per period on each node (not once per viewer and poll) and each viewer's
 * scope is applied to the result, which has one row per department and item (thousands, not millions). Light
 * changes never move it — only registrations and closings do — so green (this minus the live yellow and red) stays
 * right as lights change.
 *
 * <p>Counters kept up to date by the sweep and by registration were the alternative: they would add hot rows to
 * every sweep batch and every case's registration transaction, for a figure nobody needs to the second.
 */
@Component
class OpenTally {

    record Snapshot(Instant countedAt, List<DashboardSql.Total> totals) {
    }

    private final DashboardSql sql;
    private final DashboardProperties properties;
    private volatile @Nullable Snapshot snapshot;

    OpenTally(DashboardSql sql, DashboardProperties properties) {
        this.sql = sql;
        this.properties = properties;
    }

    Snapshot current(Instant now) {
        Snapshot s = snapshot;
        if (fresh(s, now)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (!fresh(s, now)) {
                s = new Snapshot(now, sql.openTotals());
                snapshot = s;
            }
            return s;
        }
    }

    private boolean fresh(@Nullable Snapshot s, Instant now) {
        return s != null && !now.isBefore(s.countedAt())
                && now.isBefore(s.countedAt().plus(properties.openTallyMaxAge()));
    }
}
