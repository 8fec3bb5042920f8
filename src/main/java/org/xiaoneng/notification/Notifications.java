package org.xiaoneng.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.xiaoneng.notification.internal.NotificationQueue;
import org.xiaoneng.notification.internal.Outbox;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.RecordChanged;

import jakarta.validation.Valid;

/**
 * Notifications to applicants. {@link #send} must be called inside the caller's transaction (it refuses to run
 * without one): the message is written to an outbox in that transaction, so a change that rolls back sends nothing,
 * and it is delivered after the commit by a dispatcher that retries with backoff — none lost, none sent twice once
 * marked sent. The same idempotency key never queues a second message. The portal channel is the applicant's inbox,
 * read here by recipient reference
 * ({@code applicant:<id>} for applicants, {@code staff:<id>} for staff).
 */
@Service
@Validated
public class Notifications {

    /** Most inbox messages or console rows returned at once. */
    public static final int MAX_LIST = 200;

    private final NotificationQueue queue;
    private final Outbox outbox;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Notifications(NotificationQueue queue, Outbox outbox, Clock clock, CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.queue = queue;
        this.outbox = outbox;
        this.clock = clock;
        this.currentActor = currentActor;
        this.events = events;
    }

    /**
     * Queues the notification on each requested channel the recipient has an address for (the portal always).
     *
     * @return the number of messages queued; 0 when the idempotency key was used before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int send(@Valid NotificationRequest request) {
        return queue.queue(request);
    }

    /** The applicant's portal inbox, newest first. */
    @Transactional(readOnly = true)
    public List<InboxMessage> inbox(String recipientReference) {
        return outbox.inbox(recipientReference, MAX_LIST);
    }

    /**
     * The inbox reference of a staff member: where modules address their in-app alerts and where the console reads
     * them, one convention for both.
     */
    public static String staffInbox(long staffId) {
        return "staff:" + staffId;
    }

    /** How many of the recipient's inbox messages are unread. */
    @Transactional(readOnly = true)
    public int unread(String recipientReference) {
        return outbox.unread(recipientReference);
    }

    /**
     * Marks one of the recipient's inbox messages read; false when it is not theirs. The first read is audited (who
     * read which message when); reading it again changes and records nothing.
     */
    @Transactional
    public boolean markRead(String recipientReference, long messageId) {
        Instant now = clock.instant();
        Outbox.ReadMark mark = outbox.markRead(recipientReference, messageId, now);
        if (mark == Outbox.ReadMark.MARKED) {
            events.publishEvent(new RecordChanged(currentActor.actor(), "notification.message.read", "message",
                    String.valueOf(messageId), "unread " + recipientReference, "read", now, null));
        }
        return mark != Outbox.ReadMark.NOT_FOUND;
    }

    /** The most recent messages of the departments in scope, optionally of one state, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> recent(DataScope scope, @Nullable DeliveryState state, int limit) {
        return outbox.recent(scope, state, Math.min(Math.max(limit, 1), MAX_LIST));
    }
}
