package org.xiaoneng.inquiry;

/** How the inquirer reached the first receiver. */
public enum InquiryChannel {
    /** 窗口: at a service window. */
    WINDOW,
    /** 电话: by phone. */
    PHONE,
    /** 网上: online (portal message, e-mail, chat). */
    ONLINE,
    /** 来访: in person, away from a window (corridor, office). */
    WALK_IN
}
