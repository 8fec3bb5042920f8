package org.xiaoneng.supervision.internal.order;

/** What a supervision order is about. */
public enum OrderSubject {
    /** A watched deadline (a row of the ledger, usually red). */
    DEADLINE,
    /** A case, by its number. */
    CASE,
    /** A violation, by its id in supervision's register. */
    VIOLATION,
    /** A matter described in the order's text alone. */
    TEXT
}
