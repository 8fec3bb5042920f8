package org.xiaoneng.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a person may set on a department (form or API body).
 *
 * @param parentId  the department above; only the city itself has none
 * @param code      a short unique code, for example {@code SWJ}
 * @param version   the version the person edited (updates only), for optimistic locking
 */
public record DepartmentCommand(
        @Nullable Long parentId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull DepartmentKind kind,
        @Nullable Integer sortOrder,
        @Nullable Integer version) {
}
