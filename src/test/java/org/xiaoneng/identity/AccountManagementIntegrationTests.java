package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;
import static org.xiaoneng.identity.IdentityTestSupport.TEST_PASSWORD;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.RecordChanged;

/** The system admin's account management through the API and the console: policy, separation of duties, audit. */
@IntegrationTest
@RecordApplicationEvents
class AccountManagementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private long id(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }

    @Test
    void approverAndSupervisorOverTheSameDepartmentAreRefusedInEitherOrder() throws Exception {
        IdentityTestSupport.createAccount(mvc, "sod1");
        IdentityTestSupport.grant(mvc, "sod1", "APPROVER", id("SWJ"), 201);
        mvc.perform(post("/api/v1/identity/accounts/sod1/grants").with(httpBasic("admin", DEMO_PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"SUPERVISOR\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("identity.grant.separationOfDuties"))
                .andExpect(jsonPath("$.detail").value("Refused: sod1 already holds Approver over 市商务局; granting "
                        + "Supervisor over the whole city would let one account both approve and supervise the same "
                        + "department. Approval and supervision must be separate; revoke one of the roles first."));

        IdentityTestSupport.createAccount(mvc, "sod2");
        IdentityTestSupport.grant(mvc, "sod2", "SUPERVISOR", id("JCJ"), 201);
        mvc.perform(post("/api/v1/identity/accounts/sod2/grants").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"APPROVER\", \"departmentId\": " + id("XNB") + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("审批与监督必须分离")));
        // elsewhere it is fine
        IdentityTestSupport.grant(mvc, "sod2", "APPROVER", id("SWJ"), 201);
        mvc.perform(get("/api/v1/identity/accounts/sod2").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.grants[*].role").value(Matchers.containsInAnyOrder("SUPERVISOR", "APPROVER")));
    }

    @Test
    void theConsoleShowsTheSeparationOfDutiesRefusalInline() throws Exception {
        IdentityTestSupport.createAccount(mvc, "sod3");
        IdentityTestSupport.grant(mvc, "sod3", "SUPERVISOR", null, 201);
        String fragment = mvc.perform(post("/console/identity/accounts/sod3/grants")
                        .with(httpBasic("admin", DEMO_PASSWORD)).with(csrf())
                        .header("HX-Request", "true")
                        .param("role", "APPROVER").param("departmentId", String.valueOf(id("SWJ-BGS")))
                        .param("includeSubdepartments", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"grants-section\"", "id=\"grant-error\"", "审批与监督必须分离")
                .doesNotContain("<html");
        // without htmx the whole page comes back, with the same message in place
        mvc.perform(post("/console/identity/accounts/sod3/grants").with(httpBasic("admin", DEMO_PASSWORD))
                        .with(csrf()).param("role", "APPROVER").param("departmentId", String.valueOf(id("SWJ"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("<html"),
                        Matchers.containsString("id=\"grant-error\""))));
    }

    @Test
    void weakPasswordsAreRefusedNamingWhatIsMissing() throws Exception {
        mvc.perform(post("/api/v1/identity/accounts").with(httpBasic("admin", DEMO_PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "weak1", "displayName": "弱密码", "password": "weak1pass"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The password does not meet the policy. It needs at least 3 of "
                        + "upper-case letters, lower-case letters, digits and symbols (it has 2); add upper-case "
                        + "letters or symbols. It must not contain the account name."));
        mvc.perform(get("/api/v1/identity/accounts/weak1").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        String page = mvc.perform(post("/console/identity/accounts").with(httpBasic("admin", DEMO_PASSWORD))
                        .with(csrf()).param("username", "weak2").param("displayName", "弱密码")
                        .param("password", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"account-form-error\"", "至少需要 8 个字符", "可补充：大写字母、数字、符号")
                .doesNotContain("value=\"abc\"");
    }

    @Test
    void theConsoleCreatesEditsGrantsResetsAndDeactivatesAndEveryChangeIsAudited() throws Exception {
        mvc.perform(post("/console/identity/accounts").with(httpBasic("admin", DEMO_PASSWORD)).with(csrf())
                        .param("username", "Console1").param("displayName", "控制台测试")
                        .param("homeDepartmentId", String.valueOf(id("SWJ"))).param("password", TEST_PASSWORD))
                .andExpect(redirectedUrl("/console/identity/accounts/console1"));
        String detail = mvc.perform(get("/console/identity/accounts/console1").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"profile-form\"", "id=\"grant-form\"", "id=\"grants-empty\"", "市商务局");
        int version = jdbc.sql("SELECT version FROM identity_account WHERE username = 'console1'")
                .query(Integer.class).single();
        mvc.perform(post("/console/identity/accounts/console1").with(httpBasic("admin", DEMO_PASSWORD)).with(csrf())
                        .param("displayName", "控制台测试（改）").param("homeDepartmentId", String.valueOf(id("SWJ-WZK")))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/console/identity/accounts/console1"));
        // a stale version is a conflict, not a silent overwrite
        mvc.perform(put("/api/v1/identity/accounts/console1").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"x\", \"version\": " + version + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/console/identity/accounts/console1/grants").with(httpBasic("admin", DEMO_PASSWORD))
                        .with(csrf()).param("role", "DEPARTMENT_ADMIN").param("departmentId", String.valueOf(id("SWJ")))
                        .param("includeSubdepartments", ""))
                .andExpect(redirectedUrl("/console/identity/accounts/console1"));
        mvc.perform(get("/api/v1/identity/accounts/console1").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.displayName").value("控制台测试（改）"))
                .andExpect(jsonPath("$.homeDepartmentName").value("外资管理科"))
                .andExpect(jsonPath("$.grants[0].role").value("DEPARTMENT_ADMIN"))
                .andExpect(jsonPath("$.grants[0].includeSubdepartments").value(true));
        mvc.perform(post("/console/identity/accounts/console1/password").with(httpBasic("admin", DEMO_PASSWORD))
                        .with(csrf()).param("newPassword", "Reset-Pass2026"))
                .andExpect(redirectedUrl("/console/identity/accounts/console1"));
        mvc.perform(formLogin("/login").user("console1").password("Reset-Pass2026")).andExpect(authenticated());
        mvc.perform(post("/console/identity/accounts/console1/deactivate").with(httpBasic("admin", DEMO_PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/identity/accounts/console1"));

        assertThat(events.stream(RecordChanged.class).filter(e -> e.recordId().equals("console1"))
                .map(RecordChanged::action))
                .containsExactly("identity.account.created", "identity.account.updated", "identity.role.granted",
                        "identity.account.passwordReset", "identity.account.deactivated");
        assertThat(events.stream(RecordChanged.class).filter(e -> e.recordId().equals("console1")))
                .allSatisfy(e -> {
                    assertThat(e.actor().account()).isEqualTo("admin");
                    assertThat(String.valueOf(e.before()) + e.after()).doesNotContain("Reset-Pass2026", "Xn-Test",
                            "{bcrypt}", "$2a$");
                });
        assertThat(events.stream(RecordChanged.class)
                .filter(e -> e.action().equals("identity.role.granted") && e.recordId().equals("console1")))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("DEPARTMENT_ADMIN@市商务局(SWJ)+sub"));
    }

    @Test
    void theListSearchesAndAnswersHtmxWithTheResultsOnly() throws Exception {
        String page = mvc.perform(get("/console/identity/accounts").param("q", "approver")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html", "id=\"account-row-approver1\"", "id=\"account-row-approver2\"")
                .doesNotContain("id=\"account-row-clerk1\"");
        String fragment = mvc.perform(get("/console/identity/accounts").param("q", "clerk1")
                        .header("HX-Request", "true").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"accounts-results\"").contains("id=\"account-row-clerk1\"")
                .doesNotContain("<html");
    }

    @Test
    void theLastSystemAdminCannotBeRemovedNorAnAdminDeactivateHimself() throws Exception {
        long grantId = jdbc.sql("""
                SELECT g.id FROM identity_role_grant g JOIN identity_account a ON a.id = g.account_id
                 WHERE a.username = 'admin' AND g.role = 'SYSTEM_ADMIN'""").query(Long.class).single();
        mvc.perform(delete("/api/v1/identity/accounts/admin/grants/{g}", grantId)
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("identity.account.lastSystemAdmin"));
        mvc.perform(post("/api/v1/identity/accounts/admin/deactivate").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("identity.account.cannotDeactivateSelf"));
        IdentityTestSupport.grant(mvc, "clerk1", "SYSTEM_ADMIN", id("SWJ"), 422);
        IdentityTestSupport.grant(mvc, "clerk1", "HANDLER", null, 422);
    }

    @Test
    void everyoneChangesTheirOwnPassword() throws Exception {
        IdentityTestSupport.createAccount(mvc, "ownpass1");
        mvc.perform(get("/console/identity/password").with(httpBasic("ownpass1", TEST_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"own-password-form\"")));
        mvc.perform(post("/console/identity/password").with(httpBasic("ownpass1", TEST_PASSWORD)).with(csrf())
                        .param("currentPassword", "Wrong-Pass1").param("newPassword", "New-Pass2026")
                        .param("confirmation", "New-Pass2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("当前密码不正确")));
        mvc.perform(post("/console/identity/password").with(httpBasic("ownpass1", TEST_PASSWORD)).with(csrf())
                        .param("currentPassword", TEST_PASSWORD).param("newPassword", "ownpass1-X")
                        .param("confirmation", "ownpass1-X"))
                .andExpect(content().string(Matchers.containsString("不得包含账号名")));
        mvc.perform(post("/console/identity/password").with(httpBasic("ownpass1", TEST_PASSWORD)).with(csrf())
                        .param("currentPassword", TEST_PASSWORD).param("newPassword", "New-Pass2026")
                        .param("confirmation", "New-Pass2026"))
                .andExpect(redirectedUrl("/console/identity/password"));
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("ownpass1", TEST_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/identity/me/password").with(httpBasic("ownpass1", "New-Pass2026"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"currentPassword": "New-Pass2026", "newPassword": "Newer-Pass2027",
                                 "confirmation": "Newer-Pass2027"}"""))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("ownpass1", "Newer-Pass2027")))
                .andExpect(status().isOk());
    }
}
