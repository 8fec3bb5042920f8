package org.xiaoneng.supervision;

import java.util.List;

/**
 * A dashboard list of watched deadlines (red first, earliest due first).
 *
 * @param truncated true when more deadlines match than {@code deadlines} holds
 */
public record DeadlineList(List<LitDeadline> deadlines, boolean truncated) {

    public DeadlineList {
        deadlines = List.copyOf(deadlines);
    }
}
