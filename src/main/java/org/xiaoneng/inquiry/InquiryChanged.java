package org.xiaoneng.inquiry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A first inquiry was logged, answered, handed on, confirmed or followed up: one per step, published inside the
 * transaction that records it. The audit trail records it (action {@code inquiry.inquiry.<type>}), under the first
 * receiver's department; the summary holds no personal data.
 *
 * @param receiverDepartmentId the first receiver's department, under which the audit trail shows the entry
 */
public record InquiryChanged(Actor actor, long inquiryId, InquiryEventType type, InquiryState state,
        long receiverDepartmentId, String summary, Instant occurredAt) implements AuditableEvent {

    @Override
    public String action() {
        return "inquiry.inquiry." + type.name().toLowerCase().replace('_', '-');
    }

    @Override
    public String recordType() {
        return "inquiry";
    }

    @Override
    public String recordId() {
        return String.valueOf(inquiryId);
    }

    @Override
    public @Nullable String before() {
        return null;
    }

    @Override
    public String after() {
        return state + (summary.isEmpty() ? "" : ": " + summary);
    }

    @Override
    public Long departmentId() {
        return receiverDepartmentId;
    }
}
