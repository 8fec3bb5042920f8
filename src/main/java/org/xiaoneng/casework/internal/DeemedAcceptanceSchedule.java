package org.xiaoneng.casework.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records 视为受理 (行政许可法 art. 32) for every case whose 5 working days passed without an intake decision, every
 * {@code xiaoneng.casework.deemed-acceptance-interval} (5 minutes by default); off with
 * {@code xiaoneng.casework.deemed-acceptance-enabled=false}. Safe with several nodes: one run at a time holds a
 * PostgreSQL advisory lock, the others skip.
 */
@Component
@ConditionalOnProperty(name = "xiaoneng.casework.deemed-acceptance-enabled", havingValue = "true",
        matchIfMissing = true)
class DeemedAcceptanceSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeemedAcceptanceSchedule.class);

    private final CaseService cases;

    DeemedAcceptanceSchedule(CaseService cases) {
        this.cases = cases;
    }

    @Scheduled(fixedDelayString = "${xiaoneng.casework.deemed-acceptance-interval:PT5M}",
            initialDelayString = "${xiaoneng.casework.deemed-acceptance-interval:PT5M}")
    void run() {
        int recorded;
        int total = 0;
        do {
            recorded = cases.deemAcceptedWhereDue();
            total += recorded;
        } while (recorded == CaseService.DEEMED_BATCH);
        if (total > 0) {
            log.info("recorded the deemed acceptance of {} cases", total);
        }
    }
}
