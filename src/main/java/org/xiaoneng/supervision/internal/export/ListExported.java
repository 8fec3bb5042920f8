package org.xiaoneng.supervision.internal.export;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A supervision list was exported to Excel: the audit trail records who exported which list with which filter and
 * how many rows. No personal data: the summary names the list, the filter and the count only.
 *
 * @param department the one department the viewer's scope covers, so that its leader sees the entry; null for a
 *                   wider scope (then only viewers of the whole city, and the exporter, see it)
 */
record ListExported(Actor actor, String list, String recordType, String filter, long rows,
        @Nullable Long department, Instant occurredAt) implements AuditableEvent {

    @Override
    public String action() {
        return "supervision.export." + list;
    }

    @Override
    public String recordId() {
        return list;
    }

    @Override
    public @Nullable String before() {
        return null;
    }

    @Override
    public String after() {
        return filter + "; rows=" + rows;
    }

    @Override
    public @Nullable Long departmentId() {
        return department;
    }
}
