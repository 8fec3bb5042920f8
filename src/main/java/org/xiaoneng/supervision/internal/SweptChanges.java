package org.xiaoneng.supervision.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;

/**
 * The light changes of a sweep batch ({@link LightsSwept}), read back from the light history for supervision's own
 * listeners: the batch event names only the changes, so that its publication rows — one per listener, written in the
 * sweep's transaction — stay a few bytes per change instead of a serialized copy of each. The change itself (lights,
 * cause, instant, department) is as the sweep recorded it; the deadline's people and due day as they stand now.
 */
@Component
public class SweptChanges {

    private final Ledger ledger;

    SweptChanges(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The batch's changes, in the order they were made (all at the batch's instant). */
    public List<DeadlineLightChanged> of(LightsSwept batch) {
        return ledger.changes(batch.changeIds()).stream().map(row -> row.lightChanged(batch.sweptAt())).toList();
    }
}
