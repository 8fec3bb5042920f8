package org.xiaoneng.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;
import static org.xiaoneng.identity.IdentityTestSupport.TEST_PASSWORD;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.OrganizationDirectory;

/** A signed-in session follows its account: new roles apply at once; deactivation and a reset end the session. */
@IntegrationTest
class SessionFreshnessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    private long swj() {
        return directory.departmentByCode("SWJ").orElseThrow().id();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/console")).andReturn().getRequest().getSession(false);
    }

    @Test
    void aGrantAppliesToAnOpenSessionAndAResetEndsIt() throws Exception {
        IdentityTestSupport.createAccount(mvc, "fresh1");
        IdentityTestSupport.grant(mvc, "fresh1", "HANDLER", swj(), 201);
        MockHttpSession session = signIn("fresh1", TEST_PASSWORD);
        mvc.perform(get("/api/v1/identity/me").session(session))
                .andExpect(jsonPath("$.permissions").value(Matchers.not(Matchers.hasItem("organization:position:edit"))));

        IdentityTestSupport.grant(mvc, "fresh1", "DEPARTMENT_ADMIN", swj(), 201);
        mvc.perform(get("/api/v1/identity/me").session(session))
                .andExpect(jsonPath("$.roles").value(Matchers.hasItem("DEPARTMENT_ADMIN")))
                .andExpect(jsonPath("$.permissions").value(Matchers.hasItem("organization:position:edit")));

        // changing one's own password keeps this session signed in
        mvc.perform(post("/api/v1/identity/me/password").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"currentPassword": "%s", "newPassword": "Own-Change2026", "confirmation": "Own-Change2026"}"""
                                .formatted(TEST_PASSWORD)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/identity/me").session(session)).andExpect(status().isOk());

        // a system admin's reset ends every open session of the account
        mvc.perform(post("/api/v1/identity/accounts/fresh1/password-reset").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newPassword": "Reset-Pass2026"}"""))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/login?revoked"));
        mvc.perform(get("/api/v1/identity/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void deactivationEndsAnOpenSession() throws Exception {
        IdentityTestSupport.createAccount(mvc, "fresh2");
        MockHttpSession session = signIn("fresh2", TEST_PASSWORD);
        mvc.perform(get("/api/v1/identity/me").session(session)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/identity/accounts/fresh2/deactivate").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/identity/me").session(session)).andExpect(status().isUnauthorized());
    }
}
