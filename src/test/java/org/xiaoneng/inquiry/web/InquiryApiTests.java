package org.xiaoneng.inquiry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/**
 * First inquiries over /api/v1 on the real database with the demo accounts: clerk1 at the service center's window is
 * the first receiver; 市商务局's 承办岗 (handler1, deputy handler2) and 审核岗 (reviewer1) are desks; deptadmin1 sees
 * only his own inquiries and desks; supervisor1 oversees the whole city.
 */
@IntegrationTest
class InquiryApiTests {

    static final String PASSWORD = "Demo@2026";
    static final String TAG = "inquiry-api-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        jdbc.sql("DELETE FROM organization_absence WHERE reason = :tag").param("tag", TAG).update();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String account, String body) {
        return request.with(httpBasic(account, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String inquiry(String subject) {
        return """
                {"inquirerName": "王先生", "contactPhone": "13812345678", "channel": "PHONE",
                 "subject": "%s", "itemCode": "SWJ-XK-001"}""".formatted(subject);
    }

    int record(String account, String subject) throws Exception {
        String answer = mvc.perform(json(post("/api/v1/inquiries"), account, inquiry(subject)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    String step(int id, String action, String account, String body, int expected) throws Exception {
        return mvc.perform(json(post("/api/v1/inquiries/{id}/" + action, id), account, body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    String read(int id, String account, int expected) throws Exception {
        return mvc.perform(get("/api/v1/inquiries/{id}", id).with(httpBasic(account, PASSWORD)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    long desk(String code) {
        return directory.activePositions().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(PositionRef::id).orElseThrow();
    }

    String handover(String code, int version) {
        return "{\"version\": %d, \"deskPositionId\": %d, \"note\": \"请贵岗答复\"}".formatted(version, desk(code));
    }

    static String version(int version) {
        return "{\"version\": %d}".formatted(version);
    }

    static String subject() {
        return "咨询 " + UUID.randomUUID();
    }

    @Test
    void aHandedOnInquiryStaysWithItsFirstReceiverUntilTheDeskConfirmsIt() throws Exception {
        String created = mvc.perform(json(post("/api/v1/inquiries"), "clerk1", inquiry(subject())))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.state").value("RECORDED"))
                .andExpect(jsonPath("$.contactPhone").value("138****5678"))
                .andExpect(jsonPath("$.receiver.account").value("clerk1"))
                .andExpect(jsonPath("$.receiver.positionName").value("综合受理窗口岗"))
                .andExpect(jsonPath("$.itemName").value("外商投资企业设立审批"))
                .andExpect(jsonPath("$.actions.handOn").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).doesNotContain("13812345678");
        int id = JsonPath.read(created, "$.id");
        // not handed to his desk yet: handler1 has nothing to do with it
        read(id, "handler1", 403);

        String handed = step(id, "handover", "clerk1", handover("SWJ-CB", 1), 200);
        assertThat((String) JsonPath.read(handed, "$.state")).isEqualTo("HANDED_ON");
        assertThat((Boolean) JsonPath.read(handed, "$.ownedByDesk")).isFalse();
        assertThat((String) JsonPath.read(handed, "$.desk.positionName")).isEqualTo("承办岗");

        // the desk sees it and may confirm it, not answer it yet
        String atDesk = read(id, "handler1", 200);
        assertThat((Boolean) JsonPath.read(atDesk, "$.actions.confirm")).isTrue();
        assertThat((Boolean) JsonPath.read(atDesk, "$.actions.answer")).isFalse();
        assertThat(list("handler1", "DESK")).contains(id);
        assertThat(problemCode(step(id, "answer", "handler1", "{\"version\": 2, \"answer\": \"答\"}", 422)))
                .isEqualTo("inquiry.answer.confirmFirst");
        // only the receiving desk confirms
        assertThat(problemCode(step(id, "confirmation", "clerk1", version(2), 422)))
                .isEqualTo("inquiry.confirm.notDesk");
        step(id, "confirmation", "reviewer1", version(2), 403);
        // a stale version changes nothing
        assertThat(problemCode(step(id, "confirmation", "handler1", version(1), 409)))
                .isEqualTo("inquiry.concurrentChange");

        String confirmed = step(id, "confirmation", "handler1", version(2), 200);
        assertThat((String) JsonPath.read(confirmed, "$.state")).isEqualTo("CONFIRMED");
        assertThat((Boolean) JsonPath.read(confirmed, "$.ownedByDesk")).isTrue();
        assertThat((String) JsonPath.read(confirmed, "$.confirmedBy")).isEqualTo("handler1");
        // now the desk owns it: the first receiver can no longer answer it, nor hand it elsewhere
        assertThat(problemCode(step(id, "answer", "clerk1", "{\"version\": 3, \"answer\": \"答\"}", 422)))
                .isEqualTo("inquiry.answer.notDesk");
        assertThat(problemCode(step(id, "handover", "clerk1", handover("SWJ-SH", 3), 422)))
                .isEqualTo("inquiry.illegal.handOnConfirmed");

        step(id, "answer", "handler1", "{\"version\": 3, \"answer\": \"已电话答复：股权变更须备案\"}", 200);
        String followed = step(id, "follow-ups", "clerk1", "{\"version\": 4, \"note\": \"回访：已清楚\"}", 200);
        assertThat((String) JsonPath.read(followed, "$.state")).isEqualTo("ANSWERED");
        assertThat((List<String>) JsonPath.read(followed, "$.history[*].type")).containsExactly("RECORDED",
                "HANDED_ON", "CONFIRMED", "ANSWERED", "FOLLOWED_UP");
        assertThat((String) JsonPath.read(followed, "$.answeredBy")).isEqualTo("handler1");
        assertThat(list("handler1", "DESK")).doesNotContain(id);

        // every step is in the audit trail, under the first receiver's department, without the phone
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> auditActions(id).size() == 5);
        assertThat(auditActions(id)).containsExactly("inquiry.inquiry.recorded", "inquiry.inquiry.handed-on",
                "inquiry.inquiry.confirmed", "inquiry.inquiry.answered", "inquiry.inquiry.followed-up");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE record_type = 'inquiry' AND record_id = :id
                   AND (coalesce(after_summary, '') LIKE '%13812345678%' OR department_id IS NULL)""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    void theSameIdempotencyKeyNeverLogsTwoInquiries() throws Exception {
        String subject = subject();
        String key = "inq-" + UUID.randomUUID();
        String first = mvc.perform(json(post("/api/v1/inquiries"), "clerk1", inquiry(subject))
                        .header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(json(post("/api/v1/inquiries"), "clerk1", inquiry(subject))
                        .header("Idempotency-Key", key))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_first_inquiry WHERE subject = :s").param("s", subject)
                .query(Long.class).single()).isEqualTo(1);
        // the key used for something else, or by somebody else: refused, nothing logged
        mvc.perform(json(post("/api/v1/inquiries"), "clerk1", inquiry(subject + "！")).header("Idempotency-Key", key))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("inquiry.idempotency.reused"));
        mvc.perform(json(post("/api/v1/inquiries"), "handler1", inquiry(subject)).header("Idempotency-Key", key))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/inquiries"), "clerk1", inquiry(subject)).header("Idempotency-Key", "short"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.code").value("inquiry.idempotency.invalid"));
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_first_inquiry WHERE subject LIKE :s")
                .param("s", subject + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDeputyConfirmsForTheAbsentHolderAndTheHistorySaysForWhom() throws Exception {
        jdbc.sql("""
                INSERT INTO organization_absence (staff_id, from_date, to_date, reason, created_by, created_at)
                SELECT id, :from, :to, :tag, 'test', :at FROM organization_staff WHERE account = 'handler1'""")
                .param("from", LocalDate.now(StatutoryCalendar.ZONE).minusDays(1))
                .param("to", LocalDate.now(StatutoryCalendar.ZONE).plusDays(1)).param("tag", TAG)
                .param("at", OffsetDateTime.now()).update();
        int id = record("clerk1", subject());
        step(id, "handover", "clerk1", handover("SWJ-CB", 1), 200);

        String desk = mvc.perform(get("/api/v1/inquiries").param("list", "DESK").with(httpBasic("handler2", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(desk, "$[?(@.id == " + id + ")].deskActedAsDeputyFor"))
                .containsExactly("承办岗");
        // the holder is away: today his deputy acts for the desk, not he
        step(id, "confirmation", "handler1", version(2), 403);
        String confirmed = step(id, "confirmation", "handler2", version(2), 200);
        assertThat((String) JsonPath.read(confirmed, "$.history[2].account")).isEqualTo("handler2");
        assertThat((String) JsonPath.read(confirmed, "$.history[2].deputyFor")).isEqualTo("承办岗");
        step(id, "answer", "handler2", "{\"version\": 3, \"answer\": \"代岗答复\"}", 200);
        // having acted on it, the deputy still sees it after the holder is back
        jdbc.sql("DELETE FROM organization_absence WHERE reason = :tag").param("tag", TAG).update();
        read(id, "handler2", 200);
    }

    @Test
    void staffSeeTheirOwnAndTheirDesksInquiriesOverseersTheirDepartments() throws Exception {
        int id = record("clerk1", subject());
        read(id, "clerk1", 200);
        // deptadmin1 of 市商务局 neither received it nor works its desk, and oversees nothing
        mvc.perform(get("/api/v1/inquiries/{id}", id).with(httpBasic("deptadmin1", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("error.outOfScope"));
        step(id, "follow-ups", "deptadmin1", "{\"version\": 1, \"note\": \"越权\"}", 403);
        read(Integer.MAX_VALUE, "clerk1", 404);
        mvc.perform(get("/api/v1/inquiries").param("list", "DEPARTMENT").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
        // the efficiency office oversees the whole city: sees it, but it is not theirs to answer
        String seen = read(id, "supervisor1", 200);
        assertThat((Boolean) JsonPath.read(seen, "$.actions.answer")).isFalse();
        assertThat(problemCode(step(id, "answer", "supervisor1", "{\"version\": 1, \"answer\": \"答\"}", 422)))
                .isEqualTo("inquiry.answer.notOwner");
        assertThat(list("supervisor1", "DEPARTMENT")).contains(id);
        assertThat(list("clerk1", "MINE")).contains(id);
        assertThat(list("handler1", "MINE")).doesNotContain(id);
        // without a sign-in, nothing
        mvc.perform(get("/api/v1/inquiries/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void unresolvedInquiriesAreListedForTheirOwnerOnceTheSetTimeHasPassed() throws Exception {
        int open = record("clerk1", subject());
        int answered = record("clerk1", subject());
        step(answered, "answer", "clerk1", "{\"version\": 1, \"answer\": \"当场答复\"}", 200);
        int handed = record("clerk1", subject());
        step(handed, "handover", "clerk1", handover("SWJ-SH", 1), 200);
        assertThat(list("clerk1", "UNRESOLVED")).doesNotContain(open, answered, handed);

        clock.advance(Duration.ofHours(25));
        // the default is 24 hours: the open one and the one still waiting for the desk are hers and unresolved
        assertThat(list("clerk1", "UNRESOLVED")).contains(open, handed).doesNotContain(answered);
        assertThat(list("handler1", "UNRESOLVED")).doesNotContain(open, handed);
        String mine = mvc.perform(get("/api/v1/inquiries").with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Boolean>) JsonPath.read(mine, "$[?(@.id == " + open + ")].unresolved")).containsExactly(true);
        assertThat((List<Boolean>) JsonPath.read(mine, "$[?(@.id == " + answered + ")].unresolved"))
                .containsExactly(false);
        assertThat((Boolean) JsonPath.read(read(open, "clerk1", 200), "$.unresolved")).isTrue();

        // once the desk confirms, it is the desk's: no longer on her unresolved list
        step(handed, "confirmation", "reviewer1", version(2), 200);
        assertThat(list("clerk1", "UNRESOLVED")).doesNotContain(handed).contains(open);
        assertThat(list("supervisor1", "DEPARTMENT&unresolved=true")).contains(open, handed)
                .doesNotContain(answered);
    }

    @Test
    void refusalsAndBadInputAreExplainedInEnglishToAnEnglishReader() throws Exception {
        int id = record("clerk1", subject());
        String refused = mvc.perform(json(post("/api/v1/inquiries/{id}/confirmation", id), "clerk1", version(1))
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(refused, "$.detail"))
                .isEqualTo("Inquiry #" + id + " is not waiting for a desk to confirm it (not handed on, or already "
                        + "confirmed or answered).");
        String invalid = mvc.perform(json(post("/api/v1/inquiries"), "clerk1", """
                        {"inquirerName": "王先生", "contactPhone": "call me", "channel": "PHONE", "subject": "问"}""")
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(invalid, "$.errors.contactPhone"))
                .isEqualTo("A contact phone has 7 to 20 digits, spaces or hyphens.");
        String unknownItem = mvc.perform(json(post("/api/v1/inquiries"), "clerk1", """
                        {"inquirerName": "王先生", "contactPhone": "13812345678", "channel": "PHONE", "subject": "问",
                         "itemCode": "NO-SUCH-ITEM"}""")
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(unknownItem, "$.detail"))
                .isEqualTo("The catalog has no published item \"NO-SUCH-ITEM\".");
        // and in Chinese by default
        String chinese = step(id, "handover", "clerk1", handover("XZFWZX-ZHSL", 1), 422);
        assertThat((String) JsonPath.read(chinese, "$.detail")).isEqualTo("首问 #" + id + " 不能转交给首问责任人自己的岗位。");
    }

    @Test
    void theOpenApiDocumentListsTheInquiryEndpoints() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/v1/inquiries", "/api/v1/inquiries/{id}/handover",
                "/api/v1/inquiries/{id}/confirmation", "/api/v1/inquiries/{id}/follow-ups",
                "/api/v1/inquiries/{id}/answer", "First inquiries", "Idempotency-Key");
    }

    List<Integer> list(String account, String kind) throws Exception {
        String body = mvc.perform(get("/api/v1/inquiries?list=" + kind).with(httpBasic(account, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].id");
    }

    List<String> auditActions(int id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'inquiry' AND record_id = :id ORDER BY seq")
                .param("id", String.valueOf(id)).query(String.class).list();
    }

    static String problemCode(String body) {
        return JsonPath.read(body, "$.code");
    }
}
