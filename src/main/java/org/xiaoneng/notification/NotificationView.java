package org.xiaoneng.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One queued message as the console and the API show it; the recipient's address is masked. */
public record NotificationView(long id, UUID messageId, Channel channel, String recipient, @Nullable String address,
        String subjectReference, String template, DeliveryState state, int attempts, @Nullable String lastError,
        Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt) {
}
