package org.xiaoneng.casework;

/** The state of one of the item's materials in a case. */
public enum MaterialStatus {
    /** 已提交: supplied and, as far as checked, in order. */
    SUPPLIED,
    /** 未提交: not supplied. */
    MISSING,
    /** 有缺陷: supplied, but the check found it defective (wrong, incomplete, expired…). */
    DEFECTIVE,
    /** 容缺: missing, accepted on the applicant's signed commitment to supply it by a date. */
    COMMITTED
}
