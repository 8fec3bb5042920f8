package org.xiaoneng.casework;

/** The special procedures that stop the clock (行政许可法 art. 45). */
public enum SpecialProcedure {
    /** 听证. */
    HEARING,
    /** 检验. */
    INSPECTION,
    /** 检测. */
    TESTING,
    /** 检疫. */
    QUARANTINE,
    /** 鉴定. */
    APPRAISAL,
    /** 专家评审. */
    EXPERT_REVIEW
}
