package org.xiaoneng.casework;

/** How an application came in. */
public enum Channel {
    /** 窗口: entered by a clerk with the applicant present. */
    WINDOW,
    /** 网上申报: submitted in the public portal. */
    ONLINE
}
