package org.xiaoneng.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masking of personal data (resident ID numbers, mobile phone numbers) wherever it is shown to someone who does not
 * need it, stored in the audit trail, or could reach a log.
 */
public final class PersonalData {

    // 18-digit resident ID (last may be X) and 11-digit mainland mobile numbers, not inside longer digit runs.
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    private PersonalData() {
    }

    /** 110101199003077777 → 110101********7777. */
    public static @Nullable String maskIdNumber(@Nullable String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static @Nullable String maskPhone(@Nullable String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Masks every ID number and mobile number found in free text. */
    public static @Nullable String maskText(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, "$1********$2");
        return replace(MOBILE, masked, "$1****$2");
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
}
