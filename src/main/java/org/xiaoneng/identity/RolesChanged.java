package org.xiaoneng.identity;

import java.time.Instant;

/**
 * An account's role grants changed (a role granted or revoked): published inside the transaction that changed them,
 * after the audit entry's event. Supervision reacts to it by checking the account's separation of duties again
 * ({@link DutyConflicts}).
 */
public record RolesChanged(String username, Instant occurredAt) {
}
