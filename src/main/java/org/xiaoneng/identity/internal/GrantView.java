package org.xiaoneng.identity.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.identity.Role;

/**
 * A role grant as pages and the API show it.
 *
 * @param departmentId          the department the role is held over, or null for the whole city
 * @param departmentName        its name, or null for the whole city
 * @param includeSubdepartments whether the grant covers the department's sub-departments too
 */
public record GrantView(long id, Role role, @Nullable Long departmentId, @Nullable String departmentName,
        boolean includeSubdepartments) {
}
