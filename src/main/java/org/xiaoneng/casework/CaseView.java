package org.xiaoneng.casework;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as staff see it. The applicant is masked; {@code version} is what a change must quote back (two clerks
 * acting at once: the second gets a conflict).
 *
 * @param itemVersionId the catalog version the case was received under; never changes
 * @param decision      the outcome once decided
 */
public record CaseView(long id, String number, int version, CaseState state, long itemVersionId, String itemCode,
        String itemName, long leadDepartmentId, Applicant applicant, Channel channel, Instant receivedAt,
        List<CaseMaterial> materials, List<NoticeLine> correctionNotice, CaseDeadlines deadlines,
        boolean extended, @Nullable Outcome decision, List<CaseHistoryEntry> history) {

    public CaseView {
        materials = List.copyOf(materials);
        correctionNotice = List.copyOf(correctionNotice);
        history = List.copyOf(history);
    }
}
