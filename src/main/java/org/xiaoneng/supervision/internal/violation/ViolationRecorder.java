package org.xiaoneng.supervision.internal.violation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.PersonalData;
import org.xiaoneng.platform.RecordChanged;
import org.xiaoneng.supervision.ViolationFound;

/**
 * Records a found violation once (a second finding of the same evidence records nothing) and, inside the same
 * transaction, publishes {@link ViolationFound} and its audit entry.
 */
@Component
class ViolationRecorder {

    private final ViolationRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ViolationRecorder(ViolationRegister register, ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.events = events;
        this.clock = clock;
    }

    /** The violation's id when recorded now; empty when its evidence was recorded before. */
    @Transactional
    public Optional<Long> record(NewViolation found) {
        NewViolation v = new NewViolation(found.rule(), found.evidenceKey(), found.responsible(), found.itemCode(),
                found.itemName(), found.caseId(), found.caseNumber(), found.occurredAt(), found.descriptionKey(),
                found.descriptionArgs().stream().map(a -> a == null ? "" : PersonalData.maskText(a)).toList(),
                found.evidence());
        Instant now = clock.instant();
        Optional<Long> id = register.insert(v, now);
        id.ifPresent(violationId -> {
            Responsible r = v.responsible();
            events.publishEvent(new ViolationFound(violationId, v.rule(), r.staffId(), r.positionId(),
                    r.departmentId(), v.itemCode(), v.caseId(), v.caseNumber(), v.occurredAt()));
            events.publishEvent(new RecordChanged(Actor.system(), "supervision.violation.found", "violation",
                    String.valueOf(violationId), null, v.rule() + (v.caseNumber() == null ? "" : " " + v.caseNumber())
                    + (r.staffName() == null ? "" : " " + r.staffName()) + " evidence " + String.join(",",
                    v.evidence()), v.occurredAt(), r.departmentId()));
        });
        return id;
    }
}
