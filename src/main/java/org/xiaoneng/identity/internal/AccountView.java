package org.xiaoneng.identity.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An account as pages and the API show it: never its password or hash.
 *
 * @param locked      whether it refuses sign-in now because of wrong passwords
 * @param lockedUntil when the lock ends by itself, while locked
 * @param version     to send back with an edit (optimistic locking)
 */
public record AccountView(long id, String username, String displayName, @Nullable Long homeDepartmentId,
        @Nullable String homeDepartmentName, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
        int failedAttempts, Instant passwordChangedAt, Instant createdAt, int version, List<GrantView> grants) {
}
