package org.xiaoneng.organization.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 外出登记: away from {@code from} to {@code to}, both days inclusive, for a reason. */
public record AbsenceCommand(@NotNull LocalDate from, @NotNull LocalDate to, @NotBlank @Size(max = 200) String reason) {
}
