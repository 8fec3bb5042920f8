package org.xiaoneng.notification.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xiaoneng.notification.*}: how often and how hard the dispatcher tries, and where SMS go.
 *
 * @param dispatchInterval pause between two dispatcher runs
 * @param batchSize        rows claimed per run
 * @param maxAttempts      attempts before a message is FAILED
 * @param backoff          wait after the first failure; doubled after each further one
 * @param maxBackoff       longest wait between two attempts
 * @param lease            how long a claimed row stays invisible to other dispatchers; longer than any send may take
 * @param mailFrom         sender address of emails
 * @param sms              the SMS gateway
 */
@ConfigurationProperties("xiaoneng.notification")
public record NotificationProperties(Duration dispatchInterval, int batchSize, int maxAttempts, Duration backoff,
        Duration maxBackoff, Duration lease, String mailFrom, Sms sms) {

    public NotificationProperties {
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(2) : dispatchInterval;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "noreply@xiaoneng.local" : mailFrom;
        sms = sms == null ? new Sms(null, null, null, null) : sms;
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
    Duration backoffAfter(int attempt) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * @param url         the gateway's endpoint; SMS are SKIPPED when empty
     * @param token       sent in {@code tokenHeader}
     * @param tokenHeader header name of the token, {@code X-Api-Token} by default
     * @param timeout     connect and request timeout
     */
    public record Sms(@Nullable String url, @Nullable String token, @Nullable String tokenHeader,
            @Nullable Duration timeout) {

        public Sms {
            tokenHeader = tokenHeader == null || tokenHeader.isBlank() ? "X-Api-Token" : tokenHeader;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
