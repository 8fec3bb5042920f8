package org.xiaoneng.supervision.internal.accountability;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.ViolationFound;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.LightsSwept;
import org.xiaoneng.supervision.internal.SweptChanges;

/**
 * Runs the policy when a red light is recorded (for the person the deadline named, and for its department) and when a
 * violation of a rule of conduct is found (for the person responsible). Received after the sweep's commit (redelivered
 * after a crash); the evaluation proposes once per window whatever the deliveries. The settings in force at that moment apply.
 */
@Component
class AccountabilityTriggers {

    private final PolicyEvaluation evaluation;
    private final SweptChanges changes;

    AccountabilityTriggers(PolicyEvaluation evaluation, SweptChanges changes) {
        this.evaluation = evaluation;
        this.changes = changes;
    }

    /**
     * The sweep batch's red lights: each person and each department named is evaluated once, after the whole batch
     * is in the light history (evaluating again per red light would find nothing more to count).
     */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        Set<Long> staff = new LinkedHashSet<>();
        Set<Long> departments = new LinkedHashSet<>();
        for (DeadlineLightChanged change : changes.of(batch)) {
            if (change.to() != Light.RED || change.subject() == DeadlineSubject.SUPERVISION_ORDER) {
                continue;
            }
            if (change.staffId() != null) {
                staff.add(change.staffId());
            }
            departments.add(change.departmentIdOfDeadline());
        }
        staff.forEach(id -> evaluation.evaluateStaff(id, batch.sweptAt()));
        departments.forEach(id -> evaluation.evaluateDepartment(id, batch.sweptAt()));
    }

    /** A violation of a rule of conduct (overdue steps and cases count by their red lights, above). */
    @ApplicationModuleListener
    void on(ViolationFound violation) {
        if (violation.staffId() == null || violation.rule() == ViolationRule.STEP_OVERDUE
                || violation.rule() == ViolationRule.CASE_OVERDUE) {
            return;
        }
        evaluation.evaluateStaffViolations(violation.staffId(), violation.occurredAt());
    }
}
