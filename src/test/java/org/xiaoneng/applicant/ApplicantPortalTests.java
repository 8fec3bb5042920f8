package org.xiaoneng.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.Material;

/**
 * The applicant's side of the portal on the real database: accounts by phone and password kept apart from staff
 * sign-ins, online application, my cases, correction, the public query and announcement, and rating a closed case.
 */
@IntegrationTest
class ApplicantPortalTests {

    static final String PASSWORD = "Secret2026";
    static final String STAFF_PASSWORD = "Demo@2026";
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ItemCatalog catalog;

    static final String ITEM = "SWJ-XK-001";

    String newPhone() {
        return "1390000" + PHONES.incrementAndGet();
    }

    void register(String phone, String name) throws Exception {
        mvc.perform(post("/portal/account/register").with(csrf()).param("phone", phone).param("name", name)
                        .param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/account/login?registered"));
    }

    MockHttpSession signIn(String phone) throws Exception {
        MvcResult result = mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone)
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/my/cases")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    MockHttpSession applicant() throws Exception {
        String phone = newPhone();
        register(phone, "李四");
        return signIn(phone);
    }

    @Test
    void anApplicantRegistersWithAPhoneAndSignsInAndAWeakPasswordOrATakenPhoneIsRefused() throws Exception {
        String phone = newPhone();
        register("+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "李四");
        assertThat(jdbc.sql("SELECT password_hash FROM applicant_account WHERE phone = :p").param("p", phone)
                .query(String.class).single()).startsWith("{bcrypt}");
        String taken = mvc.perform(post("/portal/account/register").with(csrf()).param("phone", phone)
                        .param("name", "王五").param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("该手机号码已注册");
        String weak = mvc.perform(post("/portal/account/register").with(csrf()).param("phone", newPhone())
                        .param("name", "王五").param("password", "abcdefgh").param("confirmation", "abcdefgh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("须同时包含字母和数字");
        MockHttpSession session = signIn(phone);
        mvc.perform(get("/portal/my/cases").session(session)).andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'applicant.account.registered'")
                        .query(Integer.class).single()).isPositive());
        mvc.perform(get("/portal/account/login")).andExpect(org.springframework.test.web.servlet.result
                .MockMvcResultMatchers.header().string("Content-Security-Policy",
                        org.xiaoneng.platform.SecurityHeaders.CONTENT_SECURITY_POLICY));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccount() throws Exception {
        String phone = newPhone();
        register(phone, "赵六");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone).param("password", "Wrong1234"))
                    .andExpect(redirectedUrl("/portal/account/login?error"));
        }
        mvc.perform(post("/portal/account/login").with(csrf()).param("phone", phone).param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal/account/login?locked"));
    }

    @Test
    void staffAndApplicantSessionsDoNotMix() throws Exception {
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("clerk1")
                        .password(STAFF_PASSWORD))
                .andExpect(redirectedUrl("/console")).andReturn().getRequest().getSession();
        mvc.perform(get("/portal/my/cases").session(staff))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/account/login"));
        MockHttpSession applicant = applicant();
        mvc.perform(get("/console").session(applicant))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/my/cases")).andExpect(status().is3xxRedirection());
    }

    /** Applies online for the demo item (which allows it) with every required material; returns the case id. */
    long apply(MockHttpSession session) throws Exception {
        return apply(session, null);
    }

    long apply(MockHttpSession session, @org.jspecify.annotations.Nullable String leftOut) throws Exception {
        var request = post("/portal/apply").session(session).with(csrf()).param("item", ITEM)
                .param("kind", "INDIVIDUAL").param("name", "李四").param("idNumber", "110101199003071111")
                .param("phone", "13900001111").param("key", java.util.UUID.randomUUID().toString());
        for (String material : catalog.currentVersion(ITEM).orElseThrow().details().materials().stream()
                .filter(Material::required).map(Material::name).filter(m -> !m.equals(leftOut)).toList()) {
            request = request.param("materials", material);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/portal/my/cases/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anApplicantAppliesOnlineAndFollowsTheCaseAndNobodyElseSeesIt() throws Exception {
        assertThat(catalog.currentVersion(ITEM).orElseThrow().details().onlineApplication()).isTrue();
        MockHttpSession me = applicant();
        String form = mvc.perform(get("/portal/apply").param("item", ITEM).session(me))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("外商投资企业设立审批", "name=\"key\"");
        String invalid = mvc.perform(post("/portal/apply").session(me).with(csrf()).param("item", ITEM)
                        .param("kind", "INDIVIDUAL").param("name", "李四").param("idNumber", "1234")
                        .param("phone", "13900001111").param("key", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"apply-errors\"", "证件号码须为 8–30 位字母或数字。");
        long id = apply(me);
        assertThat(jdbc.sql("SELECT channel FROM casework_case WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("ONLINE");
        String number = jdbc.sql("SELECT number FROM casework_case WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(mvc.perform(get("/portal/my/cases").session(me)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(number, "已收件");
        String page = mvc.perform(get("/portal/my/cases/{id}", id).session(me)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(number, "收件", "市商务局", "撤回申请").doesNotContain("199003071111");
        mvc.perform(get("/portal/my/cases/{id}", id).session(applicant())).andExpect(status().isNotFound());
        // the guide offers the online application
        assertThat(mvc.perform(get("/portal/items/{code}", ITEM)).andReturn().getResponse().getContentAsString())
                .contains("/portal/apply?item=" + ITEM);
    }

    @Test
    void anyoneTracksACaseByNumberAndQueryCodeAndAWrongPairGetsOneNeutralAnswer() throws Exception {
        long id = apply(applicant());
        var row = jdbc.sql("SELECT number, query_code FROM casework_case WHERE id = :id").param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        String found = mvc.perform(post("/portal/track").with(csrf()).param("number", row.get(0))
                        .param("queryCode", row.get(1).toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("id=\"track-result\"", row.get(0), "李*", "市商务局")
                .doesNotContain("未找到该办件");
        String wrong = mvc.perform(post("/portal/track").with(csrf()).param("number", row.get(0))
                        .param("queryCode", "WRONG234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("未找到该办件，请核对办件编号和查询码").doesNotContain("id=\"track-result\"");
        mvc.perform(get("/portal/decisions")).andExpect(status().isOk());
    }

    String staff(long id, String action, String account, String body) throws Exception {
        return mvc.perform(post("/api/v1/casework/cases/{id}/" + action, id).with(httpBasic(account, STAFF_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aClosedCaseIsRatedOnceAgainstItemDepartmentAndStaff() throws Exception {
        MockHttpSession me = applicant();
        long id = apply(me);
        mvc.perform(post("/portal/my/cases/{id}/rating", id).session(me).with(csrf()).param("level", "SATISFIED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refused", "办结后才能评价。"));
        staff(id, "acceptance", "clerk1", "{\"version\": 1}");
        staff(id, "processing", "handler1", "{\"version\": 2}");
        String pass = "{\"version\": %d, \"outcome\": \"PASS\", \"opinion\": \"同意\"}";
        staff(id, "tasks/1/completion", "clerk1", pass.formatted(3));
        staff(id, "tasks/2/completion", "handler1", pass.formatted(4));
        staff(id, "tasks/3/completion", "reviewer1", pass.formatted(5));
        staff(id, "decision", "approver1", """
                {"version": 6, "outcome": "APPROVED", "reasons": "符合要求", "legalBasis": "《中华人民共和国外商投资法》第四条"}""");
        staff(id, "certificate", "handler1", "{\"version\": 7}");
        staff(id, "delivery", "clerk1", "{\"version\": 8, \"method\": \"WINDOW\"}");
        String closed = staff(id, "closing", "clerk1", "{\"version\": 9}");
        assertThat((String) JsonPath.read(closed, "$.state")).isEqualTo("CLOSED");

        String page = mvc.perform(get("/portal/my/cases/{id}", id).session(me)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"case-rate\"", "非常满意", "基本满意", "非常不满意");
        mvc.perform(post("/portal/my/cases/{id}/rating", id).session(applicant()).with(csrf())
                .param("level", "VERY_DISSATISFIED")).andExpect(status().isNotFound());
        mvc.perform(post("/portal/my/cases/{id}/rating", id).session(me).with(csrf())
                        .param("level", "VERY_SATISFIED").param("comment", "办事很快"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "感谢您的评价！"));
        mvc.perform(post("/portal/my/cases/{id}/rating", id).session(me).with(csrf()).param("level", "DISSATISFIED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refused", "该办件已经评价过，每件只能评价一次。"));
        var stored = jdbc.sql("""
                SELECT level, comment, item_code, array_to_string(staff_accounts, ','), lead_department_id
                FROM casework_rating WHERE case_id = :id""").param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(stored).containsExactly("VERY_SATISFIED", "办事很快", ITEM, "clerk1,handler1,reviewer1,approver1");
        assertThat(mvc.perform(get("/portal/my/cases/{id}", id).session(me)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"case-rating\"").doesNotContain("id=\"case-rate\"");
    }

    @Test
    void theApplicantResubmitsAfterTheCorrectionNoticeAndMayWithdrawBeforeTheDecision() throws Exception {
        MockHttpSession me = applicant();
        String missing = "企业名称预先核准通知书";
        long id = apply(me, missing);
        staff(id, "correction-notice", "clerk1", "{\"version\": 1, \"defects\": []}");
        String page = mvc.perform(get("/portal/my/cases/{id}", id).session(me)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"case-notice\"", "id=\"case-resubmit\"", missing, "待补正");
        String number = jdbc.sql("SELECT number FROM casework_case WHERE id = :id").param("id", id)
                .query(String.class).single();
        String messages = mvc.perform(get("/portal/my/messages").session(me)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(messages).contains("补正材料通知：" + number, missing, "未读");
        long messageId = jdbc.sql("SELECT id FROM notification_message WHERE recipient_ref = :r AND channel = 'PORTAL'")
                .param("r", "applicant:" + jdbc.sql("SELECT applicant_account_id FROM casework_case WHERE id = :id")
                        .param("id", id).query(Long.class).single())
                .query(Long.class).list().get(0);
        mvc.perform(post("/portal/my/messages/{m}/read", messageId).session(applicant()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/my/messages/{m}/read", messageId).session(me).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/portal/my/messages").session(me)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("message-read-" + messageId);
        mvc.perform(post("/portal/my/cases/{id}/resubmission", id).session(me).with(csrf()).param("version", "2")
                        .param("materials", missing))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "补正材料已提交。"));
        mvc.perform(post("/portal/my/cases/{id}/withdrawal", id).session(me).with(csrf()).param("version", "3")
                        .param("reason", "不再需要"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "申请已撤回。"));
        assertThat(jdbc.sql("SELECT state FROM casework_case WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("WITHDRAWN");
    }

    @Test
    void theApplicantUploadsMaterialsAndDownloadsTheReceiptWithTheQueryCodeAndNobodyElseCan() throws Exception {
        MockHttpSession me = applicant();
        long id = apply(me);
        String material = catalog.currentVersion(ITEM).orElseThrow().details().materials().get(0).name();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/portal/my/cases/{id}/files", id).file(new MockMultipartFile("file", "执照.pdf",
                        "application/pdf", pdf)).param("material", material).session(me).with(csrf()))
                .andExpect(flash().attribute("flash", "材料附件已上传。"));
        mvc.perform(multipart("/portal/my/cases/{id}/files", id).file(new MockMultipartFile("file", "执照.png",
                        "image/png", pdf)).param("material", material).session(me).with(csrf()))
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.containsString("执照.png")));
        mvc.perform(multipart("/portal/my/cases/{id}/files", id).file(new MockMultipartFile("file", "x.pdf",
                        "application/pdf", pdf)).param("material", material).session(applicant()).with(csrf()))
                .andExpect(status().isNotFound());
        long fileId = jdbc.sql("SELECT id FROM casework_material_file WHERE case_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(mvc.perform(get("/portal/my/cases/{id}/files/{f}", id, fileId).session(me))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get("/portal/my/cases/{id}/files/{f}", id, fileId).session(applicant()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/portal/my/cases/{id}/notices/receipt.pdf", id).session(me))
                .andExpect(status().isUnprocessableEntity());
        staff(id, "acceptance", "clerk1", "{\"version\": 1}");
        String page = mvc.perform(get("/portal/my/cases/{id}", id).session(me)).andReturn().getResponse()
                .getContentAsString();
        String queryCode = jdbc.sql("SELECT query_code FROM casework_case WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(page).contains("id=\"case-query-code\"", queryCode, "id=\"notice-receipt\"", "执照.pdf");
        byte[] receipt = mvc.perform(get("/portal/my/cases/{id}/notices/receipt.pdf", id).session(me))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(queryCode);
        }
        mvc.perform(get("/portal/my/cases/{id}/notices/receipt.pdf", id).session(applicant()))
                .andExpect(status().isNotFound());
    }
}
