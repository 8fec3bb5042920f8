package org.xiaoneng.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;

/**
 * A staff account. It guards its own sign-in state: five consecutive wrong passwords lock it for fifteen minutes, a
 * locked account counts nothing more until the lock ends, and a successful sign-in starts the count again.
 */
final class Account {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Names the audit trail uses for actors who are not accounts: no account may be confused with them. */
    static final Set<String> RESERVED_USERNAMES = Set.of(Actor.SYSTEM_ACCOUNT, "anonymous", "anonymoususer", "root",
            "administrator");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** What a wrong password did to the account. */
    enum FailedLogin {
        /** Counted; the account stays usable. */
        COUNTED,
        /** This failure locked the account. */
        LOCKED_NOW,
        /** The account was already locked; nothing was counted. */
        ALREADY_LOCKED
    }

    private final @Nullable Long id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private @Nullable Long homeDepartmentId;
    private boolean enabled;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private Instant passwordChangedAt;
    private final Instant createdAt;
    private final int version;

    Account(@Nullable Long id, String username, String passwordHash, String displayName,
            @Nullable Long homeDepartmentId, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil,
            Instant passwordChangedAt, Instant createdAt, int version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.homeDepartmentId = homeDepartmentId;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = passwordChangedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Account create(String username, String displayName, @Nullable Long homeDepartmentId, String passwordHash,
            Instant now) {
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("identity.account.usernameInvalid");
        }
        if (RESERVED_USERNAMES.contains(username)) {
            throw new DomainException("identity.account.usernameReserved", username);
        }
        return new Account(null, username, passwordHash, requireName(displayName), homeDepartmentId, true, 0, null,
                now, now, 0);
    }

    /** Normalizes what a person typed as an account name: accounts are lower case, without surrounding blanks. */
    static String normalize(String typed) {
        return typed.strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    FailedLogin recordFailedLogin(Instant now) {
        if (isLockedAt(now)) {
            return FailedLogin.ALREADY_LOCKED;
        }
        if (lockedUntil != null) {
            // the previous lock has run out: counting starts again
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            return FailedLogin.LOCKED_NOW;
        }
        return FailedLogin.COUNTED;
    }

    /**
     * Clears the count of wrong passwords; true when there was anything to clear. A lock in force stays: a right
     * password checked in parallel with the attempt that locked the account must not lift the lock.
     */
    boolean recordSuccessfulLogin(Instant now) {
        if (isLockedAt(now)) {
            return false;
        }
        return unlock();
    }

    /** A system admin lifts the lock (and the count); true when there was anything to lift. */
    boolean unlock() {
        boolean changed = failedAttempts != 0 || lockedUntil != null;
        failedAttempts = 0;
        lockedUntil = null;
        return changed;
    }

    void updateProfile(String newDisplayName, @Nullable Long newHomeDepartmentId) {
        displayName = requireName(newDisplayName);
        homeDepartmentId = newHomeDepartmentId;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    void deactivate() {
        if (!enabled) {
            throw new DomainException("identity.account.alreadyInactive", username);
        }
        enabled = false;
    }

    void reactivate() {
        if (enabled) {
            throw new DomainException("identity.account.alreadyActive", username);
        }
        enabled = true;
    }

    /** A short summary for the audit trail: never the password or its hash. */
    String summary(@Nullable String homeDepartmentName) {
        return "displayName=" + displayName + "; homeDepartment="
                + (homeDepartmentName == null ? Objects.toString(homeDepartmentId, "-") : homeDepartmentName)
                + "; " + (enabled ? "active" : "inactive");
    }

    private static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new DomainException("identity.account.displayNameInvalid");
        }
        return stripped;
    }

    @Nullable Long id() {
        return id;
    }

    long requireId() {
        return Objects.requireNonNull(id, "account not saved yet");
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    @Nullable Long homeDepartmentId() {
        return homeDepartmentId;
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version;
    }
}
