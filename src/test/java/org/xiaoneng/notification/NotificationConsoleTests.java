package org.xiaoneng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.notification.NotificationRequest.Recipient;
import org.xiaoneng.notification.internal.Dispatcher;
import org.xiaoneng.platform.DataScope;

/**
 * The outbox console and API in the shared context, which has no mail server and no SMS gateway: the application
 * starts, email and SMS messages end SKIPPED (not FAILED), and staff see them masked, within their data scope.
 */
@IntegrationTest
class NotificationConsoleTests {

    static final String PASSWORD = "Demo@2026";
    static final long DEPARTMENT = 9501;

    @Autowired Notifications notifications;
    @Autowired Dispatcher dispatcher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    String key;
    String mobile;

    @BeforeEach
    void queueAndDispatch() {
        key = "C" + System.nanoTime();
        mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
        transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(
                new Recipient("applicant-" + key, "李四", "lisi." + key + "@example.com", mobile, null),
                Set.of(Channel.EMAIL, Channel.SMS, Channel.PORTAL), "case.accepted",
                List.of(key, "营业执照核发", "2026年11月28日", "2026年12月12日"), key, key, DEPARTMENT)));
        dispatcher.dispatch();
    }

    @Test
    void withoutGatewaysEmailAndSmsAreSkippedAndThePortalMessageIsDelivered() {
        List<String> states = jdbc.sql("SELECT channel || ':' || state FROM notification_message "
                + "WHERE idempotency_key = :k ORDER BY channel").param("k", key).query(String.class).list();
        assertThat(states).containsExactly("EMAIL:SKIPPED", "PORTAL:SENT",
                "SMS:SKIPPED");
    }

    @Test
    void theScheduledDispatcherWorksOnItsOwn() {
        String other = key + "-scheduled";
        transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(
                new Recipient("applicant-" + other, "李四", null, mobile, null), Set.of(Channel.SMS), "case.decided",
                List.of(other, "营业执照核发", "准予许可"), other, other, DEPARTMENT)));
        // nobody calls the dispatcher here: the schedule (every 2 s by default) must pick the row up
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT state FROM notification_message WHERE idempotency_key = :k").param("k", other)
                .query(String.class).single()).isEqualTo("SKIPPED"));
    }

    @Test
    void anIncompleteRequestIsRefused() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(
                new Recipient(" ", "李四", null, mobile, null), Set.of(Channel.SMS), "case.decided",
                List.of(), key + "-x", "", null))))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void theSystemAdminSeesTheOutboxWithMaskedAddressesAndHtmxGetsOnlyTheTable() throws Exception {
        mvc.perform(get("/console/notifications").with(httpBasic("admin", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"notification-outbox-page\"")))
            .andExpect(content().string(containsString(key)))
            .andExpect(content().string(containsString("l***@example.com")))
            .andExpect(content().string(containsString(mobile.substring(0, 3) + "****" + mobile.substring(7))))
            .andExpect(content().string(not(containsString(mobile))))
            .andExpect(content().string(not(containsString("lisi." + key))))
            .andExpect(content().string(containsString("未配置渠道")));

        mvc.perform(get("/console/notifications").param("state", "SKIPPED").header("HX-Request", "true")
                .with(httpBasic("admin", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"notification-results\"")))
            .andExpect(content().string(not(containsString("console-menu"))))
            .andExpect(content().string(containsString(key)));
    }

    @Test
    void theSupervisorMaySeeItAndAHandlerMayNot() throws Exception {
        mvc.perform(get("/console/notifications").with(httpBasic("supervisor1", PASSWORD)))
            .andExpect(status().isOk());
        mvc.perform(get("/console/notifications").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications").with(httpBasic("handler1", PASSWORD)))
            .andExpect(status().isForbidden());
    }

    @Test
    void theApiListsMessagesWithinTheCallersDataScope() throws Exception {
        mvc.perform(get("/api/v1/notifications").param("state", "SKIPPED").param("limit", "200")
                .with(httpBasic("admin", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.subjectReference == '" + key + "')].address",
                    hasItem(mobile.substring(0, 3) + "****" + mobile.substring(7))))
            .andExpect(content().string(not(containsString(mobile))));

        var ownDepartment = TestPrincipals.staff("viewer", DEPARTMENT, DataScope.of(Set.of(DEPARTMENT)),
                "notification:outbox:view");
        var elsewhere = TestPrincipals.staff("viewer2", 9502L, DataScope.of(Set.of(9502L)),
                "notification:outbox:view");
        mvc.perform(get("/api/v1/notifications").with(ownDepartment))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(key)));
        mvc.perform(get("/api/v1/notifications").with(elsewhere))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(key))));
    }
}
