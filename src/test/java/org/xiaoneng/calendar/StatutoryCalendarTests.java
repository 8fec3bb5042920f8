package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.IntegrationTest;

/** The facade other modules use, on the notices as loaded by the migration, with instants in Asia/Shanghai. */
@IntegrationTest
class StatutoryCalendarTests {

    @Autowired
    StatutoryCalendar calendar;

    @Test
    void aDeadlineCarriesWhatIsNeededToRecomputeItLater() {
        Deadline deadline = calendar.deadline(LocalDate.of(2025, 9, 26), LimitUnit.WORKING_DAYS, 20);
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.revision()).isEqualTo(calendar.revision());
        assertThat(calendar.couldChange(deadline.start(), deadline.due(), deadline.revision())).isFalse();
        Deadline sameDay = calendar.deadline(LocalDate.of(2025, 10, 1), LimitUnit.SAME_DAY, 99);
        assertThat(sameDay.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(sameDay.amount()).isZero();
        assertThat(calendar.deadline(LocalDate.of(2025, 9, 26), LimitUnit.NATURAL_DAYS, 5).due())
                .isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void remainingWorkingDaysCountFromTheDayOfTheInstantInShanghai() {
        LocalDate due = LocalDate.of(2025, 10, 30);
        // 2025-10-29 16:30 UTC is already 10-30 00:30 in Shanghai: the due day itself, nothing left, still on time
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-29T16:30:00Z"), due)).isZero();
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-29T15:30:00Z"), due)).isEqualTo(1);
        // on 10-09 (first working day after the break; 4 of the 20 are used: 09-28, 09-29, 09-30, 10-09) 16 remain
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-09T01:00:00Z"), due)).isEqualTo(16);
        // overdue: the first working day after the due day is -1, the weekend does not count
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-31T01:00:00Z"), due)).isEqualTo(-1);
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-11-02T01:00:00Z"), due)).isEqualTo(-1);
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-11-03T01:00:00Z"), due)).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(Instant.parse("2025-09-26T01:00:00Z"),
                Instant.parse("2025-10-30T09:00:00Z"))).isEqualTo(20);
    }

    @Test
    void aCaseDueBeforeTheNationalDayBreakIsOverdueDuringIt() {
        LocalDate due = LocalDate.of(2025, 9, 30);
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-09-30T01:00:00Z"), due)).isZero();
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-05T01:00:00Z"), due)).isEqualTo(-1);
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-09T01:00:00Z"), due)).isEqualTo(-1);
        assertThat(calendar.remainingWorkingDays(Instant.parse("2025-10-10T01:00:00Z"), due)).isEqualTo(-2);
    }

    @Test
    void nothingOutsideTheRangeIsGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2004, 12, 31)))
                .isInstanceOf(CalendarRangeException.class)
                .satisfies(e -> assertThat(((CalendarRangeException) e).date()).isEqualTo(LocalDate.of(2004, 12, 31)));
        assertThatThrownBy(() -> calendar.year(2100)).isInstanceOf(CalendarRangeException.class);
        assertThat(StatutoryCalendar.covers(LocalDate.of(2099, 12, 31))).isTrue();
        // the 2028 notice can be entered, and a long limit started late in 2027 still has a due date
        assertThat(calendar.deadline(LocalDate.of(2027, 12, 1), LimitUnit.WORKING_DAYS, 60).provisional()).isTrue();
        assertThat(calendar.today()).isEqualTo(LocalDate.now(StatutoryCalendar.ZONE));
    }
}
