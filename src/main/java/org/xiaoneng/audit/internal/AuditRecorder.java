package org.xiaoneng.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.platform.AuditableEvent;

/**
 * Receives every audited change after the transaction that made it commits, and stages it for the chain in a
 * transaction of its own; once that commits, the chain writer is nudged to append it. The event publication registry
 * keeps the event until it is staged, and a staged change stays until it is chained, so a change is recorded even
 * across a crash.
 */
@Component
class AuditRecorder {

    private final ChainAppender appender;
    private final ChainWriter writer;

    AuditRecorder(ChainAppender appender, ChainWriter writer) {
        this.appender = appender;
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        appender.stage(event);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                writer.nudge();
            }
        });
    }
}
