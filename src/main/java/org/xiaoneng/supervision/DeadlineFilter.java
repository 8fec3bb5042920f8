package org.xiaoneng.supervision;

import org.jspecify.annotations.Nullable;

/**
 * Which watched deadlines a dashboard list shows (always within the viewer's data scope): of one light, or yellow and
 * red when {@code light} is null; optionally of one department and of one item.
 */
public record DeadlineFilter(@Nullable Light light, @Nullable Long departmentId, @Nullable String itemCode) {

    public static final DeadlineFilter LIT = new DeadlineFilter(null, null, null);

    public DeadlineFilter {
        itemCode = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
    }
}
