package org.xiaoneng.casework;

/** The five levels of 办件评价 (好差评), best first. */
public enum RatingLevel {
    /** 非常满意. */
    VERY_SATISFIED,
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    FAIRLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED,
    /** 非常不满意. */
    VERY_DISSATISFIED
}
