package org.xiaoneng.supervision.internal.dashboard;

import java.util.Locale;

/** The dashboard lists that export to Excel. */
public enum ExportList {
    /** Watched deadlines of a filter: the lit list, or a drill-down by light, department and item. */
    DEADLINES,
    /** The counts by department and light. */
    DEPARTMENTS,
    /** The counts by item and light. */
    ITEMS;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
