package org.xiaoneng.audit.internal;

import java.util.List;

import org.xiaoneng.audit.AuditEntry;

/** The stored chain, read a page at a time (the database; a list in unit tests). */
public interface ChainSource {

    /** The chain's head as last committed. */
    ChainHead head();

    /** At most {@code limit} entries with {@code afterSeq < seq <= untilSeq}, in seq order. */
    List<AuditEntry> entriesAfter(long afterSeq, long untilSeq, int limit);
}
