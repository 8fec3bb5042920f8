package org.xiaoneng.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 容缺承诺: the applicant's signed commitment to supply a missing material by a date, so that the case can be accepted
 * without it. Only for materials the item marks as allowed to be missing on commitment.
 *
 * @param wording what the applicant signed (or a reference to the signed sheet)
 */
public record Commitment(@NotBlank String material, @NotNull LocalDate dueOn, @NotBlank @Size(max = 500) String wording) {
}
