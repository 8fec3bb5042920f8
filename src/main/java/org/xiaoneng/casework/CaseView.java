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
 * @param tasks         the process tasks so far (open ones are in their positions' inboxes)
 * @param currentStage  the stage being worked (0-based); -1 before acceptance, the number of stages when all are done
 * @param queryCode     printed on the receipt: with the number, it lets anyone follow the case in the portal
 * @param certificateNumber the licence issued for an approval (发证), once issued
 */
public record CaseView(long id, String number, int version, CaseState state, long itemVersionId, String itemCode,
        String itemName, long leadDepartmentId, Applicant applicant, Channel channel, Instant receivedAt,
        List<CaseMaterial> materials, List<NoticeLine> correctionNotice, CaseDeadlines deadlines,
        boolean extended, @Nullable Outcome decision, List<CaseHistoryEntry> history, List<CaseTask> tasks,
        int currentStage, String queryCode, @Nullable String certificateNumber) {

    public CaseView {
        materials = List.copyOf(materials);
        correctionNotice = List.copyOf(correctionNotice);
        history = List.copyOf(history);
        tasks = List.copyOf(tasks);
    }

    /** The open tasks (in inboxes now). */
    public List<CaseTask> openTasks() {
        return tasks.stream().filter(t -> t.state().open()).toList();
    }
}
