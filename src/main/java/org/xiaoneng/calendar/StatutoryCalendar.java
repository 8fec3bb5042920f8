package org.xiaoneng.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SortedSet;

import org.springframework.stereotype.Service;
import org.xiaoneng.calendar.internal.CalendarIndex;
import org.xiaoneng.calendar.internal.CalendarIndexes;

/**
 * The statutory clock: working days as the law counts them, and deadlines over them, in Asia/Shanghai.
 *
 * <p><b>Working day.</b> Monday to Friday, except the holidays of the State Council's yearly notices
 * ({@link DayKind#HOLIDAY}) and the city's own days off ({@link DayKind#LOCAL_HOLIDAY}); plus the Saturdays and Sundays
 * a notice turns into working days ({@link DayKind#ADJUSTED_WORKING_DAY}, 调休). The notices 2005–2026 are loaded; an
 * admin enters later years and corrections.
 *
 * <p><b>Counting.</b> As the law counts periods (行政许可法 art. 82, 民法典 art. 201), the start day is never counted:
 * <ul>
 * <li>{@link LimitUnit#WORKING_DAYS}: due on the N-th working day after the start day. Twenty working days from
 *     Friday 2025-09-26 end on 2025-10-30 (the National Day break 10-01..10-08 does not count; the Sunday 09-28 and
 *     the Saturday 10-11 worked in exchange do).</li>
 * <li>{@link LimitUnit#NATURAL_DAYS}: N calendar days after the start day, holidays included; when that day is not a
 *     working day the period ends on the next working day (民法典 art. 203: a period whose last day is a holiday ends
 *     on the day after the holiday). The 行政许可法 itself counts its limits in working days; natural-day limits come
 *     from other rules (7 natural days to rate a service, 30 days of public comment, …).</li>
 * <li>{@link LimitUnit#SAME_DAY} (即办件): due on the start day when it is a working day, else on the next one.
 *     Zero working or natural days mean the same.</li>
 * </ul>
 * Dates outside {@link #FIRST_DAY}..{@link #LAST_DAY}, or deadlines falling after it, raise
 * {@link CalendarRangeException} — nothing is guessed. A result whose span reaches a year without a loaded notice is
 * flagged {@link Deadline#provisional()}: only the weekday rule (and local days) applied there.
 *
 * <p><b>Speed.</b> Every answer is a few array reads in a precomputed index (no loop over days); the index is
 * rebuilt whole after each committed correction and swapped in atomically.
 *
 * <p><b>Corrections.</b> Each committed change that turns dates from working to non-working or back gets a new
 * {@link #revision()} and publishes {@link CalendarCorrected} with those dates (received by
 * {@code @ApplicationModuleListener}s after the commit, when this calendar already computes with them). A module that
 * stores deadlines keeps the {@link Deadline#revision()} each was computed at and recomputes those for which
 * {@link CalendarCorrected#affects} — or, e.g. after missing events, {@link #couldChange} — answers true; a deadline
 * counted from D and due on E can only move when a date in [D, E] changed.
 */
@Service
public class StatutoryCalendar {

    /** The first day the calendar computes with. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    /**
     * The last day the calendar computes with. Years without a loaded notice follow the weekday rule (and the city's
     * days off) and their results are flagged provisional; admins enter each new notice when it is published. The
     * range reaches far ahead so that long limits and next year's notice never fall outside it.
     */
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    /** The zone in which instants become days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CalendarIndexes indexes;
    private final Clock clock;

    StatutoryCalendar(CalendarIndexes indexes, Clock clock) {
        this.indexes = indexes;
        this.clock = clock;
    }

    /** Whether the calendar computes with this date. */
    public static boolean covers(LocalDate date) {
        return CalendarIndex.covers(date);
    }

    /** Today in Asia/Shanghai, by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public boolean isWorkingDay(LocalDate date) {
        return index().isWorkingDay(date);
    }

    /** The special day on this date, if it departs from the weekday rule. */
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return index().special(date);
    }

    /** A due date: see the class comment for how each unit counts. {@code amount} is ignored for same-day limits. */
    public Deadline deadline(LocalDate start, LimitUnit unit, int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a limit is never negative: " + amount);
        }
        CalendarIndex index = index();
        LocalDate due = switch (unit) {
            case WORKING_DAYS -> index.plusWorkingDays(start, amount);
            case NATURAL_DAYS -> index.plusNaturalDays(start, amount);
            case SAME_DAY -> index.sameDay(start);
        };
        return new Deadline(start, unit, unit == LimitUnit.SAME_DAY ? 0 : amount, due,
                index.provisional(start, due), index.revision());
    }

    /** The N-th working day after {@code start}. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return deadline(start, LimitUnit.WORKING_DAYS, workingDays).due();
    }

    /**
     * The working days after {@code from}'s day up to and including {@code to}'s day (the start day is not counted);
     * negative when {@code to} comes first.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return index().workingDaysBetween(from, to);
    }

    /** {@link #workingDaysBetween(LocalDate, LocalDate)} of the two instants' days in Asia/Shanghai. */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(LocalDate.ofInstant(from, ZONE), LocalDate.ofInstant(to, ZONE));
    }

    /**
     * The working days left at {@code at} until {@code due}: the working days after {@code at}'s day up to and
     * including the due day. 0 on the due day itself (still on time), negative once overdue: −1 from the day after
     * the due day — a holiday included, so that a case due before a long break is not shown on time during it — and
     * one less for each further working day.
     */
    public int remainingWorkingDays(Instant at, LocalDate due) {
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        int remaining = workingDaysBetween(day, due);
        return day.isAfter(due) ? Math.min(remaining, -1) : remaining;
    }

    /** {@link #remainingWorkingDays(Instant, LocalDate)} now, by the injected clock. */
    public int remainingWorkingDays(LocalDate due) {
        return remainingWorkingDays(clock.instant(), due);
    }

    /** Whether a span reaches a year for which no State Council notice is loaded. */
    public boolean provisional(LocalDate from, LocalDate to) {
        return index().provisional(from, to);
    }

    /** The year's special days, and whether its notice is loaded. */
    public CalendarYear year(int year) {
        CalendarIndex index = index();
        if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
            throw CalendarRangeException.dateOutside(LocalDate.of(year, 1, 1));
        }
        return new CalendarYear(year, index.noticeLoaded(year), index.specialDays(year));
    }

    /** The current revision: 0 as shipped, one more with each committed correction. */
    public long revision() {
        return index().revision();
    }

    /** The dates whose working status changed after {@code revision}, in order. */
    public SortedSet<LocalDate> changedSince(long revision) {
        return index().changedSince(revision);
    }

    /**
     * Whether a deadline counted from {@code start}, due on {@code due} and computed at {@code computedAtRevision}
     * may be different now: a date in [start, due] changed its working status since.
     */
    public boolean couldChange(LocalDate start, LocalDate due, long computedAtRevision) {
        SortedSet<LocalDate> changed = changedSince(computedAtRevision);
        LocalDate first = start.isAfter(due) ? due : start;
        LocalDate last = start.isAfter(due) ? start : due;
        return !changed.isEmpty() && !changed.subSet(first, last.plusDays(1)).isEmpty();
    }

    private CalendarIndex index() {
        return indexes.current();
    }
}
