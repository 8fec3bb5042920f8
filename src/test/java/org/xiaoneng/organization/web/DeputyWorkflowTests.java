package org.xiaoneng.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.Demo;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffMarkedAway;
import org.xiaoneng.platform.AuditableEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The department admin's journey, as the browser test will make it: create staff and positions with a deputy (AB角),
 * mark the holder away, and see the deputy resolved — each change published as an audited event. Runs in 市商务局's
 * 外资管理科 with people of its own, on dates far from today, so the demo holders stay untouched.
 */
@IntegrationTest
@RecordApplicationEvents
class DeputyWorkflowTests {

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
    long office;

    @BeforeEach
    void setUp() {
        demo = new Demo(jdbc, directory);
        tag = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        office = demo.department("SWJ-WZK");
    }

    @AfterEach
    void removeAbsences() {
        jdbc.sql("DELETE FROM organization_absence WHERE reason LIKE :tag").param("tag", tag + "%").update();
    }

    @Test
    void createAPositionWithADeputyMarkTheHolderAwayAndSeeTheDeputyAct() throws Exception {
        long holder = createStaff("甲" + tag, tag + "A");
        long deputyHolder = createStaff("乙" + tag, tag + "B");
        long deputy = createPosition(tag + "-B", "外资审核岗B", null, deputyHolder);
        events.clear();

        long position = createPosition(tag + "-A", "外资审核岗", deputy, holder);

        List<AuditableEvent> audited = events.stream(AuditableEvent.class).toList();
        assertThat(audited).hasSize(1);
        AuditableEvent created = audited.get(0);
        assertThat(created.action()).isEqualTo("organization.position.created");
        assertThat(created.recordType()).isEqualTo("position");
        assertThat(created.recordId()).isEqualTo(String.valueOf(position));
        assertThat(created.departmentId()).isEqualTo(office);
        assertThat(created.actor().account()).isEqualTo("deptadmin1");
        assertThat(created.before()).isNull();
        assertThat(created.after()).contains(tag + "-A").contains("外资审核岗")
                .as("names, not ids").contains("外资管理科", "deputy 外资审核岗B", "held by 甲" + tag);

        mvc.perform(post("/api/v1/organization/staff/{id}/absences", holder).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2031-05-10\", \"to\": \"2031-05-12\", \"reason\": \"%s 出差\"}".formatted(tag)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("deptadmin1"));
        StaffMarkedAway away = events.stream(StaffMarkedAway.class).findFirst().orElseThrow();
        assertThat(away.staffId()).isEqualTo(holder);
        assertThat(away.departmentId()).isEqualTo(office);
        assertThat(away.action()).isEqualTo("organization.absence.created");

        // the day before, both boundary days, and the day after
        acting(position, "2031-05-09").andExpect(jsonPath("$.acting.staffId").value(holder))
                .andExpect(jsonPath("$.acting.asDeputy").value(false));
        for (String day : new String[] {"2031-05-10", "2031-05-11", "2031-05-12"}) {
            acting(position, day).andExpect(jsonPath("$.acting.staffId").value(deputyHolder))
                    .andExpect(jsonPath("$.acting.asDeputy").value(true))
                    .andExpect(jsonPath("$.acting.actingPositionId").value(deputy))
                    .andExpect(jsonPath("$.acting.absentStaffName").value("甲" + tag));
        }
        acting(position, "2031-05-13").andExpect(jsonPath("$.acting.staffId").value(holder));

        // the console's "who acts on date" box
        mvc.perform(get("/console/organization/positions/{id}/acting", position).param("date", "2031-05-11")
                        .header("HX-Request", "true").with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("乙" + tag + " 代岗（代 甲" + tag + "）")))
                .andExpect(content().string(containsString("data-as-deputy=\"true\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("console-menu"))));

        // when the deputy is away too, nobody in the chain is left
        mvc.perform(post("/api/v1/organization/staff/{id}/absences", deputyHolder).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2031-05-11\", \"to\": \"2031-05-11\", \"reason\": \"%s 培训\"}".formatted(tag)))
                .andExpect(status().isCreated());
        acting(position, "2031-05-11").andExpect(jsonPath("$.acting").doesNotExist());
        acting(position, "2031-05-12").andExpect(jsonPath("$.acting.staffId").value(deputyHolder));
    }

    @Test
    void theSameJourneyThroughTheConsoleForms() throws Exception {
        long holder = createStaff("丙" + tag, tag + "C");
        long deputy = demo.position("SWJ-WZK-KZ");
        MvcResult created = mvc.perform(post("/console/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .param("departmentId", "" + office).param("code", tag + "-F").param("name", "外资统计岗")
                        .param("responsibilities", "统计外资企业数据。").param("deputyPositionId", "" + deputy)
                        .param("holderStaffId", "" + holder))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/organization/positions/*"))
                .andReturn();
        String page = created.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("外资统计岗")))
                .andExpect(content().string(containsString("外资管理科 · 科长岗")));

        mvc.perform(post("/console/organization/staff/{id}/absences", holder).with(demo.deptadmin1()).with(csrf())
                        .param("from", "2031-06-01").param("to", "2031-06-02").param("reason", tag + " 休假"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "/acting").param("date", "2031-06-02").header("HX-Request", "true")
                        .with(demo.deptadmin1()))
                .andExpect(content().string(containsString("谢文 代岗（代 丙" + tag + "）")));

        // an overlapping absence is refused on the form, in Chinese, and nothing is recorded
        mvc.perform(post("/console/organization/staff/{id}/absences", holder).with(demo.deptadmin1()).with(csrf())
                        .param("from", "2031-06-02").param("to", "2031-06-05").param("reason", tag + " 又休假"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"form-error\"")))
                .andExpect(content().string(containsString("时间重叠")));
        assertThat(jdbc.sql("SELECT count(*) FROM organization_absence WHERE staff_id = :s").param("s", holder)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void mutualDeputiesAreAllowedAndTheWalkStopsWhereItStarted() throws Exception {
        // 互为AB角: 甲 and 乙 stand in for each other — the usual pairing, not an error
        long a = createPosition(tag + "-LA", "甲岗", null, null);
        long b = createPosition(tag + "-LB", "乙岗", a, null);
        mvc.perform(put("/api/v1/organization/positions/{id}", a).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "%s-LA", "name": "甲岗", "deputyPositionId": %d, "version": 0}"""
                                .formatted(office, tag, b)))
                .andExpect(status().isOk());
        // both vacant: the walk goes 甲 → 乙 → (甲 again) and stops with nobody, instead of looping
        mvc.perform(get("/api/v1/organization/positions/{id}/acting", a).param("date", "2031-07-01")
                        .with(demo.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("\"staffId\""))));
        // its own deputy
        mvc.perform(put("/api/v1/organization/positions/{id}", a).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "%s-LA", "name": "甲岗", "deputyPositionId": %d, "version": 1}"""
                                .formatted(office, tag, a)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.position.ownDeputy"));
        // the console form shows the same refusal, and nothing changes
        mvc.perform(post("/console/organization/positions/{id}", a).with(demo.deptadmin1()).with(csrf())
                        .param("departmentId", "" + office).param("code", tag + "-LA").param("name", "甲岗")
                        .param("deputyPositionId", "" + a).param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"form-error\"")));
        assertThat(jdbc.sql("SELECT deputy_position_id FROM organization_position WHERE id = :id").param("id", a)
                .query(Long.class).single()).isEqualTo(b);
        // a position others rely on as deputy cannot be closed
        mvc.perform(post("/api/v1/organization/positions/{id}/deactivate", a).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.position.stillDeputy"));
    }

    @Test
    void aDeputyMustBeActiveAndNearby() throws Exception {
        long far = demo.position("SWJ-SCK-KZ"); // a sibling office: neither parent nor child of 外资管理科
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "%s-FAR", "name": "远岗", "deputyPositionId": %d}"""
                                .formatted(office, tag, far)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.position.deputyTooFar"));
        long parentPosition = demo.position("SWJ-KY");
        createPosition(tag + "-UP", "可用上级 B 角", parentPosition, null);

        long closed = createPosition(tag + "-OLD", "旧岗", null, null);
        mvc.perform(post("/api/v1/organization/positions/{id}/deactivate", closed).with(demo.deptadmin1()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "%s-X", "name": "新岗", "deputyPositionId": %d}"""
                                .formatted(office, tag, closed)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.position.deputyInactive"));
    }

    @Test
    void aDuplicateCodeIsAConflictAndAStaleVersionToo() throws Exception {
        long position = createPosition(tag + "-D", "重复岗", null, null);
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId": %d, "code": "%s-D", "name": "又一个"}""".formatted(office, tag)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organization.position.codeTaken"));
        String update = """
                {"departmentId": %d, "code": "%s-D", "name": "改名", "version": 0}""".formatted(office, tag);
        mvc.perform(put("/api/v1/organization/positions/{id}", position).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/organization/positions/{id}", position).with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.concurrentChange"));
    }

    @Test
    void invalidCommandsAreRefusedWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departmentId\": %d, \"code\": \"坏 编码\", \"name\": \"\"}".formatted(office)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code", startsWith("编码")))
                .andExpect(jsonPath("$.errors.name").exists());
        mvc.perform(post("/console/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .param("departmentId", "" + office).param("code", "").param("name", "无编码"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"position-form\"")));
    }

    private org.springframework.test.web.servlet.ResultActions acting(long position, String day) throws Exception {
        return mvc.perform(get("/api/v1/organization/positions/{id}/acting", position).param("date", day)
                        .with(demo.deptadmin1()))
                .andExpect(status().isOk());
    }

    private long createStaff(String name, String number) throws Exception {
        String body = """
                {"departmentId": %d, "name": "%s", "employeeNumber": "%s", "mobile": "13800001111"}"""
                .formatted(office, name, number);
        return id(mvc.perform(post("/api/v1/organization/staff").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn());
    }

    private long createPosition(String code, String name, Long deputy, Long holder) throws Exception {
        String body = """
                {"departmentId": %d, "code": "%s", "name": "%s", "responsibilities": "负责%s。",
                 "deputyPositionId": %s, "holderStaffId": %s}"""
                .formatted(office, code, name, name, deputy, holder);
        return id(mvc.perform(post("/api/v1/organization/positions").with(demo.deptadmin1()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn());
    }

    private long id(MvcResult result) throws Exception {
        JsonNode node = json.readTree(result.getResponse().getContentAsString());
        return node.get("id").asLong();
    }
}
