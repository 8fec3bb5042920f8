package org.xiaoneng.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.ShippedCalendar;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.Light;

/**
 * The light rules on the real calendar as shipped, with instants chosen by the test (never the machine's clock).
 * Around the 2025 National Day break: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked.
 */
class LightRulesTests {

    private final StatutoryCalendar calendar = ShippedCalendar.calendar(Clock.systemUTC());

    private static Instant startOf(String day) {
        return LocalDate.parse(day).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
    }

    @Test
    void theDefaultThresholdIsOneWorkingDayOrTwentyPercentWhicheverIsLargerButBelowTheLimit() {
        assertThat(LightRules.threshold(20, null)).isEqualTo(4);
        assertThat(LightRules.threshold(10, null)).isEqualTo(2);
        assertThat(LightRules.threshold(9, null)).isEqualTo(1);
        assertThat(LightRules.threshold(5, null)).isEqualTo(1);
        assertThat(LightRules.threshold(2, null)).isEqualTo(1);
        // a one-day or same-day deadline does not start yellow: it turns yellow on its due day
        assertThat(LightRules.threshold(1, null)).isZero();
        assertThat(LightRules.threshold(0, null)).isZero();
        // the item's own threshold wins, whatever the limit
        assertThat(LightRules.threshold(20, 7)).isEqualTo(7);
        assertThat(LightRules.threshold(20, 0)).isZero();
    }

    @Test
    void yellowWhenTheWorkingDaysLeftReachTheThresholdCountedOnTheStatutoryCalendar() {
        // due Thursday 10-30 with 4 working days of warning: Mon 27 .. Thu 30 are the last four, so yellow from the
        // start of Friday 10-24 (after it: Sat, Sun off, then the four)
        LocalDate due = LocalDate.parse("2025-10-30");
        assertThat(LightRules.yellowAt(due, 4, calendar)).isEqualTo(startOf("2025-10-24"));
        assertThat(calendar.remainingWorkingDays(startOf("2025-10-24"), due)).isEqualTo(4);
        assertThat(calendar.remainingWorkingDays(startOf("2025-10-23"), due)).isEqualTo(5);
        // due 10-09, the first working day after the break, with 1 day of warning: yellow from 09-30 already
        assertThat(LightRules.yellowAt(LocalDate.parse("2025-10-09"), 1, calendar)).isEqualTo(startOf("2025-09-30"));
        // with no warning: yellow on the due day itself
        assertThat(LightRules.yellowAt(due, 0, calendar)).isEqualTo(startOf("2025-10-30"));
        // red from the start of the day after the due day: the due day is on time to its end
        assertThat(LightRules.dueAt(due)).isEqualTo(startOf("2025-10-31"));
    }

    @RepeatedTest(20)
    void yellowIsTheFirstInstantWithAtMostTheThresholdLeftAndAlwaysBeforeTheDue(RepetitionInfo repetition) {
        Random random = new Random(20251001L + repetition.getCurrentRepetition());
        for (int i = 0; i < 50; i++) {
            LocalDate due = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 20));
            int threshold = random.nextInt(25);
            Instant yellow = LightRules.yellowAt(due, threshold, calendar);
            Instant red = LightRules.dueAt(due);
            assertThat(yellow).isBefore(red);
            // brute force: walk back day by day from the due day to the last day still above the threshold
            LocalDate day = due;
            while (calendar.remainingWorkingDays(startOf(day.minusDays(1).toString()), due) <= threshold) {
                day = day.minusDays(1);
            }
            assertThat(yellow).as("due %s, threshold %d", due, threshold).isEqualTo(startOf(day.toString()));
        }
    }

    @Test
    void theLightFollowsTheInjectedInstant() {
        Instant yellow = startOf("2025-10-24");
        Instant red = startOf("2025-10-31");
        assertThat(LightRules.lightAt(yellow.minusNanos(1), yellow, red)).isEqualTo(Light.GREEN);
        assertThat(LightRules.lightAt(yellow, yellow, red)).isEqualTo(Light.YELLOW);
        assertThat(LightRules.lightAt(red.minusNanos(1), yellow, red)).isEqualTo(Light.YELLOW);
        assertThat(LightRules.lightAt(red, yellow, red)).isEqualTo(Light.RED);
        assertThat(LightRules.lightAt(red.plus(Duration.ofDays(40)), yellow, red)).isEqualTo(Light.RED);
    }

    @Test
    void theSweepNextLooksWhenTimeAloneCanChangeTheLightAndNeverWhileTheClockStandsStillOrOnceClosed() {
        Instant yellow = startOf("2025-10-24");
        Instant red = startOf("2025-10-31");
        Instant before = startOf("2025-10-20");
        assertThat(LightRules.nextLook(Light.GREEN, DeadlineState.OPEN, before, yellow, red)).isEqualTo(yellow);
        assertThat(LightRules.nextLook(Light.YELLOW, DeadlineState.OPEN, startOf("2025-10-27"), yellow, red))
                .isEqualTo(red);
        assertThat(LightRules.nextLook(Light.RED, DeadlineState.OPEN, startOf("2025-11-03"), yellow, red)).isNull();
        // suspension stops the clock: nothing to look at until it runs again
        assertThat(LightRules.nextLook(Light.GREEN, DeadlineState.SUSPENDED, startOf("2025-11-03"), yellow, red))
                .isNull();
        // closing removes it from the sweep, whatever its light
        assertThat(LightRules.nextLook(Light.YELLOW, DeadlineState.CLOSED, startOf("2025-11-03"), yellow, red))
                .isNull();
    }

    @Test
    void newDatesThatMakeTheLightWrongAreDueForTheVeryNextSweep() {
        Instant now = startOf("2025-10-27").plus(Duration.ofHours(10));
        // registered late: already inside the warning window
        assertThat(LightRules.nextLook(Light.GREEN, DeadlineState.OPEN, now, startOf("2025-10-24"),
                startOf("2025-10-31"))).isEqualTo(now);
        // an extension moved a yellow deadline back out of its warning window
        assertThat(LightRules.nextLook(Light.YELLOW, DeadlineState.OPEN, now, startOf("2025-11-07"),
                startOf("2025-11-14"))).isEqualTo(now);
        // a resumed clock: the red light of a deadline whose due day moved on is looked at now
        assertThat(LightRules.nextLook(Light.RED, DeadlineState.OPEN, now, startOf("2025-11-07"),
                startOf("2025-11-14"))).isEqualTo(now);
    }
}
