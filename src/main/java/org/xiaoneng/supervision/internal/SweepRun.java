package org.xiaoneng.supervision.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** A whole sweep: batches at one instant until a batch is not full (or another node holds the sweep). */
@Component
public class SweepRun {

    private final Sweeper sweeper;
    private final SupervisionProperties properties;
    private final Clock clock;

    SweepRun(Sweeper sweeper, SupervisionProperties properties, Clock clock) {
        this.sweeper = sweeper;
        this.properties = properties;
        this.clock = clock;
    }

    /** The number of lights changed. */
    public int run() {
        Instant now = clock.instant();
        int changed = 0;
        Sweeper.Batch batch;
        do {
            batch = sweeper.sweep(now, properties.sweepBatch());
            changed += batch.changed();
        } while (!batch.locked() && batch.looked() == properties.sweepBatch());
        return changed;
    }
}
