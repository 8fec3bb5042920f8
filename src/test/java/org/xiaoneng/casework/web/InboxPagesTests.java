package org.xiaoneng.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.TaskState;

/** The inbox pages: handler1 finds the demo case waiting for his review, and works it with an opinion. */
@IntegrationTest
class InboxPagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Casework casework;

    String page(String url, String account) throws Exception {
        return mvc.perform(get(url).with(httpBasic(account, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aHandlerWorksTheTaskInHisInboxWithAnOpinion() throws Exception {
        long caseId = jdbc.sql("SELECT id FROM casework_case WHERE applicant_name = '李华'").query(Long.class).single();
        CaseView before = casework.find(caseId);
        int taskNo = before.openTasks().get(0).taskNo();
        String row = "id=\"inbox-" + caseId + "-" + taskNo + "\"";
        String inbox = page("/console/inbox", "handler1");
        assertThat(inbox).contains(row, before.number(), "审查");
        assertThat(page("/console/inbox", "clerk1")).doesNotContain(row);

        String url = "/console/inbox/" + caseId + "/tasks/" + taskNo;
        assertThat(page(url, "handler1")).contains("id=\"task-earlier\"", "材料齐全，转承办", "id=\"task-completion-form\"");
        // an opinion is required; nothing changes without one
        mvc.perform(post(url + "/completion").with(httpBasic("handler1", PASSWORD))
                        .param("version", String.valueOf(before.version())).param("outcome", "PASS")
                        .param("opinion", " "))
                .andExpect(status().is(422));
        assertThat(casework.find(caseId).version()).isEqualTo(before.version());
        // somebody who does not act for the position is refused with the rule's message
        String refused = mvc.perform(post(url + "/completion").with(httpBasic("reviewer1", PASSWORD))
                        .param("version", String.valueOf(before.version())).param("outcome", "PASS")
                        .param("opinion", "同意"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"form-error\"", "AB角");

        mvc.perform(post(url + "/completion").with(httpBasic("handler1", PASSWORD))
                        .param("version", String.valueOf(before.version())).param("outcome", "PASS")
                        .param("opinion", "经审查，符合准入要求"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/inbox"));
        CaseView after = casework.find(caseId);
        assertThat(after.tasks().stream().filter(t -> t.taskNo() == taskNo).findFirst().orElseThrow().state())
                .isEqualTo(TaskState.DONE);
        assertThat(after.openTasks()).singleElement().satisfies(t -> assertThat(t.stageName()).isEqualTo("审核"));
        assertThat(page("/console/inbox", "reviewer1")).contains("id=\"inbox-" + caseId + "-" + (taskNo + 1) + "\"");
    }
}
