package org.xiaoneng.applicant.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/**
 * An applicant account was registered ({@code applicant.account.registered}), or a sign-in to it failed
 * ({@code applicant.account.sign-in-failed}) or locked it ({@code applicant.account.locked}). Phone numbers appear
 * masked only.
 */
record ApplicantAccountChanged(Actor actor, String action, String recordId, @Nullable String before,
        @Nullable String after, Instant occurredAt) implements AuditableEvent {

    static final String REGISTERED = "applicant.account.registered";
    static final String SIGN_IN_FAILED = "applicant.account.sign-in-failed";
    static final String LOCKED = "applicant.account.locked";

    @Override
    public String recordType() {
        return "applicant-account";
    }
}
