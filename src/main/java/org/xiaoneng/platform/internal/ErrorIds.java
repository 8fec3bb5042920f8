package org.xiaoneng.platform.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short reference ids that a person can read out to the help desk and that find the detail in the log. */
final class ErrorIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
