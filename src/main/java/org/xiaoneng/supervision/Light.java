package org.xiaoneng.supervision;

/** The light of a watched deadline (红黄绿灯), declared in the order it escalates. */
public enum Light {
    /** 绿灯: on time, more working days left than the warning threshold. */
    GREEN,
    /** 黄灯 (预警): the working days left reached the warning threshold; the deadline is not past yet. */
    YELLOW,
    /** 红灯 (超期): the due day is over. */
    RED
}
