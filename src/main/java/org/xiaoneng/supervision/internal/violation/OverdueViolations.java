package org.xiaoneng.supervision.internal.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.LightsSwept;
import org.xiaoneng.supervision.internal.SweptChanges;

/**
 * 环节超期 and 案件超期: a step's or a case's deadline went past its due day. Without grace (the default) the light
 * turning red is the violation, recorded when the sweep's {@link DeadlineLightChanged} arrives; with a grace of N
 * working days, the scan records the deadlines still red N working days after their due day. The same deadline at
 * the same due day is recorded once, whichever finds it.
 */
@Component
class OverdueViolations {

    static final int SCAN_BATCH = 500;

    private final RuleSettings settings;
    private final ViolationRegister register;
    private final ViolationRecorder recorder;
    private final People people;
    private final StatutoryCalendar calendar;
    private final SweptChanges changes;

    OverdueViolations(RuleSettings settings, ViolationRegister register, ViolationRecorder recorder, People people,
            StatutoryCalendar calendar, SweptChanges changes) {
        this.settings = settings;
        this.register = register;
        this.recorder = recorder;
        this.people = people;
        this.calendar = calendar;
        this.changes = changes;
    }

    /** The sweep batch's light changes, one by one (each handled idempotently: a batch delivered again does nothing). */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        changes.of(batch).forEach(this::on);
    }

    void on(DeadlineLightChanged change) {
        ViolationRule rule = ruleOf(change.subject());
        if (change.to() != Light.RED || rule == null) {
            return;
        }
        RuleSetting setting = settings.of(rule);
        if (!setting.enabled() || setting.daysOr(0) > 0) {
            return; // off, or left to the scan once the grace has run out
        }
        register.watched(change.deadlineId())
                .ifPresent(w -> recorder.record(violation(rule, w, 0, change.changeId(), change.occurredAt())));
    }

    /** Records the deadlines still red past their grace; the number recorded. */
    int scan(Instant now) {
        int recorded = 0;
        for (ViolationRule rule : List.of(ViolationRule.STEP_OVERDUE, ViolationRule.CASE_OVERDUE)) {
            RuleSetting setting = settings.of(rule);
            int grace = setting.daysOr(0);
            if (!setting.enabled() || grace == 0) {
                continue;
            }
            LocalDate cutoff = latestDueOverdue(grace, LocalDate.ofInstant(now, StatutoryCalendar.ZONE));
            List<ViolationRegister.Watched> rows;
            int batch;
            do {
                rows = register.redUnrecorded(subjectOf(rule).name(), rule, cutoff, SCAN_BATCH);
                batch = 0;
                for (ViolationRegister.Watched w : rows) {
                    Instant graceOver = calendar.plusWorkingDays(w.dueOn(), grace).plusDays(1)
                            .atStartOfDay(StatutoryCalendar.ZONE).toInstant();
                    if (recorder.record(violation(rule, w, grace, w.redChangeId(), graceOver)).isPresent()) {
                        batch++;
                    }
                }
                recorded += batch;
            } while (rows.size() == SCAN_BATCH && batch > 0); // a batch recording nothing would come back the same
        }
        return recorded;
    }

    /** The latest due day whose grace of {@code grace} working days is over before {@code today}. */
    private LocalDate latestDueOverdue(int grace, LocalDate today) {
        LocalDate due = today.minusDays(1);
        while (due.isAfter(StatutoryCalendar.FIRST_DAY) && !calendar.plusWorkingDays(due, grace).isBefore(today)) {
            due = due.minusDays(1);
        }
        return due;
    }

    private NewViolation violation(ViolationRule rule, ViolationRegister.Watched w, int grace,
            @Nullable Long redChangeId, Instant occurredAt) {
        List<String> evidence = new ArrayList<>(List.of("deadline:" + w.id()));
        if (redChangeId != null) {
            evidence.add("light-change:" + redChangeId);
        }
        List<String> args = rule == ViolationRule.STEP_OVERDUE
                ? List.of(w.stageName() == null ? "" : w.stageName(), w.dueOn().toString(), String.valueOf(grace))
                : List.of(w.dueOn().toString(), String.valueOf(grace));
        return new NewViolation(rule, rule + ":deadline:" + w.id() + ":" + w.dueOn(),
                people.of(w.staffId(), w.staffName(), w.positionId(), w.positionName(), w.departmentId()),
                w.itemCode(), w.itemName(), w.caseId(), w.caseNumber(), occurredAt,
                "supervision.violation.description." + rule + (grace > 0 ? ".grace" : ""), args, evidence);
    }

    private static @Nullable ViolationRule ruleOf(DeadlineSubject subject) {
        return switch (subject) {
            case CASE_TASK -> ViolationRule.STEP_OVERDUE;
            case CASE -> ViolationRule.CASE_OVERDUE;
            default -> null;
        };
    }

    private static DeadlineSubject subjectOf(ViolationRule rule) {
        return rule == ViolationRule.STEP_OVERDUE ? DeadlineSubject.CASE_TASK : DeadlineSubject.CASE;
    }
}
