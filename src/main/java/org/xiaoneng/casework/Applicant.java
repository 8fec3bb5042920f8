package org.xiaoneng.casework;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.PersonalData;

/**
 * The applicant (申请人). The identification number (resident ID or credit code) and the phone are personal data:
 * {@link #masked()} is what views show and {@link #toString()} never prints them, so that a log line cannot leak them.
 *
 * @param idNumber resident ID number for individuals, unified social credit code for enterprises
 * @param email    where notices are e-mailed, if the applicant gave one
 */
public record Applicant(ApplicantKind kind, String name, String idNumber, String phone, @Nullable String email) {

    public Applicant(ApplicantKind kind, String name, String idNumber, String phone) {
        this(kind, name, idNumber, phone, null);
    }

    /** The same applicant with ID number and phone masked (and, for individuals, the name). */
    public Applicant masked() {
        String shownName = kind == ApplicantKind.INDIVIDUAL && name.length() > 1
                ? name.charAt(0) + "*".repeat(name.length() - 1) : name;
        return new Applicant(kind, shownName, String.valueOf(PersonalData.maskIdNumber(idNumber)),
                String.valueOf(PersonalData.maskPhone(phone)), maskEmail(email));
    }

    private static @Nullable String maskEmail(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    @Override
    public String toString() {
        Applicant masked = masked();
        return "Applicant[" + kind + ", " + masked.name + ", " + masked.idNumber + ", " + masked.phone + "]";
    }
}
