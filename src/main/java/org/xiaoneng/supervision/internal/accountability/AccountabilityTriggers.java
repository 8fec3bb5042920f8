package org.xiaoneng.supervision.internal.accountability;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.internal.LightsSwept;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.ViolationFound;
import org.xiaoneng.supervision.ViolationRule;

/**
 * Runs the policy when a red light is recorded (for the person the deadline named, and for its department) and when a
 * violation of a rule of conduct is found (for the person responsible). Received
 * after the sweep's commit (redelivered after a crash); the evaluation proposes once per window whatever the
 * deliveries. The settings in force at that moment apply.
 */
@Component
class AccountabilityTriggers {

    private final PolicyEvaluation evaluation;

    AccountabilityTriggers(PolicyEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** The sweep batch's light changes, one by one (each handled idempotently: a batch delivered again does nothing). */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        batch.changes().forEach(this::on);
    }

    void on(DeadlineLightChanged change) {
        if (change.to() != Light.RED || change.subject() == DeadlineSubject.SUPERVISION_ORDER) {
            return;
        }
        if (change.staffId() != null) {
            evaluation.evaluateStaff(change.staffId(), change.occurredAt());
        }
        evaluation.evaluateDepartment(change.departmentIdOfDeadline(), change.occurredAt());
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
