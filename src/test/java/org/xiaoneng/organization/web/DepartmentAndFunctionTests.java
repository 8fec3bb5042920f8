package org.xiaoneng.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.AuditableEvent;
import tools.jackson.databind.json.JsonMapper;

/** The department tree stays a tree and closes only when empty; a function has exactly one lead. */
@IntegrationTest
@RecordApplicationEvents
class DepartmentAndFunctionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JsonMapper json;

    Demo demo;
    String tag;

    @BeforeEach
    void setUp() {
        demo = new Demo(jdbc, directory);
        tag = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnSubtree() throws Exception {
        long office = createDepartment(demo.department("SWJ"), tag + "-1", "测试科");
        long section = createDepartment(office, tag + "-2", "测试组");
        mvc.perform(put("/api/v1/organization/departments/{id}", office).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "code": "%s-1", "name": "测试科", "kind": "OFFICE", "version": 0}"""
                                .formatted(section, tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.department.cycle"));
        mvc.perform(put("/api/v1/organization/departments/{id}", office).with(demo.admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "code": "%s-1", "name": "测试科", "kind": "OFFICE", "version": 0}"""
                                .formatted(office, tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.department.cycle"));
        assertThat(directory.department(office).orElseThrow().parentId()).isEqualTo(demo.department("SWJ"));
        // moving it elsewhere inside his scope is fine
        mvc.perform(put("/api/v1/organization/departments/{id}", section).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "code": "%s-2", "name": "测试组", "kind": "OFFICE", "version": 0}"""
                                .formatted(demo.department("SWJ-WZK"), tag)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentName").value("外资管理科"));
    }

    @Test
    void aDepartmentInUseCannotBeDeactivated() throws Exception {
        mvc.perform(post("/api/v1/organization/departments/{id}/deactivate", demo.department("SWJ"))
                        .with(demo.admin()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.department.stillInUse"))
                .andExpect(jsonPath("$.detail", containsString("3 个启用的下级部门")));
        mvc.perform(post("/console/organization/departments/{id}/deactivate", demo.department("SWJ-WZK"))
                        .with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("名在职人员")));
        assertThat(directory.departmentByCode("SWJ").orElseThrow().active()).isTrue();

        long empty = createDepartment(demo.department("SWJ"), tag + "-E", "空科室");
        events.clear();
        mvc.perform(post("/api/v1/organization/departments/{id}/deactivate", empty).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        AuditableEvent event = events.stream(AuditableEvent.class).findFirst().orElseThrow();
        assertThat(event.action()).isEqualTo("organization.department.deactivated");
        assertThat(event.departmentId()).isEqualTo(empty);
        assertThat(event.before()).doesNotContain("inactive");
        assertThat(event.after()).contains("inactive");
    }

    @Test
    void onlyTheWholeCityMayAddATopLevelDepartmentAndCodesAreUnique() throws Exception {
        mvc.perform(post("/api/v1/organization/departments").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s-TOP\", \"name\": \"另一个市\", \"kind\": \"CITY\"}".formatted(tag)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/departments").with(demo.admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s-BUR\", \"name\": \"无上级局\", \"kind\": \"BUREAU\"}".formatted(tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.department.parentRequired"));
        mvc.perform(post("/api/v1/organization/departments").with(demo.admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": %d, \"code\": \"swj\", \"name\": \"重复\", \"kind\": \"OFFICE\"}"
                                .formatted(demo.department("SFS"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organization.department.codeTaken"));
    }

    @Test
    void aFunctionHasExactlyOneLeadAndItsClaimants() throws Exception {
        String body = """
                {"code": "%s-F", "name": "外资项目跟踪服务", "description": "跟踪服务重点外资项目。",
                 "leadDepartmentId": %d, "claimDepartmentIds": [%d, %d, %d]}"""
                .formatted(tag, demo.department("SWJ"), demo.department("SWJ"), demo.department("FGW"),
                        demo.department("GSJ"));
        events.clear();
        long id = json.readTree(mvc.perform(post("/api/v1/organization/functions").with(demo.deptadmin1()).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.leadDepartmentName").value("市商务局"))
                        // the lead is never its own claimant
                        .andExpect(jsonPath("$.claimants[*].code", containsInAnyOrder("FGW", "GSJ")))
                        .andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .containsExactly("organization.function.created");

        mvc.perform(post("/api/v1/organization/functions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s-G\", \"name\": \"无牵头\"}".formatted(tag)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.leadDepartmentId").exists());
        // he may not hand the lead to a department outside his scope
        mvc.perform(put("/api/v1/organization/functions/{id}", id).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s-F\", \"name\": \"外资项目跟踪服务\", \"leadDepartmentId\": %d, \"version\": 0}"
                                .formatted(tag, demo.department("FGW"))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organization/functions/{id}", id).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s-F\", \"name\": \"外资项目跟踪服务\", \"leadDepartmentId\": %d}"
                                .formatted(tag, demo.department("SWJ"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.versionRequired"));
        // and the function now shows in the overlap report
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.supervisor1()))
                .andExpect(jsonPath("$.shared[?(@.code == '%s-F')].claimantNames[*]".formatted(tag),
                        containsInAnyOrder("市发改委", "市工商局")));
        mvc.perform(post("/api/v1/organization/functions/{id}/deactivate", id).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.supervisor1()))
                .andExpect(jsonPath("$.shared[?(@.code == '%s-F')]".formatted(tag)).isEmpty());
    }

    @Test
    void functionsFormRoundTrip() throws Exception {
        mvc.perform(post("/console/organization/functions").with(demo.deptadmin1()).with(csrf())
                        .param("code", tag + "-H").param("name", "商贸统计").param("description", "")
                        .param("leadDepartmentId", "" + demo.department("SWJ-SCK"))
                        .param("claimDepartmentIds", "" + demo.department("FGW")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/organization/functions").param("q", tag).header("HX-Request", "true")
                        .with(demo.deptadmin1()))
                .andExpect(content().string(containsString("function-row-" + tag + "-H")))
                .andExpect(content().string(containsString("市发改委")));
    }

    private long createDepartment(long parent, String code, String name) throws Exception {
        String response = mvc.perform(post("/api/v1/organization/departments").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": %d, \"code\": \"%s\", \"name\": \"%s\", \"kind\": \"OFFICE\"}"
                                .formatted(parent, code, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }
}
