package org.xiaoneng.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.TaskState;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;

/**
 * The case console pages with the demo accounts and the demo item SWJ-XK-001 (外商投资企业设立审批): clerk1 receives
 * at the window and issues the one-time correction notice, handler1, reviewer1 and approver1 of 市商务局 work the case
 * through to the decision — the decision by approver2 as deputy of the absent approver1 — and the window delivers and
 * closes it. Refusals come back on the page in the reader's language with nothing changed.
 */
@IntegrationTest
class CasePagesTests {

    static final String PASSWORD = "Demo@2026";
    static final String ITEM = "SWJ-XK-001";
    static final String MISSING = "企业名称预先核准通知书";
    static final String ID_NUMBER = "110101199003077777";

    @Autowired
    MockMvc mvc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    Casework casework;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    ItemVersion item() {
        return catalog.currentVersion(ITEM).orElseThrow();
    }

    List<String> required() {
        return item().details().materials().stream().filter(Material::required).map(Material::name).toList();
    }

    List<String> requiredBut(String left) {
        return required().stream().filter(name -> !name.equals(left)).toList();
    }

    /** Receives through the console form as clerk1; the case's id. */
    long receive(List<String> supplied) throws Exception {
        MockHttpServletRequestBuilder form = post("/console/cases").with(httpBasic("clerk1", PASSWORD))
                .param("item", ITEM).param("kind", "INDIVIDUAL").param("name", "赵窗口")
                .param("idNumber", ID_NUMBER).param("phone", "13812345678").param("email", "")
                .param("key", UUID.randomUUID().toString());
        supplied.forEach(material -> form.param("materials", material));
        String location = mvc.perform(form).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "casework.console.received"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/console/cases/\\d+");
        return Long.parseLong(location.substring("/console/cases/".length()));
    }

    String page(String url, String account) throws Exception {
        return mvc.perform(get(url).with(httpBasic(account, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    String casePage(long id, String account) throws Exception {
        return page("/console/cases/" + id, account);
    }

    /** Posts a step as the account and expects the redirect back to the case with a message. */
    void step(long id, String action, String account, String... params) throws Exception {
        mvc.perform(form(id, action, account, params)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/cases/" + id));
    }

    /** Posts a step expecting a refusal; the page shown again. */
    String refused(long id, String action, String account, int expected, String... params) throws Exception {
        return mvc.perform(form(id, action, account, params)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder form(long id, String action, String account, String... params) {
        MockHttpServletRequestBuilder request = post("/console/cases/{id}/" + action, id)
                .with(httpBasic(account, PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    long cases() {
        return jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
    }

    String version(long id) {
        return String.valueOf(casework.find(id).version());
    }

    @Test
    void aClerkReceivesAtTheWindowAndTheCasePageShowsNumberQueryCodeAndTheMaskedApplicant() throws Exception {
        String form = page("/console/cases/new", "clerk1");
        assertThat(form).contains("id=\"receive-form\"", "id=\"receive-item\"", "value=\"" + ITEM + "\"",
                "id=\"receive-id-number\"", "id=\"receive-submit\"");
        // choosing the item brings its materials, as a fragment for htmx or in the whole page
        String fragment = mvc.perform(get("/console/cases/new").param("item", ITEM).header("HX-Request", "true")
                        .with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"receive-materials\"", "id=\"receive-material-0\"", MISSING)
                .doesNotContain("<html", "id=\"receive-form\"");
        assertThat(page("/console/cases/new?item=" + ITEM, "clerk1")).contains("id=\"receive-form\"",
                "id=\"receive-material-2\"");

        long id = receive(requiredBut(MISSING));
        CaseView view = casework.find(id);
        String page = casePage(id, "clerk1");
        assertThat(page).contains("id=\"case-number\"", view.number(), "id=\"case-query-code\"", view.queryCode(),
                "已收件", "110101********7777", "138****5678", "赵**", "id=\"case-deadlines\"",
                view.deadlines().acceptanceDue().toString(), "窗口收件", "id=\"case-correction\"", "id=\"case-accept\"",
                "id=\"case-refuse\"", "id=\"case-withdraw\"", "id=\"case-upload\"")
                .doesNotContain(ID_NUMBER, "13812345678", "id=\"case-start\"", "id=\"case-decide\"");
        assertThat(page("/console/cases", "clerk1")).contains("id=\"menu-cases\"", "id=\"cases-receive\"",
                "id=\"case-row-" + id + "\"", view.number());
        assertThat(page("/console/cases?state=CLOSED", "clerk1")).doesNotContain("id=\"case-row-" + id + "\"");
    }

    @Test
    void anInvalidReceiptIsShownAgainWithTheFieldsMarkedAndNothingReceived() throws Exception {
        long before = cases();
        String page = mvc.perform(post("/console/cases").with(httpBasic("clerk1", PASSWORD))
                        .param("item", "").param("kind", "INDIVIDUAL").param("name", "赵窗口").param("idNumber", "12")
                        .param("phone", "13812345678").param("key", UUID.randomUUID().toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"receive-form\"", "证件号码须为 8–30 位字母或数字。", "请选择您可以收件的已发布事项。",
                "value=\"赵窗口\"");
        mvc.perform(post("/console/cases").with(httpBasic("clerk1", PASSWORD)).param("item", ITEM)
                        .param("kind", "ROBOT").param("name", "赵窗口").param("idNumber", ID_NUMBER)
                        .param("phone", "13812345678"))
                .andExpect(status().is(422));
        assertThat(cases()).isEqualTo(before);
        // a person who does not work at a window cannot open the form
        mvc.perform(get("/console/cases/new").with(httpBasic("handler1", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theOneCorrectionNoticeIsIssuedOnceAndASecondIsRefusedOnThePageWithNothingChanged() throws Exception {
        long id = receive(requiredBut(MISSING));
        String page = casePage(id, "clerk1");
        // the notice lists the missing material by itself; a supplied one may be marked defective, with a reason
        int missing = item().details().materials().stream().map(Material::name).toList().indexOf(MISSING);
        assertThat(page).contains("id=\"case-correction-missing-" + missing + "\"", "id=\"case-correction-reason-0\"")
                .doesNotContain("id=\"case-correction-reason-" + missing + "\"");
        String noReason = refused(id, "correction-notice", "clerk1", 422, "version", version(id), "defective", "0");
        assertThat(noReason).contains("id=\"form-error\"", "请写明该材料不符合要求的原因");
        assertThat(casework.find(id).state()).isEqualTo(CaseState.RECEIVED);

        step(id, "correction-notice", "clerk1", "version", version(id), "defective", "0", "reason-0", "申请书未签字");
        CaseView corrected = casework.find(id);
        assertThat(corrected.state()).isEqualTo(CaseState.CORRECTION_REQUESTED);
        assertThat(corrected.correctionNotice()).extracting("material").containsExactly(required().get(0), MISSING);
        String after = casePage(id, "clerk1");
        assertThat(after).contains("待补正", "id=\"case-notice-correction\"", "id=\"case-notice-correction-pdf\"",
                MISSING + "（未提交）", "申请书未签字", "id=\"case-resubmit\"").doesNotContain("id=\"case-correction\"");

        String second = refused(id, "correction-notice", "clerk1", 422, "version", version(id));
        assertThat(second).contains("id=\"form-error\"", "已出具过一次性告知书", "id=\"case-number\"");
        CaseView unchanged = casework.find(id);
        assertThat(unchanged.version()).isEqualTo(corrected.version());
        assertThat(unchanged.history()).hasSameSizeAs(corrected.history());
    }

    @Test
    void aStaleVersionIsAConflictExplainedOnThePage() throws Exception {
        long id = receive(required());
        String seen = version(id);
        step(id, "acceptance", "clerk1", "version", seen);
        String conflict = refused(id, "refusal", "clerk1", 409, "version", seen, "reason", "材料不全");
        assertThat(conflict).contains("id=\"form-error\"", "刚被其他人办理过", "请刷新后重试", "已受理");
        CaseView view = casework.find(id);
        assertThat(view.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(view.history()).hasSize(2);
    }

    @Test
    void aStepNeedsItsPermissionAndTheFormIsNotOfferedWithoutIt() throws Exception {
        long id = receive(required());
        // the supervisor sees every case but takes no step in one
        assertThat(casePage(id, "supervisor1")).contains("id=\"case-number\"")
                .doesNotContain("id=\"case-accept\"", "id=\"case-refuse\"", "id=\"case-upload\"");
        mvc.perform(form(id, "acceptance", "supervisor1", "version", version(id))).andExpect(status().isForbidden());
        // the handler may not accept at intake either
        mvc.perform(form(id, "acceptance", "handler1", "version", version(id))).andExpect(status().isForbidden());
        assertThat(casework.find(id).state()).isEqualTo(CaseState.RECEIVED);
        assertThat(casework.find(id).version()).isEqualTo(1);
    }

    @Test
    void thePageSpeaksEnglishWithLangEn() throws Exception {
        long id = receive(requiredBut(MISSING));
        step(id, "correction-notice", "clerk1", "version", version(id));
        String page = mvc.perform(get("/console/cases/{id}", id).param("lang", "en")
                        .with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Awaiting correction", "Time limits", "Timeline", "Received at the window",
                "Correction notice issued", MISSING + " (missing)", "One-Time Notice of Materials to Correct",
                "Download PDF", "Record resubmitted materials")
                .doesNotContain("办理过程", "待补正", "窗口收件", "未提交");
    }

    @Test
    void theCaseGoesThroughEveryStepOnItsPageAndTheDeputyDecidesForTheAbsentApprover() throws Exception {
        long id = receive(required());
        step(id, "acceptance", "clerk1", "version", version(id));
        assertThat(casePage(id, "clerk1")).contains("id=\"case-notice-receipt\"", "受理通知书",
                "id=\"case-notice-receipt-pdf\"").doesNotContain("id=\"case-accept\"");
        String handler = casePage(id, "handler1");
        assertThat(handler).contains("id=\"case-start\"", "id=\"case-start-position\"");
        step(id, "processing", "handler1", "version", version(id), "positionId", "");
        assertThat(casework.find(id).state()).isEqualTo(CaseState.IN_PROCESS);

        // the window, the handler and the reviewer pass the case on from their inboxes; the task links lead there
        assertThat(casePage(id, "clerk1")).contains("id=\"case-task-1\"", "/console/inbox/" + id + "/tasks/1");
        for (String account : List.of("clerk1", "handler1", "reviewer1")) {
            int taskNo = casework.find(id).openTasks().get(0).taskNo();
            mvc.perform(post("/console/inbox/{c}/tasks/{n}/completion", id, taskNo)
                            .with(httpBasic(account, PASSWORD)).param("version", version(id))
                            .param("outcome", "PASS").param("opinion", "同意"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(casePage(id, "clerk1")).contains("第 1 号任务：同意，转下一环节", "理由/意见：同意");

        // a decision needs reasons: the form comes back with the field marked, nothing decided
        String invalid = refused(id, "decision", "approver1", 422, "version", version(id), "outcome", "APPROVED",
                "reasons", " ", "legalBasis", "《中华人民共和国外商投资法》第四条");
        assertThat(invalid).contains("id=\"form-error\"", "is-invalid", "《中华人民共和国外商投资法》第四条");
        assertThat(casework.find(id).state()).isEqualTo(CaseState.IN_PROCESS);

        StaffPost approver = directory.postOf("approver1").orElseThrow();
        String option = "<option value=\"" + approver.positionId() + "\"";
        // the decision is the approver's: his deputy is offered it only while he is away
        assertThat(casePage(id, "approver1")).contains("id=\"case-decide\"", "id=\"case-decide-position\"");
        assertThat(casePage(id, "approver2")).doesNotContain("id=\"case-decide\"", option);
        String today = calendar.today().toString();
        String absence = mvc.perform(post("/api/v1/organization/staff/{id}/absences", approver.staffId())
                        .with(httpBasic("deptadmin1", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"%s\", \"to\": \"%s\", \"reason\": \"出差\"}".formatted(today, today)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        try {
            String deputy = casePage(id, "approver2");
            assertThat(deputy).contains("id=\"case-decide-position\"", option, "AB角");
            step(id, "decision", "approver2", "version", version(id), "positionId",
                    String.valueOf(approver.positionId()), "outcome", "APPROVED", "reasons", "符合外商投资准入要求",
                    "legalBasis", "《中华人民共和国外商投资法》第四条");
        } finally {
            mvc.perform(delete("/api/v1/organization/staff/{id}/absences/{absence}", approver.staffId(),
                            (Integer) JsonPath.read(absence, "$.id")).with(httpBasic("deptadmin1", PASSWORD)))
                    .andExpect(status().is2xxSuccessful());
        }
        CaseView decided = casework.find(id);
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        assertThat(decided.decision()).isEqualTo(Outcome.APPROVED);
        assertThat(casePage(id, "clerk1")).contains("已决定", "准予许可", "approver2",
                "代 " + approver.positionName() + "（AB角）", "id=\"case-notice-decision\"", "准予行政许可决定书")
                .doesNotContain("id=\"case-deliver\"");

        step(id, "certificate", "handler1", "version", version(id), "certificateNumber", "");
        assertThat(casework.find(id).certificateNumber()).isEqualTo(decided.number() + "-Z");
        step(id, "delivery", "clerk1", "version", version(id), "method", "WINDOW");
        step(id, "closing", "clerk1", "version", version(id));
        CaseView closed = casework.find(id);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.tasks()).allSatisfy(t -> assertThat(t.state().open()).isFalse());
        assertThat(closed.tasks()).extracting("state").contains(TaskState.DONE);
        String page = casePage(id, "clerk1");
        assertThat(page).contains("已办结", "窗口领取", decided.number() + "-Z")
                .doesNotContain("id=\"case-withdraw\"", "id=\"case-upload\"");
    }

    @Test
    void theClockStopsAndRunsAgainTheApproverExtendsOnceAndTheWindowRecordsAWithdrawal() throws Exception {
        long id = receive(required());
        step(id, "acceptance", "clerk1", "version", version(id));
        step(id, "processing", "handler1", "version", version(id));
        // a value that is none of the choices is an invalid form, not an error page
        refused(id, "suspension", "handler1", 422, "version", version(id), "procedure", "PICNIC", "reason", "x");
        step(id, "suspension", "handler1", "version", version(id), "positionId", "", "procedure", "EXPERT_REVIEW",
                "reason", "需组织专家评审");
        assertThat(casework.find(id).state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(casePage(id, "handler1")).contains("id=\"case-resume\"", "id=\"case-resume-position\"",
                "专家评审", "需组织专家评审", "id=\"case-notice-suspension\"").doesNotContain("id=\"case-suspend\"");
        step(id, "resumption", "handler1", "version", version(id), "note", "评审结束");
        assertThat(casePage(id, "approver1")).contains("id=\"case-extend\"", "id=\"case-extend-position\"");
        step(id, "extension", "approver1", "version", version(id), "reason", "需现场核查");
        CaseView extended = casework.find(id);
        assertThat(extended.extended()).isTrue();
        assertThat(casePage(id, "approver1")).contains("已依法延期", "id=\"case-notice-extension\"")
                .doesNotContain("id=\"case-extend\"");
        String again = refused(id, "extension", "approver1", 422, "version", version(id), "reason", "再延一次");
        assertThat(again).contains("id=\"form-error\"", "依法只能延期一次");

        step(id, "withdrawal", "clerk1", "version", version(id), "reason", "申请人不再需要");
        assertThat(casework.find(id).state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(casePage(id, "clerk1")).contains("已撤回", "申请人不再需要").doesNotContain("id=\"case-withdraw\"");
    }

    @Test
    void aMaterialFileIsUploadedOnTheCasePageAndAFileThatIsNotOneIsExplained() throws Exception {
        long id = receive(required());
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/console/cases/{id}/files", id).file(new MockMultipartFile("file", "申请书.pdf",
                        "application/pdf", pdf)).param("material", required().get(0))
                        .with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/cases/" + id));
        long fileId = casework.files(id).get(0).id();
        assertThat(casePage(id, "clerk1")).contains("id=\"case-file-" + fileId + "\"", "申请书.pdf");
        String refused = mvc.perform(multipart("/console/cases/{id}/files", id).file(new MockMultipartFile("file",
                        "note.pdf", "application/pdf", "hello".getBytes(StandardCharsets.US_ASCII)))
                        .param("material", required().get(0)).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"form-error\"", "note.pdf");
        assertThat(casework.files(id)).hasSize(1);
    }
}
