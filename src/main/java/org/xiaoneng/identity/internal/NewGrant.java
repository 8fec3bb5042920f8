package org.xiaoneng.identity.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.identity.Role;

/**
 * A role to grant over a department (null: the whole city).
 *
 * @param includeSubdepartments null for the role's default
 */
public record NewGrant(Role role, @Nullable Long departmentId, @Nullable Boolean includeSubdepartments) {
}
