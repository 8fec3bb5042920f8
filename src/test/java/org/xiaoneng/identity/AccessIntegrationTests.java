package org.xiaoneng.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.OrganizationDirectory;

/** Who may do what, and which departments' data each demo account sees, as /api/v1/identity/me reports it. */
@IntegrationTest
class AccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    private long id(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }

    @Test
    void aWindowClerkSeesOnlyTheServiceCenter() throws Exception {
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("clerk1", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("李晓梅"))
                .andExpect(jsonPath("$.positionName").value("综合受理窗口岗"))
                .andExpect(jsonPath("$.roles").value(Matchers.contains("WINDOW_CLERK")))
                .andExpect(jsonPath("$.permissions").value(Matchers.hasItem("organization:staff:view")))
                .andExpect(jsonPath("$.permissions").value(Matchers.not(Matchers.hasItem("organization:staff:edit"))))
                .andExpect(jsonPath("$.dataScope.all").value(false))
                .andExpect(jsonPath("$.dataScope.departmentIds").value(Matchers.contains((int) id("XZFWZX"))));
    }

    @Test
    void theSupervisorSeesTheWholeCity() throws Exception {
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("supervisor1", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(Matchers.contains("SUPERVISOR")))
                .andExpect(jsonPath("$.permissions").value(Matchers.hasItems("organization:report:view",
                        "audit:entry:view")))
                .andExpect(jsonPath("$.dataScope.all").value(true));
    }

    @Test
    void theDepartmentAdminSeesHisBureauAndItsOffices() throws Exception {
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("deptadmin1", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.dataScope.all").value(false))
                .andExpect(jsonPath("$.dataScope.departmentIds").value(Matchers.containsInAnyOrder(
                        (int) id("SWJ"), (int) id("SWJ-BGS"), (int) id("SWJ-WZK"), (int) id("SWJ-SCK"))))
                .andExpect(jsonPath("$.permissions").value(Matchers.hasItems("organization:position:edit",
                        "organization:absence:edit")));
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("handler1", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.dataScope.departmentIds").value(Matchers.contains((int) id("SWJ"))));
    }

    @Test
    void onlyTheSystemAdminManagesAccounts() throws Exception {
        for (String account : new String[] {"clerk1", "deptadmin1", "supervisor1", "leader1"}) {
            mvc.perform(get("/api/v1/identity/accounts").with(httpBasic(account, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/identity/accounts").with(httpBasic(account, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/identity/accounts/clerk1/deactivate").with(httpBasic(account, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/identity/accounts").param("q", "handler").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts[*].username").value(Matchers.containsInAnyOrder("handler1",
                        "handler2")))
                .andExpect(jsonPath("$.accounts[0].grants[0].role").value("HANDLER"))
                .andExpect(jsonPath("$.accounts[0].grants[0].departmentName").value("市商务局"))
                .andExpect(jsonPath("$..passwordHash").doesNotExist());
    }

    @Test
    void anonymousCallersGet401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/identity/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/identity/accounts").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPermissionAppliesOnlyWhereARoleCarryingItIsHeld() throws Exception {
        // handler in 市商务局, department admin of 市物价局: may edit positions of the second only
        IdentityTestSupport.createAccount(mvc, "twohats1");
        IdentityTestSupport.grant(mvc, "twohats1", "HANDLER", id("SWJ"), 201);
        IdentityTestSupport.grant(mvc, "twohats1", "DEPARTMENT_ADMIN", id("WJJ"), 201);
        String position = """
                {"departmentId": %d, "code": "TWOHATS-%s", "name": "两顶帽子岗"}""";
        mvc.perform(post("/api/v1/organization/positions").with(httpBasic("twohats1", IdentityTestSupport.TEST_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(position.formatted(id("SWJ"), "SWJ")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/positions").with(httpBasic("twohats1", IdentityTestSupport.TEST_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(position.formatted(id("WJJ"), "WJJ")))
                .andExpect(status().isCreated());
        // seeing is the union: both bureaus' positions are visible
        mvc.perform(get("/api/v1/organization/positions").param("departmentId", "" + id("SWJ"))
                        .with(httpBasic("twohats1", IdentityTestSupport.TEST_PASSWORD)))
                .andExpect(status().isOk());
    }
}
