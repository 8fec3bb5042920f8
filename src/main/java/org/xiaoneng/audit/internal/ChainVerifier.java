package org.xiaoneng.audit.internal;

import java.util.List;

import org.xiaoneng.audit.AuditEntry;
import org.xiaoneng.audit.ChainVerification;
import org.xiaoneng.audit.ChainVerification.Reason;

/**
 * Walks the chain from the first entry to the head in seq order, a page at a time (so the trail never has to fit in
 * memory), and reports the first entry that is missing, does not link to its predecessor, or no longer matches its
 * hash. Entries appended while it runs lie beyond the head it read first, and are left for the next check.
 */
public final class ChainVerifier {

    private final int pageSize;

    public ChainVerifier(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    public ChainVerification verify(ChainSource source) {
        ChainHead head = source.head();
        long expectedSeq = 1;
        String previousHash = HashChain.GENESIS;
        long checked = 0;
        while (expectedSeq <= head.lastSeq()) {
            List<AuditEntry> page = source.entriesAfter(expectedSeq - 1, head.lastSeq(), pageSize);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                checked++;
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, Reason.GAP);
                }
                if (!entry.prevHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, entry.seq(), Reason.BROKEN_LINK);
                }
                if (!HashChain.hash(entry).equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), Reason.HASH_MISMATCH);
                }
                previousHash = entry.hash();
                expectedSeq++;
            }
        }
        if (expectedSeq <= head.lastSeq()) {
            // the head says there is more: entries were cut off the end
            return ChainVerification.broken(checked, expectedSeq, Reason.GAP);
        }
        if (!previousHash.equals(head.lastHash())) {
            return ChainVerification.broken(checked, head.lastSeq(), Reason.BROKEN_LINK);
        }
        return ChainVerification.intact(checked);
    }
}
