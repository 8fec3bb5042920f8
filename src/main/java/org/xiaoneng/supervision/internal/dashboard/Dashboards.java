package org.xiaoneng.supervision.internal.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.PersonalData;
import org.xiaoneng.supervision.Dashboard;
import org.xiaoneng.supervision.DeadlineDetail;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.DeadlineList;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.DeadlineTally;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LightCounts;
import org.xiaoneng.supervision.LitDeadline;
import org.xiaoneng.supervision.Supervision;
import org.xiaoneng.supervision.WeekTrend;

/**
 * The supervision dashboard (电子监察看板): counts by light, department and item, today's new reds, the oldest overdue,
 * the weekly trend, drill-down lists and a deadline's detail — always in the caller's data scope for
 * {@link Supervision#VIEW} (a department leader's own department, a supervisor's whole city), with lights as of now.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** Weeks the trend covers, this week included. */
    public static final int TREND_WEEKS = 12;

    private final DashboardSql sql;
    private final OpenTally openTally;
    private final OrganizationDirectory organization;
    private final StatutoryCalendar calendar;
    private final CurrentActor currentActor;
    private final DashboardProperties properties;
    private final Clock clock;
    private final ScopedCache<List<DashboardSql.Count>> litCounts;
    private final ScopedCache<List<WeekTrend>> trends;

    Dashboards(DashboardSql sql, OpenTally openTally, OrganizationDirectory organization, StatutoryCalendar calendar,
            CurrentActor currentActor, DashboardProperties properties, Clock clock) {
        this.sql = sql;
        this.openTally = openTally;
        this.organization = organization;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.properties = properties;
        this.clock = clock;
        this.litCounts = new ScopedCache<>(properties.liveMaxAge());
        // past weeks never change; this week's figures may lag as long as the green counts do
        this.trends = new ScopedCache<>(properties.openTallyMaxAge());
    }

    /** The data scope the caller sees the dashboard in. */
    public DataScope scope() {
        return currentActor.dataScopeFor(Supervision.VIEW);
    }

    public Dashboard dashboard() {
        DataScope scope = scope();
        Instant now = clock.instant();
        Tallies tallies = tallies(scope, now);
        Instant today = LocalDate.ofInstant(now, StatutoryCalendar.ZONE).atStartOfDay(StatutoryCalendar.ZONE)
                .toInstant();
        int limit = properties.listLimit();
        Map<Long, String> departments = departmentNames();
        return new Dashboard(now, tallies.total(), tallies.byDepartment(departments), tallies.byItem(),
                sql.newRedsCount(scope, today, now),
                deadlines(sql.newReds(scope, today, now, limit), departments, now),
                deadlines(sql.oldestOverdue(scope, now, limit), departments, now), tallies.greenAsOf());
    }

    /** The caller's counts by department and light, as the dashboard shows them. */
    public List<DeadlineTally> byDepartment() {
        return tallies(scope(), clock.instant()).byDepartment(departmentNames());
    }

    /** The caller's counts by item and light, as the dashboard shows them. */
    public List<DeadlineTally> byItem() {
        return tallies(scope(), clock.instant()).byItem();
    }

    /** The caller's deadlines by light (what the board's cards show). */
    public LightCounts totals(DataScope scope) {
        return tallies(scope, clock.instant()).total();
    }

    /** New yellows and reds per week over the last {@value #TREND_WEEKS} weeks, oldest first; weeks start Monday. */
    public List<WeekTrend> trend() {
        DataScope scope = scope();
        Instant now = clock.instant();
        return trends.get(scope, now, () -> trend(scope, now));
    }

    private List<WeekTrend> trend(DataScope scope, Instant now) {
        LocalDate monday = LocalDate.ofInstant(now, StatutoryCalendar.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = monday.minusWeeks(TREND_WEEKS - 1L);
        long[][] weeks = new long[TREND_WEEKS][2];
        for (DashboardSql.WeekCount c : sql.weekly(scope, first.atStartOfDay(StatutoryCalendar.ZONE).toInstant(),
                now.plusNanos(1))) {
            if (c.week() >= 0 && c.week() < TREND_WEEKS) {
                weeks[c.week()][c.light() == Light.RED ? 1 : 0] += c.count();
            }
        }
        List<WeekTrend> trend = new ArrayList<>();
        for (int i = 0; i < TREND_WEEKS; i++) {
            trend.add(new WeekTrend(first.plusWeeks(i), weeks[i][0], weeks[i][1]));
        }
        return List.copyOf(trend);
    }

    /** The caller's deadlines of the filter, red first and earliest due first, at most {@code limit}. */
    public DeadlineList deadlines(DeadlineFilter filter, int limit) {
        return deadlines(scope(), filter, limit);
    }

    public DeadlineList deadlines(DataScope scope, DeadlineFilter filter, int limit) {
        Instant now = clock.instant();
        List<DashboardSql.Row> rows = sql.list(scope, filter, now, limit + 1);
        return new DeadlineList(deadlines(rows.stream().limit(limit).toList(), departmentNames(), now),
                rows.size() > limit);
    }

    /** One deadline with its light history; not found when it is outside the caller's scope (as if it did not exist). */
    public DeadlineDetail detail(long id) {
        Instant now = clock.instant();
        DashboardSql.Row row = sql.find(id, now).filter(r -> scope().allows(r.departmentId()))
                .orElseThrow(() -> new NotFoundException("deadline", id));
        return new DeadlineDetail(deadline(row, departmentNames(), now), row.recorded(),
                row.state() == DeadlineState.CLOSED, row.itemCode(), sql.history(id));
    }

    /** The department's name, for headings; empty when unknown. */
    public String departmentName(long departmentId) {
        return organization.department(departmentId).map(DepartmentRef::name).orElse("");
    }

    Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        organization.departments().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    List<LitDeadline> deadlines(List<DashboardSql.Row> rows, Map<Long, String> departments, Instant now) {
        return rows.stream().map(row -> deadline(row, departments, now)).toList();
    }

    LitDeadline deadline(DashboardSql.Row row, Map<Long, String> departments, Instant now) {
        int left = calendar.remainingWorkingDays(now, row.dueOn());
        return new LitDeadline(row.id(), row.subject(), row.caseId(), row.caseNumber(), row.itemName(),
                row.stageName(), row.departmentId(), departments.getOrDefault(row.departmentId(), ""),
                PersonalData.maskText(row.positionName()), PersonalData.maskText(row.staffName()), row.dueOn(),
                row.light(), row.light() == Light.RED ? Math.max(1, -left) : 0,
                row.light() == Light.YELLOW ? Math.max(0, left) : 0, row.state() == DeadlineState.SUSPENDED,
                row.lightChangedAt());
    }

    private Tallies tallies(DataScope scope, Instant now) {
        OpenTally.Snapshot open = openTally.current(now);
        Map<Key, long[]> groups = new HashMap<>();
        Map<String, String> itemNames = new HashMap<>();
        for (DashboardSql.Total t : open.totals()) {
            if (scope.allows(t.departmentId())) {
                groups.computeIfAbsent(new Key(t.departmentId(), t.itemCode()), k -> new long[3])[0] += t.count();
                itemNames.putIfAbsent(t.itemCode(), t.itemName());
            }
        }
        for (DashboardSql.Count c : litCounts.get(scope, now, () -> sql.litCounts(scope, now))) {
            long[] g = groups.computeIfAbsent(new Key(c.departmentId(), c.itemCode()), k -> new long[3]);
            g[c.light() == Light.RED ? 2 : 1] += c.count();
            itemNames.putIfAbsent(c.itemCode(), c.itemName());
        }
        Map<Key, LightCounts> counts = new HashMap<>();
        // a total counted before a registration may fall short of the live yellow and red: then no green
        groups.forEach((k, g) -> counts.put(k, new LightCounts(Math.max(0, g[0] - g[1] - g[2]), g[1], g[2])));
        return new Tallies(counts, itemNames, open.countedAt());
    }

    private record Key(long departmentId, String itemCode) {
    }

    private record Tallies(Map<Key, LightCounts> counts, Map<String, String> itemNames, Instant greenAsOf) {

        LightCounts total() {
            return counts.values().stream().reduce(LightCounts.NONE, LightCounts::plus);
        }

        List<DeadlineTally> byDepartment(Map<Long, String> names) {
            return grouped(Key::departmentId, id -> String.valueOf(id), id -> names.getOrDefault(id, "#" + id));
        }

        List<DeadlineTally> byItem() {
            return grouped(Key::itemCode, code -> code, code -> itemNames.getOrDefault(code, code));
        }

        private <T> List<DeadlineTally> grouped(Function<Key, T> by, Function<T, String> key,
                Function<T, String> name) {
            Map<T, LightCounts> sums = new HashMap<>();
            counts.forEach((k, c) -> sums.merge(by.apply(k), c, LightCounts::plus));
            List<DeadlineTally> tallies = new ArrayList<>();
            sums.forEach((t, c) -> tallies.add(new DeadlineTally(key.apply(t), name.apply(t), c)));
            tallies.sort(Comparator.comparingLong((DeadlineTally t) -> t.counts().red()).reversed()
                    .thenComparing(Comparator.comparingLong((DeadlineTally t) -> t.counts().yellow()).reversed())
                    .thenComparing(Comparator.comparingLong((DeadlineTally t) -> t.counts().total()).reversed())
                    .thenComparing(DeadlineTally::name));
            return tallies;
        }
    }
}
