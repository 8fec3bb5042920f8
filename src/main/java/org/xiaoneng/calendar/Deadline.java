package org.xiaoneng.calendar;

import java.time.LocalDate;

/**
 * A due date computed by {@link StatutoryCalendar#deadline}.
 *
 * @param start       the start day (受理日 etc.), itself never counted
 * @param unit        how the limit is counted
 * @param amount      the limit in days (0 for {@link LimitUnit#SAME_DAY})
 * @param due         the last day on which the work is on time
 * @param provisional true when the span reaches a year for which no State Council notice is loaded: the weekday rule
 *                    alone was applied there, and the due date may move once the notice is entered
 * @param revision    the calendar revision it was computed at; keep it with the deadline and ask
 *                    {@link StatutoryCalendar#couldChange} after a {@link CalendarCorrected}
 */
public record Deadline(LocalDate start, LimitUnit unit, int amount, LocalDate due, boolean provisional,
        long revision) {
}
