package org.xiaoneng.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait between attempts doubles from the configured backoff and stops growing at the cap; defaults apply. */
class BackoffTests {

    @Test
    void doublesAfterEachFailureUpToTheCap() {
        NotificationProperties properties = new NotificationProperties(null, 0, 0, Duration.ofSeconds(30),
                Duration.ofMinutes(5), null, null, null);
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoffAfter(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void unsetSettingsTakeTheDocumentedDefaultsAndSmsIsOffWithoutAUrl() {
        NotificationProperties properties = new NotificationProperties(null, 0, 0, null, null, null, null, null);
        assertThat(properties.dispatchInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.batchSize()).isEqualTo(50);
        assertThat(properties.maxAttempts()).isEqualTo(5);
        assertThat(properties.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.sms().enabled()).isFalse();
        assertThat(properties.sms().tokenHeader()).isEqualTo("X-Api-Token");
        assertThat(Masking.email("zhang.san@example.com")).isEqualTo("z***@example.com");
    }
}
