package org.xiaoneng.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;
import tools.jackson.databind.json.JsonMapper;

/** Staff: phones validated and masked where not needed; nobody leaves while holding a post; absences checked. */
@IntegrationTest
class StaffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

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
    void mobileNumbersAreMaskedInListsAndForReaders() throws Exception {
        mvc.perform(get("/console/organization/staff").param("q", "张伟").with(demo.deptadmin1()))
                .andExpect(content().string(containsString("139****0025")))
                .andExpect(content().string(not(containsString("13905710025"))));
        mvc.perform(get("/api/v1/organization/staff").param("q", "张伟").with(demo.deptadmin1()))
                .andExpect(jsonPath("$.items[0].mobile").value("139****0025"));
        long handler1 = demo.staff("SW0005");
        mvc.perform(get("/api/v1/organization/staff/{id}", handler1).with(demo.supervisor1()))
                .andExpect(jsonPath("$.mobile").value("139****0025"));
        mvc.perform(get("/console/organization/staff/{id}", handler1).with(demo.supervisor1()))
                .andExpect(content().string(not(containsString("13905710025"))));
        // whoever edits staff needs the number itself
        mvc.perform(get("/api/v1/organization/staff/{id}", handler1).with(demo.deptadmin1()))
                .andExpect(jsonPath("$.mobile").value("13905710025"));
    }

    @Test
    void mobileAndAccountAreValidatedAndUnique() throws Exception {
        mvc.perform(post("/api/v1/organization/staff").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\": %d, \"name\": \"赵六\", \"employeeNumber\": \"%s\", \"mobile\": \"12345\"}"
                                .formatted(demo.department("SWJ"), tag)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.mobile", containsString("11 位")));
        mvc.perform(post("/console/organization/staff").with(demo.deptadmin1()).with(csrf())
                        .param("departmentId", "" + demo.department("SWJ")).param("name", "赵六")
                        .param("employeeNumber", tag).param("mobile", "0571-1234"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("11 位手机号码")));
        mvc.perform(post("/api/v1/organization/staff").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\": %d, \"name\": \"赵六\", \"employeeNumber\": \"%s\", \"account\": \"deptadmin1\"}"
                                .formatted(demo.department("SWJ"), tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.staff.accountLinkAdminOnly"));
        mvc.perform(post("/api/v1/organization/staff").with(demo.admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\": %d, \"name\": \"赵六\", \"employeeNumber\": \"%s\", \"account\": \"handler1\"}"
                                .formatted(demo.department("SWJ"), tag)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organization.staff.accountTaken"));
        mvc.perform(post("/api/v1/organization/staff").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\": %d, \"name\": \"赵六\", \"employeeNumber\": \"SW0005\"}"
                                .formatted(demo.department("SWJ"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organization.staff.employeeNumberTaken"));
    }

    @Test
    void someoneHoldingAPostCannotLeaveUntilReassigned() throws Exception {
        long person = createStaff();
        long position = json.readTree(mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1())
                                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .content("{\"departmentId\": %d, \"code\": \"%s-P\", \"name\": \"临时岗\"}"
                                        .formatted(demo.department("SWJ-BGS"), tag)))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        mvc.perform(post("/console/organization/staff/{id}/assign", person).param("positionId", "" + position)
                        .with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/organization/positions/{id}", position).with(demo.deptadmin1()))
                .andExpect(jsonPath("$.holderStaffId").value(person));
        mvc.perform(post("/api/v1/organization/staff/{id}/deactivate", person).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.staff.stillHolds"))
                .andExpect(jsonPath("$.detail", containsString("临时岗")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/organization/positions/{id}/holder", position).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"staffId\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderStaffId").doesNotExist());
        mvc.perform(post("/api/v1/organization/staff/{id}/deactivate", person).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void absencesAreValidatedAndCanBeCancelled() throws Exception {
        long person = createStaff();
        String away = "{\"from\": \"%s\", \"to\": \"%s\", \"reason\": \"出差\"}";
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(away.formatted("2031-03-05", "2031-03-04")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.absence.rangeInvalid"));
        long absence = json.readTree(mvc.perform(post("/api/v1/organization/staff/{id}/absences", person)
                                .with(demo.deptadmin1()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .content(away.formatted("2031-03-05", "2031-03-07")))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(away.formatted("2031-03-07", "2031-03-09")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.absence.overlaps"))
                .andExpect(jsonPath("$.detail", containsString("2031-03-05")));
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(away.formatted("2031-03-08", "2031-03-09")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(delete("/api/v1/organization/staff/{id}/absences/{a}", person, absence).with(demo.deptadmin1())
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", person).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2031-03-01\"}"))
                .andExpect(status().isBadRequest());
    }

    private long createStaff() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/organization/staff").with(demo.deptadmin1()).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"departmentId\": %d, \"name\": \"钱七%s\", \"employeeNumber\": \"%s\"}"
                                        .formatted(demo.department("SWJ-BGS"), tag, tag)))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
    }
}
