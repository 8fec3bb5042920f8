package org.xiaoneng.inquiry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/**
 * The console pages of 首问登记 with the demo accounts: clerk1 logs an inquiry at the window and hands it to 市商务局's
 * 承办岗, handler1 confirms and answers it from his desk list; refusals and bad input are shown above the form.
 */
@IntegrationTest
class InquiryPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor as(String account) {
        return httpBasic(account, PASSWORD);
    }

    String page(String url, String account) throws Exception {
        return mvc.perform(get(url).with(as(account))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long desk(String code) {
        return directory.activePositions().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(PositionRef::id).orElseThrow();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM inquiry_first_inquiry WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Logs an inquiry through the new-inquiry form, as the account; answers its id. */
    long logThroughTheForm(String account, String subject) throws Exception {
        String form = page("/console/inquiries/new", account);
        assertThat(form).contains("id=\"inquiry-form\"", "name=\"idempotencyKey\"");
        String key = UUID.randomUUID().toString();
        String location = mvc.perform(post("/console/inquiries").with(as(account)).with(csrf())
                        .param("inquirerName", "吴女士").param("contactPhone", "13912345678")
                        .param("channel", "WINDOW").param("subject", subject).param("itemCode", "")
                        .param("idempotencyKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/console/inquiries/\\d+");
        // the same form sent twice (a double click) logs it once
        mvc.perform(post("/console/inquiries").with(as(account)).with(csrf())
                        .param("inquirerName", "吴女士").param("contactPhone", "13912345678")
                        .param("channel", "WINDOW").param("subject", subject).param("idempotencyKey", key))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_first_inquiry WHERE subject = :s").param("s", subject)
                .query(Long.class).single()).isEqualTo(1);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theWindowLogsAnInquiryHandsItOnAndTheDeskConfirmsAndAnswersIt() throws Exception {
        assertThat(page("/console", "clerk1")).contains("id=\"menu-inquiries\"", "首问登记");
        String subject = "外资企业股权变更是否需要审批 " + UUID.randomUUID();
        long id = logThroughTheForm("clerk1", subject);
        String url = "/console/inquiries/" + id;

        String inquiry = page(url, "clerk1");
        assertThat(inquiry).contains("139****5678", subject, "id=\"handover-form\"", "id=\"answer-form\"",
                "承办岗", "首问责任人").doesNotContain("13912345678", "id=\"confirm-form\"");
        assertThat(page("/console/inquiries", "clerk1")).contains("id=\"inquiry-" + id + "\"");

        mvc.perform(post(url + "/handover").with(as("clerk1")).with(csrf()).param("version", "1")
                        .param("deskPositionId", String.valueOf(desk("SWJ-CB"))).param("note", "请承办岗答复"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/console/inquiries/desk", "handler1")).contains("id=\"inquiry-" + id + "\"");
        String atDesk = page(url, "handler1");
        assertThat(atDesk).contains("id=\"confirm-form\"").doesNotContain("id=\"answer-form\"");

        mvc.perform(post(url + "/confirmation").with(as("handler1")).with(csrf()).param("version", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url, "handler1")).contains("id=\"answer-form\"", "已确认接收");
        // the first receiver no longer answers it: refused with the rule's message above the form
        String refused = mvc.perform(post(url + "/answer").with(as("clerk1")).with(csrf()).param("version", "3")
                        .param("answer", "我来答"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"form-error\"", "只有今日在该岗位");

        mvc.perform(post(url + "/answer").with(as("handler1")).with(csrf()).param("version", "3")
                        .param("answer", "股权变更须向商务局备案，已电话告知"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/follow-ups").with(as("clerk1")).with(csrf()).param("version", "4")
                        .param("note", "回访：咨询人已清楚"))
                .andExpect(status().is3xxRedirection());
        String done = page(url, "clerk1");
        assertThat(done).contains("id=\"inquiry-answer\"", "股权变更须向商务局备案", "回访：咨询人已清楚", "已答复")
                .doesNotContain("id=\"answer-form\"", "id=\"handover-form\"");
        assertThat(page("/console/inquiries/desk", "handler1")).doesNotContain("id=\"inquiry-" + id + "\"");
    }

    @Test
    void badInputIsShownAgainWithTheReasonAndNothingIsLogged() throws Exception {
        String subject = "空姓名 " + UUID.randomUUID();
        String answer = mvc.perform(post("/console/inquiries").with(as("clerk1")).with(csrf())
                        .param("inquirerName", " ").param("contactPhone", "abc").param("channel", "PHONE")
                        .param("subject", subject).param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("id=\"inquiry-form\"", "is-invalid", "联系电话只能包含数字", subject);
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_first_inquiry WHERE subject = :s").param("s", subject)
                .query(Long.class).single()).isZero();

        long id = logThroughTheForm("clerk1", "空答复 " + UUID.randomUUID());
        mvc.perform(post("/console/inquiries/" + id + "/answer").with(as("clerk1")).with(csrf())
                        .param("version", "1").param("answer", "  "))
                .andExpect(status().is(422));
        mvc.perform(post("/console/inquiries/" + id + "/handover").with(as("clerk1")).with(csrf())
                        .param("version", "1").param("note", "没选岗位"))
                .andExpect(status().is(422));
        String stale = mvc.perform(post("/console/inquiries/" + id + "/follow-ups").with(as("clerk1")).with(csrf())
                        .param("version", "7").param("note", "跟进"))
                .andExpect(status().is(409)).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("id=\"form-error\"", "刚被其他人修改过");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void unresolvedInquiriesAreHighlightedForTheirOwner() throws Exception {
        long id = logThroughTheForm("handler2", "年报逾期后果 " + UUID.randomUUID());
        // one handed to 审核岗 and confirmed there: the desk owns it, so it is the desk's to resolve
        long confirmed = logThroughTheForm("handler2", "审核时限 " + UUID.randomUUID());
        mvc.perform(post("/console/inquiries/" + confirmed + "/handover").with(as("handler2")).with(csrf())
                        .param("version", "1").param("deskPositionId", String.valueOf(desk("SWJ-SH")))
                        .param("note", "请审核岗答复"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/inquiries/" + confirmed + "/confirmation").with(as("reviewer1")).with(csrf())
                        .param("version", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/console/inquiries", "handler2")).doesNotContain("id=\"inquiry-" + id + "-unresolved\"");

        clock.advance(Duration.ofHours(25));
        String mine = page("/console/inquiries", "handler2");
        assertThat(mine).contains("id=\"inquiry-" + id + "-unresolved\"", "id=\"inquiries-unresolved\"", "超时未办结",
                "id=\"inquiry-" + confirmed + "\"").doesNotContain("id=\"inquiry-" + confirmed + "-unresolved\"");
        assertThat(page("/console/inquiries/" + id, "handler2")).contains("id=\"inquiry-unresolved\"");
        assertThat(page("/console/inquiries/desk", "reviewer1"))
                .contains("id=\"inquiry-" + confirmed + "-unresolved\"");
    }

    @Test
    void theDemoDataShowsAnInquiryWaitingAtADesk() throws Exception {
        assertThat(page("/console/inquiries", "clerk1")).contains("钱女士", "赵先生", "已转交，待确认");
        assertThat(page("/console/inquiries/desk", "handler1")).contains("钱女士", "孙先生");
        String department = page("/console/inquiries/department", "supervisor1");
        assertThat(department).contains("周先生", "李晓梅", "id=\"inquiries-page\"", "id=\"department-unresolved\"");
        // the "only unresolved" filter answers htmx with the list alone: the demo inquiry answered two days ago is gone
        String fragment = mvc.perform(get("/console/inquiries/department").param("unresolved", "true")
                        .header("HX-Request", "true").with(as("supervisor1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"inquiries-list\"", "钱女士").doesNotContain("id=\"inquiries-page\"",
                "赵先生", "<html");
        mvc.perform(get("/console/inquiries/department").with(as("handler1"))).andExpect(status().isForbidden());
    }

    @Test
    void outsideItsScopeAnInquiryIsForbiddenAndThePagesSpeakEnglishOnRequest() throws Exception {
        long id = logThroughTheForm("clerk1", "范围 " + UUID.randomUUID());
        mvc.perform(get("/console/inquiries/" + id).with(as("deptadmin1"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/inquiries/" + Long.MAX_VALUE).with(as("clerk1"))).andExpect(status().isNotFound());
        String english = page("/console/inquiries/" + id + "?lang=en", "clerk1");
        assertThat(english).contains("First receiver", "Hand on to the desk", "Window", "Logged");
    }
}
