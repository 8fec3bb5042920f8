package org.xiaoneng.supervision.internal.order;

/** Who issued a supervision order. */
public enum OrderOrigin {
    /** A supervisor, by hand. */
    MANUAL,
    /** The policy, on a violation found. */
    VIOLATION,
    /** The policy, on a case deadline turning red. */
    RED_LIGHT
}
