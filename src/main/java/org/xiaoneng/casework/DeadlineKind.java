package org.xiaoneng.casework;

/** Which of a case's deadlines supervision watches (电子监察). */
public enum DeadlineKind {
    /** 受理期限: the intake decision (accept, refuse or correction notice) within 5 working days of (re)submission. */
    ACCEPTANCE,
    /** 办结期限: the case as a whole, by the item's promised limit from acceptance (moved by suspension, extension). */
    CASE,
    /** 环节期限: one process task, due with its stage. */
    TASK,
    /** 发证期限: an approval's licence, issued within 10 working days of the decision (行政许可法 art. 44). */
    LICENCE
}
