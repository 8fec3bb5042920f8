package org.xiaoneng.calendar.internal;

import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.calendar.SpecialDay;

/** The special days of the notice files as shipped, read the way the migration reads them. */
final class ShippedNotices {

    private ShippedNotices() {
    }

    static List<SpecialDay> all() {
        List<SpecialDay> days = new ArrayList<>();
        for (int year = NoticeDataMigration.FIRST_YEAR; year <= NoticeDataMigration.LAST_YEAR; year++) {
            NoticeDataMigration.rows(year).forEach(row -> days.add(new SpecialDay(row.date(), row.kind(), row.name())));
        }
        return days;
    }

    static CalendarIndex index() {
        return CalendarIndex.of(all());
    }
}
