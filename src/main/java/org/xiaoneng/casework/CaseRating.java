package org.xiaoneng.casework;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The applicant's rating of a closed case (办件评价), against the case, its item, the lead department and the staff
 * who handled it.
 *
 * @param staffAccounts the accounts that completed the case's tasks (and decided and delivered it), first first
 */
public record CaseRating(long caseId, String caseNumber, long itemId, String itemCode, long leadDepartmentId,
        List<String> staffAccounts, RatingLevel level, @Nullable String comment, Instant ratedAt,
        long applicantAccountId) {

    public CaseRating {
        staffAccounts = List.copyOf(staffAccounts);
    }
}
