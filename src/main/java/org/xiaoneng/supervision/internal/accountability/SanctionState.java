package org.xiaoneng.supervision.internal.accountability;

/** Where a warning or sanction stands. */
public enum SanctionState {
    /** The policy proposed it; a supervisor has not decided yet. */
    PROPOSED,
    /** A supervisor confirmed it, with a reason; the person may appeal once. */
    CONFIRMED,
    /** A supervisor dismissed it, with a reason. */
    DISMISSED
}
