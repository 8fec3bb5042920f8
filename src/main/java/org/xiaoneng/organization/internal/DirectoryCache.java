package org.xiaoneng.organization.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the directory read from the organization's tables, kept while the directory's revision stays the same. Every
 * committed write to those tables draws a new revision (triggers, see the migration), on whichever node and by
 * whatever path it comes, so an answer is reused only as long as nothing it could depend on has changed. The revision
 * is read once per transaction — one indexed row — instead of the half a dozen directory queries a request to change
 * a case otherwise makes (who holds a post, who acts for a position today, a department's subtree). At most
 * {@value #MAX_ENTRIES} answers are kept per revision; beyond that, answers are read and not kept.
 */
@Component
public class DirectoryCache {

    static final int MAX_ENTRIES = 20_000;

    private final JdbcClient jdbc;
    private volatile Snapshot current = new Snapshot(Long.MIN_VALUE);

    DirectoryCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(long revision, Map<List<Object>, Object> answers) {

        Snapshot(long revision) {
            this(revision, new ConcurrentHashMap<>());
        }
    }

    /** The answer to the query named by the key, as of the directory's current revision. */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> query) {
        Snapshot snapshot = snapshot();
        Object known = snapshot.answers().get(key);
        if (known != null) {
            return (T) known;
        }
        T answer = query.get();
        if (snapshot.answers().size() < MAX_ENTRIES) {
            snapshot.answers().putIfAbsent(key, answer);
        }
        return answer;
    }

    /** The snapshot of this transaction's revision, read at its first lookup. */
    private Snapshot snapshot() {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction) {
            Object bound = TransactionSynchronizationManager.getResource(this);
            if (bound != null) {
                return (Snapshot) bound;
            }
        }
        long revision = jdbc.sql("SELECT revision FROM organization_revision WHERE id = 1").query(Long.class).single();
        Snapshot snapshot = current;
        if (snapshot.revision() != revision) {
            snapshot = new Snapshot(revision);
            current = snapshot;
        }
        if (inTransaction) {
            TransactionSynchronizationManager.bindResource(this, snapshot);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryCache.this);
                }
            });
        }
        return snapshot;
    }
}
