package org.xiaoneng.calendar;

import java.time.Clock;
import java.util.List;

import org.xiaoneng.calendar.internal.ShippedCalendarIndexes;

/**
 * The real {@link StatutoryCalendar} on the notices as shipped (2005–2026), without Spring or a database, for plain
 * JUnit tests of rules that count working days.
 */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static StatutoryCalendar calendar(Clock clock) {
        return new StatutoryCalendar(new ShippedCalendarIndexes(List.of()), clock);
    }

    /** The shipped notices plus these days, as after an admin's correction. */
    public static StatutoryCalendar corrected(Clock clock, List<SpecialDay> corrections) {
        return new StatutoryCalendar(new ShippedCalendarIndexes(corrections), clock);
    }
}
