package org.xiaoneng.notification.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.xiaoneng.notification.Channel;

/**
 * Email over SMTP with Spring's {@link JavaMailSender}, which exists only when {@code spring.mail.host} is set. The
 * Message-ID header is the row's stable message id, so a retry after a crash is recognisable as the same mail.
 */
@Component
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final @Nullable JavaMailSender mail;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail.getIfAvailable();
        this.properties = properties;
        if (this.mail == null) {
            log.info("No mail server configured (spring.mail.host): email notifications will be SKIPPED");
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return mail != null;
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        JavaMailSender sender = mail;
        if (sender == null || message.address() == null) {
            throw new IllegalStateException("email channel not available");
        }
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(message.address());
        helper.setSubject(message.title());
        helper.setText(message.body());
        // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating a new one
        mime.setHeader("Message-ID", messageId(message));
        sender.send(mime);
    }

    static String messageId(OutgoingMessage message) {
        return "<" + message.messageId() + "@xiaoneng>";
    }
}
