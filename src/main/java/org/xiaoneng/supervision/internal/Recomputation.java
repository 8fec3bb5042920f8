package org.xiaoneng.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.calendar.CalendarCorrected;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Recomputes the ledger after a calendar correction ({@link CalendarCorrected}): the yellow instants, and with them
 * the next change instants, of the watched deadlines the correction can move — set-based, in the database, in short
 * transactions over id ranges, never loading the ledger into the JVM.
 *
 * <p><b>Working days in SQL.</b> A deadline's yellow instant depends on its due day, its threshold and the calendar
 * ({@link LightRules#yellowAt}): the first day from which the working days left up to the due day are at most the
 * threshold. Counting working days row by row in SQL would need the calendar's rules in SQL, and reading the calendar
 * module's tables is not supervision's business. So supervision keeps its own copy of the calendar as working-day
 * ordinals ({@code supervision_working_day}, see its migration): the working days after a up to and including b are
 * {@code ordinal(b) - ordinal(a)}, and the yellow day of a deadline due on D with threshold T is the working day whose
 * ordinal is {@code ordinal(D) - T} (the first day of the calendar when there is none): one join, no loop. The copy
 * is written from {@link StatutoryCalendar} — which stays the only judge of working days — at the start of every
 * recomputation: the weekday rule in SQL, corrected by the dates on which the calendar departs from it, and only rows
 * that differ are written. Due days and due instants are not touched here: they are the owning module's (casework
 * recomputes its cases after the same correction and registers their new dates, which the registration turns into new
 * yellow instants with the same rule).
 *
 * <p><b>Which deadlines.</b> A changed date c can move the yellow day Y of a deadline due on D only when
 * {@code Y <= c <= D} (for an earlier c the working days left on Y and on the day before Y stay as they were). The
 * recomputation looks at the open and suspended deadlines whose span {@code [Y, D]} meets the correction's
 * {@code [earliest, latest]}, and writes only those whose yellow instant really moved. Only the deadlines of cases
 * (intake, case, task, licence) follow that rule; a supervision order's response deadline turns at instants the order
 * module sets ({@link Ledger#watchOrder}) and is left to it.
 *
 * <p><b>Lights.</b> The recomputation never changes a light itself. A deadline whose light the new instant makes wrong
 * is made due for the very next sweep ({@code next_change_at = now}, cause {@value #CAUSE}), which changes it exactly
 * once, records and audits it and sends its alerts like any other change; the others get their next change instant
 * from the new yellow instant. Suspended deadlines keep their stopped clock (no next change).
 *
 * <p><b>In place.</b> No index of the ledger holds the instants a recomputation writes (the sweep's index is on the
 * watch table, see V202611291900__supervision_deadline_watch.sql), so each rewrite stays on its page without touching
 * the ledger's indexes; only the narrow watch row follows.
 *
 * <p><b>Meanwhile.</b> Each id range is one short transaction (its rows locked for a fraction of a second),
 * so registrations of accepted cases, which lock one case's rows, wait at most for one chunk; the sweep skips rows a
 * chunk holds and takes them at its next run. Ranges are recomputed by a few workers at once (two by default: the
 * work is the database's CPU, and one backend uses one core); they lock disjoint ranges, each in id order, so they
 * cannot deadlock with each other or with a registration.
 */
@Component
public class Recomputation {

    /** The cause recorded with the light changes a calendar correction brings. */
    public static final String CAUSE = "calendar.corrected";

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

    private final JdbcClient jdbc;
    private final StatutoryCalendar calendar;
    private final TransactionTemplate chunks;
    private final Clock clock;
    private final int chunkSize;
    private final int workers;

    Recomputation(JdbcClient jdbc, StatutoryCalendar calendar,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${xiaoneng.supervision.recompute-chunk:10000}") int chunkSize,
            @Value("${xiaoneng.supervision.recompute-workers:2}") int workers) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("xiaoneng.supervision.recompute-chunk must be at least 1");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("xiaoneng.supervision.recompute-workers must be at least 1");
        }
        this.workers = workers;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.chunkSize = chunkSize;
        // each chunk commits on its own, also when called from a listener's transaction
        this.chunks = new TransactionTemplate(transactions);
        this.chunks.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What a recomputation did.
     *
     * @param workingDaysCopied rows of supervision's calendar copy that were written (0 when it was up to date)
     * @param moved             deadlines whose yellow instant moved
     * @param due               of those, the deadlines whose light is now wrong: the next sweep changes them
     * @param chunks            transactions the ledger was recomputed in
     */
    public record Result(int workingDaysCopied, long moved, long due, int chunks) {
    }

    /** After the correction's commit (the calendar already computes with it), in the background. */
    @ApplicationModuleListener
    void on(CalendarCorrected correction) {
        Result result = recompute(correction.earliest(), correction.latest());
        log.info("Calendar revision {}: {} watched deadlines got a new yellow instant, {} change light at the next "
                + "sweep ({} chunks)", correction.revision(), result.moved(), result.due(), result.chunks());
    }

    /** Recomputes every watched deadline, whatever changed (after missed events, or to check the ledger). */
    public Result recomputeAll() {
        return recompute(StatutoryCalendar.FIRST_DAY, StatutoryCalendar.LAST_DAY);
    }

    /**
     * Recomputes the watched deadlines a change of the dates {@code from}..{@code to} can move: the id ranges are
     * handed out one at a time to {@code xiaoneng.supervision.recompute-workers} workers (this thread and the others),
     * each range in a transaction of its own. A failed range stops the others from taking new ones and is thrown.
     */
    public Result recompute(LocalDate from, LocalDate to) {
        int copied = copyCalendar();
        Instant now = clock.instant();
        // in a transaction of its own too: the listener's own transaction stays without a snapshot meanwhile
        long[] ids = chunks.execute(status -> jdbc.sql(
                "SELECT COALESCE(min(id), 0) AS first, COALESCE(max(id), -1) AS last FROM supervision_deadline")
                .query((rs, n) -> new long[] {rs.getLong("first"), rs.getLong("last")}).single());
        Ranges ranges = new Ranges(ids[0], ids[1], chunkSize);
        Tally tally = new Tally();
        Runnable worker = () -> {
            for (long[] range = ranges.next(); range != null; range = ranges.next()) {
                long lo = range[0];
                long hi = range[1];
                try {
                    tally.add(withRetries(() -> chunks.execute(status -> recomputeChunk(lo, hi, from, to, now))));
                } catch (RuntimeException | Error e) {
                    ranges.stop();
                    throw e;
                }
            }
        };
        int helpers = (int) Math.min(workers - 1, Math.max(0, ranges.count() - 1));
        ExecutorService pool = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, runnable -> {
            Thread thread = new Thread(runnable, "supervision-recompute");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int i = 0; i < helpers; i++) {
                others.add(pool.submit(worker));
            }
            worker.run();
            for (Future<?> other : others) {
                awaitWorker(other);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Result(copied, tally.moved.sum(), tally.due.sum(), tally.chunks.intValue());
    }

    private static void awaitWorker(Future<?> worker) {
        try {
            worker.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recomputing the ledger", e);
        }
    }

    /** The id ranges of a recomputation, handed out once each, in id order, to whichever worker asks. */
    private static final class Ranges {

        private final long last;
        private final long size;
        private final long count;
        private final AtomicLong next;

        Ranges(long first, long last, long size) {
            this.last = last;
            this.size = size;
            this.count = last < first ? 0 : (last - first) / size + 1;
            this.next = new AtomicLong(first);
        }

        long count() {
            return count;
        }

        /** {lo, hi} of the next range, or null when all are taken (or a worker failed). */
        long[] next() {
            long lo = next.getAndUpdate(current -> current > last ? current : current + size);
            return lo > last ? null : new long[] {lo, Math.min(last, lo + size - 1)};
        }

        void stop() {
            next.set(last + 1);
        }
    }

    /** What the workers did, added up. */
    private static final class Tally {

        final LongAdder moved = new LongAdder();
        final LongAdder due = new LongAdder();
        final LongAdder chunks = new LongAdder();

        void add(long[] chunk) {
            moved.add(chunk[0]);
            due.add(chunk[1]);
            chunks.increment();
        }
    }

    /** A chunk chosen as a deadlock's victim (or timed out on a lock) is done again, a few times. */
    private static long[] withRetries(java.util.function.Supplier<long[]> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunk.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("A recomputation chunk met a lock conflict; doing it again ({})", e.getMessage());
            }
        }
    }

    /**
     * One id range in one transaction: {moved, due}. The rows are locked as they are read, in id order (as a
     * registration locks a case's rows), so that a registration committed meanwhile is read as it now stands — never
     * overwritten with instants computed from the row before it — and the two cannot deadlock.
     */
    private long[] recomputeChunk(long lo, long hi, LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                WITH looked AS (
                    SELECT d.id, d.light, d.state, d.due_at, d.yellow_at,
                           CAST(COALESCE(y.day, CAST(:firstDay AS DATE)) AS TIMESTAMP) AT TIME ZONE 'Asia/Shanghai'
                               AS new_yellow
                      FROM supervision_deadline d
                      JOIN supervision_working_day w ON w.day = d.due_on
                      LEFT JOIN LATERAL (SELECT y.day FROM supervision_working_day y
                                          WHERE y.working AND y.ordinal = w.ordinal - d.warning_working_days
                                          LIMIT 1) AS y ON TRUE
                     WHERE d.id BETWEEN :lo AND :hi
                       AND d.subject_type IN ('CASE_ACCEPTANCE', 'CASE', 'CASE_TASK', 'CASE_LICENCE')
                       AND d.state <> 'CLOSED'
                       AND d.due_on >= :from
                       AND d.yellow_at < :afterTo
                     ORDER BY d.id
                       FOR UPDATE OF d
                ), judged AS (
                    SELECT id, new_yellow,
                           CASE WHEN state <> 'OPEN' THEN NULL
                                WHEN CASE WHEN :now >= due_at THEN 'RED'
                                          WHEN :now >= new_yellow THEN 'YELLOW'
                                          ELSE 'GREEN' END <> light THEN :now
                                WHEN light = 'GREEN' THEN new_yellow
                                WHEN light = 'YELLOW' THEN due_at
                           END AS new_next
                      FROM looked
                     WHERE new_yellow <> yellow_at
                ), written AS (
                    UPDATE supervision_deadline d
                       SET yellow_at = j.new_yellow,
                           next_change_at = j.new_next,
                           change_cause = CASE WHEN j.new_next = :now THEN COALESCE(d.change_cause, :cause) END,
                           updated_at = :now
                      FROM judged j
                     WHERE d.id = j.id AND d.id BETWEEN :lo AND :hi
                    RETURNING j.new_next = :now AS due_now
                )
                SELECT count(*) AS moved, count(*) FILTER (WHERE due_now) AS due FROM written""")
                .param("firstDay", StatutoryCalendar.FIRST_DAY).param("lo", lo).param("hi", hi)
                .param("from", from).param("afterTo", at(LightRules.dueAt(to))).param("now", at(now))
                .param("cause", CAUSE)
                .query((rs, n) -> new long[] {rs.getLong("moved"), rs.getLong("due")})
                .single();
    }

    /**
     * Brings supervision's copy of the calendar up to date with {@link StatutoryCalendar}, in one short transaction
     * (serialised between nodes): the weekday rule for every date, turned over on the dates where the calendar departs
     * from it, with running ordinals; only rows that differ are written. Returns the rows written.
     */
    int copyCalendar() {
        String[] exceptions = exceptionsToWeekdayRule();
        return chunks.execute(status -> {
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('supervision.calendar'))) AS locked")
                    .query(Integer.class).single();
            return jdbc.sql("""
                    INSERT INTO supervision_working_day (day, working, ordinal)
                    SELECT day, working, CAST(count(*) FILTER (WHERE working) OVER (ORDER BY day) AS INT)
                      FROM (SELECT CAST(g AS DATE) AS day,
                                   (EXTRACT(ISODOW FROM g) < 6) <> (e.day IS NOT NULL) AS working
                              FROM generate_series(CAST(:first AS DATE), CAST(:last AS DATE), INTERVAL '1 day') AS g
                              LEFT JOIN unnest(CAST(:exceptions AS DATE[])) AS e(day) ON e.day = CAST(g AS DATE)
                           ) AS days
                    ON CONFLICT (day) DO UPDATE SET working = EXCLUDED.working, ordinal = EXCLUDED.ordinal
                     WHERE supervision_working_day.working <> EXCLUDED.working
                        OR supervision_working_day.ordinal <> EXCLUDED.ordinal""")
                    .param("first", StatutoryCalendar.FIRST_DAY).param("last", StatutoryCalendar.LAST_DAY)
                    .param("exceptions", exceptions)
                    .update();
        });
    }

    /** The dates on which the calendar departs from the weekday rule (a few per year), as ISO dates. */
    private String[] exceptionsToWeekdayRule() {
        List<String> exceptions = new ArrayList<>();
        for (LocalDate day = StatutoryCalendar.FIRST_DAY; !day.isAfter(StatutoryCalendar.LAST_DAY);
                day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() < 6;
            if (calendar.isWorkingDay(day) != weekday) {
                exceptions.add(day.toString());
            }
        }
        return exceptions.toArray(String[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
