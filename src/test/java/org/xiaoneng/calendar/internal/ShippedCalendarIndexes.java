package org.xiaoneng.calendar.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.xiaoneng.calendar.SpecialDay;

/**
 * The notices as shipped, without a database: for plain JUnit tests of other modules' date rules (see
 * {@code org.xiaoneng.calendar.ShippedCalendar}). Extra days stand for a later correction.
 */
public final class ShippedCalendarIndexes extends CalendarIndexes {

    private final CalendarIndex index;

    public ShippedCalendarIndexes(Collection<SpecialDay> corrections) {
        super(null, null);
        List<SpecialDay> days = new ArrayList<>(ShippedNotices.all());
        days.addAll(corrections);
        this.index = CalendarIndex.of(days);
    }

    @Override
    public CalendarIndex current() {
        return index;
    }

    @Override
    public synchronized void reload() {
    }
}
