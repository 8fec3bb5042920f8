package org.xiaoneng.platform;

import org.jspecify.annotations.Nullable;

/**
 * Who did something: the account, the position they acted in and — when they acted as a deputy (AB角) — the position
 * they acted for, and the network address the request came from. Captured when an event is published, so that the
 * audit trail can record it after the request is gone.
 *
 * @param account    the account name, or {@code system} for scheduled and start-up work
 * @param position   the position the account acted in, if known
 * @param deputyFor  the position the account acted for as its deputy, if any
 * @param address    the client address, if the action came from a request
 */
public record Actor(String account, @Nullable String position, @Nullable String deputyFor, @Nullable String address) {

    public static final String SYSTEM_ACCOUNT = "system";

    /** The platform itself, acting without a person (start-up, schedules). */
    public static Actor system() {
        return new Actor(SYSTEM_ACCOUNT, null, null, null);
    }

    /** The same person, now acting as deputy for {@code absentPosition}. */
    public Actor asDeputyFor(String actingPosition, String absentPosition) {
        return new Actor(account, actingPosition, absentPosition, address);
    }
}
