package org.xiaoneng.notification.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.notification.Channel;

/** An outbox row to insert, already rendered in the recipient's language. */
record NewMessage(String idempotencyKey, Channel channel, String recipientReference, String recipientName,
        @Nullable String address, String subjectReference, String template, String locale, String title, String body,
        @Nullable Long departmentId) {
}
