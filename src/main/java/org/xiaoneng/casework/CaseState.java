package org.xiaoneng.casework;

/** Where a case stands in its lifecycle (办件状态). Transitions are guarded by the case itself. */
public enum CaseState {
    /** 已收件: materials received, waiting for the acceptance decision (5 working days, 行政许可法 art. 32). */
    RECEIVED,
    /** 待补正: the one-time correction notice (一次性告知书) was issued; waiting for the applicant's resubmission. */
    CORRECTION_REQUESTED,
    /** 已受理: accepted (or deemed accepted); the promised limit runs. */
    ACCEPTED,
    /** 不予受理: refused at intake, with reasons. Final. */
    REFUSED,
    /** 办理中: the process stages are being worked. */
    IN_PROCESS,
    /** 特别程序: a hearing, inspection, test, quarantine, appraisal or expert review stopped the clock (art. 45). */
    SUSPENDED,
    /** 已决定: approved or denied, with reasons and legal basis. */
    DECIDED,
    /** 已送达: the decision (or certificate) reached the applicant. */
    DELIVERED,
    /** 已办结: closed. Final. */
    CLOSED,
    /** 已撤回: withdrawn by the applicant before the decision. Final. */
    WITHDRAWN;

    /** Whether nothing can happen to the case any more. */
    public boolean isFinal() {
        return this == REFUSED || this == CLOSED || this == WITHDRAWN;
    }
}
