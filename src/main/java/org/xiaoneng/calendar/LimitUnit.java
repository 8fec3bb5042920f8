package org.xiaoneng.calendar;

/** How a time limit (时限) is counted. */
public enum LimitUnit {

    /** 工作日: the N-th working day after the start day (行政许可法 art. 82). */
    WORKING_DAYS,
    /** 自然日: N calendar days after the start day, moved to the next working day when it ends on a day off. */
    NATURAL_DAYS,
    /** 即办: due on the start day itself when that is a working day, else on the next working day. */
    SAME_DAY
}
