package org.xiaoneng.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supplied material the clerk's check found defective, and why; goes on the correction notice. */
public record MaterialDefect(@NotBlank String material, @NotBlank @Size(max = 500) String reason) {
}
