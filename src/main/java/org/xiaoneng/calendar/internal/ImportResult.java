package org.xiaoneng.calendar.internal;

import java.util.List;

/**
 * The outcome of a CSV import: either every row applied (counted by what happened to its date) or, when any line has
 * a problem, nothing applied and every problem listed.
 */
public record ImportResult(int created, int updated, int unchanged, List<CalendarCsv.Problem> problems) {

    static ImportResult rejected(List<CalendarCsv.Problem> problems) {
        return new ImportResult(0, 0, 0, problems);
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
