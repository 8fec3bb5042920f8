package org.xiaoneng.casework.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;

/**
 * The forms of the case console, each as the command it becomes (the same limits as the API's requests). Every step
 * quotes the case's {@code version} as the page showed it; {@code positionId} names the position a step is done in
 * (empty: the person's own post).
 */
final class CaseForms {

    private CaseForms() {
    }

    /** 收件 at the window: the item by code, the applicant as entered, the materials ticked, a key per form. */
    record ReceiveForm(@Nullable String item, @Nullable ApplicantKind kind, @Nullable String name,
            @Nullable String idNumber, @Nullable String phone, @Nullable String email,
            @Nullable List<String> materials, @Nullable String key) {

        static ReceiveForm blank(@Nullable String item, String key) {
            return new ReceiveForm(item, ApplicantKind.INDIVIDUAL, "", "", "", "", List.of(), key);
        }

        public List<String> supplied() {
            return materials == null ? List.of() : materials;
        }
    }

    /** Start processing, or close (no position). */
    record StepForm(@NotNull Integer version, @Nullable Long positionId) {
    }

    /** Refusal or withdrawal: a written reason. */
    record ReasonForm(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) {
    }

    record SuspensionForm(@NotNull Integer version, @Nullable Long positionId, @NotNull SpecialProcedure procedure,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record ResumptionForm(@NotNull Integer version, @Nullable Long positionId,
            @Nullable @Size(max = 2000) String note) {
    }

    record ExtensionForm(@NotNull Integer version, @Nullable Long positionId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record DecisionForm(@NotNull Integer version, @Nullable Long positionId, @NotNull Outcome outcome,
            @NotBlank @Size(max = 4000) String reasons, @NotBlank @Size(max = 1000) String legalBasis) {
    }

    /** 发证: a blank number is made from the case number. */
    record CertificateForm(@NotNull Integer version, @Nullable @Size(max = 100) String certificateNumber) {
    }

    record DeliveryForm(@NotNull Integer version, @NotNull DeliveryMethod method) {
    }

    /**
     * What was entered in a form of one row per material ({@code n}: the material's index in the item's list), shown
     * again with the errors of its rows when it is refused.
     *
     * @param ticked  the rows ticked (defective on the correction notice, committed on acceptance, resubmitted)
     * @param reasons per row: the defect's reason, or the commitment's wording
     * @param dates   per row: the day a committed material is due (as entered)
     * @param errors  per row: what is wrong with it
     */
    record RowsEntry(Set<Integer> ticked, Map<Integer, String> reasons, Map<Integer, String> dates,
            Map<Integer, String> errors) {

        static RowsEntry none() {
            return new RowsEntry(Set.of(), Map.of(), Map.of(), Map.of());
        }

        public @Nullable String reason(int row) {
            return reasons.get(row);
        }

        public @Nullable String date(int row) {
            return dates.get(row);
        }

        public @Nullable String error(int row) {
            return errors.get(row);
        }
    }
}
