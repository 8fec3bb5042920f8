package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A case in a list: number, state, item, the (masked) applicant name and its dates. */
public record CaseSummary(long id, String number, CaseState state, String itemCode, String itemName,
        String applicantName, Instant receivedAt, LocalDate acceptanceDue, @Nullable LocalDate due) {

    /** Individuals' names are masked in lists (张** ); enterprises' are public. */
    public static String maskName(String kind, String name) {
        return ApplicantKind.INDIVIDUAL.name().equals(kind) && name.length() > 1
                ? name.charAt(0) + "*".repeat(name.length() - 1) : name;
    }
}
