package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;
import static org.xiaoneng.identity.IdentityTestSupport.TEST_PASSWORD;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;

/** Five wrong passwords in a row lock an account for fifteen minutes of (test) clock time. */
@IntegrationTest
@RecordApplicationEvents
class LockoutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void wrongPassword(String account) throws Exception {
        mvc.perform(formLogin("/login").user(account).password("Wrong-Pass1")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    private int failedAttempts(String account) {
        return jdbc.sql("SELECT failed_attempts FROM identity_account WHERE username = :u").param("u", account)
                .query(Integer.class).single();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        IdentityTestSupport.createAccount(mvc, "lockout1");
        for (int i = 0; i < 4; i++) {
            wrongPassword("lockout1");
        }
        assertThat(failedAttempts("lockout1")).isEqualTo(4);
        assertThat(events.stream(AccountLockedOut.class)).isEmpty();
        wrongPassword("lockout1");
        assertThat(events.stream(AccountLockedOut.class)).singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo("lockout1"));

        // the right password is refused now, and the login page says why
        MvcResult refused = mvc.perform(formLogin("/login").user("lockout1").password(TEST_PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(Matchers.containsString("账号已锁定")));
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("lockout1", TEST_PASSWORD)))
                .andExpect(status().isUnauthorized());

        // the admin sees the lock
        mvc.perform(get("/api/v1/identity/accounts/lockout1").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.locked").value(true));

        // a margin of a minute for the real time this test itself takes
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/login").user("lockout1").password(TEST_PASSWORD)).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user("lockout1").password(TEST_PASSWORD))
                .andExpect(authenticated().withUsername("lockout1"));
        assertThat(failedAttempts("lockout1")).isZero();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        IdentityTestSupport.createAccount(mvc, "lockout2");
        for (int i = 0; i < 4; i++) {
            wrongPassword("lockout2");
        }
        mvc.perform(formLogin("/login").user("lockout2").password(TEST_PASSWORD)).andExpect(authenticated());
        assertThat(failedAttempts("lockout2")).isZero();
        for (int i = 0; i < 4; i++) {
            wrongPassword("lockout2");
        }
        mvc.perform(formLogin("/login").user("lockout2").password(TEST_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void httpBasicFailuresCountTooAndTheAdminCanUnlock() throws Exception {
        IdentityTestSupport.createAccount(mvc, "lockout3");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/identity/me").with(httpBasic("lockout3", "Wrong-Pass1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("lockout3", TEST_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/identity/accounts/lockout3/unlock").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("lockout3", TEST_PASSWORD)))
                .andExpect(status().isOk());
    }
}
