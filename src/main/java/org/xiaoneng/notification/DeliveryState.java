package org.xiaoneng.notification;

/** Where a queued message stands. */
public enum DeliveryState {
    /** Waiting for (or between) delivery attempts. */
    PENDING,
    /** Delivered to the gateway (or, for the portal, stored in the inbox); never sent again. */
    SENT,
    /** Every attempt failed; kept with its last error for someone to look at. */
    FAILED,
    /** Not sent because the channel is not configured on this installation (no mail server, no SMS gateway). */
    SKIPPED
}
