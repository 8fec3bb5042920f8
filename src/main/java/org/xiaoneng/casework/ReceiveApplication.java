package org.xiaoneng.casework;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An application to receive (收件): the published item version it is made under, the applicant, the channel, and the
 * names (as the item lists them) of the materials supplied.
 */
public record ReceiveApplication(@NotNull Long itemVersionId, @NotNull @Valid ApplicantData applicant,
        @NotNull Channel channel, @NotNull List<@NotBlank String> suppliedMaterials) {

    /** The applicant as entered. */
    public record ApplicantData(@NotNull ApplicantKind kind, @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{8,30}", message = "{casework.validation.idNumber}") String idNumber,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{casework.validation.phone}") String phone,
            @Nullable @Email @Size(max = 200) String email) {

        public ApplicantData(ApplicantKind kind, String name, String idNumber, String phone) {
            this(kind, name, idNumber, phone, null);
        }

        public Applicant toApplicant() {
            return new Applicant(kind, name.strip(), idNumber.strip().toUpperCase(), phone.strip(),
                    email == null || email.isBlank() ? null : email.strip());
        }

        @Override
        public String toString() {
            return toApplicant().toString();
        }
    }
}
