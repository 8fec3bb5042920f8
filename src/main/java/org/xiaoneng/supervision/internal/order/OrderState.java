package org.xiaoneng.supervision.internal.order;

/** Where a supervision order stands. */
public enum OrderState {
    /** Issued (or sent back): waiting for the department's response; its response deadline is watched. */
    OPEN,
    /** The department responded: waiting for the supervisor to close it or send it back. */
    RESPONDED,
    /** The supervisor accepted the response. */
    CLOSED
}
