package org.xiaoneng.catalog;

import java.time.Instant;

import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A service item was withdrawn from the catalog, for the reason given; no new case may be accepted under it. Cases
 * already running keep their version. Published inside the transaction that withdraws it.
 *
 * @param versionId    the version that was current until now
 * @param departmentId the item's lead department
 */
public record ItemUnpublished(Actor actor, long itemId, String code, long versionId, String name, String reason,
        Long departmentId, Instant occurredAt) implements AuditableEvent {

    @Override
    public String action() {
        return "catalog.item.unpublished";
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
        return code + " " + name + " published (version id " + versionId + ")";
    }

    @Override
    public String after() {
        return code + " " + name + " unpublished: " + reason;
    }
}
