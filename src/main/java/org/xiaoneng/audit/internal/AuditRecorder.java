package org.xiaoneng.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.AuditableEvent;

/**
 * Records every audited change after the transaction that made it commits, in a transaction of its own. The event
 * publication registry keeps the event until this completes, so a change is recorded even across a crash.
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    private final ChainAppender appender;

    AuditRecorder(ChainAppender appender) {
        this.appender = appender;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        // no summaries in the log: they may hold personal data
        appender.append(event).ifPresentOrElse(
                entry -> log.debug("Audit entry {} recorded: {} {}", entry.seq(), entry.action(), entry.recordType()),
                () -> log.info("Audit event {} {} delivered again; it is recorded already", event.action(),
                        event.recordType()));
    }
}
