package org.xiaoneng.supervision;

/** What kind of thing a watched deadline belongs to. Later: complaints, rectifications, supervised tasks, orders. */
public enum DeadlineSubject {
    /** A case's intake decision (受理, 5 working days, 行政许可法 art. 32). */
    CASE_ACCEPTANCE,
    /** A case's own due date (承诺时限). */
    CASE,
    /** A process task of a case (环节时限). */
    CASE_TASK,
    /** An approved case's licence issuance (发证期限, 10 working days from the decision, 行政许可法 art. 44). */
    CASE_LICENCE,
    /**
     * A supervision order's response (督办回复期限): yellow when the response is late (the order turns orange), red when
     * it is still late after the orange stage (the order turns red).
     */
    SUPERVISION_ORDER
}
