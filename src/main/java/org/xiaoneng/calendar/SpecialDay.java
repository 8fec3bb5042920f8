package org.xiaoneng.calendar;

import java.time.LocalDate;

/**
 * A date that departs from the weekday rule, with the name of the festival or reason (for example 春节, or 春节 on
 * the Saturday worked in exchange).
 */
public record SpecialDay(LocalDate date, DayKind kind, String name) {
}
