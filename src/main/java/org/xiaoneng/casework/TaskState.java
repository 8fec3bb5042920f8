package org.xiaoneng.casework;

/** Where a process task stands. Only OPEN and CLAIMED tasks are in an inbox. */
public enum TaskState {
    /** 待签收: in the inbox of its position. */
    OPEN,
    /** 已签收: claimed by the person acting for the position, who works it. */
    CLAIMED,
    /** 已办理: completed with an outcome and an opinion. */
    DONE,
    /** 已取消: the stage was returned past it, or the case ended (withdrawn, closed) before it was done. */
    CANCELLED;

    public boolean open() {
        return this == OPEN || this == CLAIMED;
    }
}
