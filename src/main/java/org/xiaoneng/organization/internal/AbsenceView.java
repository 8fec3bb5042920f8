package org.xiaoneng.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded absence. */
public record AbsenceView(long id, long staffId, LocalDate fromDate, LocalDate toDate, String reason, String createdBy,
        OffsetDateTime createdAt) {
}
