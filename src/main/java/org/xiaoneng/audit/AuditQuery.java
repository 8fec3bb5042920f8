package org.xiaoneng.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the audit trail; every one is optional and blank means "any".
 *
 * @param account      exactly this account
 * @param action       actions starting with this text ({@code organization.} finds every organization action)
 * @param recordType   exactly this kind of record
 * @param recordId     exactly this record
 * @param departmentId exactly this department
 * @param from         changes made on or after this day (in the city's time zone)
 * @param to           changes made on or before this day
 * @param seq          exactly the entry with this number
 */
public record AuditQuery(@Nullable String account, @Nullable String action, @Nullable String recordType,
        @Nullable String recordId, @Nullable Long departmentId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Long seq) {

    public AuditQuery {
        account = blankToNull(account);
        action = blankToNull(action);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
    }

    /** No filter: the whole trail (within the viewer's scope). */
    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
