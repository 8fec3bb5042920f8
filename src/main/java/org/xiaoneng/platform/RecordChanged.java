package org.xiaoneng.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A plain audited change, for edits of reference data that no other module reacts to. Changes that other modules
 * care about deserve a domain event of their own that implements {@link AuditableEvent}.
 */
public record RecordChanged(Actor actor, String action, String recordType, String recordId,
        @Nullable String before, @Nullable String after, Instant occurredAt, @Nullable Long departmentId)
        implements AuditableEvent {
}
