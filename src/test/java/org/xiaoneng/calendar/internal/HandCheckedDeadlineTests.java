package org.xiaoneng.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines worked out by hand from the notices' texts (each file in calendar/notices cites its notice), around the
 * breaks where a wrong calendar shows first: Spring Festival, National Day, and the weekends worked in exchange (调休).
 */
class HandCheckedDeadlineTests {

    private final CalendarIndex calendar = ShippedNotices.index();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-26 | 20 | 2025-10-30 | the issue's example: 10-01..10-08 off, Sun 09-28 and Sat 10-11 worked
            2025-09-26 |  1 | 2025-09-28 | Sunday 09-28 is an adjusted working day
            2025-09-30 |  1 | 2025-10-09 | National Day and Mid-Autumn 10-01..10-08
            2025-10-10 |  1 | 2025-10-11 | Saturday 10-11 is worked
            2025-01-24 |  1 | 2025-01-26 | 2025 Spring Festival: Sunday 01-26 worked
            2025-01-27 |  1 | 2025-02-05 | 2025 Spring Festival 01-28..02-04, eight days after the 2024 reform
            2025-02-07 |  1 | 2025-02-08 | Saturday 02-08 worked
            2025-04-30 |  1 | 2025-05-06 | 2025 Labour Day 05-01..05-05 (two statutory days since 2025)
            2026-02-13 |  1 | 2026-02-14 | 2026 Spring Festival: Saturday 02-14 worked
            2026-02-14 |  1 | 2026-02-24 | 2026 Spring Festival 02-15..02-23, nine days
            2026-09-18 |  1 | 2026-09-20 | 2026 National Day: Sunday 09-20 worked
            2026-09-30 |  3 | 2026-10-10 | 2026 National Day 10-01..10-07, Saturday 10-10 worked
            2024-02-08 |  1 | 2024-02-09 | 2024: New Year's Eve (除夕) 02-09 was a working day
            2024-02-09 |  1 | 2024-02-18 | 2024 Spring Festival 02-10..02-17, Sunday 02-18 worked
            2020-01-23 |  1 | 2020-02-03 | 2020 Spring Festival as extended for COVID-19: Sat 02-01 no longer worked
            2019-04-26 |  1 | 2019-04-28 | 2019 Labour Day as amended in March 2019: Sunday 04-28 worked
            2019-04-30 |  1 | 2019-05-05 | and 05-01..05-04 off, Sunday 05-05 worked
            2019-09-27 |  1 | 2019-09-29 | 2019 National Day: Sunday 09-29 worked
            2019-09-30 |  1 | 2019-10-08 | 2019 National Day 10-01..10-07
            2015-09-02 |  1 | 2015-09-06 | 2015-09-03 victory anniversary: 09-03..09-05 off, Sunday 09-06 worked
            2015-09-30 |  1 | 2015-10-08 | 2015 National Day 10-01..10-07
            2008-04-03 |  1 | 2008-04-07 | 2008: Qingming a holiday for the first time (04-04..04-06)
            2007-04-04 |  1 | 2007-04-05 | 2007: Qingming was not yet a holiday
            2008-04-30 |  1 | 2008-05-04 | 2008: Labour Day cut to 05-01..05-03, Sunday 05-04 worked
            2007-04-30 |  1 | 2007-05-08 | 2007: the week-long Labour Day 05-01..05-07
            2007-02-16 |  1 | 2007-02-17 | 2007 Spring Festival: Saturday 02-17 worked
            2007-02-23 |  1 | 2007-02-25 | 2007 Spring Festival 02-18..02-24, Sunday 02-25 worked
            2006-12-29 |  1 | 2006-12-30 | 2007 New Year: 2006-12-30 and 12-31 worked
            2005-09-30 |  1 | 2005-10-08 | 2005 National Day 10-01..10-07, Saturday 10-08 worked
            2005-02-04 |  1 | 2005-02-05 | 2005 Spring Festival: Saturday 02-05 worked
            2011-12-30 |  1 | 2011-12-31 | 2012 New Year: Saturday 2011-12-31 worked
            2013-01-04 |  1 | 2013-01-05 | 2013 New Year: Saturday 01-05 worked
            """)
    void workingDays(LocalDate start, int n, LocalDate due, String why) {
        assertThat(calendar.plusWorkingDays(start, n)).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} natural days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-26 |  5 | 2025-10-09 | ends on National Day 10-01: moved to the next working day
            2025-09-26 |  2 | 2025-09-28 | ends on a worked Sunday: stays
            2025-09-26 |  1 | 2025-09-28 | ends on Saturday 09-27: moved to Sunday 09-28, worked
            2025-09-26 | 30 | 2025-10-27 | holidays inside count; ends on Sunday 10-26, moved to Monday
            2025-01-20 |  7 | 2025-01-27 | ends on Monday 01-27: stays
            2025-01-21 |  7 | 2025-02-05 | ends on 01-28 (Spring Festival): moved after the break
            """)
    void naturalDays(LocalDate start, int n, LocalDate due, String why) {
        assertThat(calendar.plusNaturalDays(start, n)).as(why).isEqualTo(due);
    }

    @Test
    void sameDayItemsAreDueOnTheDayOrTheNextWorkingDay() {
        assertThat(calendar.sameDay(LocalDate.of(2025, 9, 29))).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(calendar.sameDay(LocalDate.of(2025, 9, 28))).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(calendar.sameDay(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.sameDay(LocalDate.of(2025, 10, 12))).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 1), 0)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void workingDaysBetweenCountAfterTheStartDay() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 30))).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 9, 26))).isEqualTo(-20);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 10, 30))).isZero();
    }

    @Test
    void workingDaysPerYearMatchThePublishedCounts() {
        // 2023 and 2024: the counts published with the notices (249 and 251); the others follow from the files
        assertThat(workingDaysIn(2023)).isEqualTo(249);
        assertThat(workingDaysIn(2024)).isEqualTo(251);
        assertThat(workingDaysIn(2025)).isEqualTo(248);
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void everyYearOfTheShippedNoticesIsLoadedAndTheNextIsNot() {
        for (int year = 2005; year <= 2026; year++) {
            assertThat(calendar.noticeLoaded(year)).as("%d", year).isTrue();
        }
        assertThat(calendar.noticeLoaded(2027)).isFalse();
        assertThat(calendar.provisional(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(calendar.provisional(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 12, 5))).isFalse();
    }

    private int workingDaysIn(int year) {
        return calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }
}
