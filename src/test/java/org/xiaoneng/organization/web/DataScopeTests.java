package org.xiaoneng.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * A department admin of 市商务局 (SWJ) works inside SWJ and its offices only: lists show only his subtree, and every
 * single-record read or write outside it is refused — by page and by API, whatever the template shows.
 */
@IntegrationTest
class DataScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    Demo demo;
    long gsjPosition;

    @BeforeEach
    void setUp() {
        demo = new Demo(jdbc, directory);
        gsjPosition = demo.position("GSJ-DJ");
    }

    @Test
    void listsShowOnlyHisSubtree() throws Exception {
        mvc.perform(get("/console/organization/departments").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("department-row-SWJ\"")))
                .andExpect(content().string(containsString("department-row-SWJ-WZK\"")))
                .andExpect(content().string(not(containsString("department-row-GSJ\""))))
                .andExpect(content().string(not(containsString("department-row-SFS\""))));
        mvc.perform(get("/console/organization/positions").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("position-row-SWJ-CB\"")))
                .andExpect(content().string(containsString("position-row-SWJ-WZK-KZ\"")))
                .andExpect(content().string(not(containsString("position-row-GSJ-DJ\""))))
                .andExpect(content().string(not(containsString("position-row-SFB-XTGL\""))));
        mvc.perform(get("/console/organization/staff").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("staff-row-SW0005\"")))
                .andExpect(content().string(not(containsString("staff-row-GS0002\""))));
        // even asking for another department's rows by filter gives nothing
        mvc.perform(get("/console/organization/positions").param("departmentId", "" + demo.department("GSJ"))
                        .header("HX-Request", "true").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("position-row-GSJ"))));
    }

    @Test
    void apiListsShowOnlyHisSubtree() throws Exception {
        List<Integer> swj = directory.subtreeOf(demo.department("SWJ")).stream().map(Long::intValue).toList();
        mvc.perform(get("/api/v1/organization/positions").param("size", "500").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].departmentId", everyItem(in(swj))))
                .andExpect(jsonPath("$.items[*].code", hasItem("SWJ-CB")));
        mvc.perform(get("/api/v1/organization/departments").param("size", "500").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(swj.size()));
        mvc.perform(get("/api/v1/organization/staff").param("size", "500").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].departmentId", everyItem(in(swj))));
        mvc.perform(get("/api/v1/organization/functions").param("size", "500").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("SWJ-01")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("GSJ-02"))));
    }

    @Test
    void anotherDepartmentsPositionCannotBeReadOrEditedByPage() throws Exception {
        mvc.perform(get("/console/organization/positions/{id}", gsjPosition).with(demo.deptadmin1()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("登记注册岗"))));
        mvc.perform(get("/console/organization/positions/{id}/edit", gsjPosition).with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/positions/{id}/print", gsjPosition).with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/positions/{id}/acting", gsjPosition).param("date", "2031-01-01")
                        .header("HX-Request", "true").with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/organization/positions/{id}", gsjPosition).with(demo.deptadmin1()).with(csrf())
                        .param("departmentId", "" + demo.department("GSJ")).param("code", "GSJ-DJ")
                        .param("name", "被篡改").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/organization/positions/{id}/deactivate", gsjPosition).with(demo.deptadmin1())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/staff/{id}", demo.staff("GS0002")).with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/departments/{id}/edit", demo.department("GSJ")).with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    @Test
    void anotherDepartmentsPositionCannotBeReadOrEditedByApi() throws Exception {
        mvc.perform(get("/api/v1/organization/positions/{id}", gsjPosition).with(demo.deptadmin1()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.outOfScope"));
        mvc.perform(put("/api/v1/organization/positions/{id}", gsjPosition).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "GSJ-DJ", "name": "被篡改", "version": 0}"""
                                .formatted(demo.department("GSJ"))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organization/positions/{id}/holder", gsjPosition).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"staffId\": null}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/positions/{id}/acting", gsjPosition).param("date", "2031-01-01")
                        .with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        // nor may he move a position of his into another department, or name another department's deputy
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "SCOPE-X1", "name": "越权职位"}"""
                                .formatted(demo.department("GSJ"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "SCOPE-X2", "name": "越权 B 角", "deputyPositionId": %d}"""
                                .formatted(demo.department("SWJ"), gsjPosition)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/staff/{id}", demo.staff("GS0002")).with(demo.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", demo.staff("GS0002")).with(demo.deptadmin1())
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2031-01-01\", \"to\": \"2031-01-02\", \"reason\": \"越权\"}"))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    @Test
    void aMissingRecordIsNotFoundWithItsKindNamed() throws Exception {
        mvc.perform(get("/api/v1/organization/positions/{id}", 987654321).with(demo.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("职位")));
    }

    @Test
    void permissionsAreCheckedOnEveryMethod() throws Exception {
        var viewer = TestPrincipals.staff("handler1", demo.department("SWJ"), DataScope.of(List.of(demo.department("SWJ"))),
                "organization:position:view");
        mvc.perform(get("/console/organization/positions/new").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/positions").with(viewer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "PERM-X", "name": "无权"}""".formatted(demo.department("SWJ"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/staff").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/positions")).andExpect(status().isUnauthorized());
    }

    private void assertUnchanged() {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "SELECT name || '/' || active || '/' || coalesce(holder_staff_id, 0) FROM organization_position WHERE id = :id")
                .param("id", gsjPosition).query(String.class).single())
                .isEqualTo("登记注册岗/true/" + demo.staff("GS0002"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM organization_position WHERE code LIKE 'SCOPE-%'")
                .query(Long.class).single()).isZero();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM organization_absence WHERE reason = '越权'")
                .query(Long.class).single()).isZero();
    }
}
