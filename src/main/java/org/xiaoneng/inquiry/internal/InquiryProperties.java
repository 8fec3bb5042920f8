package org.xiaoneng.inquiry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the first inquiry ({@code xiaoneng.inquiry.*}).
 *
 * @param unresolvedAfter how long an inquiry may wait for its answer before it is listed as unresolved for its owner
 *                        (ISO-8601 or Spring's short form: {@code PT24H}, {@code 8h}); must be positive, else the
 *                        application does not start
 */
@ConfigurationProperties("xiaoneng.inquiry")
record InquiryProperties(@DefaultValue("PT24H") Duration unresolvedAfter) {

    InquiryProperties {
        if (unresolvedAfter == null || unresolvedAfter.isZero() || unresolvedAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "xiaoneng.inquiry.unresolved-after must be a positive duration, such as PT24H; was "
                            + unresolvedAfter);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InquiryProperties.class)
    static class Enable {
    }
}
