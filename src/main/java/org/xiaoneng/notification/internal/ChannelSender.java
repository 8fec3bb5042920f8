package org.xiaoneng.notification.internal;

import org.xiaoneng.notification.Channel;

/** Hands a message to one channel's gateway. Throws when the gateway did not take it (the dispatcher retries). */
interface ChannelSender {

    Channel channel();

    /** False when this installation has no gateway for the channel: its messages are SKIPPED, not failed. */
    boolean enabled();

    void send(OutgoingMessage message) throws Exception;
}
