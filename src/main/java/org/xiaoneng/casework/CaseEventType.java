package org.xiaoneng.casework;

/** What happened to a case; one per recorded event (the events are the case's source of truth). */
public enum CaseEventType {
    /** 收件: the application and its materials were received (at a window or online). */
    RECEIVED,
    /** 一次性告知: the correction notice listing every missing or defective material was issued. */
    CORRECTION_REQUESTED,
    /** 补正: the applicant resubmitted materials; a new receipt, the 5 working days start again. */
    RESUBMITTED,
    /** 受理: accepted by a clerk, possibly with 容缺 commitments. */
    ACCEPTED,
    /** 视为受理: no intake decision within 5 working days; accepted from the day of receipt (art. 32). */
    DEEMED_ACCEPTED,
    /** 不予受理: refused with reasons. */
    REFUSED,
    /** 开始办理: processing of the stages began. */
    PROCESSING_STARTED,
    /** 签收: the person acting for a task's position took it on. */
    TASK_CLAIMED,
    /** 办理: a task was completed with an opinion — passed on, returned to an earlier stage, or denial proposed. */
    TASK_COMPLETED,
    /** 中止: a special procedure stopped the clock. */
    SUSPENDED,
    /** 恢复: the special procedure ended, the clock runs with the remaining days. */
    RESUMED,
    /** 延期: the one extension, approved by an approver with a written reason (art. 42). */
    EXTENDED,
    /** 决定: approved or denied. */
    DECIDED,
    /** 发证: the licence or certificate of an approval was issued (within 10 working days, art. 44). */
    CERTIFICATE_ISSUED,
    /** 送达: delivered. */
    DELIVERED,
    /** 办结: closed. */
    CLOSED,
    /** 撤回: withdrawn by the applicant. */
    WITHDRAWN
}
