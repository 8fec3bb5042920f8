package org.xiaoneng.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * A sign-in was refused. The name typed is recorded only when it is an existing account: people sometimes type their
 * password into the account field, and that must not reach the audit trail.
 *
 * @param actor          who tried (the account when it exists, otherwise {@code anonymous}), with the address
 * @param account        the existing account tried, or null when no such account exists
 * @param reason         why it was refused
 * @param failedAttempts consecutive failures of the account so far (0 when unknown or not counted)
 * @param method         {@code form} or {@code basic}
 * @param occurredAt     when
 * @param departmentId   the account's home department, if known
 */
public record LoginFailed(Actor actor, @Nullable String account, Reason reason, int failedAttempts, String method,
        Instant occurredAt, @Nullable Long departmentId) implements AuditableEvent {

    /** Why a sign-in was refused. */
    public enum Reason {
        /** Wrong password, or no such account. */
        BAD_CREDENTIALS,
        /** The account is locked after too many wrong passwords. */
        LOCKED,
        /** The account is deactivated. */
        DISABLED,
        /** Something else failed (for example the database); nothing was counted. */
        ERROR
    }

    @Override
    public String action() {
        return "identity.login.failed";
    }

    @Override
    public String recordType() {
        return "account";
    }

    @Override
    public String recordId() {
        return account == null ? "(unknown account)" : account;
    }

    @Override
    public @Nullable String before() {
        return null;
    }

    @Override
    public String after() {
        return "refused: " + reason + (reason == Reason.BAD_CREDENTIALS && account != null
                ? ", consecutive failures " + failedAttempts : "") + " (" + method + ")";
    }
}
