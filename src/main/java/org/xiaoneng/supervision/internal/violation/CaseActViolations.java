package org.xiaoneng.supervision.internal.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseActed;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.supervision.ViolationRule;

/**
 * The rules checked against what casework recorded ({@link CaseActed}):
 * <ul>
 * <li>受理超期: a deemed acceptance (nobody decided on intake within the statutory 5 working days), or an intake
 *     decision — acceptance, refusal, correction notice — later than the configured working days after receipt;</li>
 * <li>超期决定: a decision after the case's due day (plus the configured grace in working days);</li>
 * <li>体外循环: an application for an item the catalog marks as handled in the service center, accepted at a window
 *     outside it (by staff who are not the center's).</li>
 * </ul>
 * Each case event is recorded once per rule, however often it is delivered. Checked as casework publishes the act,
 * inside its transaction (a found violation commits with the act): most acts break no rule, and checking them after
 * the commit through the event publication registry cost a publication row and two transactions for each of them.
 */
@Component
class CaseActViolations {

    private final RuleSettings settings;
    private final ViolationRegister register;
    private final ViolationRecorder recorder;
    private final People people;
    private final StatutoryCalendar calendar;

    CaseActViolations(RuleSettings settings, ViolationRegister register, ViolationRecorder recorder, People people,
            StatutoryCalendar calendar) {
        this.settings = settings;
        this.register = register;
        this.recorder = recorder;
        this.people = people;
        this.calendar = calendar;
    }

    @EventListener
    void on(CaseActed act) {
        switch (act.type()) {
            case DEEMED_ACCEPTED -> deemed(act);
            case ACCEPTED, REFUSED, CORRECTION_REQUESTED -> {
                lateIntake(act);
                if (act.type() == CaseEventType.ACCEPTED) {
                    outsideCenter(act);
                }
            }
            case DECIDED -> lateDecision(act);
            default -> {
            }
        }
    }

    private void deemed(CaseActed act) {
        if (!settings.of(ViolationRule.LATE_INTAKE_DECISION).enabled()) {
            return;
        }
        // nobody decided: who was to decide is the acceptance deadline's position, as the ledger holds it
        Optional<ViolationRegister.Watched> intake = register.acceptanceOf(act.caseId());
        Responsible responsible = intake.map(w -> people.of(w.staffId(), w.staffName(), w.positionId(),
                        w.positionName(), w.departmentId()))
                .orElse(new Responsible(null, null, null, null, null, act.departmentIdOfItem()));
        record(ViolationRule.LATE_INTAKE_DECISION, act, responsible,
                "supervision.violation.description.LATE_INTAKE_DECISION.deemed",
                List.of(day(act.receiptAt().atZone(StatutoryCalendar.ZONE).toLocalDate())));
    }

    private void lateIntake(CaseActed act) {
        int taken = calendar.workingDaysBetween(act.receiptAt(), act.occurredAt());
        if (taken <= RuleParameter.INTAKE_DAYS.min()) {
            return; // in time under the strictest setting there can be: most decisions, and no setting to read
        }
        RuleSetting setting = settings.of(ViolationRule.LATE_INTAKE_DECISION);
        int allowed = setting.daysOr(RuleParameter.INTAKE_DAYS.defaultValue());
        if (!setting.enabled() || taken <= allowed) {
            return;
        }
        record(ViolationRule.LATE_INTAKE_DECISION, act, actor(act),
                "supervision.violation.description.LATE_INTAKE_DECISION",
                List.of(day(LocalDate.ofInstant(act.receiptAt(), StatutoryCalendar.ZONE)), String.valueOf(taken),
                        act.type().name(), String.valueOf(allowed)));
    }

    private void lateDecision(CaseActed act) {
        RuleSetting setting = settings.of(ViolationRule.LATE_DECISION);
        LocalDate due = act.caseDue();
        if (!setting.enabled() || due == null) {
            return;
        }
        int grace = setting.daysOr(0);
        LocalDate decided = LocalDate.ofInstant(act.occurredAt(), StatutoryCalendar.ZONE);
        int late = calendar.workingDaysBetween(due, decided);
        boolean violated = grace == 0 ? decided.isAfter(due) : late > grace;
        if (!violated) {
            return;
        }
        record(ViolationRule.LATE_DECISION, act, actor(act), "supervision.violation.description.LATE_DECISION",
                List.of(day(due), day(decided), String.valueOf(Math.max(late, 0))));
    }

    private void outsideCenter(CaseActed act) {
        // the setting is read last: most acceptances are of items not in the center, or made in it
        if (!act.itemInServiceCenter() || act.actedInServiceCenter()
                || !settings.of(ViolationRule.OUTSIDE_SERVICE_CENTER).enabled()) {
            return;
        }
        Responsible responsible = actor(act);
        record(ViolationRule.OUTSIDE_SERVICE_CENTER, act, responsible,
                "supervision.violation.description.OUTSIDE_SERVICE_CENTER",
                List.of(people.departmentName(responsible.departmentId())));
    }

    private Responsible actor(CaseActed act) {
        Actor actor = act.actor();
        return people.ofAccount(Actor.SYSTEM_ACCOUNT.equals(actor.account()) ? null : actor.account(), null,
                act.departmentIdOfItem());
    }

    private void record(ViolationRule rule, CaseActed act, Responsible responsible, String description,
            List<String> args) {
        String event = "case-event:" + act.caseId() + ":" + act.eventSeq();
        List<String> evidence = new ArrayList<>();
        if (rule == ViolationRule.LATE_INTAKE_DECISION) {
            evidence.add("case-event:" + act.caseId() + ":" + act.receiptSeq());
        }
        evidence.add(event);
        evidence.add("audit:casework.case." + act.type().name().toLowerCase().replace('_', '-'));
        recorder.record(new NewViolation(rule, rule + ":" + event, responsible, act.itemCode(), act.itemName(),
                act.caseId(), act.number(), act.occurredAt(), description, args, evidence));
    }

    private static String day(LocalDate day) {
        return day.toString();
    }
}
