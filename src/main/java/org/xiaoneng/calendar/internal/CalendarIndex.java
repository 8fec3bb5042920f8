package org.xiaoneng.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.xiaoneng.calendar.CalendarRangeException;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * An immutable snapshot of the calendar, precomputed so that every question is answered with a few array reads:
 * for each day of the range the number of working days up to and including it, and for each working day (by ordinal)
 * its day. "The N-th working day after D" is then {@code day[upTo[D] + N - 1]}: O(1), no loop over days. A change of
 * the calendar builds a new snapshot and swaps it in whole ({@link CalendarIndexes}), so a reader never sees half of
 * a correction.
 */
public final class CalendarIndex {

    private static final long BASE = StatutoryCalendar.FIRST_DAY.toEpochDay();
    private static final int DAYS = (int) (StatutoryCalendar.LAST_DAY.toEpochDay() - BASE + 1);
    private static final int FIRST_YEAR = StatutoryCalendar.FIRST_DAY.getYear();
    /** Every date of the range, made once, so that answers allocate nothing. */
    private static final LocalDate[] DATES = new LocalDate[DAYS];

    static {
        for (int i = 0; i < DAYS; i++) {
            DATES[i] = LocalDate.ofEpochDay(BASE + i);
        }
    }

    private final boolean[] working = new boolean[DAYS];
    /** upTo[i]: how many working days there are from the first day of the range to day i, both included. */
    private final int[] upTo = new int[DAYS];
    /** day[k]: the index of the working day with ordinal k (0 = the first working day of the range). */
    private final int[] day;
    private final boolean[] noticeYears;
    private final NavigableMap<LocalDate, SpecialDay> special;
    private final long revision;
    private final NavigableMap<Long, SortedSet<LocalDate>> corrections;

    private CalendarIndex(Collection<SpecialDay> days, long revision, Map<Long, ? extends Set<LocalDate>> corrections) {
        this.revision = revision;
        this.special = new TreeMap<>();
        this.noticeYears = new boolean[StatutoryCalendar.LAST_DAY.getYear() - FIRST_YEAR + 1];
        for (SpecialDay specialDay : days) {
            LocalDate date = specialDay.date();
            if (!covers(date)) {
                continue; // kept in the table but outside what we compute
            }
            if (special.put(date, specialDay) != null) {
                throw new IllegalArgumentException("two entries for " + date);
            }
            if (specialDay.kind() == DayKind.HOLIDAY) {
                noticeYears[date.getYear() - FIRST_YEAR] = true;
            }
        }
        int count = 0;
        int[] ordinals = new int[DAYS];
        for (int i = 0; i < DAYS; i++) {
            SpecialDay specialDay = special.get(DATES[i]);
            working[i] = specialDay == null ? weekday(DATES[i]) : specialDay.kind().working();
            if (working[i]) {
                ordinals[count++] = i;
            }
            upTo[i] = count;
        }
        this.day = Arrays.copyOf(ordinals, count);
        NavigableMap<Long, SortedSet<LocalDate>> copy = new TreeMap<>();
        corrections.forEach((rev, dates) -> copy.put(rev, Collections.unmodifiableSortedSet(new TreeSet<>(dates))));
        this.corrections = Collections.unmodifiableNavigableMap(copy);
    }

    /** A snapshot of these special days at revision 0 (no corrections): for tests and benchmarks. */
    public static CalendarIndex of(Collection<SpecialDay> days) {
        return new CalendarIndex(days, 0, Map.of());
    }

    static CalendarIndex of(Collection<SpecialDay> days, long revision, Map<Long, ? extends Set<LocalDate>> corrections) {
        return new CalendarIndex(days, revision, corrections);
    }

    /** Whether the date lies in the range the calendar covers. */
    public static boolean covers(LocalDate date) {
        return !date.isBefore(StatutoryCalendar.FIRST_DAY) && !date.isAfter(StatutoryCalendar.LAST_DAY);
    }

    /** The weekday rule alone: Monday to Friday. */
    public static boolean weekday(LocalDate date) {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    /**
     * The N-th working day after {@code start} (the start day is not counted). For N = 0: {@link #sameDay}.
     *
     * @throws CalendarRangeException when start, or the result, lies outside the range
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative working days: " + workingDays);
        }
        int i = index(start);
        if (workingDays == 0) {
            return nextWorkingDay(i, start);
        }
        long ordinal = (long) upTo[i] + workingDays - 1;
        if (ordinal >= day.length) {
            throw CalendarRangeException.dueOutside(start);
        }
        return DATES[day[(int) ordinal]];
    }

    /**
     * N calendar days after {@code start}; when that day is not a working day, the next working day (the civil rule
     * for periods that end on a day off, 民法典 art. 203).
     */
    public LocalDate plusNaturalDays(LocalDate start, int naturalDays) {
        if (naturalDays < 0) {
            throw new IllegalArgumentException("negative natural days: " + naturalDays);
        }
        long end = index(start) + (long) naturalDays;
        if (end >= DAYS) {
            throw CalendarRangeException.dueOutside(start);
        }
        return nextWorkingDay((int) end, start);
    }

    /** 即办: the start day when it is a working day, else the next working day. */
    public LocalDate sameDay(LocalDate start) {
        return nextWorkingDay(index(start), start);
    }

    private LocalDate nextWorkingDay(int i, LocalDate start) {
        if (working[i]) {
            return DATES[i];
        }
        int ordinal = upTo[i]; // the working days before i are ordinals 0 .. upTo[i] - 1
        if (ordinal >= day.length) {
            throw CalendarRangeException.dueOutside(start);
        }
        return DATES[day[ordinal]];
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative (the working days after {@code to}
     * up to and including {@code from}) when {@code to} lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return upTo[index(to)] - upTo[index(from)];
    }

    /** Whether some year from {@code from}'s to {@code to}'s has no State Council notice loaded. */
    public boolean provisional(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        for (int year = first; year <= last; year++) {
            if (!noticeLoaded(year)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the year has at least one holiday of a State Council notice. */
    public boolean noticeLoaded(int year) {
        int i = year - FIRST_YEAR;
        return i >= 0 && i < noticeYears.length && noticeYears[i];
    }

    public Optional<SpecialDay> special(LocalDate date) {
        return Optional.ofNullable(special.get(date));
    }

    /** The special days of a calendar year, in date order. */
    public List<SpecialDay> specialDays(int year) {
        return new ArrayList<>(special.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    public long revision() {
        return revision;
    }

    /** The dates whose working status changed in the corrections after {@code revision}. */
    public SortedSet<LocalDate> changedSince(long sinceRevision) {
        SortedSet<LocalDate> changed = new TreeSet<>();
        corrections.tailMap(sinceRevision, false).values().forEach(changed::addAll);
        return Collections.unmodifiableSortedSet(changed);
    }

    private static int index(LocalDate date) {
        long i = date.toEpochDay() - BASE;
        if (i < 0 || i >= DAYS) {
            throw CalendarRangeException.dateOutside(date);
        }
        return (int) i;
    }
}
