package org.xiaoneng.platform;

import java.util.List;

/**
 * Many audited changes made in one transaction, published as one event: the audit trail stages them together (one
 * batched insert) where publishing each would stage them one by one. For bulk work — a sweep that changes hundreds of
 * lights in one batch — and equivalent, entry for entry, to publishing each change.
 */
public record AuditableEvents(List<? extends AuditableEvent> changes) {

    public AuditableEvents {
        changes = List.copyOf(changes);
    }
}
