package org.xiaoneng.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlinesChanged;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.WatchedDeadline;

/**
 * Supervision's copy of the calendar does the same working-day arithmetic in SQL as {@link LightRules} in Java: the
 * yellow instant of every due day from 2024 to the end of 2026 (Spring Festivals, National Days, the Saturdays and
 * Sundays worked in exchange) with thresholds 0 to 6 is the same both ways; copying an up-to-date calendar writes
 * nothing; and deadlines the registration wrote are left as they are by a recomputation on the same calendar.
 */
@IntegrationTest
class SupervisionWorkingDaysTests {

    @Autowired Recomputation recomputation;
    @Autowired StatutoryCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired CaseDeadlineRegistration registration;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void theCopyComputesYellowInstantsAsTheLightRulesDo() {
        recomputation.copyCalendar();
        assertThat(recomputation.copyCalendar()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_working_day").query(Long.class).single())
                .isEqualTo(StatutoryCalendar.FIRST_DAY.datesUntil(StatutoryCalendar.LAST_DAY.plusDays(1)).count());
        assertThat(jdbc.sql("SELECT ordinal FROM supervision_working_day WHERE day = :day")
                .param("day", LocalDate.of(2025, 10, 30)).query(Integer.class).single()
                - jdbc.sql("SELECT ordinal FROM supervision_working_day WHERE day = :day")
                .param("day", LocalDate.of(2025, 9, 26)).query(Integer.class).single())
                .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 30)))
                .isEqualTo(20);

        List<String> sql = jdbc.sql("""
                SELECT CAST(w.day AS TEXT) || ' ' || t || ' '
                       || to_char((CAST(COALESCE(y.day, DATE '2005-01-01') AS TIMESTAMP) AT TIME ZONE 'Asia/Shanghai')
                                  AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                  FROM supervision_working_day w
                 CROSS JOIN generate_series(0, 6) AS t
                  LEFT JOIN supervision_working_day y ON y.working AND y.ordinal = w.ordinal - t
                 WHERE w.day BETWEEN DATE '2024-01-01' AND DATE '2026-12-31'
                 ORDER BY w.day, t""")
                .query(String.class).list();
        List<String> java = new ArrayList<>();
        for (LocalDate due = LocalDate.of(2024, 1, 1); !due.isAfter(LocalDate.of(2026, 12, 31));
                due = due.plusDays(1)) {
            for (int threshold = 0; threshold <= 6; threshold++) {
                Instant yellowAt = LightRules.yellowAt(due, threshold, calendar);
                java.add(due + " " + threshold + " " + yellowAt);
            }
        }
        assertThat(sql).hasSize(java.size()).isEqualTo(java);
    }

    /**
     * Deadlines registered around the 2026 Spring Festival (02-15..02-23 off, Saturdays 02-14 and 02-28 worked) by
     * the registration, which computes their yellow instants in Java: recomputing them in SQL moves none. Suspended,
     * so that no sweep of another test lights them.
     */
    @Test
    void recomputingDeadlinesRegisteredOnAnUnchangedCalendarMovesNothing() {
        long caseId = 910_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        List<WatchedDeadline> deadlines = registerAroundTheSpringFestival(caseId);

        Recomputation.Result result = recomputation.recompute(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10));
        assertThat(result.moved()).isZero();
        assertThat(result.due()).isZero();
        assertThat(deadlines).isNotEmpty();
    }

    /**
     * Three workers over ranges of three ids: every range is recomputed exactly once, whichever worker takes it — the
     * yellow instants set a day early by hand are all put right, each counted once, and the ranges add up to the ledger.
     */
    @Test
    void workersShareTheRangesAndRecomputeEachOnce() {
        long caseId = 910_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        List<WatchedDeadline> deadlines = registerAroundTheSpringFestival(caseId);
        List<Instant> right = yellowInstants(caseId);
        int spoiled = jdbc.sql("""
                UPDATE supervision_deadline SET yellow_at = yellow_at - INTERVAL '1 day' WHERE source_ref = :source""")
                .param("source", "case:" + caseId).update();
        assertThat(spoiled).isEqualTo(deadlines.size());
        long[] ids = jdbc.sql("SELECT min(id) AS first, max(id) AS last FROM supervision_deadline")
                .query((rs, n) -> new long[] {rs.getLong("first"), rs.getLong("last")}).single();

        Recomputation threeWorkers = new Recomputation(jdbc, calendar, transactionManager, Clock.systemUTC(), 3, 3);
        Recomputation.Result result = threeWorkers.recompute(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10));
        assertThat(result.moved()).isEqualTo(spoiled);
        assertThat(result.chunks()).isEqualTo((int) ((ids[1] - ids[0]) / 3 + 1));
        assertThat(yellowInstants(caseId)).isEqualTo(right);
    }

    private List<Instant> yellowInstants(long caseId) {
        return jdbc.sql("SELECT yellow_at FROM supervision_deadline WHERE source_ref = :source ORDER BY id")
                .param("source", "case:" + caseId)
                .query((rs, n) -> rs.getObject("yellow_at", java.time.OffsetDateTime.class).toInstant()).list();
    }

    /** Suspended, so that no sweep of another test lights them. */
    private List<WatchedDeadline> registerAroundTheSpringFestival(long caseId) {
        List<WatchedDeadline> deadlines = new ArrayList<>();
        int[] limits = {1, 3, 5, 10, 20};
        int n = 0;
        for (LocalDate due = LocalDate.of(2026, 2, 10); due.isBefore(LocalDate.of(2026, 3, 6)); due = due.plusDays(1)) {
            int limit = limits[n % limits.length];
            deadlines.add(new WatchedDeadline(DeadlineKind.TASK, "task:" + n++, due, WatchedDeadline.overdueFrom(due),
                    limit, n % 3 == 0 ? 2 : null, "承办", 1L, null, null, null, null, false, true));
        }
        CaseDeadlinesChanged snapshot = new CaseDeadlinesChanged(caseId, "XN-WD-" + caseId, "SWJ-XK-001", "外商投资企业设立审批",
                1L, 1, calendar.revision(), CaseState.SUSPENDED, true, deadlines, "casework.case.suspended",
                Instant.now());
        transactions.executeWithoutResult(status -> registration.register(snapshot));
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_deadline WHERE source_ref = :source")
                .param("source", "case:" + caseId).query(Long.class).single()).isEqualTo(deadlines.size());
        return deadlines;
    }
}
