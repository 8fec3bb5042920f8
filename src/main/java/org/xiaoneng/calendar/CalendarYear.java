package org.xiaoneng.calendar;

import java.util.List;

/**
 * A year of the calendar: its special days in date order, and whether a State Council notice is loaded for it (when
 * not, only the weekday rule and local days apply, and deadlines reaching into it are provisional).
 */
public record CalendarYear(int year, boolean noticeLoaded, List<SpecialDay> specialDays) {

    public CalendarYear {
        specialDays = List.copyOf(specialDays);
    }
}
