package org.xiaoneng.supervision.internal.accountability;

/** Efficiency warnings and sanctions (执行力不强的处理办法), from the lightest to the heaviest. */
public enum SanctionKind {
    /** 效能告诫. */
    WARNING,
    /** 通报批评. */
    CRITICISM,
    /** 诫勉. */
    ADMONITION,
    /** 组织处理. */
    ORGANIZATIONAL,
    /** 纪律处分. */
    DISCIPLINARY,
    /** 追究领导责任: the leader answers for his department. */
    LEADER_ACCOUNTABILITY
}
