package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.identity.AccountLockedOut;
import org.xiaoneng.identity.LoginFailed;
import org.xiaoneng.identity.LoginSucceeded;
import org.xiaoneng.platform.Actor;

/**
 * Counts wrong passwords, locks an account after the fifth in a row, clears the count on success, and records every
 * sign-in, refusal and lockout in the audit trail. The account row is locked while it is counted, so that parallel
 * attempts cannot slip past the limit.
 */
@Service
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void succeeded(String username, @Nullable String positionName, String method, @Nullable String address) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        boolean countCleared = account.recordSuccessfulLogin(now);
        if (countCleared) {
            accounts.saveLoginState(account);
        }
        if ("basic".equals(method) && !countCleared) {
            // HTTP Basic signs in again on every API call, and each call's changes are audited on their own; a
            // sign-in entry per call would bury the trail. Recorded only when it clears a count of wrong passwords.
            return;
        }
        events.publishEvent(new LoginSucceeded(new Actor(username, positionName, null, address), username, method, now,
                account.homeDepartmentId()));
    }

    @Transactional
    public void failed(String typed, LoginFailed.Reason reason, String method, @Nullable String address) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByUsernameForUpdate(Account.normalize(typed));
        if (found.isEmpty()) {
            events.publishEvent(new LoginFailed(new Actor("anonymous", null, null, address), null, reason, 0, method,
                    now, null));
            return;
        }
        Account account = found.get();
        String username = account.username();
        Actor actor = new Actor(username, null, null, address);
        LoginFailed.Reason recorded = reason;
        if (reason == LoginFailed.Reason.BAD_CREDENTIALS) {
            Account.FailedLogin outcome = account.recordFailedLogin(now);
            if (outcome == Account.FailedLogin.ALREADY_LOCKED) {
                recorded = LoginFailed.Reason.LOCKED;
            } else {
                accounts.saveLoginState(account);
            }
            if (outcome == Account.FailedLogin.LOCKED_NOW) {
                log.warn("Account {} locked until {} after {} wrong passwords", username, account.lockedUntil(),
                        account.failedAttempts());
                events.publishEvent(new AccountLockedOut(actor, username, account.failedAttempts(),
                        account.lockedUntil(), now, account.homeDepartmentId()));
            }
        }
        events.publishEvent(new LoginFailed(actor, username, recorded,
                recorded == LoginFailed.Reason.BAD_CREDENTIALS ? account.failedAttempts() : 0, method, now,
                account.homeDepartmentId()));
    }
}
