package org.xiaoneng.supervision.internal.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.RecordChanged;
import org.xiaoneng.supervision.ViolationRule;

/**
 * The rules' switches and parameters, read afresh by every detection (no cache), so that a change applies from the
 * next detection or scan without a restart. A change that makes no sense is refused and changes nothing; every change
 * is audited with the setting before and after.
 */
@Component
@Transactional
public class RuleSettings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    RuleSettings(JdbcClient jdbc, ApplicationEventPublisher events, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RuleSetting> all() {
        return jdbc.sql("SELECT rule, enabled, days, version, updated_at, updated_by FROM supervision_rule_setting")
                .query(RuleSettings::setting).list().stream()
                .sorted((a, b) -> a.rule().compareTo(b.rule())).toList();
    }

    @Transactional(readOnly = true)
    public RuleSetting of(ViolationRule rule) {
        return jdbc.sql("""
                SELECT rule, enabled, days, version, updated_at, updated_by FROM supervision_rule_setting
                 WHERE rule = :rule""")
                .param("rule", rule.name()).query(RuleSettings::setting).optional()
                .orElse(new RuleSetting(rule, true, RuleParameter.of(rule) == null ? null
                        : RuleParameter.of(rule).defaultValue(), 0, null, null));
    }

    /**
     * Switches the rule and sets its parameter, at the version the caller read. Refused (nothing changed) when the
     * parameter is missing, out of its bounds, or given to a rule without one; a conflict when someone else changed
     * the setting since.
     */
    public RuleSetting change(ViolationRule rule, boolean enabled, @Nullable Integer days, int version) {
        RuleParameter parameter = RuleParameter.of(rule);
        if (parameter == null && days != null) {
            throw new DomainException("supervision.rule.noParameter");
        }
        if (parameter != null && days == null) {
            throw new DomainException("supervision.rule.parameterRequired");
        }
        if (parameter != null && (days < parameter.min() || days > parameter.max())) {
            throw new DomainException(parameter.key() + ".range", parameter.min(), parameter.max());
        }
        RuleSetting before = of(rule);
        Instant now = clock.instant();
        String by = currentActor.actor().account();
        int updated = jdbc.sql("""
                UPDATE supervision_rule_setting SET enabled = :enabled, days = :days, version = version + 1,
                       updated_at = :now, updated_by = :by
                 WHERE rule = :rule AND version = :version""")
                .param("enabled", enabled).param("days", days).param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by).param("rule", rule.name()).param("version", version)
                .update();
        if (updated == 0) {
            throw new ConflictException("supervision.rule.changedMeanwhile");
        }
        RuleSetting after = of(rule);
        events.publishEvent(new RecordChanged(currentActor.actor(), "supervision.rule.changed", "violation-rule",
                rule.name(), before.summary(), after.summary(), now, null));
        return after;
    }

    private static RuleSetting setting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int days = rs.getInt("days");
        Integer value = rs.wasNull() ? null : days;
        OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
        return new RuleSetting(ViolationRule.valueOf(rs.getString("rule")), rs.getBoolean("enabled"), value,
                rs.getInt("version"), at == null ? null : at.toInstant(), rs.getString("updated_by"));
    }
}
