package org.xiaoneng.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.TimeLimit;

/**
 * The rules an item's content must satisfy, whoever writes it (console, API, import, demo data):
 * <ul>
 * <li>a working- or natural-day limit is at least 1 day;</li>
 * <li>the promise (承诺时限) is never longer than the statutory limit (法定时限). Both must count in the same unit —
 * working days and natural days cannot be compared without a calendar — except that a same-day promise (即办) fits any
 * statutory limit;</li>
 * <li>the yellow-light threshold lies within the promise;</li>
 * <li>the process fits the promise: the sum of the stages' limits (each stage as long as its longest parallel task)
 * is at most the promised amount (for a same-day promise: every task the same day);</li>
 * <li>only a required material may be missing with a commitment (容缺);</li>
 * <li>co-departments are distinct and differ from the lead department.</li>
 * </ul>
 * Publishing also needs a process of at least one stage: it is what cases will run.
 */
final class ItemRules {

    private ItemRules() {
    }

    /** 1 working day or 20% of the promised limit, whichever is larger; 0 for a same-day promise. */
    static int defaultYellowThreshold(TimeLimit promised) {
        return promised.unit() == LimitUnit.SAME_DAY ? 0 : Math.max(1, promised.amount() / 5);
    }

    static void check(ItemDetails item) {
        checkLimit("statutoryLimit.amount", item.statutoryLimit());
        checkLimit("promisedLimit.amount", item.promisedLimit());
        checkPromise(item.statutoryLimit(), item.promisedLimit());
        int capacity = workingDaysWithin(item.promisedLimit());
        int threshold = item.yellowThresholdDays();
        if (threshold < 0 || threshold > capacity) {
            throw new InvalidItem("yellowThresholdDays", "catalog.rule.thresholdBeyondPromise", threshold,
                    describe(item.promisedLimit()));
        }
        int processDays = item.processWorkingDays();
        if (processDays > capacity) {
            if (item.promisedLimit().unit() == LimitUnit.NATURAL_DAYS) {
                throw new InvalidItem("stages", "catalog.rule.processExceedsNaturalPromise", processDays,
                        describe(item.promisedLimit()), capacity);
            }
            throw new InvalidItem("stages", "catalog.rule.processExceedsPromise", processDays,
                    describe(item.promisedLimit()));
        }
        List<Material> materials = item.materials();
        for (int i = 0; i < materials.size(); i++) {
            if (materials.get(i).mayBeMissingWithCommitment() && !materials.get(i).required()) {
                throw new InvalidItem("materials[" + i + "].mayBeMissingWithCommitment",
                        "catalog.rule.commitmentOnlyForRequired", materials.get(i).name());
            }
        }
        Set<Long> departments = new HashSet<>();
        departments.add(item.leadDepartment().id());
        for (DepartmentLabel co : item.coDepartments()) {
            if (!departments.add(co.id())) {
                throw new InvalidItem("coDepartmentIds", "catalog.rule.coDepartmentTwice", co.name());
            }
        }
    }

    /**
     * The working days a promise holds whenever the case starts. A working-day promise holds its amount. The stages
     * count working days, so a natural-day promise of N days is held to the fewest working days any N-day period
     * has: five in seven, less the five weekdays a long holiday break (春节, 国庆) can take — at least one, since a
     * period ending on a holiday runs on to the next working day. A same-day promise holds 0 (the same day).
     */
    static int workingDaysWithin(TimeLimit promise) {
        return switch (promise.unit()) {
            case WORKING_DAYS -> promise.amount();
            case NATURAL_DAYS -> Math.max(1, promise.amount() * 5 / 7 - 5);
            case SAME_DAY -> 0;
        };
    }

    static void checkPublishable(ItemDetails item) {
        check(item);
        if (item.process().isEmpty()) {
            throw new InvalidItem("stages", "catalog.rule.processMissing");
        }
    }

    private static void checkLimit(String field, TimeLimit limit) {
        if (limit.unit() != LimitUnit.SAME_DAY && limit.amount() < 1) {
            throw new InvalidItem(field, "catalog.rule.limitAtLeastOneDay");
        }
    }

    private static void checkPromise(TimeLimit statutory, TimeLimit promised) {
        if (promised.unit() == LimitUnit.SAME_DAY) {
            return;
        }
        if (promised.unit() != statutory.unit()) {
            throw new InvalidItem("promisedLimit.unit", "catalog.rule.limitUnitsDiffer", describe(promised),
                    describe(statutory));
        }
        if (promised.amount() > statutory.amount()) {
            throw new InvalidItem("promisedLimit.amount", "catalog.rule.promiseExceedsStatutory", describe(promised),
                    describe(statutory));
        }
    }

    /** The limit in the reader's language, e.g. "20 个工作日". */
    static DefaultMessageSourceResolvable describe(TimeLimit limit) {
        return new DefaultMessageSourceResolvable(new String[] {"catalog.limit." + limit.unit().name()},
                new Object[] {limit.amount()});
    }
}
