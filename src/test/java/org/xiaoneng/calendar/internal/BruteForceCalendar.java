package org.xiaoneng.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;

/**
 * The reference the index is checked against: the law's definitions, walked one day at a time, written without
 * any of the index's code.
 */
final class BruteForceCalendar {

    private final Map<LocalDate, DayKind> special = new HashMap<>();

    BruteForceCalendar(Collection<SpecialDay> days) {
        days.forEach(day -> special.put(day.date(), day.kind()));
    }

    boolean working(LocalDate date) {
        DayKind kind = special.get(date);
        if (kind != null) {
            return kind == DayKind.ADJUSTED_WORKING_DAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Walk day after day from the start, counting working days, until the N-th. */
    LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n == 0) {
            return sameDay(start);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (working(date)) {
                counted++;
            }
        }
        return date;
    }

    LocalDate plusNaturalDays(LocalDate start, int n) {
        return sameDay(start.plusDays(n));
    }

    LocalDate sameDay(LocalDate start) {
        LocalDate date = start;
        while (!working(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (working(date)) {
                count++;
            }
        }
        return count;
    }
}
