package org.xiaoneng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.xiaoneng.IntegrationTest;

/** Personal data logged by careless code is masked in the application log. Runs under the project's logback-spring.xml. */
@ExtendWith(OutputCaptureExtension.class)
@IntegrationTest
class LogMaskingTests {

    @Test
    void idAndPhoneNumbersAreMaskedInTheLog(CapturedOutput output) {
        LoggerFactory.getLogger("careless").warn("申请人身份证 {} 电话 {}", "110101199003077777", "13812345678");
        assertThat(output.getOut()).contains("申请人身份证 110101********7777 电话 138****5678")
                .doesNotContain("110101199003077777").doesNotContain("13812345678");
    }
}
