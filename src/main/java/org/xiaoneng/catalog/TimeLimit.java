package org.xiaoneng.catalog;

/**
 * A time limit (时限): a unit and an amount. A same-day limit (即办) always has the amount 0, so that "days allowed"
 * compares across limits of one unit and a same-day promise fits any statutory limit.
 */
public record TimeLimit(LimitUnit unit, int amount) {

    public TimeLimit {
        if (unit == LimitUnit.SAME_DAY) {
            amount = 0;
        }
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(LimitUnit.WORKING_DAYS, amount);
    }

    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(LimitUnit.NATURAL_DAYS, amount);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(LimitUnit.SAME_DAY, 0);
    }
}
