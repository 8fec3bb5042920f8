package org.xiaoneng.catalog;

import java.time.Instant;

import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A version of a service item was published and is now the one the catalog shows (and new cases are accepted under).
 * Published inside the transaction that freezes the version.
 *
 * @param departmentId the item's lead department
 */
public record ItemPublished(Actor actor, long itemId, String code, long versionId, int number, String name,
        Long departmentId, Instant occurredAt) implements AuditableEvent {

    @Override
    public String action() {
        return "catalog.item.published";
    }

    @Override
    public String recordType() {
        return "item";
    }

    @Override
    public String recordId() {
        return String.valueOf(itemId);
    }

    @Override
    public String before() {
        return null;
    }

    @Override
    public String after() {
        return code + " " + name + " version " + number + " (id " + versionId + ") published";
    }
}
