package org.xiaoneng.casework;

/** How a process task (办理环节) was completed. */
public enum TaskOutcome {
    /** 同意，转下一环节: the opinion is favourable; when the stage's last task passes, the next stage opens. */
    PASS,
    /** 退回: back to an earlier stage, with the reason; its tasks open again. */
    RETURN,
    /** 拟不予许可: the task is done and proposes to deny; the decision stays with the approver. */
    PROPOSE_DENIAL,
    /** 已决定: the stage's task was completed by the case decision made in its position. */
    DECIDED,
    /** 已送达: the task was completed by the delivery. */
    DELIVERED
}
