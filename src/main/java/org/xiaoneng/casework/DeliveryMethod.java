package org.xiaoneng.casework;

/** How the decision reaches the applicant. */
public enum DeliveryMethod {
    /** 窗口领取. */
    WINDOW,
    /** 邮寄. */
    POST,
    /** 电子送达. */
    ELECTRONIC
}
