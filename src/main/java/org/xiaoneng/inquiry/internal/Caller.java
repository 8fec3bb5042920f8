package org.xiaoneng.inquiry.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;

/**
 * Who asks a first inquiry to change: the person as signed in, and — when the inquiry has a desk and they act for it
 * today (as its holder, or as deputy for its absent holder) — the same person acting at that desk, as the audit trail
 * must record them.
 *
 * @param actor  the person in their own post
 * @param atDesk the person acting for the inquiry's desk today; null when they do not
 */
record Caller(Actor actor, @Nullable Actor atDesk) {

    static Caller of(Actor actor) {
        return new Caller(actor, null);
    }

    String account() {
        return actor.account();
    }
}
