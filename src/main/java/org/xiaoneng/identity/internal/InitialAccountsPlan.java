package org.xiaoneng.identity.internal;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the platform does about accounts when it starts: nothing once any account exists; with the demo data on, the
 * demo accounts; with the demo data off, the first system administrator {@code admin}, whose password must be
 * supplied — a production start never creates an account with a known password, so it refuses to start without one.
 */
final class InitialAccountsPlan {

    static final String PASSWORD_PROPERTY = "xiaoneng.initial-admin-password";
    static final String PASSWORD_VARIABLE = "XIAONENG_INITIAL_ADMIN_PASSWORD";
    static final String ADMIN = "admin";

    /** What to create. */
    enum Decision {
        /** Accounts exist already: create nothing. */
        NOTHING,
        /** Create the demo accounts (demo data on, no account yet). */
        DEMO_ACCOUNTS,
        /** Create {@code admin} with the supplied password (demo data off, no account yet). */
        INITIAL_ADMIN
    }

    private InitialAccountsPlan() {
    }

    /**
     * @param describe turns a refused password's verdict into plain (English) text for the start-up error
     * @throws IllegalStateException when the first admin is needed but its password is missing, weak or the published
     *                               demo password; the message names the setting to supply
     */
    static Decision decide(boolean demoEnabled, boolean anyAccountExists, @Nullable String initialAdminPassword,
            Function<PasswordPolicy.Verdict, String> describe) {
        if (anyAccountExists) {
            return Decision.NOTHING;
        }
        if (demoEnabled) {
            return Decision.DEMO_ACCOUNTS;
        }
        if (initialAdminPassword == null || initialAdminPassword.isBlank()) {
            throw new IllegalStateException("No account exists and the demo data is off (xiaoneng.demo.enabled=false). "
                    + "Supply the first system administrator's password in the environment variable "
                    + PASSWORD_VARIABLE + " (or the property " + PASSWORD_PROPERTY + "); the platform then creates "
                    + "the account '" + ADMIN + "' with it. The password needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, " + PasswordPolicy.MIN_CLASSES + " of upper-case letters, lower-case letters, "
                    + "digits and symbols, and must not contain '" + ADMIN + "'.");
        }
        if (DemoAccounts.PASSWORD.equals(initialAdminPassword)) {
            throw new IllegalStateException("The password in " + PASSWORD_VARIABLE + " (" + PASSWORD_PROPERTY
                    + ") is the published demo password; supply another one.");
        }
        PasswordPolicy.Verdict verdict = PasswordPolicy.check(ADMIN, initialAdminPassword);
        if (!verdict.acceptable()) {
            throw new IllegalStateException("The password in " + PASSWORD_VARIABLE + " (" + PASSWORD_PROPERTY
                    + ") does not meet the password policy: " + describe.apply(verdict) + " Supply a stronger one.");
        }
        return Decision.INITIAL_ADMIN;
    }
}
