package org.xiaoneng.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: a fixed pool of workers, each doing one unit after the other (no think time) for a warm-up, then
 * for the measured window. A unit counts when it ends inside the window; its latency goes to the worker's histogram.
 * Units that fail are counted apart; too many failures stop the phase with the first one's message.
 */
final class Load {

    /** One unit of work, done by worker {@code worker}; returns normally on success. */
    @FunctionalInterface
    interface Unit {
        void run(int worker, long sequence) throws Exception;
    }

    record Result(String name, long units, long errors, double seconds, Histogram latency) {

        double perSecond() {
            return units / seconds;
        }

        double p99Ms() {
            return latency.getValueAtPercentile(99.0) / 1000.0;
        }

        double p50Ms() {
            return latency.getValueAtPercentile(50.0) / 1000.0;
        }

        double maxMs() {
            return latency.getMaxValue() / 1000.0;
        }

        String describe() {
            return "%s: %d units in %.1f s = %.1f/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors"
                    .formatted(name, units, seconds, perSecond(), p50Ms(), p99Ms(), maxMs(), errors);
        }
    }

    private static final int MAX_ERRORS = 50;

    private Load() {
    }

    static Result run(String name, int threads, double warmupSeconds, double measureSeconds, Unit unit)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-" + name);
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (measureSeconds * 1e9);
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        Bench.log("%s: %d workers, %.0f s warm-up, %.0f s measured ...", name, threads, warmupSeconds,
                measureSeconds);
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Histogram histogram = new Histogram(3_600_000_000L, 3);
            long[] count = new long[1];
            histograms.add(histogram);
            counts.add(count);
            done.add(pool.submit(() -> {
                while (true) {
                    long began = System.nanoTime();
                    if (began >= measureTo || errors.get() > MAX_ERRORS) {
                        return null;
                    }
                    try {
                        unit.run(worker, sequence.incrementAndGet());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                        continue;
                    }
                    long ended = System.nanoTime();
                    if (ended >= measureFrom && ended < measureTo) {
                        count[0]++;
                        histogram.recordValue(Math.max(1, (ended - began) / 1000));
                    }
                }
            }));
        }
        Cpu.Snapshot cpuFrom = null;
        Cpu.Snapshot cpuTo = null;
        try {
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuFrom = Cpu.snapshot();
            Thread.sleep(Math.max(0, (measureTo - System.nanoTime()) / 1_000_000));
            cpuTo = Cpu.snapshot();
        } finally {
            for (Future<?> f : done) {
                f.get();
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        if (errors.get() > MAX_ERRORS) {
            throw new IllegalStateException(name + ": more than " + MAX_ERRORS + " failures; the first: "
                    + firstError.get().getMessage(), firstError.get());
        }
        if (firstError.get() != null) {
            Bench.log("%s: %d failed units, the first: %s", name, errors.get(), firstError.get().getMessage());
        }
        Histogram all = new Histogram(3_600_000_000L, 3);
        long units = 0;
        for (int w = 0; w < threads; w++) {
            all.add(histograms.get(w));
            units += counts.get(w)[0];
        }
        Result result = new Result(name, units, errors.get(), measureSeconds, all);
        Bench.log("%s", result.describe());
        Bench.log("  %s", Cpu.between(cpuFrom, cpuTo));
        Bench.log("  %s", Cpu.perUnit(cpuFrom, cpuTo, units));
        return result;
    }
}
