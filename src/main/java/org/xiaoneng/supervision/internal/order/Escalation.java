package org.xiaoneng.supervision.internal.order;

import org.xiaoneng.supervision.Light;

/** The escalation ladder of a supervision order (Sanming practice), declared in the order it slips. */
public enum Escalation {
    /** 蓝色: issued, the response is not yet late. */
    BLUE,
    /** 橙色: the response deadline passed without a response. */
    ORANGE,
    /** 红色: still no response when the orange stage ended. */
    RED;

    /** The level the order's ledger light stands for. */
    static Escalation of(Light light) {
        return switch (light) {
            case GREEN -> BLUE;
            case YELLOW -> ORANGE;
            case RED -> RED;
        };
    }
}
