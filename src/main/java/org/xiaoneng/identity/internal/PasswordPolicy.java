package org.xiaoneng.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.platform.DomainException;

/**
 * Passwords have at least 8 characters, at least 3 of the 4 classes (upper case, lower case, digits, symbols — any
 * other character, Chinese included, counts as a symbol), do not contain the account name, and fit bcrypt's 72 bytes. A refusal names what
 * is missing, in the person's language.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MIN_CLASSES = 3;
    /** bcrypt reads at most 72 bytes; a longer password would be refused by the encoder (or cut short). */
    static final int MAX_UTF8_BYTES = 72;

    /** The kinds of characters a password mixes. */
    enum CharacterClass {
        /** A-Z and other upper-case letters. */
        UPPER,
        /** a-z and other lower-case letters. */
        LOWER,
        /** 0-9 and other digits. */
        DIGIT,
        /** Anything else: punctuation, spaces, Chinese characters. */
        SYMBOL
    }

    /**
     * What a password lacks.
     *
     * @param length          its length in characters
     * @param present         the classes it has
     * @param containsAccount whether it contains the account name (ignoring case)
     */
    record Verdict(int length, Set<CharacterClass> present, boolean containsAccount) {

        boolean tooShort() {
            return length < MIN_LENGTH;
        }

        boolean tooFewClasses() {
            return present.size() < MIN_CLASSES;
        }

        boolean acceptable() {
            return !tooShort() && !tooFewClasses() && !containsAccount;
        }

        Set<CharacterClass> missing() {
            Set<CharacterClass> missing = EnumSet.allOf(CharacterClass.class);
            missing.removeAll(present);
            return missing;
        }

        /** The refusal as a message: {@code identity.password.weak} with one part per failed requirement. */
        DomainException refusal() {
            return new DomainException("identity.password.weak",
                    tooShort() ? message("identity.password.tooShort", MIN_LENGTH, length) : "",
                    tooFewClasses() ? message("identity.password.tooFewClasses", MIN_CLASSES, present.size(),
                            list(missing())) : "",
                    containsAccount ? message("identity.password.containsAccount") : "");
        }

        private static MessageSourceResolvable list(Set<CharacterClass> classes) {
            List<Object> names = new ArrayList<>();
            for (CharacterClass c : classes) {
                names.add(message("identity.password.class." + c.name()));
            }
            return message("identity.password.list." + names.size(), names.toArray());
        }

        private static MessageSourceResolvable message(String code, Object... arguments) {
            return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
        }
    }

    private PasswordPolicy() {
    }

    static Verdict check(String account, String password) {
        Set<CharacterClass> present = EnumSet.noneOf(CharacterClass.class);
        password.codePoints().forEach(c -> present.add(classOf(c)));
        String name = account.strip().toLowerCase(Locale.ROOT);
        boolean containsAccount = !name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name);
        return new Verdict(password.codePointCount(0, password.length()), present, containsAccount);
    }

    /** Throws the refusal (a {@link DomainException} naming what is missing) unless the password is acceptable. */
    static void require(String account, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new DomainException("identity.password.tooLong", MAX_UTF8_BYTES, MAX_UTF8_BYTES / 3);
        }
        Verdict verdict = check(account, password);
        if (!verdict.acceptable()) {
            throw verdict.refusal();
        }
    }

    private static CharacterClass classOf(int codePoint) {
        if (Character.isUpperCase(codePoint)) {
            return CharacterClass.UPPER;
        }
        if (Character.isLowerCase(codePoint)) {
            return CharacterClass.LOWER;
        }
        if (Character.isDigit(codePoint)) {
            return CharacterClass.DIGIT;
        }
        return CharacterClass.SYMBOL;
    }
}
