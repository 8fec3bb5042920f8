package org.xiaoneng.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.TimeLimit;

/** How much faster a promise is than the law: only where the two limits can be compared. */
class FasterTests {

    @Test
    void savedDaysAndShareOfTheStatutoryLimit() {
        assertThat(Faster.of(TimeLimit.workingDays(20), TimeLimit.workingDays(5)))
                .isEqualTo(new Faster(15, LimitUnit.WORKING_DAYS, 75));
        assertThat(Faster.of(TimeLimit.workingDays(45), TimeLimit.workingDays(20)))
                .isEqualTo(new Faster(25, LimitUnit.WORKING_DAYS, 56));
        assertThat(Faster.of(TimeLimit.naturalDays(30), TimeLimit.naturalDays(10)))
                .isEqualTo(new Faster(20, LimitUnit.NATURAL_DAYS, 67));
    }

    @Test
    void aSameDayPromiseSavesTheWholeStatutoryLimit() {
        assertThat(Faster.of(TimeLimit.workingDays(5), TimeLimit.sameDay()))
                .isEqualTo(new Faster(5, LimitUnit.WORKING_DAYS, 100));
    }

    @Test
    void nothingToTellWhenThePromiseIsNoShorterOrTheUnitsDiffer() {
        assertThat(Faster.of(TimeLimit.workingDays(20), TimeLimit.workingDays(20))).isNull();
        assertThat(Faster.of(TimeLimit.sameDay(), TimeLimit.sameDay())).isNull();
        assertThat(Faster.of(TimeLimit.naturalDays(30), TimeLimit.workingDays(10))).isNull();
        assertThat(Faster.of(TimeLimit.workingDays(0), TimeLimit.workingDays(0))).isNull();
    }
}
