package org.xiaoneng.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The unresolved time must be positive: a zero or negative one would list every inquiry, or none, at once. */
class InquiryPropertiesTests {

    @Test
    void theUnresolvedTimeMustBePositive() {
        assertThat(new InquiryProperties(Duration.ofHours(8)).unresolvedAfter()).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> new InquiryProperties(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xiaoneng.inquiry.unresolved-after");
        assertThatThrownBy(() -> new InquiryProperties(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
