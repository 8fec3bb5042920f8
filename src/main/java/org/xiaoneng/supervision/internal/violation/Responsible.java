package org.xiaoneng.supervision.internal.violation;

import org.jspecify.annotations.Nullable;

/** Who answers for a violation: the person (when known), the position and the department. */
record Responsible(@Nullable Long staffId, @Nullable String staffName, @Nullable String account,
        @Nullable Long positionId, @Nullable String positionName, long departmentId) {
}
