package org.xiaoneng.supervision.internal.accountability;

/** The appeal against a confirmed warning or sanction; there is at most one. */
public enum AppealState {
    /** Not appealed. */
    NONE,
    /** Appealed; waiting for a decision. */
    PENDING,
    /** The appeal was rejected: the sanction stands. */
    UPHELD,
    /** The appeal succeeded: the sanction is void. */
    OVERTURNED
}
