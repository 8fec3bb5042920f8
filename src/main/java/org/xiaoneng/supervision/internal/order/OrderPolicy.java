package org.xiaoneng.supervision.internal.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.ViolationFound;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.LightsSwept;
import org.xiaoneng.supervision.internal.SweptChanges;
import org.xiaoneng.supervision.internal.accountability.Policies;
import org.xiaoneng.supervision.internal.accountability.Policy;

/**
 * Issues orders on the policy's behalf: one per violation found (when {@link Policy#autoOrderOnViolation()}) and one
 * per case deadline turning red (when {@link Policy#autoOrderOnRed()}), to the department responsible. An overdue step
 * or case (STEP_OVERDUE, CASE_OVERDUE) is a red light as well as a violation: only the red-light switch orders it, so
 * that one lateness never brings two orders. The order's
 * origin key makes a redelivered event issue nothing. The texts are written in Chinese, the language of the record.
 */
@Component
class OrderPolicy {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Set<ViolationRule> OVERDUE = EnumSet.of(ViolationRule.STEP_OVERDUE,
            ViolationRule.CASE_OVERDUE);

    private final SupervisionOrders orders;
    private final Policies policies;
    private final MessageSource messages;
    private final SweptChanges changes;

    OrderPolicy(SupervisionOrders orders, Policies policies, MessageSource messages, SweptChanges changes) {
        this.orders = orders;
        this.policies = policies;
        this.messages = messages;
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(ViolationFound violation) {
        if (OVERDUE.contains(violation.rule()) || !policies.current().autoOrderOnViolation()) {
            return; // an overdue step or case is a red light: the red-light switch decides, one order per light
        }
        String rule = text("supervision.orders.rule." + violation.rule().name());
        String caseNumber = violation.caseNumber() == null ? "" : violation.caseNumber();
        orders.issueByPolicy(violation.departmentId(), OrderOrigin.VIOLATION, OrderSubject.VIOLATION,
                String.valueOf(violation.violationId()), violation.caseNumber(),
                text("supervision.orders.auto.violation.title", rule),
                text("supervision.orders.auto.violation.demand", rule, caseNumber),
                "violation:" + violation.violationId());
    }

    /** The sweep batch's light changes, one by one (each handled idempotently: a batch delivered again does nothing). */
    @ApplicationModuleListener
    void on(LightsSwept batch) {
        changes.of(batch).forEach(this::on);
    }

    void on(DeadlineLightChanged change) {
        if (change.to() != Light.RED || change.subject() == DeadlineSubject.SUPERVISION_ORDER
                || !policies.current().autoOrderOnRed()) {
            return;
        }
        String what = text("supervision.subject." + change.subject().name());
        orders.issueByPolicy(change.departmentIdOfDeadline(), OrderOrigin.RED_LIGHT, OrderSubject.DEADLINE,
                String.valueOf(change.deadlineId()), change.caseNumber(),
                text("supervision.orders.auto.red.title", change.caseNumber(), what),
                text("supervision.orders.auto.red.demand", change.caseNumber(), what, change.due().toString()),
                "red:" + change.changeId());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, CHINESE);
    }
}
