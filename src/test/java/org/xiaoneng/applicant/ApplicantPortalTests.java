package org.xiaoneng.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.IntegrationTest;

/**
 * The applicant's side of the portal on the real database: accounts by phone and password kept apart from staff
 * sign-ins, online application, my cases, correction, the public query and announcement, and rating a closed case.
 */
@IntegrationTest
class ApplicantPortalTests {

    static final String PASSWORD = "Secret2026";
    static final String STAFF_PASSWORD = "Demo@2026";
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String newPhone() {
        return "1390000" + PHONES.incrementAndGet();
    }

    void register(String phone, String name) throws Exception {
        mvc.perform(post("/portal/account/register").with(csrf()).param("phone", phone).param("name", name)
                        .param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/account/login?registered"));
    }

    MockHttpSession signIn(String phone) throws Exception {
        MvcResult result = mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone)
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/my/cases")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    MockHttpSession applicant() throws Exception {
        String phone = newPhone();
        register(phone, "李四");
        return signIn(phone);
    }

    @Test
    void anApplicantRegistersWithAPhoneAndSignsInAndAWeakPasswordOrATakenPhoneIsRefused() throws Exception {
        String phone = newPhone();
        register("+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "李四");
        assertThat(jdbc.sql("SELECT password_hash FROM applicant_account WHERE phone = :p").param("p", phone)
                .query(String.class).single()).startsWith("{bcrypt}");
        String taken = mvc.perform(post("/portal/account/register").with(csrf()).param("phone", phone)
                        .param("name", "王五").param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("该手机号码已注册");
        String weak = mvc.perform(post("/portal/account/register").with(csrf()).param("phone", newPhone())
                        .param("name", "王五").param("password", "abcdefgh").param("confirmation", "abcdefgh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("须同时包含字母和数字");
        MockHttpSession session = signIn(phone);
        mvc.perform(get("/portal/my/cases").session(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'applicant.account.registered'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccount() throws Exception {
        String phone = newPhone();
        register(phone, "赵六");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone).param("password", "Wrong1234"))
                    .andExpect(redirectedUrl("/portal/account/login?error"));
        }
        mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone).param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal/account/login?locked"));
    }

    @Test
    void staffAndApplicantSessionsDoNotMix() throws Exception {
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("clerk1")
                        .password(STAFF_PASSWORD))
                .andExpect(redirectedUrl("/console")).andReturn().getRequest().getSession();
        mvc.perform(get("/portal/my/cases").session(staff))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/account/login"));
        MockHttpSession applicant = applicant();
        mvc.perform(get("/console").session(applicant))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/my/cases")).andExpect(status().is3xxRedirection());
    }
}
