package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;

/**
 * The facts of one recorded case event that supervision checks its rules against (late intake decision, late
 * decision, intake outside the service center): published with each {@link CaseTransitioned}, inside the same
 * transaction. Not audited itself — the {@link CaseTransitioned} is.
 *
 * @param eventSeq            the event's number within the case (its audit and timeline reference)
 * @param itemInServiceCenter the catalog marks the item as handled at the administrative service center (进驻)
 * @param actedInServiceCenter the act was done at the service center: by its staff, or through its online hall
 *                            (channel ONLINE, by the applicant or the system)
 * @param receiptSeq          the event number of the receipt (or resubmission) the intake period runs from
 * @param receiptAt           when that receipt was made
 * @param caseDue             the case's due day as it stood at the event (null before acceptance)
 */
public record CaseActed(long caseId, String number, String itemCode, String itemName, long departmentIdOfItem,
        int eventSeq, CaseEventType type, Actor actor, Channel channel, boolean itemInServiceCenter,
        boolean actedInServiceCenter, int receiptSeq, Instant receiptAt, @Nullable LocalDate caseDue, Instant occurredAt) {
}
