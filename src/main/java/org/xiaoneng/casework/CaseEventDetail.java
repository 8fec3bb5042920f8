package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts one case event recorded, without words: each reader puts them in their own language (the console's
 * timeline). Only the facts of the event's {@link CaseEventType} are set, the rest are null or empty. {@code text} is
 * what a person wrote — refusal, suspension, extension or withdrawal reasons, a task opinion, a note — and is shown as
 * written; it carries no personal data of the applicant.
 *
 * @param materials     the materials supplied (receipt, resubmission), listed on the correction notice (with the
 *                      problem and the reason) or committed to (容缺, with the date)
 * @param taskNo        the task claimed or completed
 * @param returnToStage for a task returned, the 0-based stage it was sent back to
 * @param workingDays   the working days an extension added
 * @param approvedBy    the approver's account of an extension
 * @param legalBasis    the legal basis of a decision
 * @param date          the day a deemed acceptance counts from
 */
public record CaseEventDetail(@Nullable String text, @Nullable Channel channel, List<Line> materials,
        @Nullable Integer taskNo, @Nullable TaskOutcome taskOutcome, @Nullable Integer returnToStage,
        @Nullable SpecialProcedure procedure, @Nullable Integer workingDays, @Nullable String approvedBy,
        @Nullable Outcome outcome, @Nullable String legalBasis, @Nullable String certificateNumber,
        @Nullable DeliveryMethod deliveryMethod, @Nullable LocalDate date) {

    public CaseEventDetail {
        materials = List.copyOf(materials);
    }

    /**
     * A material the event concerns.
     *
     * @param status SUPPLIED for a receipt or resubmission, MISSING or DEFECTIVE on the correction notice, COMMITTED
     *               for a 容缺 commitment
     * @param reason why it is defective, or the commitment's wording; may be empty
     * @param dueOn  the day a committed material is due
     */
    public record Line(String material, MaterialStatus status, String reason, @Nullable LocalDate dueOn) {
    }
}
