package org.xiaoneng.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;

/**
 * 一件事情由一个部门来承担: the report finds what the demo catalog plants — 食品 licensed by both 卫生 and 工商, and
 * 工商 registering outdoor advertising although it is 城管's function — and nothing that merely shares words.
 */
@IntegrationTest
class OneMatterReportTests {

    static final String URL = "/api/v1/catalog/reports/one-matter-one-department";

    @Autowired
    MockMvc mvc;

    @Test
    void nearDuplicateNamesAcrossDepartments() throws Exception {
        mvc.perform(get(URL).with(httpBasic("supervisor1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(0.4))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'GSJ-XK-001' && @.secondCode == 'WSJ-XK-001')]"
                        + ".similarity").value(0.43))
                .andExpect(jsonPath("$.similar[?(@.firstCode == 'GSJ-XK-001')].secondDepartmentName").value("市卫生局"))
                // 户外广告登记 / 户外广告设置审批 share a prefix only (0.33); same-department pairs never count
                .andExpect(jsonPath("$.similar[*].firstCode", not(hasItem("CGJ-XK-001"))))
                .andExpect(jsonPath("$.similar[*].firstCode", not(hasItem("GTJ-QR-001"))));
    }

    @Test
    void itemsOfAnotherDepartmentsFunction() throws Exception {
        mvc.perform(get(URL).with(httpBasic("leader1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.misplaced[?(@.code == 'GSJ-DJ-001')].functionCode").value("CGJ-02"))
                .andExpect(jsonPath("$.misplaced[?(@.code == 'GSJ-DJ-001')].functionDepartmentName")
                        .value("市城市管理行政执法局"))
                .andExpect(jsonPath("$.misplaced[*].code", not(hasItem("CGJ-XK-001"))));
    }

    @Test
    void aDepartmentAdminSeesOnlyFindingsOfHisDepartments() throws Exception {
        mvc.perform(get(URL).with(httpBasic("deptadmin1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.similar[*].firstCode", not(hasItem("GSJ-XK-001"))))
                .andExpect(jsonPath("$.misplaced[*].code", not(hasItem("GSJ-DJ-001"))));
    }

    @Test
    void theReportPageAndWhoMaySeeIt() throws Exception {
        mvc.perform(get("/console/catalog/report").with(httpBasic("supervisor1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-pair-GSJ-XK-001-WSJ-XK-001\"")))
                .andExpect(content().string(containsString("id=\"report-misplaced-GSJ-DJ-001\"")))
                .andExpect(content().string(containsString("食品流通许可证核发")));
        mvc.perform(get(URL).with(httpBasic("clerk1", "Demo@2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/catalog/report").with(httpBasic("handler1", "Demo@2026")))
                .andExpect(status().isForbidden());
    }
}
