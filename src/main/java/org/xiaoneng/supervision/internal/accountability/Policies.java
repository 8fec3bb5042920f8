package org.xiaoneng.supervision.internal.accountability;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.RecordChanged;

/**
 * Reads and changes the policy. A change that makes no sense — a day or count below one, an orange stage of zero days
 * (the ladder would skip from blue to red), an orange stage longer than the response limit, a stage or window beyond
 * its limit — is refused with a message naming the
 * problem and changes nothing; every accepted change is audited with the settings before and after.
 */
@Component
public class Policies {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Policies(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Policy current() {
        return jdbc.sql("""
                SELECT order_response_days, order_orange_days, auto_order_on_violation, auto_order_on_red,
                       warning_red_lights, warning_window_days, admonition_warnings, admonition_window_months,
                       leader_red_lights, warning_violations, version
                  FROM supervision_policy WHERE id = 1""")
                .query((rs, n) -> new Policy(rs.getInt(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11)))
                .single();
    }

    /** Saves the settings quoted with the version last read; returns them as saved. */
    @Transactional
    public Policy update(Policy changed) {
        validate(changed);
        Policy before = current();
        int updated = jdbc.sql("""
                UPDATE supervision_policy
                   SET order_response_days = :response, order_orange_days = :orange,
                       auto_order_on_violation = :onViolation, auto_order_on_red = :onRed,
                       warning_red_lights = :warningReds, warning_window_days = :warningDays,
                       admonition_warnings = :admonitionWarnings, admonition_window_months = :admonitionMonths,
                       leader_red_lights = :leaderReds, warning_violations = :warningViolations,
                       version = version + 1, updated_by = :by, updated_at = :at
                 WHERE id = 1 AND version = :version""")
                .param("response", changed.orderResponseDays()).param("orange", changed.orderOrangeDays())
                .param("onViolation", changed.autoOrderOnViolation()).param("onRed", changed.autoOrderOnRed())
                .param("warningReds", changed.warningRedLights()).param("warningDays", changed.warningWindowDays())
                .param("admonitionWarnings", changed.admonitionWarnings())
                .param("admonitionMonths", changed.admonitionWindowMonths())
                .param("leaderReds", changed.leaderRedLights())
                .param("warningViolations", changed.warningViolations()).param("by", currentActor.actor().account())
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).param("version", changed.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("supervision.policy.error.stale");
        }
        Policy after = current();
        events.publishEvent(new RecordChanged(currentActor.actor(), "supervision.policy.changed", "supervision-policy",
                "1", before.summary(), after.summary(), clock.instant(), null));
        return after;
    }

    static void validate(Policy p) {
        if (p.orderResponseDays() < 1 || p.orderOrangeDays() < 0 || p.warningRedLights() < 1
                || p.warningWindowDays() < 1 || p.admonitionWarnings() < 1 || p.admonitionWindowMonths() < 1
                || p.leaderRedLights() < 1) {
            throw new DomainException("supervision.policy.error.notPositive");
        }
        if (p.warningViolations() < 0 || p.warningViolations() > Policy.MAX_WARNING_VIOLATIONS) {
            throw new DomainException("supervision.policy.error.violations", Policy.MAX_WARNING_VIOLATIONS);
        }
        if (p.orderOrangeDays() == 0) {
            throw new DomainException("supervision.policy.error.skipsLevel");
        }
        if (p.orderResponseDays() > Policy.MAX_STAGE_DAYS || p.orderOrangeDays() > Policy.MAX_STAGE_DAYS) {
            throw new DomainException("supervision.policy.error.stageBeyondLimit", Policy.MAX_STAGE_DAYS);
        }
        if (p.orderOrangeDays() > p.orderResponseDays()) {
            // the orange (warning) stage is a grace period: it may not outlast the response limit it warns about
            throw new DomainException("supervision.policy.error.orangeBeyondResponse");
        }
        if (p.warningWindowDays() > Policy.MAX_WINDOW_DAYS) {
            throw new DomainException("supervision.policy.error.windowDays", Policy.MAX_WINDOW_DAYS);
        }
        if (p.admonitionWindowMonths() > Policy.MAX_WINDOW_MONTHS) {
            throw new DomainException("supervision.policy.error.windowMonths", Policy.MAX_WINDOW_MONTHS);
        }
    }
}
