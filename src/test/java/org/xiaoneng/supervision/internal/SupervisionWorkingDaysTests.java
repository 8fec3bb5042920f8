package org.xiaoneng.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Supervision's copy of the calendar does the same working-day arithmetic in SQL as {@link LightRules} in Java: the
 * yellow instant of every due day from 2024 to the end of 2026 (Spring Festivals, National Days, the Saturdays and
 * Sundays worked in exchange) with thresholds 0 to 6 is the same both ways; and copying an up-to-date calendar writes
 * nothing.
 */
@IntegrationTest
class SupervisionWorkingDaysTests {

    @Autowired Recomputation recomputation;
    @Autowired StatutoryCalendar calendar;
    @Autowired JdbcClient jdbc;

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

    @Test
    void recomputingTheWholeLedgerOnAnUnchangedCalendarMovesNothing() {
        recomputation.copyCalendar();
        Recomputation.Result result = recomputation.recomputeAll();
        assertThat(result.moved()).isZero();
        assertThat(result.due()).isZero();
    }
}
