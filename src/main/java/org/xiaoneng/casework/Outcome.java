package org.xiaoneng.casework;

/** The decision on a case. */
public enum Outcome {
    /** 准予许可 / 批准. */
    APPROVED,
    /** 不予许可 / 不批准. */
    DENIED
}
