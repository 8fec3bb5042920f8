package org.xiaoneng.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the whole audit chain: every entry's hash recomputed from its fields, every link to the
 * entry before it, and no entry missing. Checking stops at the first broken entry.
 *
 * @param valid          true when the chain is intact
 * @param entriesChecked entries examined (the broken one included)
 * @param firstBrokenSeq the first entry found broken — or missing, for a gap — when not valid
 * @param reason         why it is broken, when not valid
 */
public record ChainVerification(boolean valid, long entriesChecked, @Nullable Long firstBrokenSeq,
        @Nullable Reason reason) {

    /** Why an entry breaks the chain. */
    public enum Reason {
        /** The entry's fields no longer produce its stored hash: the row was altered. */
        HASH_MISMATCH,
        /** The entry does not carry the hash of the entry before it (or the chain head does not point at it). */
        BROKEN_LINK,
        /** An entry is missing: seq skips a number, or entries were cut off the end of the chain. */
        GAP
    }

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    public static ChainVerification broken(long entriesChecked, long seq, Reason reason) {
        return new ChainVerification(false, entriesChecked, seq, reason);
    }
}
