package org.xiaoneng.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The supervision dashboard within the viewer's data scope (a department leader's own department, a supervisor's
 * whole city). Lights are as of {@code asOf}: a deadline whose threshold has passed counts in its new light even when
 * the sweep has not recorded the change yet, so the dashboard never lags the sweep.
 *
 * @param totals        the watched deadlines (open or suspended) by light
 * @param byDepartment  the same by department, most red first
 * @param byItem        the same by item, most red first
 * @param newRedsToday  deadlines still watched that turned red today (Beijing time), latest first, at most
 *                      {@code listLimit}; {@code newRedsTodayCount} counts all of them
 * @param oldestOverdue red deadlines, earliest due first, at most {@code listLimit}
 * @param greenAsOf     when the open deadlines behind the green counts were last counted (they are counted at most
 *                      every few minutes; yellow and red are counted live)
 */
public record Dashboard(Instant asOf, LightCounts totals, List<DeadlineTally> byDepartment,
        List<DeadlineTally> byItem, long newRedsTodayCount, List<LitDeadline> newRedsToday,
        List<LitDeadline> oldestOverdue, Instant greenAsOf) {

    public Dashboard {
        byDepartment = List.copyOf(byDepartment);
        byItem = List.copyOf(byItem);
        newRedsToday = List.copyOf(newRedsToday);
        oldestOverdue = List.copyOf(oldestOverdue);
    }
}
