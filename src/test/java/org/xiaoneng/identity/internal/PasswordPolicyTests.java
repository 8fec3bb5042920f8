package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.xiaoneng.identity.internal.PasswordPolicy.CharacterClass;
import org.xiaoneng.platform.DomainException;

class PasswordPolicyTests {

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    PasswordPolicyTests() {
        messages.setBasename("classpath:messages/identity");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void acceptsEightCharactersOfThreeClasses() {
        assertThat(PasswordPolicy.check("clerk1", "Demo@2026").acceptable()).isTrue();
        assertThat(PasswordPolicy.check("clerk1", "abcdEF12").acceptable()).isTrue();
        assertThat(PasswordPolicy.check("clerk1", "abcd12!?").acceptable()).isTrue();
        assertThat(PasswordPolicy.check("clerk1", "效能革命abc123").acceptable()).isTrue(); // Chinese counts as symbols
    }

    @Test
    void refusesShortPasswords() {
        PasswordPolicy.Verdict verdict = PasswordPolicy.check("clerk1", "Ab1!xyz");
        assertThat(verdict.tooShort()).isTrue();
        assertThat(verdict.tooFewClasses()).isFalse();
        assertThat(verdict.acceptable()).isFalse();
    }

    @Test
    void refusesTooFewClassesAndKnowsWhichAreMissing() {
        PasswordPolicy.Verdict verdict = PasswordPolicy.check("clerk1", "abcdefgh12");
        assertThat(verdict.tooFewClasses()).isTrue();
        assertThat(verdict.missing()).containsExactly(CharacterClass.UPPER, CharacterClass.SYMBOL);
    }

    @Test
    void refusesPasswordsBeyondBcrypts72BytesCountingChineseAsThree() {
        assertThatThrownBy(() -> PasswordPolicy.require("clerk1", "Aa1!" + "效".repeat(23))) // 4 + 69 = 73 bytes
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("identity.password.tooLong");
        PasswordPolicy.require("clerk1", "Aa1!x" + "效".repeat(22)); // 5 + 66 = 71 bytes
    }

    @Test
    void refusesPasswordsContainingTheAccountNameInAnyCase() {
        assertThat(PasswordPolicy.check("handler1", "xxHANDLER1!Z").containsAccount()).isTrue();
        assertThat(PasswordPolicy.check("handler1", "xxHANDLER1!Z").acceptable()).isFalse();
        assertThat(PasswordPolicy.check("handler1", "Handle@2026").containsAccount()).isFalse();
    }

    @Test
    void theRefusalNamesWhatIsMissingInChineseAndEnglish() {
        DomainException refusal = PasswordPolicy.check("admin", "admin1").refusal();
        assertThat(refusal.messageKey()).isEqualTo("identity.password.weak");
        String zh = messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).isEqualTo("密码不符合要求：至少需要 8 个字符（现在 6 个）。需包含大写字母、小写字母、数字、符号中至少 3 类"
                + "（现在 2 类），可补充：大写字母、符号。不得包含账号名。");
        String en = messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH);
        assertThat(en).isEqualTo("The password does not meet the policy. It needs at least 8 characters (it has 6)."
                + " It needs at least 3 of upper-case letters, lower-case letters, digits and symbols (it has 2);"
                + " add upper-case letters or symbols. It must not contain the account name.");
    }

    @Test
    void aRefusalWithOneProblemNamesOnlyThatOne() {
        DomainException onlyAccount = PasswordPolicy.check("clerk1", "My-Clerk1").refusal();
        assertThat(messages.getMessage(onlyAccount.messageKey(), onlyAccount.arguments(), Locale.ENGLISH))
                .isEqualTo("The password does not meet the policy. It must not contain the account name.");
        DomainException onlyClasses = PasswordPolicy.check("clerk1", "abcdefghij").refusal();
        assertThat(messages.getMessage(onlyClasses.messageKey(), onlyClasses.arguments(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("密码不符合要求：需包含大写字母、小写字母、数字、符号中至少 3 类（现在 1 类），可补充：大写字母、数字、符号。");
    }

    @Test
    void requireThrowsOnlyForWeakPasswords() {
        PasswordPolicy.require("clerk1", "Demo@2026");
        assertThatThrownBy(() -> PasswordPolicy.require("clerk1", "password"))
                .isInstanceOf(DomainException.class).hasMessage("identity.password.weak");
    }
}
