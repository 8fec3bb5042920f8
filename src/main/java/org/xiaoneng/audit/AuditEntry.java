package org.xiaoneng.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail, exactly as stored. Personal data in its text is already masked. {@code hash} is the
 * SHA-256 of the canonical encoding of every other field (see {@code internal.HashChain}); {@code prevHash} is the
 * hash of the entry before it (64 zeros for the first). Instants hold microseconds at most — what PostgreSQL keeps —
 * so that an entry read back hashes exactly as it did when written.
 *
 * @param seq           position in the chain, 1, 2, 3, ... without holes
 * @param occurredAt    when the change was made
 * @param recordedAt    when the entry was appended
 * @param account       who made it
 * @param position      the position they acted in, if known
 * @param deputyFor     the position they acted for as its deputy (代岗), if any
 * @param address       the client address, if the change came from a request
 * @param action        what was done, {@code module.record.verb}
 * @param recordType    the kind of record changed
 * @param recordId      the record changed
 * @param departmentId  the department whose data changed, if any
 * @param before        summary before the change, if any
 * @param after         summary after the change, if any
 * @param prevHash      hash of the previous entry
 * @param hash          hash of this entry
 */
public record AuditEntry(long seq, Instant occurredAt, Instant recordedAt, String account, @Nullable String position,
        @Nullable String deputyFor, @Nullable String address, String action, String recordType, String recordId,
        @Nullable Long departmentId, @Nullable String before, @Nullable String after, String prevHash, String hash) {

    public AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
