package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * One deadline of a case as supervision watches it, in a {@link CaseDeadlinesChanged}.
 *
 * @param key                 stable within the case and kind: {@code acceptance}, {@code case}, {@code task:<no>},
 *                            {@code licence}
 * @param due                 the last day (on time through its end)
 * @param dueAt               the instant it becomes overdue: the start of the day after {@code due} in Asia/Shanghai
 * @param limitWorkingDays    the limit the deadline measures, in working days (the stage's limit for a task)
 * @param warningWorkingDays  the item's yellow threshold (working days left at which the light turns yellow), when
 *                            the item sets one; null to apply the default rule
 * @param stageName           for a task, its stage's name
 * @param departmentId        the department that answers for it
 * @param positionId          the responsible position, if known
 * @param staffId             the person working it: the one who claimed the task, or who acts for the position today
 *                            (holder, or deputy for an absent holder); null when nobody is known
 * @param staffAssigned       true when that person took the work on (claimed it, or made the receipt), false when
 *                            they are only who acts for the position today
 * @param open                false once the deadline ended (decided, accepted, task done, licence issued,
 *                            case closed or withdrawn)
 */
public record WatchedDeadline(DeadlineKind kind, String key, LocalDate due, Instant dueAt, int limitWorkingDays,
        @Nullable Integer warningWorkingDays, @Nullable String stageName, long departmentId,
        @Nullable Long positionId, @Nullable String positionName, @Nullable Long staffId,
        @Nullable String staffName, boolean staffAssigned, boolean open) {

    /** The instant a deadline ending on {@code due} becomes overdue. */
    public static Instant overdueFrom(LocalDate due) {
        return due.plusDays(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
    }
}
