package org.xiaoneng.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.Light;

/**
 * When a watched deadline's light turns (PRODUCT.md, "Light of a case or step"), on the statutory calendar:
 * <ul>
 * <li>red from {@code dueAt}, the start of the day after the due day (the due day itself is on time);</li>
 * <li>yellow from the start of the first day on which the working days left — the working days after that day up to
 *     and including the due day, as {@link StatutoryCalendar#remainingWorkingDays} counts them — are at most the
 *     threshold; so never at or after {@code dueAt};</li>
 * <li>the threshold is the item's own when it sets one, else 1 working day or 20% of the limit (rounded down, as the
 *     catalog rounds it), whichever is larger — but less than the limit, so that a deadline of 1 working day does not
 *     start yellow (it turns yellow on its due day, like a same-day one).</li>
 * </ul>
 * Instants, not days, so that the sweep compares timestamps in SQL; days become instants in Asia/Shanghai.
 */
final class LightRules {

    private LightRules() {
    }

    /** The warning threshold in working days. */
    static int threshold(int limitWorkingDays, @Nullable Integer itemThreshold) {
        if (itemThreshold != null) {
            return Math.max(0, itemThreshold);
        }
        return limitWorkingDays <= 1 ? 0 : Math.max(1, limitWorkingDays / 5);
    }

    /** The instant a deadline due on {@code due} becomes overdue. */
    static Instant dueAt(LocalDate due) {
        return due.plusDays(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
    }

    /** The instant the light turns yellow; always before {@link #dueAt}. */
    static Instant yellowAt(LocalDate due, int threshold, StatutoryCalendar calendar) {
        return firstDayWithAtMost(due, Math.max(0, threshold), calendar).atStartOfDay(StatutoryCalendar.ZONE)
                .toInstant();
    }

    /**
     * The earliest day d ≤ due whose working days left (after d, up to and including due) are at most {@code left}.
     * The count only shrinks as d moves on, so a binary search over a window that surely starts above it finds d.
     */
    private static LocalDate firstDayWithAtMost(LocalDate due, int left, StatutoryCalendar calendar) {
        LocalDate hi = due;
        long span = 2L * left + 14;
        LocalDate lo = due.minusDays(span);
        while (lo.isAfter(StatutoryCalendar.FIRST_DAY) && calendar.workingDaysBetween(lo, due) <= left) {
            hi = lo;
            span *= 2;
            lo = due.minusDays(span);
        }
        if (!lo.isAfter(StatutoryCalendar.FIRST_DAY)) {
            lo = StatutoryCalendar.FIRST_DAY;
            if (calendar.workingDaysBetween(lo, due) <= left) {
                return lo;
            }
        }
        // invariant: working days left at lo > left, at hi <= left
        while (lo.plusDays(1).isBefore(hi)) {
            LocalDate mid = lo.plusDays((hi.toEpochDay() - lo.toEpochDay()) / 2);
            if (calendar.workingDaysBetween(mid, due) <= left) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The light at {@code now}. */
    static Light lightAt(Instant now, Instant yellowAt, Instant dueAt) {
        if (!now.isBefore(dueAt)) {
            return Light.RED;
        }
        return now.isBefore(yellowAt) ? Light.GREEN : Light.YELLOW;
    }

    /** The next instant a deadline showing {@code light} can change by time alone; null once red. */
    static @Nullable Instant nextChange(Light light, Instant yellowAt, Instant dueAt) {
        return switch (light) {
            case GREEN -> yellowAt;
            case YELLOW -> dueAt;
            case RED -> null;
        };
    }

    /**
     * When the sweep must next look at a deadline that shows {@code current} and has (new) dates: never while its
     * clock stands still or it is closed; now, when the dates make its light wrong (it turns on the next sweep, with
     * its alert); else when time alone next changes it.
     */
    static @Nullable Instant nextLook(Light current, DeadlineState state, Instant now, Instant yellowAt,
            Instant dueAt) {
        if (state != DeadlineState.OPEN) {
            return null;
        }
        if (lightAt(now, yellowAt, dueAt) != current) {
            return now;
        }
        return nextChange(current, yellowAt, dueAt);
    }
}
