package org.xiaoneng.supervision.internal.violation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the violation scans with the sweep ({@code xiaoneng.supervision.sweep-enabled}): the overdue scan every
 * {@code xiaoneng.supervision.violation-scan-interval} (5 minutes by default), the separation-of-duties scan daily at
 * 02:00 Beijing time. Several nodes may run them at once: a violation is recorded once all the same.
 */
@Component
@ConditionalOnProperty(name = "xiaoneng.supervision.sweep-enabled", havingValue = "true", matchIfMissing = true)
class ViolationSchedule {

    private static final Logger log = LoggerFactory.getLogger(ViolationSchedule.class);

    private final ViolationScan scan;

    ViolationSchedule(ViolationScan scan) {
        this.scan = scan;
    }

    @Scheduled(fixedDelayString = "${xiaoneng.supervision.violation-scan-interval:PT5M}",
            initialDelayString = "${xiaoneng.supervision.violation-scan-interval:PT5M}")
    void overdue() {
        int found = scan.overdue();
        if (found > 0) {
            log.info("supervision found {} overdue violations past their grace", found);
        }
    }

    @Scheduled(cron = "0 0 2 * * *", zone = "Asia/Shanghai")
    void duties() {
        int found = scan.duties();
        if (found > 0) {
            log.info("supervision found {} accounts approving and supervising one department", found);
        }
    }
}
