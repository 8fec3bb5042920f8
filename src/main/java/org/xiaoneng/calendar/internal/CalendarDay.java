package org.xiaoneng.calendar.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.CalendarRangeException;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.platform.DomainException;

/**
 * A date of the calendar table: it guards the rules every entry obeys, whether typed in the console, imported from a
 * CSV or loaded from a notice file — inside the covered range, a name, and an adjusted working day (调休上班) only on
 * a Saturday or Sunday (a weekday is a working day already).
 */
final class CalendarDay {

    static final int NAME_MAX = 50;

    private final LocalDate date;
    private DayKind kind;
    private String name;
    private final int version;

    private CalendarDay(LocalDate date, DayKind kind, String name, int version) {
        this.date = date;
        this.kind = kind;
        this.name = name;
        this.version = version;
    }

    static CalendarDay create(LocalDate date, DayKind kind, String name) {
        check(date, kind, name);
        return new CalendarDay(date, kind, name.strip(), 0);
    }

    static CalendarDay existing(LocalDate date, DayKind kind, String name, int version) {
        return new CalendarDay(date, kind, name, version);
    }

    void change(DayKind newKind, String newName) {
        check(date, newKind, newName);
        this.kind = newKind;
        this.name = newName.strip();
    }

    /** Throws the rule a date, kind and name break, in words a clerk can read. */
    static void check(LocalDate date, @Nullable DayKind kind, @Nullable String name) {
        if (!CalendarIndex.covers(date)) {
            throw CalendarRangeException.dateOutside(date);
        }
        if (kind == null) {
            throw new DomainException("calendar.day.kindRequired");
        }
        if (name == null || name.isBlank()) {
            throw new DomainException("calendar.day.nameRequired");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new DomainException("calendar.day.nameTooLong", String.valueOf(NAME_MAX));
        }
        // a name is exported to CSV that people open in Excel: no line breaks, and nothing Excel takes for a formula
        if (name.chars().anyMatch(Character::isISOControl) || "=+-@".indexOf(name.strip().charAt(0)) >= 0) {
            throw new DomainException("calendar.day.nameInvalid");
        }
        if (kind == DayKind.ADJUSTED_WORKING_DAY && CalendarIndex.weekday(date)) {
            throw new DomainException("calendar.day.adjustedOnWeekday", date.toString());
        }
    }

    /** Whether the date is a working day with this entry (or, for {@code null}, with no entry: the weekday rule). */
    static boolean working(LocalDate date, @Nullable DayKind kind) {
        return kind == null ? CalendarIndex.weekday(date) : kind.working();
    }

    /** For the audit trail: {@code 2025-10-01 HOLIDAY 国庆节、中秋节}. */
    String summary() {
        return date + " " + kind + " " + name;
    }

    LocalDate date() {
        return date;
    }

    DayKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    int version() {
        return version;
    }
}
