package org.xiaoneng.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;

/** Every console page renders, in full or as its htmx fragment. */
@IntegrationTest
class ConsolePagesTests {

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

    @ParameterizedTest
    @ValueSource(strings = {"/console/organization/departments", "/console/organization/departments/new",
        "/console/organization/functions", "/console/organization/functions/new", "/console/organization/positions",
        "/console/organization/positions/new", "/console/organization/staff", "/console/organization/staff/new",
        "/console/organization/overlaps", "/console/organization/positions?q=承办&departmentId=0",
        "/console/organization/staff?lang=en"})
    void pagesRender(String url) throws Exception {
        mvc.perform(get(url).with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"console-menu\"")));
    }

    @Test
    void recordPagesRender() throws Exception {
        long position = demo.position("SWJ-CB");
        mvc.perform(get("/console/organization/positions/{id}", position).with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"acting-result\"")))
                .andExpect(content().string(containsString("张伟")));
        mvc.perform(get("/console/organization/positions/{id}/edit", position).with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"position-deputy\"")));
        mvc.perform(get("/console/organization/positions/{id}/print", position).with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("position-sheet-SWJ-CB")));
        mvc.perform(get("/console/organization/positions/print").param("departmentId", "" + demo.department("SWJ"))
                        .with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("position-sheet-SWJ-SP")));
        mvc.perform(get("/console/organization/staff/{id}", demo.staff("SW0005")).with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"absence-form\"")));
        mvc.perform(get("/console/organization/staff/{id}/edit", demo.staff("SW0005")).with(demo.admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/console/organization/departments/{id}/edit", demo.department("SWJ")).with(demo.admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/console/organization/functions/{id}/edit", demo.function("SWJ-01")).with(demo.admin()))
                .andExpect(status().isOk());
    }

    @Test
    void htmxGetsOnlyTheFragment() throws Exception {
        mvc.perform(get("/console/organization/departments").param("q", "商务").header("HX-Request", "true")
                        .with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"department-list\"")))
                .andExpect(content().string(containsString("市商务局")))
                .andExpect(content().string(not(containsString("市卫生局"))))
                .andExpect(content().string(not(containsString("console-menu"))));
        mvc.perform(get("/console/organization/departments").param("q", "商务").with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("console-menu")));
        mvc.perform(get("/console/organization/positions/links").param("departmentId", "" + demo.department("SWJ-WZK"))
                        .header("HX-Request", "true").with(demo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"position-deputy\"")))
                .andExpect(content().string(containsString("外资管理科")));
    }
}
