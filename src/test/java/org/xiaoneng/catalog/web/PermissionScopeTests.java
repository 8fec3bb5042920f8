package org.xiaoneng.catalog.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.OrganizationDirectory;

/**
 * A real account that is department admin of 市商务局 and handler in 市工商局: it reads both bureaus' items, but it
 * drafts and publishes only where the department admin role is held — the scope of each permission, not their union.
 */
@IntegrationTest
class PermissionScopeTests {

    private static final String ADMIN = "Demo@2026";
    private static final String PASSWORD = "Two-Hats#2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void draftsArePublishedOnlyWhereTheRoleCarryingThePermissionIsHeld() throws Exception {
        mvc.perform(post("/api/v1/identity/accounts").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"twohats-catalog\", \"displayName\": \"两岗人员\", \"password\": \"%s\"}"
                                .formatted(PASSWORD)))
                .andExpect(status().isCreated());
        grant("DEPARTMENT_ADMIN", "SWJ");
        grant("HANDLER", "GSJ");

        mvc.perform(get("/api/v1/catalog/items/by-code/GSJ-DJ-001").with(httpBasic("twohats-catalog", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false));
        startDraft("GSJ-DJ-001", 403);
        startDraft("SWJ-XK-001", 200);
    }

    private void grant(String role, String departmentCode) throws Exception {
        mvc.perform(post("/api/v1/identity/accounts/twohats-catalog/grants").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"%s\", \"departmentId\": %d}".formatted(role,
                                directory.departmentByCode(departmentCode).orElseThrow().id())))
                .andExpect(status().isCreated());
    }

    private void startDraft(String code, int expected) throws Exception {
        String item = mvc.perform(get("/api/v1/catalog/items/by-code/{code}", code)
                        .with(httpBasic("twohats-catalog", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(item, "$.id");
        int version = JsonPath.read(item, "$.version");
        String answer = mvc.perform(post("/api/v1/catalog/items/{id}/draft", id)
                        .with(httpBasic("twohats-catalog", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(version)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        if (expected == 200) {
            // leave the demo item as it was
            mvc.perform(delete("/api/v1/catalog/items/{id}/draft", id).param("version", "" + JsonPath.read(answer,
                            "$.version")).with(httpBasic("twohats-catalog", PASSWORD)))
                    .andExpect(status().isOk());
        }
    }
}
