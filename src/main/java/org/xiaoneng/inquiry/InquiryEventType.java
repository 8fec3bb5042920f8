package org.xiaoneng.inquiry;

/** A step in a first inquiry's history. */
public enum InquiryEventType {
    /** 登记: the first receiver logged it. */
    RECORDED,
    /** 答复: the answer given to the inquirer. */
    ANSWERED,
    /** 转交: handed to a desk, with a note. */
    HANDED_ON,
    /** 确认接收: the receiving desk (its holder, or the deputy when the holder is away) took it on. */
    CONFIRMED,
    /** 跟进: a follow-up note by the owner or the receiving desk. */
    FOLLOWED_UP
}
