package org.xiaoneng.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseTransitioned;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * Cases over /api/v1 on the real database with the demo accounts: clerk1 at the service center's window, handler1 and
 * approver1 of 市商务局, supervisor1 of the efficiency office; the demo item SWJ-XK-001 (外商投资企业设立审批), whose
 * 委派书 may follow on a 容缺 commitment.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseApiTests {

    @Autowired
    ApplicationEvents published;

    static final String PASSWORD = "Demo@2026";
    static final String COMMITTABLE = "法定代表人及董事会成员委派书";

    @Autowired
    MockMvc mvc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    ItemVersion item() {
        return catalog.currentVersion("SWJ-XK-001").orElseThrow();
    }

    String application(List<String> supplied, String idNumber) {
        String materials = String.join(",", supplied.stream().map(m -> "\"" + m + "\"").toList());
        return """
                {"itemVersionId": %d, "channel": "WINDOW", "suppliedMaterials": [%s],
                 "applicant": {"kind": "INDIVIDUAL", "name": "张三丰", "idNumber": "%s", "phone": "13812345678"}}"""
                .formatted(item().id(), materials, idNumber);
    }

    List<String> requiredExceptCommittable() {
        return item().details().materials().stream().filter(Material::required).map(Material::name)
                .filter(name -> !name.equals(COMMITTABLE)).toList();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String account, String body) {
        return request.with(httpBasic(account, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    int receive() throws Exception {
        return receive(requiredExceptCommittable());
    }

    int receive(List<String> supplied) throws Exception {
        String answer = mvc.perform(json(post("/api/v1/casework/cases"), "clerk1",
                        application(supplied, "110101199003077777")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    String step(int id, String action, String account, String body, int expected) throws Exception {
        return mvc.perform(json(post("/api/v1/casework/cases/{id}/" + action, id), account, body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    /** Completes the task with a favourable opinion, as the account (which must act for its position). */
    String pass(int id, int taskNo, String account, int version) throws Exception {
        return step(id, "tasks/" + taskNo + "/completion", account,
                "{\"version\": %d, \"outcome\": \"PASS\", \"opinion\": \"同意\"}".formatted(version), 200);
    }

    int events(int id) {
        return jdbc.sql("SELECT count(*) FROM casework_case_event WHERE case_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    @Test
    void aCaseGoesFromTheWindowThroughTheDepartmentToDelivery() throws Exception {
        String answer = mvc.perform(json(post("/api/v1/casework/cases"), "clerk1",
                        application(requiredExceptCommittable(), "110101199003077777")))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("\\d{4}SWJ\\d{7}")))
                .andExpect(jsonPath("$.applicant.idNumber").value("110101********7777"))
                .andExpect(jsonPath("$.applicant.phone").value("138****5678"))
                .andExpect(jsonPath("$.applicant.name").value("张**"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("199003077777", "13812345678");
        int id = JsonPath.read(answer, "$.id");

        LocalDate cureBy = calendar.plusWorkingDays(calendar.today(), 1);
        step(id, "acceptance", "clerk1", """
                {"version": 1, "commitments": [{"material": "%s", "dueOn": "%s", "wording": "承诺一个工作日内补交"}]}"""
                .formatted(COMMITTABLE, cureBy), 200);
        // the window does not decide, the handler does not approve
        step(id, "processing", "clerk1", "{\"version\": 2}", 403);
        step(id, "processing", "handler1", "{\"version\": 2}", 200);
        // the window passes the case on; the department's handler cannot work the window's task
        step(id, "tasks/1/completion", "handler1",
                "{\"version\": 3, \"outcome\": \"PASS\", \"opinion\": \"同意\"}", 422);
        pass(id, 1, "clerk1", 3);
        pass(id, 2, "handler1", 4);
        step(id, "extension", "handler1", "{\"version\": 5, \"reason\": \"需现场核查\"}", 403);
        String extended = step(id, "extension", "approver1", "{\"version\": 5, \"reason\": \"需现场核查\"}", 200);
        assertThat((Integer) JsonPath.read(extended, "$.deadlines.extensionWorkingDays")).isEqualTo(10);
        String decision = """
                {"version": %d, "outcome": "APPROVED", "reasons": "符合外商投资准入要求",
                 "legalBasis": "《中华人民共和国外商投资法》第四条"}""";
        // the approver decides in his stage, not before
        String early = step(id, "decision", "approver1", decision.formatted(6), 422);
        assertThat((String) JsonPath.read(early, "$.code")).isEqualTo("casework.decision.notYourStage");
        pass(id, 3, "reviewer1", 6);
        step(id, "decision", "approver1", decision.formatted(7), 200);
        // an approval's licence is issued (art. 44: within 10 working days) before it is delivered
        String unlicensed = step(id, "delivery", "clerk1", "{\"version\": 8, \"method\": \"WINDOW\"}", 422);
        assertThat((String) JsonPath.read(unlicensed, "$.code")).isEqualTo("casework.deliver.certificateFirst");
        String licensed = step(id, "certificate", "handler1", "{\"version\": 8}", 200);
        assertThat((String) JsonPath.read(licensed, "$.certificateNumber")).endsWith("-Z");
        assertThat((String) JsonPath.read(licensed, "$.deadlines.certificateDue"))
                .isEqualTo(calendar.plusWorkingDays(calendar.today(), 10).toString());
        step(id, "delivery", "clerk1", "{\"version\": 9, \"method\": \"WINDOW\"}", 200);
        String closed = step(id, "closing", "clerk1", "{\"version\": 10}", 200);

        assertThat((String) JsonPath.read(closed, "$.state")).isEqualTo("CLOSED");
        assertThat((String) JsonPath.read(closed, "$.decision")).isEqualTo("APPROVED");
        assertThat((List<String>) JsonPath.read(closed, "$.history[*].type")).containsExactly("RECEIVED", "ACCEPTED",
                "PROCESSING_STARTED", "TASK_CLAIMED", "TASK_COMPLETED", "TASK_CLAIMED", "TASK_COMPLETED", "EXTENDED",
                "TASK_CLAIMED", "TASK_COMPLETED", "DECIDED", "CERTIFICATE_ISSUED", "DELIVERED", "CLOSED");
        assertThat((List<String>) JsonPath.read(closed, "$.tasks[*].outcome")).containsExactly("PASS", "PASS",
                "PASS", "DECIDED", "DELIVERED");
        assertThat((List<String>) JsonPath.read(closed, "$.tasks[*].completedBy")).containsExactly("clerk1",
                "handler1", "reviewer1", "approver1", "clerk1");
        List<String> committed = JsonPath.read(closed, "$.materials[?(@.status == 'COMMITTED')].name");
        assertThat(committed).containsExactly(COMMITTABLE);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_task WHERE case_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
        assertThat(events(id)).isEqualTo(14);
        // the applicant heard of the acceptance, the extension and the decision — each once, per channel
        assertThat(jdbc.sql("""
                SELECT template_key FROM notification_message WHERE subject_ref = :number AND channel = 'SMS'
                ORDER BY id""").param("number", (String) JsonPath.read(closed, "$.number")).query(String.class)
                .list()).containsExactly("case.accepted", "case.extended", "case.decided");
        // each transition is an auditable event, with who and the deadline it set
        List<CaseTransitioned> audited = published.stream(CaseTransitioned.class).filter(e -> e.caseId() == id)
                .toList();
        assertThat(audited).hasSize(14);
        assertThat(audited).extracting(CaseTransitioned::action).contains("casework.case.received",
                "casework.case.accepted", "casework.case.task-completed", "casework.case.extended",
                "casework.case.decided", "casework.case.delivered", "casework.case.closed");
        assertThat(audited.get(1).deadline()).isNotNull();
        assertThat(audited.get(7).actor().account()).isEqualTo("approver1");
    }

    @Test
    void aStepInAPositionIsDoneByItsHolderOrByTheDeputyWhenTheHolderIsAwayAndRecordedSo() throws Exception {
        StaffPost approver = directory.postOf("approver1").orElseThrow();
        assertThat(item().details().process()).flatExtracting(ProcessStage::tasks).extracting(ProcessTask::positionId)
                .contains(approver.positionId());
        List<String> complete = item().details().materials().stream().filter(Material::required)
                .map(Material::name).toList();
        int id = receive(complete);
        step(id, "acceptance", "clerk1", "{\"version\": 1}", 200);
        step(id, "processing", "handler1", "{\"version\": 2}", 200);
        pass(id, 1, "clerk1", 3);
        pass(id, 2, "handler1", 4);
        pass(id, 3, "reviewer1", 5);
        String decision = """
                {"version": 6, "positionId": %d, "outcome": "DENIED", "reasons": "投资领域属于负面清单禁止类",
                 "legalBasis": "《中华人民共和国外商投资法》第二十八条"}""".formatted(approver.positionId());
        // the deputy may not act while the holder is present
        String refused = step(id, "decision", "approver2", decision, 422);
        assertThat((String) JsonPath.read(refused, "$.code")).isEqualTo("casework.position.notActing");
        String today = calendar.today().toString();
        String absence = mvc.perform(json(post("/api/v1/organization/staff/{id}/absences", approver.staffId()),
                        "deptadmin1", "{\"from\": \"%s\", \"to\": \"%s\", \"reason\": \"出差\"}"
                                .formatted(today, today)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        try {
            // the absent approver's task is in his deputy's inbox, marked so
            String inbox = mvc.perform(get("/api/v1/casework/inbox").with(httpBasic("approver2", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> deputyFor = JsonPath.read(inbox, "$[?(@.caseId == %d)].asDeputyFor".formatted(id));
            assertThat(deputyFor).containsExactly(approver.positionName());
            String decided = step(id, "decision", "approver2", decision, 200);
            assertThat((String) JsonPath.read(decided, "$.history[9].type")).isEqualTo("DECIDED");
            assertThat((String) JsonPath.read(decided, "$.history[9].account")).isEqualTo("approver2");
            assertThat((String) JsonPath.read(decided, "$.history[9].deputyFor")).isEqualTo(approver.positionName());
            assertThat((String) JsonPath.read(decided, "$.history[9].position")).isNotEqualTo(approver.positionName());
            CaseTransitioned audited = published.stream(CaseTransitioned.class)
                    .filter(e -> e.caseId() == id && e.type() == CaseEventType.DECIDED).findFirst().orElseThrow();
            assertThat(audited.actor().deputyFor()).isEqualTo(approver.positionName());
            // and the audit trail has it, after the commit, with the deputy
            String number = JsonPath.read(decided, "$.number");
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                    SELECT deputy_for FROM audit_entry WHERE action = 'casework.case.decided' AND record_id = :n""")
                    .param("n", number).query(String.class).list()).containsExactly(approver.positionName()));
        } finally {
            mvc.perform(delete("/api/v1/organization/staff/{id}/absences/{absence}", approver.staffId(),
                            (Integer) JsonPath.read(absence, "$.id")).with(httpBasic("deptadmin1", PASSWORD)))
                    .andExpect(status().is2xxSuccessful());
        }
        long elsewhere = directory.postOf("deptadmin1").orElseThrow().positionId();
        int other = receive(complete);
        step(other, "acceptance", "clerk1", "{\"version\": 1}", 200);
        String outside = step(other, "processing", "handler1",
                "{\"version\": 2, \"positionId\": %d}".formatted(elsewhere), 422);
        assertThat((String) JsonPath.read(outside, "$.code")).isEqualTo("casework.position.notInProcess");
    }

    @Test
    void anyoneWithTheReceiptFollowsTheCaseByNumberAndQueryCodeAndNobodyElse() throws Exception {
        String answer = mvc.perform(json(post("/api/v1/casework/cases"), "clerk1",
                        application(requiredExceptCommittable(), "110101199003077777")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(answer, "$.number");
        String code = JsonPath.read(answer, "$.queryCode");
        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
        String tracked = mvc.perform(get("/api/v1/public/cases/{number}", number)
                        .param("queryCode", code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.applicantName").value("张**"))
                .andExpect(jsonPath("$.department").value("市商务局"))
                .andExpect(jsonPath("$.steps[0].type").value("RECEIVED"))
                .andExpect(jsonPath("$.steps[0].deadline").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(tracked).doesNotContain("clerk1", "199003077777", "13812345678");
        String wrongCode = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        mvc.perform(get("/api/v1/public/cases/{number}", number).param("queryCode", wrongCode))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/cases/{number}", number + "0").param("queryCode", code))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSameIdempotencyKeyNeverCreatesTwoCases() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = application(requiredExceptCommittable(), "110101199003071234");
        String first = mvc.perform(json(post("/api/v1/casework/cases"), "clerk1", body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(json(post("/api/v1/casework/cases"), "clerk1", body).header("Idempotency-Key", key))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("SELECT count(*) FROM casework_idempotency_key WHERE idempotency_key = :k")
                .param("k", key).query(Integer.class).single()).isEqualTo(1);
        // the same key for another application is a client bug, said clearly
        mvc.perform(json(post("/api/v1/casework/cases"), "clerk1",
                        application(requiredExceptCommittable(), "110101199003075678")).header("Idempotency-Key", key))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("casework.idempotency.reused"));
    }

    @Test
    void ofTwoClerksActingOnTheSameVersionTheSecondGetsAClearConflictAndNothingIsWritten() throws Exception {
        int id = receive();
        step(id, "refusal", "clerk1", "{\"version\": 1, \"reason\": \"不属于本机关职权范围\"}", 200);
        String late = step(id, "acceptance", "clerk1", "{\"version\": 1}", 409);
        assertThat((String) JsonPath.read(late, "$.code")).isEqualTo("casework.case.concurrentChange");
        assertThat((String) JsonPath.read(late, "$.detail")).contains("刷新");
        assertThat(events(id)).isEqualTo(2);
        mvc.perform(get("/api/v1/casework/cases/{id}", id).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(jsonPath("$.state").value("REFUSED")).andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void ofEightClerksAcceptingTheSameCaseAtTheSameMomentExactlyOneWins() throws Exception {
        int id = receive(item().details().materials().stream().filter(Material::required).map(Material::name)
                .toList());
        int clerks = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(clerks);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clerks);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(json(post("/api/v1/casework/cases/{id}/acceptance", id), "clerk1",
                            "{\"version\": 1}")).andReturn().getResponse().getStatus();
                }));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // one acceptance, its tasks once: nothing half-written by the losers
        assertThat(events(id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_task WHERE case_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anIllegalStepIsRefusedInTheClerksLanguage() throws Exception {
        int id = receive();
        mvc.perform(json(post("/api/v1/casework/cases/{id}/decision", id), "approver1", """
                        {"version": 1, "outcome": "APPROVED", "reasons": "符合", "legalBasis": "第四条"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("casework.illegal.decide"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能作出决定")));
        mvc.perform(json(post("/api/v1/casework/cases/{id}/decision", id), "approver1", """
                        {"version": 1, "outcome": "APPROVED", "reasons": "ok", "legalBasis": "art. 4"}""")
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no decision can be made")));
        step(id, "correction-notice", "clerk1", "{\"version\": 1, \"defects\": []}", 200);
        String second = step(id, "correction-notice", "clerk1", "{\"version\": 2, \"defects\": []}", 422);
        assertThat((String) JsonPath.read(second, "$.code")).isEqualTo("casework.correction.onlyOnce");
    }

    @Test
    void staffSeeCasesOfTheirDepartmentsOnlyAndSupervisorsSeeAll() throws Exception {
        int id = receive();
        long gsj = directory.departmentByCode("GSJ").orElseThrow().id();
        mvc.perform(get("/api/v1/casework/cases/{id}", id).with(TestPrincipals.staff("gsj-handler", gsj,
                        DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/api/v1/casework/cases").with(TestPrincipals.staff("gsj-handler", gsj,
                        DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(list, "$[*].id")).doesNotContain(id);
        mvc.perform(get("/api/v1/casework/cases/{id}", id).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/casework/cases/{id}", id).with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isOk());
        String visible = mvc.perform(get("/api/v1/casework/cases").param("state", "RECEIVED")
                        .with(httpBasic("leader1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(visible, "$[*].id")).contains(id);
        assertThat(visible).doesNotContain("张三丰");
        // a supervisor sees, but does not act
        step(id, "acceptance", "supervisor1", "{\"version\": 1}", 403);
    }
}
