package org.xiaoneng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void masksIdNumbersAndPhones() {
        assertThat(PersonalData.maskIdNumber("110101199003077777")).isEqualTo("110101********7777");
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksEveryOccurrenceInFreeText() {
        String text = "申请人 110101199003077777（X 结尾 11010119900307777X），电话13812345678；编号 2026112800001234567 不变";
        assertThat(PersonalData.maskText(text))
                .isEqualTo("申请人 110101********7777（X 结尾 110101********777X），电话138****5678；编号 2026112800001234567 不变");
    }

    @Test
    void leavesTextWithoutPersonalDataAlone() {
        assertThat(PersonalData.maskText("岗位 承办岗 于 2026-11-28 创建")).isEqualTo("岗位 承办岗 于 2026-11-28 创建");
        assertThat(PersonalData.maskText(null)).isNull();
    }
}
