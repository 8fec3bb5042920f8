package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An open task in a position's inbox (待办): the case it belongs to, the task, and whether the caller works it as the
 * position's deputy.
 *
 * @param caseVersion what a claim or completion must quote back
 * @param asDeputyFor the absent holder's position name, when the caller acts as its deputy (AB角) today
 */
public record InboxTask(long caseId, String caseNumber, int caseVersion, CaseState caseState, String itemName,
        String applicantName, int taskNo, String stageName, long positionId, String positionName, TaskState state,
        @Nullable String claimedBy, Instant openedAt, @Nullable LocalDate due, @Nullable LocalDate caseDue,
        @Nullable String asDeputyFor) {
}
