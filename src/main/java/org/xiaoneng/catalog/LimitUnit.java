package org.xiaoneng.catalog;

/** How a time limit counts. */
public enum LimitUnit {
    /** 工作日: weekdays that are not statutory holidays, plus adjusted working weekends (行政许可法 art. 82). */
    WORKING_DAYS,
    /** 自然日: calendar days. */
    NATURAL_DAYS,
    /** 即办: done on the day the application is accepted; the amount is always 0. */
    SAME_DAY
}
