package org.xiaoneng.organization.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.platform.DomainException;

/** 外出登记: valid ranges, no overlap with the same person's other absences, both ends inclusive. */
class AbsenceRuleTests {

    private static final LocalDate MAY_10 = LocalDate.of(2031, 5, 10);
    private static final List<AbsenceRule.Period> AWAY_10_TO_12 =
            List.of(new AbsenceRule.Period(MAY_10, MAY_10.plusDays(2)));

    @Test
    void aSingleDayIsARange() {
        assertThatCode(() -> AbsenceRule.check(MAY_10, MAY_10, List.of())).doesNotThrowAnyException();
    }

    @Test
    void theEndMayNotPrecedeTheStart() {
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10, MAY_10.minusDays(1), List.of()))
                .isInstanceOf(DomainException.class).hasMessage("organization.absence.rangeInvalid");
    }

    @Test
    void absurdlyLongRangesAreRefused() {
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10, MAY_10.plusDays(AbsenceRule.MAX_DAYS + 1), List.of()))
                .hasMessage("organization.absence.tooLong");
        assertThatCode(() -> AbsenceRule.check(MAY_10, MAY_10.plusDays(AbsenceRule.MAX_DAYS), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void touchingEitherEndIsAnOverlapBecauseBothEndsAreInclusive() {
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10.minusDays(3), MAY_10, AWAY_10_TO_12))
                .hasMessage("organization.absence.overlaps");
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10.plusDays(2), MAY_10.plusDays(5), AWAY_10_TO_12))
                .hasMessage("organization.absence.overlaps");
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10.plusDays(1), MAY_10.plusDays(1), AWAY_10_TO_12))
                .as("inside").hasMessage("organization.absence.overlaps");
        assertThatThrownBy(() -> AbsenceRule.check(MAY_10.minusDays(1), MAY_10.plusDays(3), AWAY_10_TO_12))
                .as("around").hasMessage("organization.absence.overlaps");
    }

    @Test
    void theDaysJustBeforeAndAfterAreFree() {
        assertThatCode(() -> AbsenceRule.check(MAY_10.minusDays(3), MAY_10.minusDays(1), AWAY_10_TO_12))
                .doesNotThrowAnyException();
        assertThatCode(() -> AbsenceRule.check(MAY_10.plusDays(3), MAY_10.plusDays(3), AWAY_10_TO_12))
                .doesNotThrowAnyException();
    }

    @Test
    void overlapAgreesWithDayByDayComparison() {
        java.util.Random random = new java.util.Random(20261128);
        for (int i = 0; i < 2000; i++) {
            LocalDate aFrom = MAY_10.plusDays(random.nextInt(20));
            LocalDate aTo = aFrom.plusDays(random.nextInt(6));
            LocalDate bFrom = MAY_10.plusDays(random.nextInt(20));
            LocalDate bTo = bFrom.plusDays(random.nextInt(6));
            boolean sharesADay = aFrom.datesUntil(aTo.plusDays(1)).anyMatch(d -> !d.isBefore(bFrom) && !d.isAfter(bTo));
            boolean refused;
            try {
                AbsenceRule.check(bFrom, bTo, List.of(new AbsenceRule.Period(aFrom, aTo)));
                refused = false;
            } catch (DomainException e) {
                refused = true;
            }
            org.assertj.core.api.Assertions.assertThat(refused)
                    .as("%s..%s against %s..%s", bFrom, bTo, aFrom, aTo).isEqualTo(sharesADay);
        }
    }
}
