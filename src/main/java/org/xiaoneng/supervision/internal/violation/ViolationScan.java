package org.xiaoneng.supervision.internal.violation;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * The detections that are not driven by an event: overdue deadlines past their grace (every few minutes) and the
 * separation of duties (daily). Called by {@link ViolationSchedule}; tests call it themselves.
 */
@Component
public class ViolationScan {

    private final OverdueViolations overdue;
    private final DutyViolations duties;
    private final Clock clock;

    ViolationScan(OverdueViolations overdue, DutyViolations duties, Clock clock) {
        this.overdue = overdue;
        this.duties = duties;
        this.clock = clock;
    }

    /** Overdue deadlines past their grace; the number of violations recorded. */
    public int overdue() {
        return overdue.scan(clock.instant());
    }

    /** Accounts that approve and supervise one department; the number of violations recorded. */
    public int duties() {
        return duties.scan();
    }
}
