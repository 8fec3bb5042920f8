package org.xiaoneng.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.AuditableEvent;
import org.xiaoneng.platform.DataScope;

/**
 * The written notices (文书) of a case made through the API by clerk1 at the window for the demo item SWJ-XK-001: the
 * correction notice and the receipt as PDFs whose Chinese text can be read back, the refusal notice of a case that was
 * not refused, another department's staff, and the printable page.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseNoticeTests {

    static final String PASSWORD = "Demo@2026";
    static final String COMMITTABLE = "法定代表人及董事会成员委派书";
    static final String ID_NUMBER = "110101199003077777";

    @Autowired
    MockMvc mvc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ApplicationEvents published;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Casework casework;

    ItemVersion item() {
        return catalog.currentVersion("SWJ-XK-001").orElseThrow();
    }

    List<String> requiredExceptCommittable() {
        return item().details().materials().stream().filter(Material::required).map(Material::name)
                .filter(name -> !name.equals(COMMITTABLE)).toList();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic("clerk1", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String step(int id, String action, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/casework/cases/{id}/" + action, id), body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String step(int id, String action, String account, String body) throws Exception {
        return mvc.perform(post("/api/v1/casework/cases/{id}/" + action, id).with(httpBasic(account, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    int receive() throws Exception {
        return receive(requiredExceptCommittable());
    }

    int receive(List<String> supplied) throws Exception {
        String materials = String.join(",", supplied.stream().map(m -> "\"" + m + "\"").toList());
        String answer = mvc.perform(json(post("/api/v1/casework/cases"), """
                        {"itemVersionId": %d, "channel": "WINDOW", "suppliedMaterials": [%s],
                         "applicant": {"kind": "INDIVIDUAL", "name": "张三丰", "idNumber": "%s", "phone": "13812345678"}}"""
                        .formatted(item().id(), materials, ID_NUMBER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    String pdfText(String url, int id) throws Exception {
        return pdfText(url, id, Locale.SIMPLIFIED_CHINESE);
    }

    String pdfText(String url, int id, Locale locale) throws Exception {
        byte[] bytes = mvc.perform(get(url, id).with(httpBasic("clerk1", PASSWORD)).locale(locale)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            // lines wrap anywhere in Chinese: read the text as one run (English lines join with a space)
            return new PDFTextStripper().getText(document).replaceAll("\\R",
                    locale.getLanguage().equals("en") ? " " : "");
        }
    }

    @Test
    void theCorrectionNoticeAndTheReceiptArePdfsInChinese() throws Exception {
        int id = receive();
        String defective = requiredExceptCommittable().get(0);
        String corrected = step(id, "correction-notice", """
                {"version": 1, "defects": [{"material": "%s", "reason": "复印件未加盖公章"}]}""".formatted(defective));
        String number = JsonPath.read(corrected, "$.number");

        mvc.perform(get("/api/v1/casework/cases/{id}/notices/receipt", id).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework.notice.notIssued.receipt"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未受理")));

        String correction = pdfText("/console/cases/{id}/notices/correction.pdf", id);
        assertThat(correction).contains("补正材料一次性告知书", number, "外商投资企业设立审批", "张三丰：",
                "1. " + defective + "（不符合要求）：复印件未加盖公章", "2. " + COMMITTABLE + "（缺少）", "投诉电话：12345",
                "第三十二条");

        step(id, "resubmission", """
                {"version": 2, "supplied": ["%s", "%s"]}""".formatted(COMMITTABLE, defective));
        String accepted = step(id, "acceptance", "{\"version\": 3}");
        LocalDate due = LocalDate.parse(JsonPath.read(accepted, "$.deadlines.due"));
        String queryCode = JsonPath.read(accepted, "$.queryCode");

        String receipt = pdfText("/api/v1/casework/cases/{id}/notices/receipt", id);
        assertThat(receipt).contains("受理通知书", "〔" + LocalDate.now().getYear(), number, "外商投资企业设立审批",
                "张三丰", "110101********7777", queryCode, due.format(DateTimeFormatter.ofPattern("yyyy年M月d日")),
                "个工作日", "市商务局", "投诉电话：12345").doesNotContain(ID_NUMBER);

        assertThat(published.stream(AuditableEvent.class)
                .filter(e -> e.action().equals("casework.notice.printed") && e.recordId().equals(number))
                .map(AuditableEvent::after).toList())
                .containsExactly("notice correction", "notice receipt");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT account || ' ' || after_summary FROM audit_entry
                WHERE action = 'casework.notice.printed' AND record_id = :n ORDER BY seq""")
                .param("n", number).query(String.class).list())
                .containsExactly("clerk1 notice correction", "clerk1 notice receipt"));
    }

    @Test
    void aNoticeNotIssuedIsRefusedAndAnotherDepartmentSeesNone() throws Exception {
        int id = receive();
        mvc.perform(get("/api/v1/casework/cases/{id}/notices/refusal", id).with(httpBasic("clerk1", PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("casework.notice.notIssued.refusal"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("was not refused")));
        mvc.perform(get("/api/v1/casework/cases/{id}/notices/licence", id).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isNotFound());

        step(id, "correction-notice", "{\"version\": 1, \"defects\": []}");
        long gsj = directory.departmentByCode("GSJ").orElseThrow().id();
        mvc.perform(get("/console/cases/{id}/notices/correction.pdf", id).with(TestPrincipals.staff("gsj-handler", gsj,
                        DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/casework/cases/{id}/notices/correction", id).with(TestPrincipals.staff(
                        "gsj-handler", gsj, DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRefusalNoticeIsAPrintablePage() throws Exception {
        int id = receive();
        step(id, "refusal", "{\"version\": 1, \"reason\": \"申请事项不属于本机关职权范围\"}");
        String page = mvc.perform(get("/console/cases/{id}/notices/refusal", id).with(TestPrincipals.staff("clerk1",
                        null, DataScope.everything(), "casework:case:view")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不予受理决定书", "申请事项不属于本机关职权范围", "张三丰：", "行政复议", "id=\"print-button\"",
                "/js/casework-notice", "/css/casework-notice", "notices/refusal.pdf", "投诉电话：12345")
                .doesNotContain("onclick", ID_NUMBER);
    }

    @Test
    void suspensionExtensionAndDenialAreNoticedInWritingWithTheirFacts() throws Exception {
        int id = receive(item().details().materials().stream().filter(Material::required).map(Material::name).toList());
        step(id, "acceptance", "clerk1", "{\"version\": 1}");
        step(id, "processing", "handler1", "{\"version\": 2}");
        step(id, "tasks/1/completion", "clerk1", "{\"version\": 3, \"outcome\": \"PASS\", \"opinion\": \"同意\"}");
        step(id, "tasks/2/completion", "handler1", "{\"version\": 4, \"outcome\": \"PASS\", \"opinion\": \"同意\"}");
        step(id, "suspension", "handler1", """
                {"version": 5, "procedure": "EXPERT_REVIEW", "reason": "投资规模较大，需组织专家评审"}""");
        String suspension = pdfText("/api/v1/casework/cases/{id}/notices/suspension", id);
        assertThat(suspension).contains("中止办理告知书", "专家评审", "投资规模较大，需组织专家评审", "第四十五条",
                "不计算在办理期限内");

        step(id, "resumption", "handler1", "{\"version\": 6, \"note\": \"评审完毕\"}");
        String extended = step(id, "extension", "approver1", "{\"version\": 7, \"reason\": \"需现场核查\"}");
        LocalDate due = LocalDate.parse(JsonPath.read(extended, "$.deadlines.due"));
        String extension = pdfText("/api/v1/casework/cases/{id}/notices/extension", id);
        assertThat(extension).contains("延期办理告知书", "需现场核查", "延长 10 个工作日", "第四十二条",
                due.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));

        step(id, "tasks/3/completion", "reviewer1", "{\"version\": 8, \"outcome\": \"PASS\", \"opinion\": \"同意\"}");
        step(id, "decision", "approver1", """
                {"version": 9, "outcome": "DENIED", "reasons": "投资领域属于负面清单禁止类",
                 "legalBasis": "《中华人民共和国外商投资法》第二十八条"}""");
        String decision = pdfText("/api/v1/casework/cases/{id}/notices/decision", id);
        assertThat(decision).contains("不予行政许可决定书", "投资领域属于负面清单禁止类", "《中华人民共和国外商投资法》第二十八条",
                "决定不予行政许可", "行政复议", "行政诉讼", "第三十八条");
        String english = pdfText("/api/v1/casework/cases/{id}/notices/decision", id, Locale.ENGLISH);
        assertThat(english).contains("Decision to Deny the Administrative Licence", "reconsideration", "lawsuit");
    }

    @Test
    void theApiDocumentsTheNoticeAsPdf() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/casework/cases/{id}/notices/{kind}'].get.responses['200']"
                        + ".content['application/pdf']").exists());
    }

    @Test
    void theReceiptOfADeemedAcceptanceSaysSoAndCountsFromTheDayOfReceipt() throws Exception {
        int id = receive();
        LocalDate receiptDay = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        try {
            clock.advance(Duration.ofDays(20));
            assertThat(casework.deemAcceptedWhereDue()).isPositive();
            String receipt = pdfText("/api/v1/casework/cases/{id}/notices/receipt", id);
            assertThat(receipt).contains("受理通知书", "未在五个工作日内作出是否受理的决定", "自收件之日起视为受理",
                    "受理时间 " + receiptDay.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        } finally {
            clock.reset();
        }
    }
}
