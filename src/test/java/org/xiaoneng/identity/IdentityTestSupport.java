package org.xiaoneng.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Helpers shared by the identity module's full-stack tests. */
final class IdentityTestSupport {

    static final String DEMO_PASSWORD = "Demo@2026";
    static final String TEST_PASSWORD = "Xn-Test!2026";

    private IdentityTestSupport() {
    }

    /** Creates an account through the API as the demo system admin; it holds no role. */
    static void createAccount(MockMvc mvc, String username) throws Exception {
        mvc.perform(post("/api/v1/identity/accounts").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "测试账号 %s", "password": "%s"}"""
                                .formatted(username, username, TEST_PASSWORD)))
                .andExpect(status().isCreated());
    }

    /** Grants a role through the API as the demo system admin and expects the given status. */
    static void grant(MockMvc mvc, String username, String role, Long departmentId, int expectedStatus)
            throws Exception {
        mvc.perform(post("/api/v1/identity/accounts/{u}/grants", username).with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"role": "%s", "departmentId": %s}""".formatted(role, departmentId)))
                .andExpect(status().is(expectedStatus));
    }
}
