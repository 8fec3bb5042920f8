package org.xiaoneng.notification.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.notification.Channel;

/** A claimed outbox row on its way to a gateway; {@code attempt} counts this one. */
record OutgoingMessage(long id, UUID messageId, Channel channel, @Nullable String address, String title, String body,
        int attempt) {
}
