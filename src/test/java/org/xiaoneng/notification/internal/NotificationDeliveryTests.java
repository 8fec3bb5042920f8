package org.xiaoneng.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.TestClock;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.DeliveryState;
import org.xiaoneng.notification.InboxMessage;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.NotificationRequest.Recipient;
import org.xiaoneng.notification.Notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Delivery against an in-process SMTP server (GreenMail) and a local HTTP SMS gateway. Its own application context
 * (mail and SMS settings point at the stubs, the schedule is off so that the tests drive the dispatcher and move the
 * clock); the rest of the suite shares the {@link org.xiaoneng.IntegrationTest} context, which has no mail server.
 */
@SpringBootTest(properties = {
        "xiaoneng.notification.dispatch-enabled=false",
        "xiaoneng.notification.backoff=10s",
        "xiaoneng.notification.max-attempts=3",
        "xiaoneng.notification.lease=1m",
        "xiaoneng.notification.sms.token=test-token",
        "xiaoneng.notification.mail-from=noreply@xiaoneng.test"})
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class NotificationDeliveryTests {

    static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final StubSmsGateway SMS;

    static {
        MAIL.start();
        try {
            SMS = new StubSmsGateway();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void gateways(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("xiaoneng.notification.sms.url", SMS::url);
    }

    @AfterAll
    static void stopGateways() {
        MAIL.stop();
        SMS.stop();
    }

    @Autowired Notifications notifications;
    @Autowired Dispatcher dispatcher;
    @Autowired Outbox outbox;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneMailAndOneSmsPerNotificationEvenWhenDispatchersRunConcurrentlyAndAgain() throws Exception {
        String key = unique();
        String email = key + "@example.com";
        String mobile = mobile();
        inTransaction(() -> notifications.send(request(key, email, mobile, Set.of(Channel.EMAIL, Channel.SMS, Channel.PORTAL))));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return dispatcher.dispatch();
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(2)); // well past any lease: a SENT row still is not sent again
        dispatcher.dispatch();

        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("受理通知：" + key);
        assertThat(mails.get(0).getMessageID()).isEqualTo("<" + messageId(key, Channel.EMAIL) + "@xiaoneng>");
        assertThat(SMS.to(mobile)).singleElement().satisfies(sms -> {
            assertThat(sms.requestId()).isEqualTo(messageId(key, Channel.SMS).toString());
            assertThat(sms.token()).isEqualTo("test-token");
            assertThat(sms.text()).contains(key);
        });
        assertThat(states(key)).containsOnly(DeliveryState.SENT.name());
    }

    @Test
    void aFailingGatewayIsRetriedWithGrowingBackoffUntilOneSuccessWithTheSameRequestId() {
        String key = unique();
        String mobile = mobile();
        SMS.failNext(mobile, 2);
        inTransaction(() -> notifications.send(request(key, null, mobile, Set.of(Channel.SMS))));

        Instant before = truncated(clock.instant());
        dispatcher.dispatch();
        Instant after = clock.instant();
        assertThat(SMS.to(mobile)).hasSize(1);
        assertThat(row(key).nextAttemptAt()).as("first backoff: 10 s after the failure")
                .isBetween(before.plusSeconds(10), after.plusSeconds(10));
        dispatcher.dispatch(); // not due yet
        assertThat(SMS.to(mobile)).hasSize(1);

        clock.advance(Duration.ofSeconds(11));
        dispatcher.dispatch(); // second failure: the wait doubles
        assertThat(SMS.to(mobile)).hasSize(2);
        clock.advance(Duration.ofSeconds(11));
        dispatcher.dispatch();
        assertThat(SMS.to(mobile)).as("backoff after the second failure is 20 s").hasSize(2);
        clock.advance(Duration.ofSeconds(10));
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch();

        assertThat(SMS.to(mobile)).extracting(StubSmsGateway.Received::answer).containsExactly(503, 503, 200);
        assertThat(SMS.to(mobile)).extracting(StubSmsGateway.Received::requestId).containsOnly(
                messageId(key, Channel.SMS).toString());
        assertThat(row(key).state()).isEqualTo(DeliveryState.SENT);
        assertThat(row(key).attempts()).isEqualTo(3);
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedWithItsErrorVisible() {
        String key = unique();
        String mobile = mobile();
        SMS.failNext(mobile, 100);
        inTransaction(() -> notifications.send(request(key, null, mobile, Set.of(Channel.SMS))));
        for (int i = 0; i < 5; i++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(SMS.to(mobile)).hasSize(3);
        assertThat(row(key).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row(key).lastError()).contains("503");
    }

    @Test
    void aRowClaimedByADispatcherThatDiedIsSentAfterItsLeaseWithTheSameMessageId() throws Exception {
        String key = unique();
        String email = key + "@example.com";
        inTransaction(() -> notifications.send(request(key, email, null, Set.of(Channel.EMAIL))));
        // another node claims the row and dies before sending (or after sending, before marking it)
        Instant now = clock.instant();
        assertThat(outbox.claim(now, now.plus(Duration.ofMinutes(1)), 100))
                .extracting(OutgoingMessage::messageId).contains(messageId(key, Channel.EMAIL));

        dispatcher.dispatch();
        assertThat(mailsTo(email)).as("still leased to the dead node").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatch();
        assertThat(mailsTo(email)).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo("<" + messageId(key, Channel.EMAIL) + "@xiaoneng>"));
    }

    @Test
    void aRolledBackChangeQueuesAndSendsNothing() throws Exception {
        String key = unique();
        String email = key + "@example.com";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.send(request(key, email, mobile(), Set.of(Channel.EMAIL, Channel.SMS, Channel.PORTAL)));
            status.setRollbackOnly();
        });
        dispatcher.dispatch();
        assertThat(states(key)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyQueuesOnceAndIsAuditedOnceWithMaskedAddresses() {
        String key = unique();
        String mobile = mobile();
        NotificationRequest request = request(key, key + "@example.com", mobile, Set.of(Channel.EMAIL, Channel.SMS));
        assertThat(inTransaction(() -> notifications.send(request))).isEqualTo(2);
        assertThat(inTransaction(() -> notifications.send(request))).isZero();
        assertThat(states(key)).hasSize(2);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT after_summary FROM audit_entry WHERE action = 'notification.message.queued' AND record_id = :k")
                .param("k", key).query(String.class).list()).singleElement().satisfies(after -> {
                    assertThat(after).contains(PersonalData(mobile)).doesNotContain(mobile)
                            .doesNotContain(key + "@example.com");
                }));
    }

    @Test
    void sendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.send(request(unique(), null, mobile(), Set.of(Channel.SMS))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void thePortalInboxListsTheRecipientsMessagesInTheirLanguageAndMarksThemRead() {
        String key = unique();
        NotificationRequest english = new NotificationRequest(
                new Recipient("applicant-" + key, "Zhang San", null, null, Locale.ENGLISH), Set.of(Channel.PORTAL),
                "case.decided", List.of(key, "Business licence", "approved"), key, key, null);
        inTransaction(() -> notifications.send(english));

        List<InboxMessage> inbox = notifications.inbox("applicant-" + key);
        assertThat(inbox).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Decision: " + key);
            assertThat(m.body()).contains("Business licence").contains("approved");
            assertThat(m.read()).isFalse();
        });
        long id = inbox.get(0).id();
        assertThat(notifications.markRead("someone-else", id)).isFalse();
        assertThat(notifications.inbox("applicant-" + key).get(0).read()).isFalse();
        assertThat(notifications.markRead("applicant-" + key, id)).isTrue();
        assertThat(notifications.markRead("applicant-" + key, id)).isTrue();
        assertThat(notifications.inbox("applicant-" + key).get(0).read()).isTrue();
        assertThat(notifications.inbox("someone-else")).isEmpty();
        // the first read is audited, once; the second and the stranger's attempt record nothing
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry
                 WHERE action = 'notification.message.read' AND record_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("read"));
    }

    private static String PersonalData(String mobile) {
        return org.xiaoneng.platform.PersonalData.maskPhone(mobile);
    }

    private NotificationRequest request(String key, String email, String mobile, Set<Channel> channels) {
        return new NotificationRequest(new Recipient("applicant-" + key, "张三", email, mobile, null), channels,
                "case.accepted", List.of(key, "营业执照核发", "2026年11月28日", "2026年12月12日"), key, key, null);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                found.add(m);
            }
        }
        return found;
    }

    private List<String> states(String key) {
        return jdbc.sql("SELECT state FROM notification_message WHERE idempotency_key = :k").param("k", key)
                .query(String.class).list();
    }

    private org.xiaoneng.notification.NotificationView row(String key) {
        return notifications.recent(org.xiaoneng.platform.DataScope.everything(), null, 200).stream()
                .filter(v -> v.subjectReference().equals(key)).findFirst().orElseThrow();
    }

    private UUID messageId(String key, Channel channel) {
        return jdbc.sql("SELECT message_id FROM notification_message WHERE idempotency_key = :k AND channel = :c")
                .param("k", key).param("c", channel.name()).query(UUID.class).single();
    }

    private static Instant truncated(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static int counter = 0;

    private static synchronized String unique() {
        return "N" + System.nanoTime() % 1_000_000_000L + "-" + (++counter);
    }

    private static synchronized String mobile() {
        return "139" + String.format("%08d", (System.nanoTime() / 1000 + ++counter) % 100_000_000L);
    }
}
