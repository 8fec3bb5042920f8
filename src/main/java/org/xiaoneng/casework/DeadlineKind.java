package org.xiaoneng.casework;

/** Which of a case's deadlines supervision watches (电子监察). */
public enum DeadlineKind {
    /** 受理期限: the intake decision (accept, refuse or correction notice) within 5 working days of (re)submission. */
    ACCEPTANCE,
    /** 办结期限: the case as a whole, by the item's promised limit from acceptance (moved by suspension, extension). */
    CASE,
    /** 环节期限: one process task, due with its stage. */
    TASK
}
