package org.xiaoneng.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a person may set on a position (职位).
 *
 * @param responsibilities the written responsibilities (职位职责说明)
 * @param deputyPositionId the position whose holder stands in when this one's holder is away (AB角)
 * @param holderStaffId    who holds the position; none when vacant
 */
public record PositionCommand(
        @NotNull Long departmentId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 100) String name,
        @Nullable @Size(max = 4000) String responsibilities,
        @Nullable Long deputyPositionId,
        @Nullable Long holderStaffId,
        @Nullable Integer version) {
}
