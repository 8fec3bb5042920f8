package org.xiaoneng.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;

/** 清理职能: the report finds the overlaps deliberately planted in the demo data, and nothing that merely looks alike. */
@IntegrationTest
class OverlapReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(jdbc, directory);
    }

    @Test
    void functionsClaimedBySeveralDepartments() throws Exception {
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.supervisor1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared[*].code", hasItem("CGJ-02")))
                .andExpect(jsonPath("$.shared[*].code", hasItem("HBJ-03")))
                .andExpect(jsonPath("$.shared[*].code", hasItem("WSJ-01")))
                .andExpect(jsonPath("$.shared[*].code", not(hasItem("SWJ-01"))))
                .andExpect(jsonPath("$.shared[?(@.code == 'CGJ-02')].leadDepartmentName").value("市城市管理行政执法局"))
                .andExpect(jsonPath("$.shared[?(@.code == 'CGJ-02')].claimantNames[*]",
                        containsInAnyOrder("市建设局", "市工商局")));
    }

    @Test
    void nearIdenticalNamesAcrossDepartments() throws Exception {
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.supervisor1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(0.4))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'CGJ-01' && @.secondCode == 'JSJ-01')].similarity")
                        .value(0.45))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'CGJ-01')].secondName").value("城市市容环境管理"))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'GSJ-02')].secondCode").value("WJJ-01"))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'CZJ-02')].secondCode").value("WJJ-02"))
                // a shared prefix alone is not a duplicate
                .andExpect(jsonPath("$.similar[*].firstName", not(hasItem("行政复议"))))
                .andExpect(jsonPath("$.similar[*].secondName", not(hasItem("行政监察"))));
    }

    @Test
    void theReportPage() throws Exception {
        mvc.perform(get("/console/organization/overlaps").with(demo.supervisor1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overlap-pair-CGJ-01-JSJ-01\"")))
                .andExpect(content().string(containsString("id=\"overlap-shared-CGJ-02\"")))
                .andExpect(content().string(containsString("城市市容环境管理")));
    }

    @Test
    void onlyForHoldersOfTheReportPermission() throws Exception {
        mvc.perform(get("/console/organization/overlaps").with(demo.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/overlaps").with(demo.deptadmin1())).andExpect(status().isForbidden());
    }
}
