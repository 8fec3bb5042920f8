package org.xiaoneng.supervision.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.DeadlineList;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LightBoard;
import org.xiaoneng.supervision.LightCounts;
import org.xiaoneng.supervision.internal.dashboard.Dashboards;

/**
 * The console's board of lights within a data scope. It reads through the dashboard's queries, so its lights are as
 * of now (a threshold passed shows before the sweep records it) and its counts never scan the whole ledger.
 */
@Component
@Transactional(readOnly = true)
public class Boards {

    private final Dashboards dashboards;

    Boards(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    public LightBoard board(DataScope scope, @Nullable Light light, int limit) {
        LightCounts totals = dashboards.totals(scope);
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, totals.of(l));
        }
        DeadlineList lit = dashboards.deadlines(scope, new DeadlineFilter(light, null, null), limit);
        return new LightBoard(counts, lit.deadlines(), lit.truncated());
    }
}
