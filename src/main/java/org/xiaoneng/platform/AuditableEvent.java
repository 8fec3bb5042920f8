package org.xiaoneng.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change that the audit trail records. Every module publishes one (a past-tense domain event implementing this
 * interface, or a {@link RecordChanged}) for each change it makes, from inside the transaction that makes it; the
 * audit module alone writes audit entries. Summaries are plain text; the audit module masks personal data in them.
 */
public interface AuditableEvent {

    /** Who made the change. */
    Actor actor();

    /** What was done, as {@code module.record.verb}, for example {@code organization.position.created}. */
    String action();

    /** The kind of record changed, for example {@code position}. */
    String recordType();

    /** The identifier of the record changed. */
    String recordId();

    /** A short summary of the record before the change, or null when it was created. */
    @Nullable String before();

    /** A short summary of the record after the change, or null when it was removed. */
    @Nullable String after();

    /** When the change was made. */
    Instant occurredAt();

    /**
     * The department whose data changed, if any: the audit trail shows an entry to staff whose data scope covers it.
     */
    default @Nullable Long departmentId() {
        return null;
    }
}
