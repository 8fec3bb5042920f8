package org.xiaoneng.supervision.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.Supervision;

/**
 * Runs the sweep every {@code xiaoneng.supervision.sweep-interval} (one minute by default); off with
 * {@code xiaoneng.supervision.sweep-enabled=false}. Every node may run it: one sweeps at a time.
 */
@Component
@ConditionalOnProperty(name = "xiaoneng.supervision.sweep-enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final Supervision supervision;

    SweepSchedule(Supervision supervision) {
        this.supervision = supervision;
    }

    @Scheduled(fixedDelayString = "${xiaoneng.supervision.sweep-interval:PT1M}",
            initialDelayString = "${xiaoneng.supervision.sweep-interval:PT1M}")
    void run() {
        int changed = supervision.sweep();
        if (changed > 0) {
            log.info("supervision sweep changed {} lights", changed);
        }
    }
}
