package org.xiaoneng.supervision.internal.violation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.supervision.ViolationRule;

/**
 * A rule's switch and its one parameter in working days, where it has one.
 *
 * @param days see {@link RuleParameter}; null for a rule without a parameter
 */
public record RuleSetting(ViolationRule rule, boolean enabled, @Nullable Integer days, int version,
        @Nullable Instant updatedAt, @Nullable String updatedBy) {

    /** The parameter's meaning and bounds, or null for a rule without one. */
    public @Nullable RuleParameter parameter() {
        return RuleParameter.of(rule);
    }

    /** The parameter's value, or its default when unset. */
    int daysOr(int fallback) {
        return days == null ? fallback : days;
    }

    public String summary() {
        return (enabled ? "on" : "off") + (days == null ? "" : " days=" + days);
    }
}
