package org.xiaoneng.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.NotificationRequest.Recipient;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.RecordChanged;

/**
 * Writes a request into the outbox, one row per channel the recipient can be reached on, rendered now in their
 * language (what the applicant receives does not change if a bundle is edited later), and records it in the audit
 * trail with the addresses masked. Runs in the caller's transaction.
 */
@Component
public class NotificationQueue {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final Outbox outbox;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    NotificationQueue(Outbox outbox, MessageSource messages, ApplicationEventPublisher events,
            CurrentActor currentActor, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The number of rows queued: 0 when the idempotency key was seen before (or no channel reaches the recipient). */
    public int queue(NotificationRequest request) {
        Recipient recipient = request.recipient();
        Locale locale = recipient.locale() == null ? DEFAULT_LOCALE : recipient.locale();
        Object[] arguments = request.arguments().toArray();
        String title = messages.getMessage("notification." + request.template() + ".title", arguments, locale);
        String body = messages.getMessage("notification." + request.template() + ".body", arguments, locale);
        Instant now = clock.instant();
        List<String> queued = new ArrayList<>();
        Long firstId = null;
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(request.channels()); // in enum order, so rows and the audit summary read the same every time
        for (Channel channel : channels) {
            String address = address(channel, recipient);
            if (channel != Channel.PORTAL && (address == null || address.isBlank())) {
                continue; // no address on this channel: nothing to queue, nothing to fail
            }
            NewMessage message = new NewMessage(request.idempotencyKey(), channel, recipient.reference(),
                    recipient.displayName(), address, request.subjectReference(), request.template(),
                    locale.toLanguageTag(), title, body, request.departmentId());
            Long id = outbox.insert(message, now).orElse(null);
            if (id != null) {
                firstId = firstId == null ? id : firstId;
                String masked = Masking.address(channel, address);
                queued.add(masked == null ? channel.name() : channel.name() + " " + masked);
            }
        }
        if (!queued.isEmpty()) {
            events.publishEvent(new RecordChanged(currentActor.actor(), "notification.message.queued", "notification",
                    request.idempotencyKey(), null,
                    request.template() + " · " + request.subjectReference() + " → " + String.join(", ", queued),
                    now, request.departmentId()));
        }
        return queued.size();
    }

    private static @Nullable String address(Channel channel, Recipient recipient) {
        return switch (channel) {
            case PORTAL -> null;
            case EMAIL -> recipient.email();
            case SMS -> recipient.mobile();
        };
    }
}
