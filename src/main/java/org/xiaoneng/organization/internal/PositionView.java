package org.xiaoneng.organization.internal;

import org.jspecify.annotations.Nullable;

/** A position with its department, deputy and holder, as lists, forms and the printable 职位职责说明 show it. */
public record PositionView(long id, long departmentId, String departmentName, String code, String name,
        String responsibilities, @Nullable Long deputyPositionId, @Nullable String deputyName,
        @Nullable String deputyDepartmentName, @Nullable Long holderStaffId, @Nullable String holderName,
        boolean active, int version) {
}
