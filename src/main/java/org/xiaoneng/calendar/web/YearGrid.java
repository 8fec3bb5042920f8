package org.xiaoneng.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.CalendarYear;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;

/** A year as twelve month grids of weeks (Monday first), each day marked for the page. */
public record YearGrid(int year, boolean noticeLoaded, List<Month> months) {

    /** One day of a grid; {@code date} is null for the blanks before the 1st and after the last day. */
    public record Cell(@Nullable LocalDate date, boolean weekend, @Nullable DayKind kind, @Nullable String name,
            boolean today) {

        /** CSS class that colours the cell. */
        public String css() {
            if (date == null) {
                return "cal-blank";
            }
            if (kind != null) {
                return YearGrid.css(kind);
            }
            return weekend ? "cal-weekend" : "cal-working";
        }
    }

    /** The CSS class of a special day's kind (calendar.css). */
    static String css(DayKind kind) {
        return switch (kind) {
            case HOLIDAY -> "cal-holiday";
            case ADJUSTED_WORKING_DAY -> "cal-adjusted";
            case LOCAL_HOLIDAY -> "cal-local";
        };
    }

    public record Month(int month, List<List<Cell>> weeks) {
    }

    static YearGrid of(CalendarYear year, LocalDate today) {
        Map<LocalDate, SpecialDay> special = new HashMap<>();
        year.specialDays().forEach(day -> special.put(day.date(), day));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year.year(), m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
            for (int i = 0; i < blanks; i++) {
                week.add(blank());
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                SpecialDay day = special.get(date);
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                week.add(new Cell(date, weekend, day == null ? null : day.kind(), day == null ? null : day.name(),
                        date.equals(today)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(blank());
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearGrid(year.year(), year.noticeLoaded(), months);
    }

    private static Cell blank() {
        return new Cell(null, false, null, null, false);
    }
}
