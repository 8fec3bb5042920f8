package org.xiaoneng.organization.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a person may set on a function (职能).
 *
 * @param leadDepartmentId   the one department that leads (牵头) the function
 * @param claimDepartmentIds other departments that also claim it (the overlaps 清理职能 is about)
 */
public record FunctionCommand(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 2000) String description,
        @NotNull Long leadDepartmentId,
        @Nullable List<Long> claimDepartmentIds,
        @Nullable Integer version) {
}
