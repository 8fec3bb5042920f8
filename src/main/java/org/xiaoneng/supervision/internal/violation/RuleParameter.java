package org.xiaoneng.supervision.internal.violation;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.supervision.ViolationRule;

/**
 * The one parameter of a rule, in working days, with the values that make sense.
 *
 * @param key  the message key naming it ({@code supervision.rule.param.grace}, {@code ….intakeDays})
 */
public record RuleParameter(String key, int min, int max, int defaultValue) {

    /** Grace after a due day: 0 (a violation from the first day overdue) up to 60 working days. */
    static final RuleParameter GRACE = new RuleParameter("supervision.rule.param.grace", 0, 60, 0);
    /**
     * Working days from receipt to the intake decision: a local rule may be stricter than the law's 5 (行政许可法
     * art. 32), never laxer; at least 1.
     */
    static final RuleParameter INTAKE_DAYS = new RuleParameter("supervision.rule.param.intakeDays", 1, 5, 5);

    static @Nullable RuleParameter of(ViolationRule rule) {
        return switch (rule) {
            case STEP_OVERDUE, CASE_OVERDUE, LATE_DECISION -> GRACE;
            case LATE_INTAKE_DECISION -> INTAKE_DAYS;
            default -> null;
        };
    }
}
