package org.xiaoneng.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;

/**
 * Casework refused an action that breaks a rule of conduct — a second correction notice on one application, a
 * refusal, suspension or extension without the written reason, an extension by someone who cannot approve it, an act
 * in a position the caller neither holds nor deputises that day. The case is left as it was (the refused change rolls
 * back), but the attempt itself is recorded: published in a transaction of its own, committed even though the action's
 * transaction rolls back. Audited; supervision records the violation.
 *
 * @param attemptId        the attempt's identity: the same when the same refused request is sent again on the
 *                         unchanged case (so it is recorded once), another once the case changed
 * @param attempted        what was attempted
 * @param refusal          the message key of the refusal ({@code casework.correction.onlyOnce}, …)
 * @param positionId       the position the caller tried to act in, when the action names one
 * @param earlierEventSeq  the case event that made the attempt a breach (the first correction notice), if any
 */
public record CaseActionRefused(String attemptId, Actor actor, long caseId, String number, String itemCode,
        String itemName, long departmentIdOfItem, CaseEventType attempted, String refusal,
        @Nullable Long positionId, @Nullable Integer earlierEventSeq, Instant occurredAt) implements CaseAuditable {

    @Override
    public String action() {
        return "casework.case.attempt-refused";
    }

    @Override
    public String after() {
        return attempted + " refused (" + refusal + ")" + (positionId == null ? "" : " position " + positionId)
                + " attempt " + attemptId;
    }

    @Override
    public Long departmentId() {
        return departmentIdOfItem;
    }
}
