package org.xiaoneng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.notification.NotificationRequest.Recipient;
import org.xiaoneng.notification.internal.Dispatcher;
import org.xiaoneng.organization.OrganizationDirectory;

/**
 * Staff read their own in-app messages ({@code staff:<id>}) in the console and mark them read; nobody else sees or
 * marks them.
 */
@IntegrationTest
class StaffMessagesTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired Notifications notifications;
    @Autowired Dispatcher dispatcher;
    @Autowired TransactionTemplate transactions;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    String number;
    long messageId;

    @BeforeEach
    void alertHandler1() {
        number = "SM" + System.nanoTime();
        long staffId = organization.staffIdOf("handler1").orElseThrow();
        transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(
                new Recipient("staff:" + staffId, "承办人", null, null, null), EnumSet.of(Channel.PORTAL),
                "supervision.yellow", List.of(number, "营业执照核发", "办理时限", "2026-12-01"), number, number,
                null)));
        dispatcher.dispatch();
        messageId = jdbc.sql("SELECT id FROM notification_message WHERE idempotency_key = :k")
                .param("k", number).query(Long.class).single();
    }

    @Test
    void handler1SeesTheAlertUnreadAndMarksItRead() throws Exception {
        mvc.perform(get("/console/messages").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"staff-messages-page\"")))
            .andExpect(content().string(containsString("id=\"menu-messages\"")))
            .andExpect(content().string(containsString("时限预警（黄灯）：" + number)))
            .andExpect(content().string(containsString("id=\"message-read-" + messageId + "\"")))
            .andExpect(content().string(containsString("未读")));
        mvc.perform(get("/console/messages/unread").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"menu-messages-unread\"")));

        mvc.perform(post("/console/messages/{id}/read", messageId).with(httpBasic("handler1", PASSWORD)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/console/messages#message-" + messageId));

        assertThat(read()).isTrue();
        mvc.perform(get("/console/messages").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(number)))
            .andExpect(content().string(not(containsString("id=\"message-read-" + messageId + "\""))));
    }

    @Test
    void clerk1NeitherSeesNorMarksSomeoneElsesMessage() throws Exception {
        mvc.perform(get("/console/messages").with(httpBasic("clerk1", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(number))));
        mvc.perform(post("/console/messages/{id}/read", messageId).with(httpBasic("clerk1", PASSWORD)).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(read()).isFalse();
    }

    @Test
    void thePageRendersInEnglish() throws Exception {
        mvc.perform(get("/console/messages").param("lang", "en").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("My messages")))
            .andExpect(content().string(containsString("Mark as read")))
            .andExpect(content().string(not(containsString("标为已读"))));
    }

    private boolean read() {
        return jdbc.sql("SELECT read_at IS NOT NULL FROM notification_message WHERE id = :id").param("id", messageId)
                .query(Boolean.class).single();
    }
}
