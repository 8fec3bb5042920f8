package org.xiaoneng.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.audit.AuditEntry;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;
import org.xiaoneng.platform.PersonalData;

/**
 * Turns audited changes into entries of the chain, in two steps. {@link #stage} masks personal data in every text and
 * stores the change as pending, in the transaction that makes the change — no lock, so concurrent changes never wait
 * for each other.
 * {@link #chainPending} then takes the head's lock once for a whole batch of pending changes, chains each from the
 * head, hashes and stores it, and removes the batch from the pending ones, all in one transaction: one commit for many
 * entries, where appending under the lock once per change cost a commit each and made every change wait for the one
 * before. A change that is already recorded — delivered again after a restart — is not recorded twice.
 */
@Component
class ChainAppender {

    private final AuditEntryRepository entries;
    private final PendingEntries pending;
    private final Clock clock;

    ChainAppender(AuditEntryRepository entries, PendingEntries pending, Clock clock) {
        this.entries = entries;
        this.pending = pending;
        this.clock = clock;
    }

    /**
     * Stores the changes, masked, for the chain, in the caller's transaction (or one of its own when there is none);
     * they are chained by {@link #chainPending}.
     */
    @Transactional
    void stage(List<? extends AuditableEvent> changes) {
        pending.stage(changes.stream().map(ChainAppender::pending).toList(), clock.instant());
    }

    private static PendingEntries.Pending pending(AuditableEvent event) {
        Actor actor = event.actor();
        // PostgreSQL keeps microseconds (and would round the rest): the hash is over what is stored
        Instant occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        return new PendingEntries.Pending(0, occurredAt, required(actor.account()), mask(actor.position()),
                mask(actor.deputyFor()), mask(actor.address()), required(event.action()), required(event.recordType()),
                required(event.recordId()), event.departmentId(), mask(event.before()), mask(event.after()));
    }

    /**
     * Chains the oldest pending changes, at most {@code limit}, under the head's lock (a writer on another node waits
     * here and then finds them gone). Returns how many pending changes were taken, recorded or found recorded before.
     */
    @Transactional
    int chainPending(int limit) {
        ChainHead head = entries.lockHead();
        List<PendingEntries.Pending> batch = pending.oldest(limit);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<AuditEntryRepository.RecordedEvent> recorded = entries.recordedAmong(batch);
        List<AuditEntry> chained = new ArrayList<>();
        for (PendingEntries.Pending change : batch) {
            if (!recorded.add(AuditEntryRepository.RecordedEvent.of(change))) {
                continue; // recorded before, or twice in this batch
            }
            AuditEntry entry = HashChain.seal(new AuditEntry(head.lastSeq() + 1, change.occurredAt(), now,
                    change.account(), change.position(), change.deputyFor(), change.address(), change.action(),
                    change.recordType(), change.recordId(), change.departmentId(), change.before(), change.after(),
                    head.lastHash(), ""));
            chained.add(entry);
            head = new ChainHead(entry.seq(), entry.hash());
        }
        entries.appendAll(chained);
        if (!batch.isEmpty()) {
            pending.remove(batch.stream().map(PendingEntries.Pending::id).toList());
        }
        return batch.size();
    }

    private static String required(String text) {
        String masked = PersonalData.maskText(text);
        return masked == null ? "" : masked;
    }

    private static @Nullable String mask(@Nullable String text) {
        return PersonalData.maskText(text);
    }
}
