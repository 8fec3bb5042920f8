package org.xiaoneng.inquiry;

/**
 * Where a first inquiry stands. RECORDED → ANSWERED, or RECORDED → HANDED_ON → CONFIRMED → ANSWERED; while HANDED_ON
 * the first receiver still owns it (and may answer it, or hand it to another desk).
 */
public enum InquiryState {
    /** 已登记: logged by its first receiver, who owns it. */
    RECORDED,
    /** 已转交: handed to a desk, not yet confirmed by it; the first receiver still owns it. */
    HANDED_ON,
    /** 已确认: the receiving desk confirmed it took the inquiry on; the desk owns it now. */
    CONFIRMED,
    /** 已答复: answered (by the first receiver, or by the desk after confirming); resolved. */
    ANSWERED;

    /** Whether the inquiry still waits for an answer. */
    public boolean open() {
        return this != ANSWERED;
    }
}
