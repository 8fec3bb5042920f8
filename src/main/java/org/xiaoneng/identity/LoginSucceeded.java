package org.xiaoneng.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * An account signed in (through the login form or with HTTP Basic on the API).
 *
 * @param actor        the account that signed in, with the address it came from
 * @param account      the account name
 * @param method       {@code form} or {@code basic}
 * @param occurredAt   when
 * @param departmentId the account's home department
 */
public record LoginSucceeded(Actor actor, String account, String method, Instant occurredAt,
        @Nullable Long departmentId) implements AuditableEvent {

    @Override
    public String action() {
        return "identity.login.succeeded";
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
    public @Nullable String before() {
        return null;
    }

    @Override
    public String after() {
        return "signed in (" + method + ")";
    }
}
