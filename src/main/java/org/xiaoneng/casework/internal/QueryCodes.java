package org.xiaoneng.casework.internal;

import java.security.SecureRandom;

/**
 * Query codes (查询码) printed on receipts: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), from a
 * secure random source — about 10^11 possibilities, so that a case number alone never opens a case.
 */
final class QueryCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
