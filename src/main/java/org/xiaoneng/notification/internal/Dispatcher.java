package org.xiaoneng.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xiaoneng.notification.Channel;

/**
 * Delivers due outbox rows: claims a batch (skipping rows another node holds), hands each to its channel, and marks
 * it SENT, or schedules the next attempt with exponential backoff, or FAILED after the last attempt. Delivery to a
 * gateway is at least once — a crash between sending and marking leaves the row to be retried after its lease with the
 * same message id — and a row marked SENT is never claimed again. Safe to run on several threads and nodes at once.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final Clock clock;

    Dispatcher(Outbox outbox, List<ChannelSender> senders, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.properties = properties;
        this.clock = clock;
    }

    /** One run: claims and works through batches until no row is due; returns the number of rows worked on. */
    public int dispatch() {
        int worked = 0;
        List<OutgoingMessage> batch;
        do {
            Instant now = clock.instant();
            batch = outbox.claim(now, now.plus(properties.lease()), properties.batchSize());
            batch.forEach(this::deliver);
            worked += batch.size();
        } while (batch.size() == properties.batchSize());
        return worked;
    }

    private void deliver(OutgoingMessage message) {
        ChannelSender sender = senders.get(message.channel());
        if (sender == null || !sender.enabled()) {
            log.info("notification {} on {} skipped: the channel is not configured", message.id(), message.channel());
            outbox.markSkipped(message.id(), "channel not configured");
            return;
        }
        try {
            sender.send(message);
            outbox.markSent(message.id(), clock.instant());
            log.debug("notification {} sent on {} to {}", message.id(), message.channel(),
                    Masking.address(message.channel(), message.address()));
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            boolean last = message.attempt() >= properties.maxAttempts();
            Instant retryAt = last ? null : clock.instant().plus(properties.backoffAfter(message.attempt()));
            outbox.markAttemptFailed(message.id(), message.attempt(), error, retryAt);
            // the error text of a gateway may quote the address: mask what could be personal data
            log.warn("notification {} on {} to {}: attempt {} of {} failed{}: {}", message.id(), message.channel(),
                    Masking.address(message.channel(), message.address()), message.attempt(),
                    properties.maxAttempts(), last ? ", giving up" : ", retrying at " + retryAt,
                    org.xiaoneng.platform.PersonalData.maskText(error));
        }
    }
}
