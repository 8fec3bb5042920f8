package org.xiaoneng.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * An account was locked after too many consecutive wrong passwords; it refuses every sign-in until {@code lockedUntil}
 * or until a system admin unlocks it.
 *
 * @param actor          who typed the last wrong password (the account itself), with the address
 * @param account        the account locked
 * @param failedAttempts the consecutive failures that locked it
 * @param lockedUntil    when the lock ends by itself
 * @param occurredAt     when
 * @param departmentId   the account's home department
 */
public record AccountLockedOut(Actor actor, String account, int failedAttempts, Instant lockedUntil,
        Instant occurredAt, @Nullable Long departmentId) implements AuditableEvent {

    @Override
    public String action() {
        return "identity.account.lockedOut";
    }

    @Override
    public String recordType() {
        return "account";
    }

    @Override
    public String recordId() {
        return account;
    }

    @Override
    public String before() {
        return "unlocked";
    }

    @Override
    public String after() {
        return "locked until " + lockedUntil + " after " + failedAttempts + " wrong passwords";
    }
}
