package org.xiaoneng.supervision.internal.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LightHistoryEntry;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;

/**
 * The dashboard's reads of the ledger, set-based and within a data scope; never the whole ledger into the JVM.
 *
 * <p>Lights are read as of {@code now}, not as last recorded: a row whose {@code next_change_at} has passed is one the
 * next sweep will relight, so it is classified here the way the sweep will classify it ({@link #LIGHT_NOW}). Those
 * rows are few (about one sweep interval of crossings) and come through the sweep's own index (on the watch table,
 * {@link #PENDING_ROWS}); every other row keeps its recorded light. So the dashboard shows a light change as soon as
 * its threshold passes, whatever the sweep interval. The indexes each query relies on are in
 * V202611291300__supervision_dashboard_indexes.sql and V202611291900__supervision_deadline_watch.sql.
 */
@Repository
class DashboardSql {

    /** The light of a row as of :now — the sweep's own classification for rows it has yet to look at. */
    static final String LIGHT_NOW = """
            CASE WHEN d.next_change_at <= :now
                 THEN CASE WHEN :now >= d.due_at THEN 'RED' WHEN :now >= d.yellow_at THEN 'YELLOW' ELSE 'GREEN' END
                 ELSE d.light END""";

    private static final String SCOPE = "(:all OR d.department_id = ANY(:ids))";

    private static final String COLUMNS = """
            d.id, d.subject_type, d.case_id, d.case_number, d.item_code, d.item_name, d.stage_name, d.department_id,
            d.position_name, d.staff_name, d.due_on, d.due_at, d.light AS recorded_light, d.state,
            d.light_changed_at""";

    private static final String FILTERS = """
            AND %s
            AND (CAST(:department AS BIGINT) IS NULL OR d.department_id = :department)
            AND (CAST(:item AS TEXT) IS NULL OR d.item_code = :item)""".formatted(SCOPE);

    /**
     * One light's rows of a list in due order, as recorded and not about to change: an ordered scan of the light-due
     * index for the whole city (it stops after :limit rows), of the lit index for a department, of the lit tally index
     * for an item.
     */
    private static final String RECORDED_PART = """
            (SELECT %s, d.light AS light_now FROM supervision_deadline d
              WHERE d.state <> 'CLOSED' AND d.light = '%%s'
                AND (d.next_change_at IS NULL OR d.next_change_at > :now) %s
              ORDER BY d.due_at, d.id LIMIT :limit)""".formatted(COLUMNS, FILTERS);

    /**
     * The rows the sweep is about to relight (few: about one sweep interval of crossings), found as the sweep finds
     * them, through the watch table's index; in a query, {@code w.next_change_at <= :now} picks them.
     */
    private static final String PENDING_ROWS =
            "supervision_deadline_watch w JOIN supervision_deadline d ON d.id = w.deadline_id";

    /** The rows the sweep is about to relight, as of now. */
    private static final String PENDING_PART = """
            (SELECT %s, %s AS light_now FROM %s
              WHERE w.next_change_at <= :now %s)""".formatted(COLUMNS, LIGHT_NOW, PENDING_ROWS, FILTERS);

    /** A watched deadline as the dashboard lists it. */
    record Row(long id, DeadlineSubject subject, @Nullable Long caseId, String caseNumber, String itemCode,
            String itemName, @Nullable String stageName, long departmentId, @Nullable String positionName,
            @Nullable String staffName, LocalDate dueOn, Instant dueAt, Light light, Light recorded,
            DeadlineState state, @Nullable Instant lightChangedAt) {
    }

    /** A count of watched deadlines of one department, item and light. */
    record Count(long departmentId, String itemCode, String itemName, Light light, long count) {
    }

    /** A count of open deadlines of one department and item, whatever their light. */
    record Total(long departmentId, String itemCode, String itemName, long count) {
    }

    /** Light changes into one light in one week (0 = the first week asked for). */
    record WeekCount(int week, Light light, long count) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    DashboardSql(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = ListWorkbooks.cursor(dataSource);
    }

    /**
     * Yellow and red deadlines by department, item and light as of now. The recorded lit rows are counted from the lit
     * tally index alone (index-only: a few per cent of the ledger); then the rows the sweep is about to relight, read
     * through the watch index, are taken off under their recorded light and counted again under their light as of now.
     */
    List<Count> litCounts(DataScope scope, Instant now) {
        return jdbc.sql("""
                SELECT department_id, item_code, min(item_name) AS item_name, light_now, sum(n) AS n FROM (
                    SELECT d.department_id, d.item_code, d.item_name, d.light AS light_now, 1 AS n
                      FROM supervision_deadline d
                     WHERE d.state <> 'CLOSED' AND d.light <> 'GREEN' AND %1$s
                    UNION ALL
                    SELECT d.department_id, d.item_code, d.item_name, d.light, -1
                      FROM %2$s
                     WHERE w.next_change_at <= :now AND d.state <> 'CLOSED' AND %1$s
                    UNION ALL
                    SELECT d.department_id, d.item_code, d.item_name, %3$s, 1
                      FROM %2$s
                     WHERE w.next_change_at <= :now AND %1$s
                ) x
                 WHERE light_now <> 'GREEN'
                 GROUP BY department_id, item_code, light_now
                HAVING sum(n) > 0""".formatted(SCOPE, PENDING_ROWS, LIGHT_NOW))
                .param("now", at(now)).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query((rs, n) -> new Count(rs.getLong("department_id"), rs.getString("item_code"),
                        rs.getString("item_name"), Light.valueOf(rs.getString("light_now")), rs.getLong("n")))
                .list();
    }

    /**
     * Every watched deadline by department and item, whatever its light: the one count that must touch every watched
     * row (an index-only scan of the open tally index), so {@link OpenTally} runs it for the whole city at most every
     * few minutes and filters the scope itself. The index holds no names (so that it deduplicates, see its
     * migration): each department and item's name is read from one of its rows.
     */
    List<Total> openTotals() {
        return jdbc.sql("""
                SELECT t.department_id, t.item_code, n.item_name, t.n
                  FROM (SELECT d.department_id, d.item_code, count(*) AS n
                          FROM supervision_deadline d
                         WHERE d.state <> 'CLOSED'
                         GROUP BY d.department_id, d.item_code) t
                 CROSS JOIN LATERAL (SELECT x.item_name FROM supervision_deadline x
                                      WHERE x.state <> 'CLOSED' AND x.department_id = t.department_id
                                        AND x.item_code = t.item_code
                                      LIMIT 1) n""")
                .query((rs, n) -> new Total(rs.getLong("department_id"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getLong("n")))
                .list();
    }

    /** The deadlines of the filter as of now, red first and earliest due first, at most {@code limit}. */
    List<Row> list(DataScope scope, DeadlineFilter filter, Instant now, int limit) {
        return listStatement(jdbc, scope, filter, now, limit).query(DashboardSql::row).list();
    }

    /** As {@link #list}, handing each row over as it is read (through a cursor): for exports of any size. */
    void stream(DataScope scope, DeadlineFilter filter, Instant now, int limit, Consumer<Row> each) {
        listStatement(streaming, scope, filter, now, limit).query(ListWorkbooks.each(DashboardSql::row, each));
    }

    private static JdbcClient.StatementSpec listStatement(JdbcClient client, DataScope scope, DeadlineFilter filter,
            Instant now, int limit) {
        List<Light> lights = filter.light() == null ? List.of(Light.RED, Light.YELLOW) : List.of(filter.light());
        StringBuilder sql = new StringBuilder("SELECT * FROM (");
        for (Light light : lights) {
            // the light comes from the enum, never from the request's text
            sql.append(RECORDED_PART.formatted(light.name())).append(" UNION ALL ");
        }
        sql.append(PENDING_PART).append("""
                ) x
                 WHERE x.light_now = ANY(:lights)
                 ORDER BY x.light_now = 'RED' DESC, x.due_at, x.id
                 LIMIT :limit""");
        return client.sql(sql.toString())
                .param("now", at(now)).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("department", filter.departmentId()).param("item", filter.itemCode())
                .param("lights", lights.stream().map(Light::name).toArray(String[]::new))
                .param("limit", limit);
    }

    /**
     * The red deadlines as of now, earliest due first: recorded reds the sweep will not relight (through the light-due
     * index, or the lit index for a department) and open rows past due that the sweep has yet to turn red.
     */
    List<Row> oldestOverdue(DataScope scope, Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM (
                    (SELECT %1$s, 'RED' AS light_now FROM supervision_deadline d
                      WHERE d.state <> 'CLOSED' AND d.light = 'RED'
                        AND (d.next_change_at IS NULL OR d.next_change_at > :now) AND %2$s
                      ORDER BY d.due_at, d.id LIMIT :limit)
                    UNION ALL
                    (SELECT %1$s, 'RED' AS light_now FROM %3$s
                      WHERE w.next_change_at <= :now AND d.due_at <= :now AND %2$s
                      ORDER BY d.due_at, d.id LIMIT :limit)
                ) x ORDER BY x.due_at, x.id LIMIT :limit""".formatted(COLUMNS, SCOPE, PENDING_ROWS))
                .param("now", at(now)).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("limit", limit)
                .query(DashboardSql::row).list();
    }

    /**
     * Deadlines still watched that turned red since {@code since} (the start of today), latest first: the changes the
     * sweep recorded (through the light-change index) and the open rows that passed their due instant since then and
     * wait for the next sweep. Returns at most {@code limit} rows; {@link #newRedsCount} counts them all.
     */
    List<Row> newReds(DataScope scope, Instant since, Instant now, int limit) {
        return jdbc.sql("""
                SELECT %1$s, 'RED' AS light_now, x.turned_at FROM (%2$s) x
                  JOIN supervision_deadline d ON d.id = x.deadline_id
                 ORDER BY x.turned_at DESC, d.id DESC LIMIT :limit""".formatted(COLUMNS, newRedIds()))
                .param("since", at(since)).param("now", at(now)).param("all", scope.all())
                .param("ids", scope.departmentIdArray()).param("limit", limit)
                .query(DashboardSql::row).list();
    }

    long newRedsCount(DataScope scope, Instant since, Instant now) {
        return jdbc.sql("SELECT count(*) FROM (" + newRedIds() + ") x")
                .param("since", at(since)).param("now", at(now)).param("all", scope.all())
                .param("ids", scope.departmentIdArray())
                .query(Long.class).single();
    }

    /** (deadline_id, turned_at) of each deadline still watched that turned red since :since, once each. */
    private static String newRedIds() {
        return """
                SELECT deadline_id, max(turned_at) AS turned_at FROM (
                    SELECT c.deadline_id, c.changed_at AS turned_at
                      FROM supervision_light_change c
                     WHERE c.changed_at >= :since AND c.to_light = 'RED'
                       AND (:all OR c.department_id = ANY(:ids))
                    UNION ALL
                    SELECT d.id, d.due_at
                      FROM %2$s
                     WHERE w.next_change_at <= :now AND d.due_at <= :now AND d.due_at >= :since
                       AND d.light <> 'RED' AND %1$s
                ) r
                 WHERE EXISTS (SELECT 1 FROM supervision_deadline open
                                WHERE open.id = r.deadline_id AND open.state <> 'CLOSED')
                 GROUP BY deadline_id""".formatted(SCOPE, PENDING_ROWS);
    }

    /**
     * The light changes into yellow and into red per week from {@code from} (a Monday 00:00 Beijing time) to
     * {@code to}: a range scan of the light-change index, index-only. Weeks are counted as 7-day steps from
     * {@code from} (Beijing keeps no daylight saving time), cheaper than a time-zone conversion of every change.
     */
    List<WeekCount> weekly(DataScope scope, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT CAST(floor(extract(epoch FROM c.changed_at - :from) / 604800) AS INT) AS week, c.to_light,
                       count(*) AS n
                  FROM supervision_light_change c
                 WHERE c.changed_at >= :from AND c.changed_at < :to AND c.to_light <> 'GREEN'
                   AND (:all OR c.department_id = ANY(:ids))
                 GROUP BY 1, 2""")
                .param("from", at(from)).param("to", at(to)).param("all", scope.all())
                .param("ids", scope.departmentIdArray())
                .query((rs, n) -> new WeekCount(rs.getInt("week"), Light.valueOf(rs.getString("to_light")),
                        rs.getLong("n")))
                .list();
    }

    /** One deadline, closed or not, with its light as of now. */
    Optional<Row> find(long id, Instant now) {
        return jdbc.sql("SELECT %s, %s AS light_now FROM supervision_deadline d WHERE d.id = :id"
                        .formatted(COLUMNS, LIGHT_NOW))
                .param("id", id).param("now", at(now))
                .query(DashboardSql::row).optional();
    }

    List<LightHistoryEntry> history(long deadlineId) {
        return jdbc.sql("""
                SELECT from_light, to_light, changed_at, cause FROM supervision_light_change
                 WHERE deadline_id = :id ORDER BY changed_at, id""")
                .param("id", deadlineId)
                .query((rs, n) -> new LightHistoryEntry(Light.valueOf(rs.getString("from_light")),
                        Light.valueOf(rs.getString("to_light")), instant(rs, "changed_at"), rs.getString("cause")))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseIdOrNull = rs.wasNull() ? null : caseId;
        OffsetDateTime changed = rs.getObject("light_changed_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), DeadlineSubject.valueOf(rs.getString("subject_type")), caseIdOrNull,
                rs.getString("case_number"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("stage_name"), rs.getLong("department_id"), rs.getString("position_name"),
                rs.getString("staff_name"), rs.getObject("due_on", LocalDate.class), instant(rs, "due_at"),
                Light.valueOf(rs.getString("light_now")), Light.valueOf(rs.getString("recorded_light")),
                DeadlineState.valueOf(rs.getString("state")), changed == null ? null : changed.toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
