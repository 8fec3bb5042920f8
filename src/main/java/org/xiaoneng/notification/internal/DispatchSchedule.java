package org.xiaoneng.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the dispatcher every {@code xiaoneng.notification.dispatch-interval}; off with {@code dispatch-enabled=false}. */
@Component
@ConditionalOnProperty(name = "xiaoneng.notification.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

    private final Dispatcher dispatcher;

    DispatchSchedule(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${xiaoneng.notification.dispatch-interval:2s}",
            initialDelayString = "${xiaoneng.notification.dispatch-interval:2s}")
    void run() {
        dispatcher.dispatch();
    }
}
