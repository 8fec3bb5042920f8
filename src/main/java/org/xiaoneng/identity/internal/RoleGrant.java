package org.xiaoneng.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.identity.Role;

/**
 * A role held by an account over a department, or over the whole city when {@code departmentId} is null.
 *
 * @param includeSubdepartments whether the grant also covers the department's sub-departments (oversight roles always
 *                              do, see {@link #coversSubdepartments()})
 */
record RoleGrant(@Nullable Long id, long accountId, Role role, @Nullable Long departmentId,
        boolean includeSubdepartments, Instant grantedAt, String grantedBy) {

    boolean cityWide() {
        return departmentId == null;
    }

    boolean coversSubdepartments() {
        return includeSubdepartments || role.alwaysCoversSubdepartments();
    }
}
