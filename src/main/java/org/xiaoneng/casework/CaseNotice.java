package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.catalog.TimeLimit;

/**
 * Everything one written notice (文书) of a case prints, read from the event that issued it. It goes to the applicant,
 * so it carries the applicant's full name; the identification number stays masked.
 *
 * @param queryCode       the query code (查询码), on the receipt only
 * @param applicantIdNumber masked (as {@link Applicant#masked()})
 * @param acceptedOn      the day of acceptance, once accepted
 * @param deemedAccepted  the receipt of a deemed acceptance (视为受理, art. 32): accepted from the day of receipt
 * @param promisedLimit   the item's promised limit (承诺时限)
 * @param due             the due date as the notice announces it: the receipt's due date, the extension's new due
 *                        date; otherwise the case's current due date, if any
 * @param correctionLines the correction notice's lines (每一项缺少或不符合要求的材料及原因); empty for other kinds
 * @param reasons         refusal reasons, suspension reason, extension reason or decision reasons
 * @param procedure       the special procedure of a suspension
 * @param extensionDays   working days added by an extension (0 for other kinds)
 * @param approvedBy      the approver (account) of an extension
 * @param outcome         the outcome of a decision
 * @param legalBasis      the legal basis of a decision
 * @param office          the issuing office: the item's lead department
 * @param serviceCenter   the administrative service center where the case was received
 * @param issuedAt        when the issuing event was recorded
 * @param issuedOn        the day of issuing (Beijing time)
 */
public record CaseNotice(NoticeKind kind, long caseId, String number, @Nullable String queryCode, String itemCode,
        String itemName, ApplicantKind applicantKind, String applicantName, String applicantIdNumber,
        Instant receivedAt, @Nullable LocalDate acceptedOn, boolean deemedAccepted, TimeLimit promisedLimit, @Nullable LocalDate due,
        List<NoticeLine> correctionLines, @Nullable String reasons, @Nullable SpecialProcedure procedure,
        int extensionDays, @Nullable String approvedBy, @Nullable Outcome outcome, @Nullable String legalBasis,
        String office, String serviceCenter, String contactPhone, String complaintPhone, Instant issuedAt,
        LocalDate issuedOn) {

    public CaseNotice {
        correctionLines = List.copyOf(correctionLines);
    }

    /** The day of receipt (Beijing time). */
    public LocalDate receivedOn() {
        return LocalDate.ofInstant(receivedAt, StatutoryCalendar.ZONE);
    }

    /** The moment of issuing (Beijing time), for the receipt's time of acceptance. */
    public LocalDateTime issuedAtLocal() {
        return LocalDateTime.ofInstant(issuedAt, StatutoryCalendar.ZONE);
    }

    /** The year of the number line (〔2026〕…), as text. */
    public String year() {
        return String.valueOf(issuedOn.getYear());
    }

    /** A decision that denies the licence (不予行政许可): the notice names the remedies (art. 38). */
    public boolean denied() {
        return outcome == Outcome.DENIED;
    }
}
