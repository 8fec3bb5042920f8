package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;

/** The years the pages offer: those of the calendar's range; today's year when none (or one outside) is asked for. */
final class Years {

    private static final int FIRST = StatutoryCalendar.FIRST_DAY.getYear();
    private static final int LAST = StatutoryCalendar.LAST_DAY.getYear();

    private Years() {
    }

    /** Offered in the year pickers: up to a few years ahead of today (any year in range can still be asked for). */
    static List<Integer> all(LocalDate today) {
        return IntStream.rangeClosed(FIRST, Math.min(LAST, Math.max(today.getYear() + 3, 2027))).boxed().toList();
    }

    static int shown(@Nullable Integer asked, LocalDate today) {
        if (asked != null && asked >= FIRST && asked <= LAST) {
            return asked;
        }
        return Math.max(FIRST, Math.min(today.getYear(), LAST));
    }
}
