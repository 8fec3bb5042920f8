package org.xiaoneng.supervision;

/**
 * The rules electronic supervision checks (十条禁令, 执行力不强的处理办法); each can be switched off and given its
 * parameters in the console.
 */
public enum ViolationRule {
    /** 环节超期: a process step (task) went past its due day. */
    STEP_OVERDUE,
    /** 案件超期: a case went past its due day. */
    CASE_OVERDUE,
    /** 受理超期: no intake decision within 5 working days of receipt (the case is deemed accepted). */
    LATE_INTAKE_DECISION,
    /** 二次补正: a second correction notice was attempted on one receipt. */
    SECOND_CORRECTION,
    /** 无理由不予受理: a refusal without a reason. */
    REFUSAL_WITHOUT_REASON,
    /** 中止未书面告知: a suspension without the written notice. */
    SUSPENSION_WITHOUT_NOTICE,
    /** 延期未经批准: an extension without an approver's approval. */
    EXTENSION_WITHOUT_APPROVAL,
    /** 超期决定: the decision was made after the due day. */
    LATE_DECISION,
    /** 越权办理: an action by someone who neither holds the position nor is its deputy that day. */
    ACTING_WITHOUT_POSITION,
    /** 审批与监察兼任: one account holds approving and supervising roles over one department. */
    APPROVER_ALSO_SUPERVISOR,
    /** 体外循环: an application for an item handled in the service center was accepted outside it. */
    OUTSIDE_SERVICE_CENTER
}
