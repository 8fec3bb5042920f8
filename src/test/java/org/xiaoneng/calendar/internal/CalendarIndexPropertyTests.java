package org.xiaoneng.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.CalendarRangeException;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Property tests: the index answers exactly what a day-by-day walk over the same days answers — for the shipped
 * notices and for random calendars (which put holidays and worked weekends where no notice ever did). Seeded, so a
 * failure names its seed and replays.
 */
class CalendarIndexPropertyTests {

    private static final LocalDate FROM = LocalDate.of(2005, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final int SAMPLES = 20_000;

    @Test
    void everyDayOfTheRangeIsWorkingExactlyWhenTheReferenceSaysSo() {
        List<SpecialDay> days = ShippedNotices.all();
        CalendarIndex index = CalendarIndex.of(days);
        BruteForceCalendar reference = new BruteForceCalendar(days);
        for (LocalDate date = StatutoryCalendar.FIRST_DAY; !date.isAfter(StatutoryCalendar.LAST_DAY);
                date = date.plusDays(1)) {
            assertThat(index.isWorkingDay(date)).as(date.toString()).isEqualTo(reference.working(date));
        }
    }

    @RepeatedTest(5)
    void shippedNoticesAgreeWithTheReference(RepetitionInfo repetition) {
        List<SpecialDay> days = ShippedNotices.all();
        compare(CalendarIndex.of(days), new BruteForceCalendar(days), 20260000L + repetition.getCurrentRepetition());
    }

    @RepeatedTest(5)
    void randomCalendarsAgreeWithTheReference(RepetitionInfo repetition) {
        long seed = 777_000L + repetition.getCurrentRepetition();
        List<SpecialDay> days = randomCalendar(new Random(seed));
        compare(CalendarIndex.of(days), new BruteForceCalendar(days), seed);
    }

    @Test
    void nothingIsAnsweredOutsideTheRange() {
        CalendarIndex index = ShippedNotices.index();
        assertThatThrownBy(() -> index.plusWorkingDays(LocalDate.of(2004, 12, 31), 1))
                .isInstanceOf(CalendarRangeException.class).hasMessage("calendar.range.date");
        assertThatThrownBy(() -> index.isWorkingDay(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> index.plusWorkingDays(LocalDate.of(2099, 12, 30), 2))
                .isInstanceOf(CalendarRangeException.class).hasMessage("calendar.range.due");
        assertThatThrownBy(() -> index.plusWorkingDays(LocalDate.of(2099, 12, 30), Integer.MAX_VALUE))
                .isInstanceOf(CalendarRangeException.class).hasMessage("calendar.range.due");
        assertThatThrownBy(() -> index.plusNaturalDays(LocalDate.of(2099, 12, 30), 5))
                .isInstanceOf(CalendarRangeException.class).hasMessage("calendar.range.due");
        // Thursday 2099-12-31 is the last day, and a working day under the weekday rule
        assertThat(index.plusWorkingDays(LocalDate.of(2099, 12, 30), 1)).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(index.plusWorkingDays(StatutoryCalendar.FIRST_DAY, 1)).isEqualTo(LocalDate.of(2005, 1, 4));
    }

    private static void compare(CalendarIndex index, BruteForceCalendar reference, long seed) {
        Random random = new Random(seed);
        int span = (int) (TO.toEpochDay() - FROM.toEpochDay());
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FROM.plusDays(random.nextInt(span + 1));
            int n = random.nextInt(61);
            String what = "seed " + seed + ", start " + start + ", n " + n;
            assertThat(index.plusWorkingDays(start, n)).as("working days, " + what)
                    .isEqualTo(reference.plusWorkingDays(start, n));
            assertThat(index.plusNaturalDays(start, n)).as("natural days, " + what)
                    .isEqualTo(reference.plusNaturalDays(start, n));
            assertThat(index.sameDay(start)).as("same day, " + what).isEqualTo(reference.sameDay(start));
            LocalDate other = start.plusDays(random.nextInt(241) - 120);
            if (other.isAfter(TO) || other.isBefore(FROM)) {
                continue;
            }
            assertThat(index.workingDaysBetween(start, other)).as("between %s and %s, seed %d", start, other, seed)
                    .isEqualTo(reference.workingDaysBetween(start, other));
        }
    }

    /** Holidays on any day, worked weekends, local days, long breaks and a few lone days. */
    private static List<SpecialDay> randomCalendar(Random random) {
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        int span = (int) (StatutoryCalendar.LAST_DAY.toEpochDay() - StatutoryCalendar.FIRST_DAY.toEpochDay());
        for (int i = 0; i < 600; i++) {
            LocalDate start = StatutoryCalendar.FIRST_DAY.plusDays(random.nextInt(span + 1));
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 15 : 4);
            DayKind kind = random.nextInt(5) == 0 ? DayKind.LOCAL_HOLIDAY : DayKind.HOLIDAY;
            for (int d = 0; d < length; d++) {
                LocalDate date = start.plusDays(d);
                if (!date.isAfter(StatutoryCalendar.LAST_DAY) && taken.add(date)) {
                    days.add(new SpecialDay(date, kind, "假" + i));
                }
            }
            LocalDate weekend = start.minusDays(random.nextInt(7));
            while (weekend.getDayOfWeek() != DayOfWeek.SATURDAY && weekend.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekend = weekend.plusDays(1);
            }
            if (!weekend.isBefore(StatutoryCalendar.FIRST_DAY) && !weekend.isAfter(StatutoryCalendar.LAST_DAY)
                    && taken.add(weekend)) {
                days.add(new SpecialDay(weekend, DayKind.ADJUSTED_WORKING_DAY, "班" + i));
            }
        }
        return days;
    }
}
