package org.xiaoneng.supervision.internal.accountability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.RecordChanged;
import org.xiaoneng.supervision.internal.DepartmentLeaders;

/**
 * The accountability policy, computed from the ledger's light history and the confirmed warnings: it only ever
 * proposes — a supervisor confirms or dismisses. Each rule proposes once per window (a red light or a warning counts
 * toward one proposal of its rule; a department's month has one proposal), under a lock per person or department, so
 * repeated and concurrent evaluations never duplicate a proposal. The grounds are written in Chinese, the language of
 * the record.
 * <ul>
 * <li>效能告诫: {@link Policy#warningRedLights()} red lights of one person within {@link Policy#warningWindowDays()}
 *     days (a person is the one the deadline named: who took the work on, or who acted for the position);</li>
 * <li>诫勉: {@link Policy#admonitionWarnings()} warnings in force within {@link Policy#admonitionWindowMonths()}
 *     months;</li>
 * <li>追究领导责任: {@link Policy#leaderRedLights()} red lights of one department in one calendar month; proposed for
 *     whoever leads the department ({@link DepartmentLeaders}).</li>
 * </ul>
 */
@Component
public class PolicyEvaluation {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final SanctionRepository sanctions;
    private final Policies policies;
    private final OrganizationDirectory organization;
    private final DepartmentLeaders leaders;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    PolicyEvaluation(SanctionRepository sanctions, Policies policies, OrganizationDirectory organization,
            DepartmentLeaders leaders, MessageSource messages, ApplicationEventPublisher events) {
        this.sanctions = sanctions;
        this.policies = policies;
        this.organization = organization;
        this.leaders = leaders;
        this.messages = messages;
        this.events = events;
    }

    /** Proposes an efficiency warning for the person when the rule is met; the new proposal's id. */
    @Transactional
    public Optional<Long> evaluateStaff(long staffId, Instant now) {
        Policy policy = policies.current();
        sanctions.lock("staff:" + staffId);
        List<SanctionRepository.Red> reds = sanctions.uncountedReds(staffId,
                now.minus(Duration.ofDays(policy.warningWindowDays())), now);
        // one late case counts once, however many of its deadlines (the case's, its step's) turned red
        long lateCases = reds.stream().map(SanctionRepository.Red::caseNumber).distinct().count();
        if (lateCases < policy.warningRedLights()) {
            return Optional.empty();
        }
        SanctionRepository.Red first = reds.get(0);
        Optional<StaffContact> contact = organization.staffContact(staffId);
        String name = contact.map(StaffContact::name).orElse(first.staffName() == null ? "" : first.staffName());
        long department = contact.map(StaffContact::departmentId).orElse(first.departmentId());
        String list = reds.stream().map(r -> text("supervision.policy.grounds.red", r.caseNumber(),
                text("supervision.subject." + r.subjectType()), r.dueOn().toString())).collect(Collectors.joining("；"));
        String grounds = text("supervision.policy.grounds.warning", String.valueOf(policy.warningWindowDays()),
                String.valueOf(lateCases), list);
        return audited(sanctions.propose(SanctionKind.WARNING, staffId, name, department,
                "WARNING:staff:" + staffId + ":change:" + first.changeId(), grounds, now, "WARNING",
                reds.stream().map(r -> "change:" + r.changeId()).toList()), SanctionKind.WARNING, name, department,
                grounds, now);
    }

    /**
     * Proposes an efficiency warning for the person when the violations of the rules of conduct within the warning
     * window reach the policy's number (none when it is 0); the new proposal's id.
     */
    @Transactional
    public Optional<Long> evaluateStaffViolations(long staffId, Instant now) {
        Policy policy = policies.current();
        if (policy.warningViolations() == 0) {
            return Optional.empty();
        }
        sanctions.lock("staff:" + staffId);
        List<SanctionRepository.Violation> violations = sanctions.uncountedViolations(staffId,
                now.minus(Duration.ofDays(policy.warningWindowDays())), now);
        if (violations.size() < policy.warningViolations()) {
            return Optional.empty();
        }
        SanctionRepository.Violation first = violations.get(0);
        Optional<StaffContact> contact = organization.staffContact(staffId);
        String name = contact.map(StaffContact::name).orElse(first.staffName() == null ? "" : first.staffName());
        long department = contact.map(StaffContact::departmentId).orElse(first.departmentId());
        String list = violations.stream().map(v -> text("supervision.violation.rule." + v.rule())
                + (v.caseNumber() == null ? "" : " " + v.caseNumber())).collect(Collectors.joining("；"));
        String grounds = text("supervision.policy.grounds.violations", String.valueOf(policy.warningWindowDays()),
                String.valueOf(violations.size()), list);
        return audited(sanctions.propose(SanctionKind.WARNING, staffId, name, department,
                "WARNING:staff:" + staffId + ":violation:" + first.id(), grounds, now, "WARNING",
                violations.stream().map(v -> "violation:" + v.id()).toList()), SanctionKind.WARNING, name, department,
                grounds, now);
    }

    /** Proposes an admonition for the person when the rule is met; the new proposal's id. */
    @Transactional
    public Optional<Long> evaluateAdmonition(long staffId, Instant now) {
        Policy policy = policies.current();
        sanctions.lock("staff:" + staffId);
        Instant from = ZonedDateTime.ofInstant(now, StatutoryCalendar.ZONE)
                .minusMonths(policy.admonitionWindowMonths()).toInstant();
        List<Long> warnings = sanctions.uncountedWarnings(staffId, from);
        if (warnings.size() < policy.admonitionWarnings()) {
            return Optional.empty();
        }
        Optional<StaffContact> contact = organization.staffContact(staffId);
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        String grounds = text("supervision.policy.grounds.admonition",
                String.valueOf(policy.admonitionWindowMonths()), String.valueOf(warnings.size()));
        return audited(sanctions.propose(SanctionKind.ADMONITION, staffId, contact.get().name(),
                contact.get().departmentId(), "ADMONITION:staff:" + staffId + ":sanction:" + warnings.get(0),
                grounds, now, "ADMONITION", warnings.stream().map(id -> "sanction:" + id).toList()),
                SanctionKind.ADMONITION, contact.get().name(), contact.get().departmentId(), grounds, now);
    }

    /** Proposes leader accountability for the department's month when the rule is met; the new proposal's id. */
    @Transactional
    public Optional<Long> evaluateDepartment(long departmentId, Instant now) {
        Policy policy = policies.current();
        sanctions.lock("department:" + departmentId);
        LocalDate today = LocalDate.ofInstant(now, StatutoryCalendar.ZONE);
        YearMonth month = YearMonth.from(today);
        Instant from = month.atDay(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
        long reds = sanctions.departmentReds(departmentId, from, until);
        if (reds < policy.leaderRedLights()) {
            return Optional.empty();
        }
        Optional<StaffContact> leader = leaders.leaderOf(departmentId, today).map(Acting::staffId)
                .flatMap(organization::staffContact);
        if (leader.isEmpty()) {
            return Optional.empty();
        }
        String department = organization.department(departmentId).map(d -> d.name()).orElse("");
        String grounds = text("supervision.policy.grounds.leader", department,
                String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()), String.valueOf(reds),
                String.valueOf(policy.leaderRedLights()));
        return audited(sanctions.propose(SanctionKind.LEADER_ACCOUNTABILITY, leader.get().staffId(),
                leader.get().name(), departmentId, "LEADER:department:" + departmentId + ":" + month, grounds, now,
                "LEADER", List.of()), SanctionKind.LEADER_ACCOUNTABILITY, leader.get().name(), departmentId, grounds,
                now);
    }

    /** The policy's proposals are audited as the system's acts. */
    private Optional<Long> audited(Optional<Long> proposal, SanctionKind kind, String name, long departmentId,
            String grounds, Instant now) {
        proposal.ifPresent(id -> events.publishEvent(new RecordChanged(Actor.system(), "supervision.sanction.proposed",
                "sanction", String.valueOf(id), null, kind + " " + name + ": " + grounds, now, departmentId)));
        return proposal;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, CHINESE);
    }
}
