package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as the public sees it by its number and query code (办件查询), or an applicant in the portal: no staff
 * names, the applicant masked, the steps with their dates, the due date and whom to call.
 *
 * @param department     the lead department that decides
 * @param contactPhone   the service center's enquiry phone
 * @param complaintPhone where to complain (投诉电话)
 */
public record PublicCase(long id, String number, String itemCode, String itemName, String applicantName,
        CaseState state, Instant receivedAt, @Nullable LocalDate acceptedOn, @Nullable LocalDate due,
        boolean clockStopped, @Nullable Outcome decision, String department, String contactPhone,
        String complaintPhone, List<Step> steps) {

    public PublicCase {
        steps = List.copyOf(steps);
    }

    /** One step of the timeline: what happened, when, and the date it set. */
    public record Step(CaseEventType type, Instant occurredAt, @Nullable LocalDate deadline) {
    }
}
