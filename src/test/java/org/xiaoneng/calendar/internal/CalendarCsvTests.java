package org.xiaoneng.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.DayKind;

/** The CSV format: comments, header, BOM, names with commas, and each problem reported on its own line number. */
class CalendarCsvTests {

    @Test
    void readsCommentsHeaderBomAndNamesWithCommas() {
        CalendarCsv.Parsed parsed = CalendarCsv.parse("\uFEFF# a notice\r\nDate, Kind, Name\r\n\r\n"
                + "2025-10-01,holiday,国庆节, 中秋节\r\n 2025-09-28 , ADJUSTED_WORKING_DAY , 国庆节 \r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new CalendarCsv.Row(4, LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, "国庆节, 中秋节"),
                new CalendarCsv.Row(5, LocalDate.of(2025, 9, 28), DayKind.ADJUSTED_WORKING_DAY, "国庆节"));
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        CalendarCsv.Parsed parsed = CalendarCsv.parse("""
                2025-10-01,HOLIDAY,国庆节
                2025-10-02,HOLIDAY
                10/03/2025,HOLIDAY,国庆节
                2025-10-04,OFF,国庆节
                2025-10-09,ADJUSTED_WORKING_DAY,周四
                2025-10-05,HOLIDAY,
                2004-10-01,HOLIDAY,太早
                2025-10-01,HOLIDAY,又一次
                2025-10-06,HOLIDAY,=HYPERLINK("x")
                date,kind,name
                """);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).extracting(CalendarCsv.Problem::line, CalendarCsv.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "calendar.csv.columns"),
                        org.assertj.core.groups.Tuple.tuple(3, "calendar.csv.date"),
                        org.assertj.core.groups.Tuple.tuple(4, "calendar.csv.kind"),
                        org.assertj.core.groups.Tuple.tuple(5, "calendar.day.adjustedOnWeekday"),
                        org.assertj.core.groups.Tuple.tuple(6, "calendar.day.nameRequired"),
                        org.assertj.core.groups.Tuple.tuple(7, "calendar.range.date"),
                        org.assertj.core.groups.Tuple.tuple(8, "calendar.csv.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(9, "calendar.day.nameInvalid"),
                        // a header is only a header on the first line
                        org.assertj.core.groups.Tuple.tuple(10, "calendar.csv.date"));
        assertThat(parsed.problems().get(6).arguments()).isEqualTo(List.of("2025-10-01", "1"));
    }

    @Test
    void aFileWithoutDataIsAProblemOfTheWholeFile() {
        assertThat(CalendarCsv.parse("# nothing\ndate,kind,name\n").problems())
                .containsExactly(new CalendarCsv.Problem(0, "calendar.csv.empty", List.of()));
    }

    @Test
    void everyShippedNoticeFileCitesItsNoticeAndHoldsOnlyItsYearAndThePreviousDecember() {
        for (int year = NoticeDataMigration.FIRST_YEAR; year <= NoticeDataMigration.LAST_YEAR; year++) {
            assertThat(NoticeDataMigration.read(year)).as("%d cites its notice", year).startsWith("# 国务院");
            LocalDate from = LocalDate.of(year - 1, 12, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            assertThat(NoticeDataMigration.rows(year)).as("%d", year).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.date()).isBetween(from, to));
        }
        // no date in two files: the index refuses duplicates
        assertThat(CalendarIndex.of(ShippedNotices.all()).revision()).isZero();
    }
}
