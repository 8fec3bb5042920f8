package org.xiaoneng.organization;

import org.jspecify.annotations.Nullable;

/** A department as other modules see it. */
public record DepartmentRef(long id, String code, String name, @Nullable Long parentId, boolean active) {
}
