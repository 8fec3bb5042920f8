package org.xiaoneng.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in the applicant's portal inbox, already written in their language. */
public record InboxMessage(long id, String subjectReference, String title, String body, Instant createdAt,
        @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
