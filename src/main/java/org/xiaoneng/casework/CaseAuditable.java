package org.xiaoneng.casework;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.AuditableEvent;

/**
 * An audited change of one case: the audit trail files it under the case (record type {@code case}, record id the
 * case number) as something that happened to the case, with no "before".
 */
public interface CaseAuditable extends AuditableEvent {

    /** The case number (办件编号). */
    String number();

    @Override
    default String recordType() {
        return "case";
    }

    @Override
    default String recordId() {
        return number();
    }

    @Override
    default @Nullable String before() {
        return null;
    }
}
