package bench.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.xiaoneng.XiaonengApplication;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.calendar.internal.CalendarIndexes;
import org.xiaoneng.supervision.Supervision;
import org.xiaoneng.supervision.internal.Recomputation;

/**
 * The driver of bench/sweep.sh: starts the application itself (in this JVM, with its embedded PostgreSQL in the
 * script's throw-away directory), fills the ledger set-based and times the product's own sweep
 * ({@link Supervision#sweep()}: SweepRun → Sweeper → Ledger, with light history, audited events and alerts) and its
 * recomputation ({@link Recomputation}) against a bare windowed UPDATE on the same table. The clock is the
 * application's, replaced by one the driver sets (as the tests' TestClock): every sweep runs at the instant T the data
 * was made for. Prints RESULT as its last line.
 */
public final class SweepBench {

    private static final ZoneId ZONE = StatutoryCalendar.ZONE;

    private final Map<String, String> options;
    private final BenchClock clock = new BenchClock();
    private ConfigurableApplicationContext app;
    private DataSource dataSource;
    private Instant t;
    /** Bench rows in the ledger: ids base + 1 .. base + rows (below base: what the demo data registered). */
    private long rows;
    private long base;

    private SweepBench(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new SweepBench(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        long small = Long.parseLong(options.getOrDefault("small", "1000000"));
        long large = Long.parseLong(options.getOrDefault("large", "10000000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        double crossingsPerMillion = Double.parseDouble(options.getOrDefault("crossings-per-million", "50"));
        boolean skipLarge = large <= small;

        start();
        // T: today 10:30 in Asia/Shanghai, whole minutes; every sweep runs at T
        t = LocalDate.now(ZONE).atTime(10, 30).atZone(ZONE).toInstant();
        clock.set(t);
        Recomputation recomputation = app.getBean(Recomputation.class);
        recomputation.recomputeAll(); // fills supervision's copy of the calendar
        app.getBean(Supervision.class).sweep(); // settles whatever the demo data registered, at T
        base = queryLong("SELECT COALESCE(max(id), 0) FROM supervision_deadline");
        prepare();

        fill(small);
        // the recomputation first: the crossings below are made-up instants the calendar would not give
        Recompute r1 = recompute(recomputation);
        Timing s1 = sweeps(crossings(small, crossingsPerMillion), reps);
        log("sweep over %,d: %s", rows, s1);
        Timing s2 = null;
        if (!skipLarge) {
            fill(large);
            s2 = sweeps(crossings(large, crossingsPerMillion), reps);
            log("sweep over %,d: %s", rows, s2);
        }
        diskAndHeap();
        long hold = Long.parseLong(options.getOrDefault("hold-s", "0"));
        if (hold > 0) { // to look at the database by hand
            log("Holding for %d s ...", hold);
            Thread.sleep(hold * 1000);
        }
        Timing big = s2 == null ? s1 : s2;
        System.out.printf(Locale.ROOT, "RESULT sweep_1m_s=%.3f sweep_10m_s=%s raw_10m_s=%s ratio=%s recompute_1m_s=%.2f%n",
                s1.sweep(), s2 == null ? "na" : fmt3(s2.sweep()), s2 == null ? "na" : fmt3(s2.raw()),
                s2 == null ? "na" : String.format(Locale.ROOT, "%.2f", big.sweep() / big.raw()), r1.seconds());
        System.out.flush();
        app.close();
    }

    private static String fmt3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    // ---------------------------------------------------------------- the application

    private void start() {
        String data = options.get("data-dir");
        log("Starting the application (embedded PostgreSQL in %s) ...", data);
        long t0 = System.nanoTime();
        app = new SpringApplicationBuilder(XiaonengApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("benchClock", Clock.class,
                        () -> clock, bd -> bd.setPrimary(true)))
                .run("--xiaoneng.embedded-db.data-directory=" + data,
                        "--xiaoneng.embedded-db.port=" + options.getOrDefault("db-port", "0"),
                        "--server.port=0", "--server.address=127.0.0.1",
                        // the bench calls the sweep itself, at the instant it sets
                        "--xiaoneng.supervision.sweep-enabled=false",
                        // messages stay queued in the outbox: delivering them is not the sweep's work
                        "--xiaoneng.notification.dispatch-enabled=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.org.xiaoneng.supervision=WARN");
        dataSource = app.getBean(DataSource.class);
        log("Up in %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- data

    /** Scratch tables of the bench (schema bench): the demo positions to spread rows over, the crossing rows. */
    private void prepare() throws SQLException {
        exec("CREATE SCHEMA IF NOT EXISTS bench");
        exec("""
                CREATE TABLE bench.position AS
                SELECT row_number() OVER (ORDER BY p.id) - 1 AS n, p.id AS position_id, p.department_id,
                       p.name AS position_name, s.id AS staff_id, s.name AS staff_name
                  FROM organization_position p LEFT JOIN organization_staff s ON s.id = p.holder_staff_id
                 WHERE p.active""");
        exec("""
                CREATE TABLE bench.crossing (id BIGINT PRIMARY KEY, light TEXT NOT NULL, next_change_at TIMESTAMPTZ,
                                             kind CHAR(1) NOT NULL)""");
        log("Spreading the ledger over %d positions in %d departments", queryLong(
                "SELECT count(*) FROM bench.position"), queryLong("SELECT count(DISTINCT department_id) FROM bench.position"));
    }

    /**
     * Fills the ledger up to {@code total} rows, set-based (generate_series), 1 million rows per statement: every
     * subject kind, the demo city's positions and departments, 600 items, limits of 1 to 60 working days, due days
     * from 10 days ago to 40 days ahead (so some are yellow or red already), 5% suspended and 5% closed; dates and
     * lights exactly as the registration and the sweep would have left them at T (yellow instants from supervision's
     * working-day copy, as the recomputation computes them).
     */
    private void fill(long total) throws SQLException {
        long from = rows + 1;
        long t0 = System.nanoTime();
        // as a bulk load is done: the ledger's secondary indexes are dropped and built again after the load (the
        // same definitions, read from the catalog); the primary key and the unique subject stay
        List<String> indexes = queryStrings("""
                SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
                   AND tablename = 'supervision_deadline' AND indexname NOT IN (
                       SELECT conname FROM pg_constraint WHERE conrelid = CAST('supervision_deadline' AS REGCLASS))
                 ORDER BY indexname""");
        for (String name : queryStrings("""
                SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()
                   AND tablename = 'supervision_deadline' AND indexname NOT IN (
                       SELECT conname FROM pg_constraint WHERE conrelid = CAST('supervision_deadline' AS REGCLASS))""")) {
            exec("DROP INDEX " + name);
        }
        log("Generating rows %,d..%,d (%d secondary indexes dropped meanwhile) ...", from, total, indexes.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (long lo = from; lo <= total; lo += 1_000_000) {
                long hi = Math.min(total, lo + 999_999);
                long s0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(GENERATE)) {
                    ps.setObject(1, at(t));
                    ps.setObject(2, LocalDate.ofInstant(t, ZONE));
                    ps.setLong(3, base);
                    ps.setLong(4, lo);
                    ps.setLong(5, hi);
                    ps.executeUpdate();
                }
                log("  %,d rows in %.1f s", hi - lo + 1, (System.nanoTime() - s0) / 1e9);
            }
        }
        exec("SELECT setval(pg_get_serial_sequence('supervision_deadline', 'id'), (SELECT max(id) FROM supervision_deadline))");
        long i0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("SET maintenance_work_mem = '256MB'");
            for (String index : indexes) {
                st.execute(index);
            }
        }
        log("  indexes built again in %.1f s", (System.nanoTime() - i0) / 1e9);
        long a0 = System.nanoTime();
        exec("VACUUM ANALYZE supervision_deadline");
        exec("VACUUM ANALYZE supervision_deadline_watch"); // filled by the ledger's trigger meanwhile
        rows = total;
        log("Ledger at %,d rows in %.1f s (vacuum analyze %.1f s): %s", total, (System.nanoTime() - t0) / 1e9,
                (System.nanoTime() - a0) / 1e9, queryString("""
                        SELECT string_agg(state || '/' || light || ' ' || n, ', ' ORDER BY state, light) FROM (
                          SELECT state, light, count(*) AS n FROM supervision_deadline GROUP BY state, light) x"""));
    }

    private static final String GENERATE = """
            INSERT INTO supervision_deadline (id, subject_type, subject_ref, source_ref, source_seq, source_revision,
                   case_id, case_number, item_code, item_name, stage_name, department_id, position_id, position_name,
                   staff_id, staff_name, staff_assigned, limit_working_days, warning_working_days, due_on, due_at,
                   yellow_at, light, light_changed_at, state, next_change_at, change_cause, registered_at, updated_at)
            SELECT base + i, kind, 'bench:' || i, 'bench-case:' || (i / 3), 1, 0, i / 3,
                   'XN' || (100000000 + i / 3), 'BENCH-' || (i * 7919 % 600), '示范事项' || (i * 7919 % 600),
                   CASE WHEN kind = 'CASE_TASK' THEN (ARRAY['承办', '审核', '审批'])[1 + i % 3] END,
                   p.department_id, p.position_id, p.position_name, p.staff_id, p.staff_name, i % 2 = 0,
                   lim, threshold, due_on, due_at, yellow_at, light,
                   CASE light WHEN 'RED' THEN due_at WHEN 'YELLOW' THEN yellow_at END,
                   state,
                   CASE WHEN state = 'OPEN' THEN CASE light WHEN 'GREEN' THEN yellow_at WHEN 'YELLOW' THEN due_at END END,
                   NULL, t - INTERVAL '20 days', t - INTERVAL '1 day'
              FROM (
                SELECT i, base, t, kind, pos, lim, threshold, due_on, due_at, yellow_at, state,
                       CASE WHEN t >= due_at THEN 'RED' WHEN t >= yellow_at THEN 'YELLOW' ELSE 'GREEN' END AS light
                  FROM (
                    SELECT g.i, g.base, g.t, g.kind, g.pos, g.lim, g.threshold, g.due_on, g.state,
                           CAST(g.due_on + 1 AS TIMESTAMP) AT TIME ZONE 'Asia/Shanghai' AS due_at,
                           CAST(COALESCE(y.day, DATE '2005-01-01') AS TIMESTAMP) AT TIME ZONE 'Asia/Shanghai'
                               AS yellow_at
                      FROM (
                        SELECT i, base, t, kind, pos, lim, CASE WHEN lim <= 1 THEN 0 ELSE greatest(1, lim / 5) END AS threshold,
                               today + (hashint4(CAST(i % 2147483647 AS INT)) & 65535) % 50 - 10 AS due_on,
                               CASE i / 7 % 20 WHEN 0 THEN 'CLOSED' WHEN 1 THEN 'SUSPENDED' ELSE 'OPEN' END AS state
                          FROM (
                            SELECT i, CAST(? AS TIMESTAMPTZ) AS t, CAST(? AS DATE) AS today, CAST(? AS BIGINT) AS base,
                                   CASE WHEN i % 10 = 3 THEN 'CASE_ACCEPTANCE' WHEN i % 10 IN (1, 5) THEN 'CASE'
                                        WHEN i % 20 = 7 THEN 'CASE_LICENCE' ELSE 'CASE_TASK' END AS kind,
                                   (hashint8(i) & 1048575) AS pos,
                                   (ARRAY[1, 3, 5, 7, 10, 15, 20, 30, 60])[1 + (hashint8(i * 31) & 65535) % 9] AS lim
                              FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS i
                          ) AS r
                      ) AS g
                      JOIN supervision_working_day w ON w.day = g.due_on
                      LEFT JOIN supervision_working_day y ON y.working AND y.ordinal = w.ordinal - g.threshold
                  ) AS d
              ) AS x
              JOIN bench.position p ON p.n = x.pos % (SELECT count(*) FROM bench.position)
            """;

    /**
     * About one minute of threshold crossings at T: {@code perMillion} per million rows of open deadlines whose yellow
     * or due instant falls in the minute before T (half each), their light still as before the crossing — as the
     * ledger stands when the per-minute sweep comes. Returns how many; their state before is kept to set it again.
     */
    private int crossings(long total, double perMillion) throws SQLException {
        int k = (int) Math.max(1, Math.round(total / 1e6 * perMillion));
        exec("TRUNCATE bench.crossing");
        long step = Math.max(1, total / (k * 2L));
        exec(String.format(Locale.ROOT, """
                INSERT INTO bench.crossing (id, light, next_change_at, kind)
                SELECT id, '', NULL, CASE WHEN row_number() OVER (ORDER BY id) %% 2 = 0 THEN 'Y' ELSE 'R' END
                  FROM supervision_deadline
                 WHERE id IN (SELECT generate_series(%d, %d, %d)) AND state = 'OPEN'
                 ORDER BY id LIMIT %d""", base + step / 2 + 1, base + total, step, k));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE supervision_deadline d
                   SET yellow_at = CASE WHEN x.kind = 'Y' THEN cross_at ELSE cross_at - INTERVAL '2 days' END,
                       due_at = CASE WHEN x.kind = 'Y' THEN greatest(d.due_at, cross_at + INTERVAL '3 days')
                                     ELSE cross_at END,
                       due_on = CAST((CASE WHEN x.kind = 'Y' THEN greatest(d.due_at, cross_at + INTERVAL '3 days')
                                           ELSE cross_at END) AT TIME ZONE 'Asia/Shanghai' AS DATE) - 1,
                       light = CASE WHEN x.kind = 'Y' THEN 'GREEN' ELSE 'YELLOW' END,
                       light_changed_at = NULL,
                       next_change_at = cross_at, change_cause = NULL
                  FROM (SELECT id, kind, CAST(? AS TIMESTAMPTZ) - (id * 37 % 60) * INTERVAL '1 second' AS cross_at
                          FROM bench.crossing) AS x
                 WHERE d.id = x.id""")) {
            ps.setObject(1, at(t));
            ps.executeUpdate();
        }
        exec("""
                UPDATE bench.crossing x SET light = d.light, next_change_at = d.next_change_at
                  FROM supervision_deadline d WHERE d.id = x.id""");
        long due = queryLong("SELECT count(*) FROM supervision_deadline_watch WHERE next_change_at <= '" + t + "'");
        log("%,d crossings in the minute before T (%,d rows due for the sweep in all)", k, due);
        if (due != k) {
            throw new IllegalStateException("the ledger has " + due + " rows due at T, expected " + k);
        }
        return k;
    }

    /** Puts the crossing rows back as they were before the sweep (the history of earlier rounds stays). */
    private void resetCrossings() throws SQLException {
        exec("""
                UPDATE supervision_deadline d SET light = x.light, next_change_at = x.next_change_at,
                       light_changed_at = NULL, change_cause = NULL
                  FROM bench.crossing x WHERE d.id = x.id""");
    }

    // ---------------------------------------------------------------- sweep against the bare UPDATE

    record Timing(double sweep, double raw, double sweepMin, double rawMin, int changed, double drain) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "sweep median %.4f s (min %.4f), bare UPDATE median %.4f s (min %.4f), ratio %.2f; %d lights "
                            + "changed per run; audit trail caught up %.2f s after a sweep (median)",
                    sweep, sweepMin, raw, rawMin, sweep / raw, changed, drain);
        }
    }

    /** Alternates the bare UPDATE and the real sweep on the same rows in the same state; medians of {@code reps}. */
    private Timing sweeps(int k, int reps) throws Exception {
        Supervision supervision = app.getBean(Supervision.class);
        exec("CHECKPOINT");
        List<Double> sweep = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> drain = new ArrayList<>();
        int changed = 0;
        for (int rep = -1; rep < reps; rep++) { // one round of warm-up
            resetCrossings();
            double r = rawUpdate(k);
            resetCrossings();
            long t0 = System.nanoTime();
            changed = supervision.sweep();
            double s = (System.nanoTime() - t0) / 1e9;
            if (changed != k) {
                throw new IllegalStateException("the sweep changed " + changed + " lights, expected " + k);
            }
            double d = awaitAudit();
            if (rep >= 0) {
                raw.add(r);
                sweep.add(s);
                drain.add(d);
            }
            log("  round %d: bare UPDATE %.4f s, sweep %.4f s (%d lights), audit caught up after %.2f s", rep + 1,
                    r, s, changed, d);
        }
        return new Timing(median(sweep), median(raw), min(sweep), min(raw), changed, median(drain));
    }

    /**
     * The bare windowed UPDATE: the same classification of the same rows (next change within the last minute, found
     * through the ledger's watch index as the sweep finds them), the light and next change instant set, one statement,
     * committed — nothing recorded, audited or alerted.
     */
    private double rawUpdate(int k) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE supervision_deadline
                       SET light = CASE WHEN CAST(?1 AS TIMESTAMPTZ) >= due_at THEN 'RED'
                                        WHEN CAST(?1 AS TIMESTAMPTZ) >= yellow_at THEN 'YELLOW' ELSE 'GREEN' END,
                           next_change_at = CASE WHEN CAST(?1 AS TIMESTAMPTZ) >= due_at THEN NULL
                                                 WHEN CAST(?1 AS TIMESTAMPTZ) >= yellow_at THEN due_at
                                                 ELSE yellow_at END,
                           light_changed_at = CAST(?1 AS TIMESTAMPTZ)
                     WHERE id IN (SELECT deadline_id FROM supervision_deadline_watch
                                   WHERE next_change_at > CAST(?1 AS TIMESTAMPTZ) - INTERVAL '1 minute'
                                     AND next_change_at <= CAST(?1 AS TIMESTAMPTZ))""".replace("?1", "?"))) {
                for (int i = 1; i <= 7; i++) {
                    ps.setObject(i, at(t));
                }
                long t0 = System.nanoTime();
                int n = ps.executeUpdate();
                double s = (System.nanoTime() - t0) / 1e9;
                if (n != k) {
                    throw new IllegalStateException("the bare UPDATE changed " + n + " rows, expected " + k);
                }
                return s;
            }
        }
    }

    /**
     * Waits until the sweep's listeners (after its commit, in the background) are done and the audit trail has chained
     * what the sweep staged (the chain writer appends it after the commit, in the background too), so that neither
     * runs into the next round's timings.
     */
    private double awaitAudit() throws Exception {
        long t0 = System.nanoTime();
        while (queryLong("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                + queryLong("SELECT count(*) FROM audit_pending") > 0) {
            if (System.nanoTime() - t0 > 600e9) {
                throw new IllegalStateException("the audit trail did not catch up in 10 minutes");
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    // ---------------------------------------------------------------- recomputation

    record Recompute(double seconds, long moved, long due, int writes, double writeP99Ms, double writeMaxMs) {
    }

    /**
     * A correction as a new State Council notice brings: the five working days of the week after next become a
     * holiday. Entered straight into the calendar's table and index (no admin session in a bench), then the
     * recomputation that {@code CalendarCorrected} triggers, timed, while a writer registers deadlines as accepted
     * cases do (an upsert of a case's row, in its own transaction) and measures how long each waits. Then the
     * correction is taken back and recomputed again, so the ledger is as it was.
     */
    private Recompute recompute(Recomputation recomputation) throws Exception {
        LocalDate monday = LocalDate.ofInstant(t, ZONE).plusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        LocalDate friday = monday.plusDays(4);
        CalendarIndexes indexes = app.getBean(CalendarIndexes.class);
        exec("""
                INSERT INTO calendar_day (day, kind, name)
                SELECT CAST(d AS DATE), 'LOCAL_HOLIDAY', '压测假期'
                  FROM generate_series(DATE '%s', DATE '%s', INTERVAL '1 day') AS d
                ON CONFLICT (day) DO NOTHING""".formatted(monday, friday));
        indexes.reload();

        Writer baseline = new Writer();
        baseline.start();
        Thread.sleep(3000);
        baseline.stop();
        log("Acceptance-like writes before the recomputation: %s", baseline.summary());

        Writer writer = new Writer();
        writer.start();
        long t0 = System.nanoTime();
        Recomputation.Result result = recomputation.recompute(monday, friday);
        double seconds = (System.nanoTime() - t0) / 1e9;
        writer.stop();
        log("Recomputation after the holiday %s..%s over %,d rows: %.2f s; %,d yellow instants moved, %,d lights to "
                + "change at the next sweep, %d chunks, %d calendar rows copied", monday, friday, rows, seconds,
                result.moved(), result.due(), result.chunks(), result.workingDaysCopied());
        log("Acceptance-like writes during the recomputation: %s", writer.summary());

        exec("DELETE FROM calendar_day WHERE day BETWEEN DATE '%s' AND DATE '%s' AND name = '压测假期'"
                .formatted(monday, friday));
        indexes.reload();
        long b0 = System.nanoTime();
        Recomputation.Result back = recomputation.recompute(monday, friday);
        log("Taken back: %.2f s, %,d yellow instants moved back, %,d rows still due for the sweep",
                (System.nanoTime() - b0) / 1e9, back.moved(), queryLong(
                        "SELECT count(*) FROM supervision_deadline_watch WHERE next_change_at <= '" + t + "'"));
        exec("VACUUM ANALYZE supervision_deadline");
        exec("VACUUM ANALYZE supervision_deadline_watch");
        return new Recompute(seconds, result.moved(), result.due(), writer.count(), writer.p99(), writer.max());
    }

    /** Registers deadlines as accepted cases do, one transaction each, and keeps how long each took. */
    private final class Writer implements Runnable {

        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<Double> latencies = new ArrayList<>();
        private Thread thread;
        private volatile Exception failure;
        private long started;
        private long stopped;

        void start() {
            thread = new Thread(this, "acceptance-writer");
            started = System.nanoTime();
            thread.start();
        }

        void stop() throws Exception {
            stop.set(true);
            thread.join();
            stopped = System.nanoTime();
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void run() {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq,
                               source_revision, case_id, case_number, item_code, item_name, department_id,
                               limit_working_days, warning_working_days, due_on, due_at, yellow_at, state,
                               next_change_at, registered_at, updated_at)
                        SELECT subject_type, subject_ref, source_ref, source_seq + 1, source_revision, case_id,
                               case_number, item_code, item_name, department_id, limit_working_days,
                               warning_working_days, due_on, due_at, yellow_at, state, next_change_at, now(), now()
                          FROM supervision_deadline WHERE subject_ref = ?
                        ON CONFLICT (subject_ref) DO UPDATE SET source_seq = EXCLUDED.source_seq,
                               staff_assigned = NOT supervision_deadline.staff_assigned, updated_at = now()""");
                while (!stop.get()) {
                    long id = 1 + ThreadLocalRandom.current().nextLong(rows);
                    long t0 = System.nanoTime();
                    upsert.setString(1, "bench:" + id);
                    upsert.executeUpdate();
                    c.commit();
                    latencies.add((System.nanoTime() - t0) / 1e6);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        int count() {
            return latencies.size();
        }

        double p99() {
            return percentile(latencies, 0.99);
        }

        double max() {
            return latencies.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        String summary() {
            return String.format(Locale.ROOT, "%d commits in %.1f s (%.0f/s), p99 %.1f ms, max %.1f ms", count(),
                    (stopped - started) / 1e9, count() / ((stopped - started) / 1e9), p99(), max());
        }
    }

    // ---------------------------------------------------------------- disk and heap

    private void diskAndHeap() throws SQLException {
        log("Disk: ledger table %s (indexes %s), database %s", queryString(
                "SELECT pg_size_pretty(pg_table_size('supervision_deadline'))"), queryString(
                "SELECT pg_size_pretty(pg_indexes_size('supervision_deadline'))"), queryString(
                "SELECT pg_size_pretty(pg_database_size(current_database()))"));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        log("Heap: max %d MB, sum of the heap pools' peaks %d MB", Runtime.getRuntime().maxMemory() >> 20,
                peak >> 20);
    }

    // ---------------------------------------------------------------- helpers

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> queryStrings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /** Logs a line with the machine's load average (this machine may be shared: the figures depend on it). */
    static void log(String format, Object... args) {
        String load;
        try {
            load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            load = "?";
        }
        System.err.println(String.format(Locale.ROOT, "[%s load %s] ", java.time.LocalTime.now().withNano(0), load)
                + String.format(Locale.ROOT, format, args));
    }

    /** The application's clock, set by the bench. */
    static final class BenchClock extends Clock {

        private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
