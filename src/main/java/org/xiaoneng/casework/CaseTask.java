package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One task of the case's process (办理环节任务): a stage's work for one position, numbered in the order tasks opened
 * (a stage returned to opens new tasks).
 *
 * @param taskNo       1, 2, 3… within the case
 * @param stageIndex   0-based index of the stage in the process version
 * @param due          the stage's due date from the clock (a returned stage keeps its due date)
 * @param claimedBy    the account working it, once claimed
 * @param completedBy  the actor's account that completed it ("as deputy for" is in the timeline)
 * @param returnToStage for a {@link TaskOutcome#RETURN}, the stage sent back to
 */
public record CaseTask(int taskNo, int stageIndex, String stageName, long departmentId, String departmentName,
        long positionId, String positionName, TaskState state, Instant openedAt, @Nullable LocalDate due,
        @Nullable String claimedBy, @Nullable String completedBy, @Nullable Instant completedAt,
        @Nullable TaskOutcome outcome, String opinion, @Nullable Integer returnToStage) {
}
