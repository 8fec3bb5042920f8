package org.xiaoneng.applicant.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers as stored: 11 digits, without spaces, dashes or the +86 country code. */
final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private Phones() {
    }

    static Optional<String> normalize(String typed) {
        String digits = typed.replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
