package org.xiaoneng.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.audit.internal.AuditEntryRepository;
import org.xiaoneng.audit.internal.AuditEntrySearch;
import org.xiaoneng.audit.internal.ChainVerifier;
import org.xiaoneng.platform.DataScope;

/**
 * The audit trail as other modules and the web layer see it: read entries within a viewer's data scope, and verify
 * the hash chain. Entries are written only by the audit module itself, from published
 * {@link org.xiaoneng.platform.AuditableEvent}s; there is no way to change or remove one.
 */
@Service
public class AuditTrail {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /** Entries read per query while verifying: enough to be quick, few enough to keep memory flat. */
    static final int VERIFICATION_PAGE_SIZE = 1000;

    private final AuditEntrySearch search;
    private final AuditEntryRepository chain;
    private final ChainVerifier verifier;

    AuditTrail(AuditEntrySearch search, AuditEntryRepository chain) {
        this.search = search;
        this.chain = chain;
        this.verifier = new ChainVerifier(VERIFICATION_PAGE_SIZE);
    }

    /**
     * Entries matching the query, newest first, that the viewer may see: those of departments in {@code scope},
     * those without a department only when the scope is all, and always the viewer's own actions.
     *
     * @param viewer the viewer's account, whose own actions are always visible; null for none
     * @param page   page number from 0
     * @param size   page size, 1 to {@link #MAX_PAGE_SIZE}
     */
    public AuditEntryPage entries(AuditQuery query, DataScope scope, @Nullable String viewer, int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        return search.search(query, scope, viewer, safePage, safeSize);
    }

    /**
     * Recomputes every entry's hash and link, from the first entry to the current head, a page at a time, and names
     * the first entry that is broken or missing.
     */
    public ChainVerification verify() {
        return verifier.verify(chain);
    }
}
