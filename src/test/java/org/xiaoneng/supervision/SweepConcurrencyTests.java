package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.XiaonengApplication;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Several nodes on one database: this test's application and a second instance of the whole application started on
 * the same database sweep at the same moment, and each light changes once, each alert is queued once and each change
 * is audited once; a sweep that finds another one holding the lock does nothing.
 */
@IntegrationTest
class SweepConcurrencyTests {

    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired Supervision supervision;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;

    Ledgers ledgers;

    @BeforeEach
    void ledgers() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The second application instance, started on this test's database (once, for the class). */
    static @Nullable ConfigurableApplicationContext secondNode;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private ConfigurableApplicationContext secondNode() throws Exception {
        if (secondNode == null) {
            HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
            secondNode = new SpringApplicationBuilder(XiaonengApplication.class, TestClock.Configuration.class)
                    .properties("spring.datasource.url=" + database.getJdbcUrl(),
                            "spring.datasource.username=" + database.getUsername(),
                            "spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""),
                            "server.port=0", "xiaoneng.demo.enabled=false",
                            "xiaoneng.supervision.sweep-enabled=false", "spring.application.name=xiaoneng-node-2")
                    .run();
        }
        return secondNode;
    }

    @Test
    void twoApplicationInstancesSweepingAtOnceChangeEachLightAlertAndAuditExactlyOnce() throws Exception {
        ConfigurableApplicationContext node2 = secondNode();
        Supervision supervision2 = node2.getBean(Supervision.class);
        TestClock clock2 = node2.getBean(TestClock.class);
        List<Ledgers.Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CaseView accepted = ledgers.accepted();
            rows.add(ledgers.await("case:" + accepted.id(), r -> r.state().equals("OPEN")));
        }
        supervision.sweep(); // whatever was already due, before the race
        long lastChange = lastChangeId();
        Instant latestDue = rows.stream().map(Ledgers.Row::dueAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant sweepAt = latestDue.plus(Duration.ofMinutes(1));
        ledgers.moveTo(sweepAt);
        clock2.advance(Duration.between(clock2.instant(), sweepAt));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        int reported = 0;
        try {
            List<Future<Integer>> runs = List.of(nodes.submit(() -> {
                start.await();
                return supervision.sweep();
            }), nodes.submit(() -> {
                start.await();
                return supervision2.sweep();
            }));
            start.countDown();
            for (Future<Integer> run : runs) {
                reported += run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
            clock2.reset();
        }
        supervision.sweep();

        // each of the cases went from green straight to red, once
        for (Ledgers.Row row : rows) {
            assertThat(ledgers.row(row.subjectRef()).orElseThrow().light()).isEqualTo("RED");
            List<Ledgers.Change> changes = ledgers.changes(row.id());
            assertThat(changes).extracting(c -> c.from() + ">" + c.to()).containsExactly("GREEN>RED");
            assertThat(ledgers.alerts(changes.get(0).id(), "staff")).hasSize(2);
            assertThat(ledgers.alerts(changes.get(0).id(), "leader")).hasSize(2);
        }
        // no deadline changed twice to the same light, and the sweeps reported exactly the changes they recorded
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT deadline_id, to_light FROM supervision_light_change WHERE id > :after
                                       GROUP BY deadline_id, to_light HAVING count(*) > 1) AS twice""")
                .param("after", lastChange).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_light_change WHERE id > :after")
                .param("after", lastChange).query(Integer.class).single()).isEqualTo(reported);
        // every alert of those changes was queued once per channel
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT idempotency_key, channel FROM notification_message
                                       WHERE idempotency_key LIKE 'supervision:%' GROUP BY idempotency_key, channel
                                      HAVING count(*) > 1) AS twice""").query(Long.class).single()).isZero();
        // each change is audited once, by whichever node made it
        for (Ledgers.Row row : rows) {
            Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_entry
                     WHERE record_type = 'deadline' AND record_id = :ref AND action = 'supervision.deadline.red'""")
                    .param("ref", row.subjectRef()).query(Long.class).single()).isEqualTo(1));
        }
    }

    @Test
    void aSweepThatFindsAnotherNodeSweepingDoesNothingAndTheNextOneDoesIt() throws Exception {
        CaseView accepted = ledgers.accepted();
        Ledgers.Row green = ledgers.await("case:" + accepted.id(), r -> r.state().equals("OPEN"));
        ledgers.moveTo(green.yellowAt().plus(Duration.ofMinutes(1)));

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = otherNode.submit(() -> transactions.executeWithoutResult(status -> {
                assertThat(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('supervision.sweep'))")
                        .query(Boolean.class).single()).isTrue();
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(supervision.sweep()).isZero();
            assertThat(ledgers.row(green.subjectRef()).orElseThrow().light()).isEqualTo("GREEN");
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            otherNode.shutdownNow();
        }
        assertThat(supervision.sweep()).isPositive();
        assertThat(ledgers.row(green.subjectRef()).orElseThrow().light()).isEqualTo("YELLOW");
        assertThat(ledgers.changes(green.id())).hasSize(1);
    }

    private long lastChangeId() {
        return jdbc.sql("SELECT COALESCE(max(id), 0) FROM supervision_light_change").query(Long.class).single();
    }
}
