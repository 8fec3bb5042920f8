package org.xiaoneng.casework;

/**
 * The answer to a receipt: the case, and whether this request created it ({@code false} when the same
 * Idempotency-Key had already created it — a client retry).
 */
public record ReceivedCase(CaseView view, boolean created) {
}
