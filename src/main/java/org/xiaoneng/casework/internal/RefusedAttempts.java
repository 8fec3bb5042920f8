package org.xiaoneng.casework.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.casework.CaseActionRefused;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;

/**
 * Records the refused attempts that break a rule of conduct ({@link CaseActionRefused}) in a transaction of their own:
 * the refused action's transaction rolls back, the record of the attempt stays. Other refusals (a typo, a stale form,
 * a step out of order) are ordinary mistakes and are not recorded.
 */
@Component
class RefusedAttempts {

    /** An extension asked for by someone who may not approve it (no casework:case:decide over the case). */
    static final String NOT_APPROVER = "casework.extension.notApprover";
    static final String NOT_ACTING = "casework.position.notActing";

    private static final Set<String> RECORDED = Set.of("casework.correction.onlyOnce",
            "casework.refuse.reasonsRequired", "casework.suspend.reasonRequired", "casework.extension.reasonRequired",
            NOT_ACTING, NOT_APPROVER);

    private final ApplicationEventPublisher events;

    RefusedAttempts(ApplicationEventPublisher events) {
        this.events = events;
    }

    static boolean recorded(DomainException refusal) {
        return RECORDED.contains(refusal.messageKey());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Case c, Actor actor, CaseEventType attempted, String refusal, @Nullable Long positionId,
            Instant now) {
        Integer earlier = null;
        if (attempted == CaseEventType.CORRECTION_REQUESTED) {
            earlier = c.history().stream().filter(e -> e.type() == CaseEventType.CORRECTION_REQUESTED)
                    .map(CaseEvent::seq).findFirst().orElse(null);
        }
        events.publishEvent(new CaseActionRefused(attemptId(c, actor, attempted, refusal, positionId), actor, c.id(),
                c.number(), c.item().code(), c.item().details().name(), c.item().details().leadDepartment().id(),
                attempted, refusal, positionId, earlier, now));
    }

    /**
     * The attempt's identity, derived from what was attempted on which state of the case: the same refused request sent
     * twice (a double click, a resubmitted form — the case unchanged in between) is one attempt, recorded once; once
     * the case changed, the same refusal is a new attempt.
     */
    static String attemptId(Case c, Actor actor, CaseEventType attempted, String refusal, @Nullable Long positionId) {
        String key = String.join("|", "casework.attempt", String.valueOf(c.id()), String.valueOf(c.loadedVersion()),
                actor.account(), attempted.name(), refusal, String.valueOf(positionId));
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
