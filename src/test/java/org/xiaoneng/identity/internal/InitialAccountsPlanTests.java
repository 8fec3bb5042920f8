package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.xiaoneng.identity.internal.InitialAccountsPlan.Decision;

class InitialAccountsPlanTests {

    private static final Function<PasswordPolicy.Verdict, String> DESCRIBE = verdict -> "missing "
            + verdict.missing() + (verdict.tooShort() ? ", too short" : "")
            + (verdict.containsAccount() ? ", contains the account name" : "");

    @Test
    void existingAccountsAreLeftAloneWhateverTheSettings() {
        assertThat(InitialAccountsPlan.decide(true, true, null, DESCRIBE)).isEqualTo(Decision.NOTHING);
        assertThat(InitialAccountsPlan.decide(false, true, null, DESCRIBE)).isEqualTo(Decision.NOTHING);
        assertThat(InitialAccountsPlan.decide(false, true, "weak", DESCRIBE)).isEqualTo(Decision.NOTHING);
    }

    @Test
    void demoDataOnAndNoAccountMeansDemoAccounts() {
        assertThat(InitialAccountsPlan.decide(true, false, null, DESCRIBE)).isEqualTo(Decision.DEMO_ACCOUNTS);
    }

    @Test
    void productionStartWithoutPasswordFailsNamingTheSetting() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> InitialAccountsPlan.decide(false, false, missing, DESCRIBE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("XIAONENG_INITIAL_ADMIN_PASSWORD")
                    .hasMessageContaining("xiaoneng.initial-admin-password");
        }
    }

    @Test
    void productionStartWithAWeakPasswordFailsSayingWhy() {
        assertThatThrownBy(() -> InitialAccountsPlan.decide(false, false, "administrator1", DESCRIBE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XIAONENG_INITIAL_ADMIN_PASSWORD")
                .hasMessageContaining("does not meet the password policy")
                .hasMessageContaining("contains the account name")
                .hasMessageContaining("UPPER");
        assertThatThrownBy(() -> InitialAccountsPlan.decide(false, false, "Ab1!", DESCRIBE))
                .hasMessageContaining("too short");
    }

    @Test
    void productionStartRefusesThePublishedDemoPassword() {
        assertThatThrownBy(() -> InitialAccountsPlan.decide(false, false, DemoAccounts.PASSWORD, DESCRIBE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password");
    }

    @Test
    void productionStartWithAStrongPasswordCreatesTheFirstAdmin() {
        assertThat(InitialAccountsPlan.decide(false, false, "Xn-Start!2026", DESCRIBE))
                .isEqualTo(Decision.INITIAL_ADMIN);
    }
}
