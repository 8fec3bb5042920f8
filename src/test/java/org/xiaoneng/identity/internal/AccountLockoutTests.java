package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.xiaoneng.platform.DomainException;

class AccountLockoutTests {

    private static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

    private static Account account() {
        return Account.create("tester", "测试员", 7L, "{noop}x", T0);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheFifthDoesForFifteenMinutes() {
        Account account = account();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedLogin(T0.plusSeconds(i))).isEqualTo(Account.FailedLogin.COUNTED);
            assertThat(account.isLockedAt(T0.plusSeconds(i))).isFalse();
        }
        Instant fifth = T0.plusSeconds(5);
        assertThat(account.recordFailedLogin(fifth)).isEqualTo(Account.FailedLogin.LOCKED_NOW);
        assertThat(account.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(account.isLockedAt(fifth.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(account.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void wrongPasswordsWhileLockedAreNotCountedAndDoNotExtendTheLock() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        Instant until = account.lockedUntil();
        assertThat(account.recordFailedLogin(T0.plus(Duration.ofMinutes(10))))
                .isEqualTo(Account.FailedLogin.ALREADY_LOCKED);
        assertThat(account.lockedUntil()).isEqualTo(until);
        assertThat(account.failedAttempts()).isEqualTo(5);
    }

    @Test
    void afterTheLockRunsOutCountingStartsAgain() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(account.recordFailedLogin(later)).isEqualTo(Account.FailedLogin.COUNTED);
        assertThat(account.failedAttempts()).isEqualTo(1);
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0);
        }
        assertThat(account.recordSuccessfulLogin(T0)).isTrue();
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.recordSuccessfulLogin(T0)).isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(T0)).isEqualTo(Account.FailedLogin.COUNTED);
        }
    }

    @Test
    void aRightPasswordCheckedInParallelDoesNotLiftALockInForce() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        assertThat(account.recordSuccessfulLogin(T0.plusSeconds(1))).isFalse();
        assertThat(account.isLockedAt(T0.plusSeconds(1))).isTrue();
        assertThat(account.failedAttempts()).isEqualTo(5);
    }

    @Test
    void unlockLiftsTheLockAtOnce() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        assertThat(account.unlock()).isTrue();
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void deactivationIsGuarded() {
        Account account = account();
        assertThatThrownBy(account::reactivate).isInstanceOf(DomainException.class)
                .hasMessage("identity.account.alreadyActive");
        account.deactivate();
        assertThat(account.enabled()).isFalse();
        assertThatThrownBy(account::deactivate).hasMessage("identity.account.alreadyInactive");
    }

    @Test
    void accountNamesAreLowerCaseAndCheckedAndSummariesNeverShowThePassword() {
        assertThat(Account.normalize("  Clerk1 ")).isEqualTo("clerk1");
        assertThatThrownBy(() -> Account.create("bad name", "x", null, "{noop}x", T0))
                .hasMessage("identity.account.usernameInvalid");
        assertThatThrownBy(() -> Account.create("system", "x", null, "{noop}x", T0))
                .hasMessage("identity.account.usernameReserved");
        assertThatThrownBy(() -> Account.create("ok", " ", null, "{noop}x", T0))
                .hasMessage("identity.account.displayNameInvalid");
        assertThat(account().summary("市商务局(SWJ)")).contains("测试员", "市商务局(SWJ)").doesNotContain("noop");
    }
}
