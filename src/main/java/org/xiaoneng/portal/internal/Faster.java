package org.xiaoneng.portal.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.TimeLimit;

/**
 * How much faster an item promises to finish than the law allows (承诺时限 against 法定时限): the days saved, in the
 * statutory limit's unit, and the share of the statutory limit they make.
 *
 * @param percent rounded to the nearest whole percent; 100 for a same-day promise
 */
public record Faster(int days, LimitUnit unit, int percent) {

    /**
     * The saving, or null when there is none to tell: the promise is no shorter, the two limits count different units
     * (working against natural days), or the law itself asks for the same day.
     */
    public static @Nullable Faster of(TimeLimit statutory, TimeLimit promised) {
        if (statutory.unit() == LimitUnit.SAME_DAY || statutory.amount() <= 0) {
            return null;
        }
        int promisedDays = promised.unit() == LimitUnit.SAME_DAY ? 0 : promised.amount();
        if (promised.unit() != LimitUnit.SAME_DAY && promised.unit() != statutory.unit()) {
            return null;
        }
        int saved = statutory.amount() - promisedDays;
        if (saved <= 0) {
            return null;
        }
        return new Faster(saved, statutory.unit(), (int) Math.round(saved * 100.0 / statutory.amount()));
    }
}
