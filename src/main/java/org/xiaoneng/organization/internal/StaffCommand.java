package org.xiaoneng.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a person may set on a staff member.
 *
 * @param mobile  an 11-digit mainland mobile number, or blank
 * @param account the identity module's account name, when the person has one
 */
public record StaffCommand(
        @NotNull Long departmentId,
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{organization.validation.code}") String employeeNumber,
        @Nullable @Pattern(regexp = "|1[3-9][0-9]{9}", message = "{organization.validation.mobile}") String mobile,
        @Nullable @Size(max = 64) @Pattern(regexp = "|[a-z][a-z0-9_.-]*", message = "{organization.validation.account}") String account,
        @Nullable Integer version) {
}
