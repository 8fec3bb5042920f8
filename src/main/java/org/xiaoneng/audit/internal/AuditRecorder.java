package org.xiaoneng.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.platform.AuditableEvent;
import org.xiaoneng.platform.AuditableEvents;

/**
 * Stages every audited change for the chain as it is published, inside the transaction that makes it: the change
 * and its audit record commit together or not at all, and neither waits for the other. Once the transaction
 * commits, the chain writer is nudged to append what was staged. Staging in the change's own transaction costs one
 * insert there; staging after the commit through the event publication registry cost a publication row, a
 * transaction of its own and the row's removal for every change, which made the audit the largest part of every
 * request that changes something. A staged change stays until it is chained, so it is recorded across a crash.
 */
@Component
class AuditRecorder {

    private final ChainAppender appender;
    private final ChainWriter writer;

    AuditRecorder(ChainAppender appender, ChainWriter writer) {
        this.appender = appender;
        this.writer = writer;
    }

    @EventListener
    void on(AuditableEvent change) {
        record(List.of(change));
    }

    @EventListener
    void on(AuditableEvents changes) {
        if (!changes.changes().isEmpty()) {
            record(changes.changes());
        }
    }

    private void record(List<? extends AuditableEvent> changes) {
        appender.stage(changes);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writer.nudge();
                }
            });
        } else {
            writer.nudge(); // staged in a transaction of its own, already committed
        }
    }
}
