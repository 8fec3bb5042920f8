package org.xiaoneng.organization.internal;

import org.jspecify.annotations.Nullable;

/** A department as lists and forms show it; {@code depth} is its level in the tree (the city is 0). */
public record DepartmentView(long id, @Nullable Long parentId, @Nullable String parentName, String code, String name,
        DepartmentKind kind, int sortOrder, boolean active, int version, int depth) {
}
