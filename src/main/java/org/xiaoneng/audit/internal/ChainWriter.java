package org.xiaoneng.audit.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Moves staged changes into the chain on one background thread: shortly after a change was staged (a nudge; the
 * {@code xiaoneng.audit.chain-delay}, 50 ms by default, gathers the changes of concurrent requests into one round, where
 * a round per change cost six statements and a commit for every change), and every
 * {@code xiaoneng.audit.chain-interval} anyway — for changes staged by another node, or left staged by a stop
 * or a crash. Each round chains batches of {@value #BATCH} until fewer are left. A failed round is logged and the
 * changes stay staged for the next one; nothing is lost.
 */
@Component
class ChainWriter implements SmartLifecycle {

    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(ChainWriter.class);

    private final ChainAppender appender;
    private final Duration interval;
    private final Duration delay;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private @Nullable ScheduledExecutorService thread;

    ChainWriter(ChainAppender appender, @Value("${xiaoneng.audit.chain-interval:PT1S}") Duration interval,
            @Value("${xiaoneng.audit.chain-delay:PT0.05S}") Duration delay) {
        this.appender = appender;
        this.interval = interval;
        this.delay = delay;
    }

    /** A change was staged: chain it soon (after the delay), without waiting for the next interval. */
    void nudge() {
        ScheduledExecutorService running = thread;
        if (running != null && nudged.compareAndSet(false, true)) {
            try {
                running.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                nudged.set(false); // stopping: the next start chains it
            }
        }
    }

    /** Chains everything staged now. */
    void round() {
        nudged.set(false);
        try {
            while (appender.chainPending(BATCH) == BATCH) {
                // more are waiting
            }
        } catch (RuntimeException e) {
            log.warn("Chaining staged audit entries failed; they stay staged for the next round", e);
        }
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread t = new Thread(runnable, "audit-chain-writer");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            thread = executor;
        }
    }

    /** Stops after the round in progress; what is still staged is chained on the next start. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService executor = thread;
        thread = null;
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
