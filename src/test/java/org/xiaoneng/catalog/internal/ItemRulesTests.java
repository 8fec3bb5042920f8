package org.xiaoneng.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.TimeLimit;

class ItemRulesTests {

    @Test
    void thePromiseMayNotExceedTheStatutoryLimit() {
        assertThatCode(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(20))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(21))))
                .isInstanceOfSatisfying(InvalidItem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.rule.promiseExceedsStatutory");
                    assertThat(e.field()).isEqualTo("promisedLimit.amount");
                });
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.naturalDays(30), TimeLimit.naturalDays(31))))
                .hasMessage("catalog.rule.promiseExceedsStatutory");
    }

    @Test
    void limitsAreComparedInTheSameUnitOnly() {
        // 15 working days are longer than 20 calendar days around a holiday, and shorter otherwise: refused either way
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.naturalDays(20), TimeLimit.workingDays(15))))
                .isInstanceOfSatisfying(InvalidItem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.rule.limitUnitsDiffer");
                    assertThat(e.field()).isEqualTo("promisedLimit.unit");
                });
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.naturalDays(3))))
                .hasMessage("catalog.rule.limitUnitsDiffer");
        // a same-day statutory limit leaves no room for a promise of days
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.sameDay(), TimeLimit.workingDays(1))))
                .hasMessage("catalog.rule.limitUnitsDiffer");
    }

    @Test
    void aSameDayPromiseFitsAnyStatutoryLimitButLeavesNoDaysToTheProcess() {
        assertThatCode(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.sameDay(),
                Items.stage("受理办结", 0)))).doesNotThrowAnyException();
        assertThatCode(() -> ItemRules.check(Items.details(TimeLimit.naturalDays(60), TimeLimit.sameDay())))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.sameDay(),
                Items.stage("受理", 0), Items.stage("审查", 1))))
                .hasMessage("catalog.rule.processExceedsPromise");
        assertThat(new TimeLimit(org.xiaoneng.catalog.LimitUnit.SAME_DAY, 7).amount()).isZero();
    }

    @Test
    void aLimitOfDaysIsAtLeastOneDay() {
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.workingDays(0), TimeLimit.sameDay())))
                .isInstanceOfSatisfying(InvalidItem.class,
                        e -> assertThat(e.field()).isEqualTo("statutoryLimit.amount"));
    }

    @Test
    void theProcessFitsThePromiseCountingEachStageAsItsLongestParallelTask() {
        // 1 + max(3, 4, 2) + 0 = 5
        ProcessStage parallel = Items.stage("联合审查", 3, 4, 2);
        assertThatCode(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5),
                Items.stage("受理", 1), parallel, Items.stage("送达", 0)))).doesNotThrowAnyException();
        assertThat(parallel.workingDays()).isEqualTo(4);
        assertThatThrownBy(() -> ItemRules.check(Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5),
                Items.stage("受理", 2), parallel, Items.stage("送达", 0))))
                .isInstanceOfSatisfying(InvalidItem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.rule.processExceedsPromise");
                    assertThat(e.field()).isEqualTo("stages");
                    assertThat(e.arguments()[0]).isEqualTo(6);
                });
    }

    @Test
    void theYellowThresholdDefaultsToOneDayOrTwentyPercentAndStaysWithinThePromise() {
        assertThat(ItemRules.defaultYellowThreshold(TimeLimit.workingDays(5))).isEqualTo(1);
        assertThat(ItemRules.defaultYellowThreshold(TimeLimit.workingDays(3))).isEqualTo(1);
        assertThat(ItemRules.defaultYellowThreshold(TimeLimit.workingDays(20))).isEqualTo(4);
        assertThat(ItemRules.defaultYellowThreshold(TimeLimit.workingDays(12))).isEqualTo(2);
        assertThat(ItemRules.defaultYellowThreshold(TimeLimit.sameDay())).isZero();
        ItemDetails tooLate = Items.withThreshold(Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5)), 6);
        assertThatThrownBy(() -> ItemRules.check(tooLate)).hasMessage("catalog.rule.thresholdBeyondPromise");
    }

    @Test
    void onlyARequiredMaterialMayFollowOnCommitment() {
        ItemDetails base = Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5));
        Material optional = new Material("资信证明", MaterialSource.INTERMEDIARY, MaterialForm.ORIGINAL, 1, false, true,
                null, null, "");
        assertThatThrownBy(() -> ItemRules.check(Items.withMaterials(base, List.of(optional))))
                .isInstanceOfSatisfying(InvalidItem.class,
                        e -> assertThat(e.field()).isEqualTo("materials[0].mayBeMissingWithCommitment"));
        Material required = new Material("委派书", MaterialSource.APPLICANT, MaterialForm.ORIGINAL, 1, true, true,
                null, null, "");
        assertThatCode(() -> ItemRules.check(Items.withMaterials(base, List.of(required))))
                .doesNotThrowAnyException();
    }

    @Test
    void publishingNeedsAProcess() {
        ItemDetails noProcess = Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5));
        assertThatCode(() -> ItemRules.check(noProcess)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ItemRules.checkPublishable(noProcess)).hasMessage("catalog.rule.processMissing");
    }
}
