package org.xiaoneng.catalog;

/** The legal kind of a service item (事项类型). */
public enum ItemKind {
    /** 行政许可: permission to do what the law otherwise forbids. */
    LICENSING,
    /** 行政确认: confirmation of a legal status or fact (registration, certification). */
    CONFIRMATION,
    /** 行政给付: payment or benefit granted by the state (allowances, relief). */
    BENEFIT,
    /** 行政征收: levy collected by the state (fees, charges, compensation-based takings). */
    LEVY,
    /** 公共服务: public service without an administrative decision. */
    PUBLIC_SERVICE,
    /** 其他: other administrative powers. */
    OTHER
}
