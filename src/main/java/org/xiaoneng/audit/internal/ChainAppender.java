package org.xiaoneng.audit.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.audit.AuditEntry;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;
import org.xiaoneng.platform.PersonalData;

/**
 * Turns an audited change into the next entry of the chain: masks personal data in every text, takes the head's lock
 * (concurrent appends wait for each other here), chains from the head, hashes and stores the entry. An event that is
 * already recorded — delivered again after a restart — is not recorded twice.
 */
@Component
class ChainAppender {

    private final AuditEntryRepository entries;
    private final Clock clock;

    ChainAppender(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The new entry, or empty when this event was recorded before. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<AuditEntry> append(AuditableEvent event) {
        Actor actor = event.actor();
        ChainHead head = entries.lockHead();
        AuditEntry draft = new AuditEntry(head.lastSeq() + 1, event.occurredAt(), clock.instant(),
                required(actor.account()), mask(actor.position()), mask(actor.deputyFor()), mask(actor.address()),
                required(event.action()), required(event.recordType()), required(event.recordId()),
                event.departmentId(), mask(event.before()), mask(event.after()), head.lastHash(), "");
        if (entries.containsEvent(draft)) {
            return Optional.empty();
        }
        AuditEntry entry = HashChain.seal(draft);
        entries.append(entry);
        return Optional.of(entry);
    }

    private static String required(String text) {
        String masked = PersonalData.maskText(text);
        return masked == null ? "" : masked;
    }

    private static @Nullable String mask(@Nullable String text) {
        return PersonalData.maskText(text);
    }
}
