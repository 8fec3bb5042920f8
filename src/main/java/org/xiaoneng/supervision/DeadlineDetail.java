package org.xiaoneng.supervision;

import java.util.List;

/**
 * One watched deadline with its recorded light changes, oldest first.
 *
 * @param recorded  the light the sweep last recorded; differs from {@code deadline.light()} while the change waits for
 *                  the next sweep
 * @param closed    true when the deadline is no longer watched
 */
public record DeadlineDetail(LitDeadline deadline, Light recorded, boolean closed, String itemCode,
        List<LightHistoryEntry> history) {

    public DeadlineDetail {
        history = List.copyOf(history);
    }
}
