package org.xiaoneng.calendar;

import java.time.LocalDate;

import org.xiaoneng.platform.DomainException;

/**
 * A date, or a due date, outside the range the calendar covers ({@link StatutoryCalendar#FIRST_DAY} to
 * {@link StatutoryCalendar#LAST_DAY}). Nothing is guessed outside it.
 */
public class CalendarRangeException extends DomainException {

    private final LocalDate date;

    CalendarRangeException(String messageKey, LocalDate date) {
        super(messageKey, date.toString(), StatutoryCalendar.FIRST_DAY.toString(),
                StatutoryCalendar.LAST_DAY.toString());
        this.date = date;
    }

    /** The start day given is outside the range. */
    public static CalendarRangeException dateOutside(LocalDate date) {
        return new CalendarRangeException("calendar.range.date", date);
    }

    /** The start day is inside the range but the due date would fall after its end. */
    public static CalendarRangeException dueOutside(LocalDate start) {
        return new CalendarRangeException("calendar.range.due", start);
    }

    /** The offending date: the one given, or the start day whose due date falls outside. */
    public LocalDate date() {
        return date;
    }
}
