package org.xiaoneng.casework;

import java.time.Instant;

import org.xiaoneng.platform.Actor;

/**
 * A material file was attached to a case; published inside the transaction that stores it. The audit entry names the
 * case number, the material, the filename and the start of the checksum — no personal data.
 */
public record MaterialFileAttached(Actor actor, long caseId, String number, long fileId, String material,
        String filename, String sha256, long departmentIdOfItem, Instant occurredAt) implements CaseAuditable {

    @Override
    public String action() {
        return "casework.file.attached";
    }

    @Override
    public String after() {
        return material + ": " + filename + " sha256 " + sha256.substring(0, 12);
    }

    @Override
    public Long departmentId() {
        return departmentIdOfItem;
    }
}
