package org.xiaoneng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.audit.internal.HashChain;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvents;
import org.xiaoneng.platform.RecordChanged;

/** Published changes become chained, masked entries — one chain, even when many listeners append at once. */
@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired TestClock clock;

    AuditEvents events;

    @BeforeEach
    void setUp() {
        events = new AuditEvents(publisher, transactions, jdbc);
    }

    @Test
    void recordsWhoWhatWhichRecordBeforeAfterWhenAndWhereOfEachPublishedChange() {
        String type = AuditEvents.uniqueRecordType("position");
        Instant occurredAt = Instant.parse("2026-11-28T03:04:05.123456789Z");
        Actor deputy = new Actor("handler2", "承办岗B", "承办岗", "10.1.2.3");
        events.publish(AuditEvents.change(deputy, type, "17", "职责：受理", "职责：受理、审核", occurredAt, 4242L));

        AuditEntry entry = events.awaitEntries(type, 1).get(0);

        assertThat(entry.account()).isEqualTo("handler2");
        assertThat(entry.position()).isEqualTo("承办岗B");
        assertThat(entry.deputyFor()).isEqualTo("承办岗");
        assertThat(entry.address()).isEqualTo("10.1.2.3");
        assertThat(entry.action()).isEqualTo("test." + type + ".changed");
        assertThat(entry.recordType()).isEqualTo(type);
        assertThat(entry.recordId()).isEqualTo("17");
        assertThat(entry.departmentId()).isEqualTo(4242L);
        assertThat(entry.before()).isEqualTo("职责：受理");
        assertThat(entry.after()).isEqualTo("职责：受理、审核");
        assertThat(entry.occurredAt()).isEqualTo(occurredAt.truncatedTo(ChronoUnit.MICROS));
        assertThat(entry.recordedAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        assertThat(entry.hash()).as("the stored row hashes to its stored hash").isEqualTo(HashChain.hash(entry));
        String previousHash = entry.seq() == 1 ? HashChain.GENESIS
                : jdbc.sql("SELECT hash FROM audit_entry WHERE seq = :seq").param("seq", entry.seq() - 1)
                        .query(String.class).single();
        assertThat(entry.prevHash()).isEqualTo(previousHash);
    }

    @Test
    void masksIdAndPhoneNumbersInEveryTextField() {
        String type = AuditEvents.uniqueRecordType("staff");
        Actor actor = new Actor("clerk1", "窗口岗 13812345678", null, "10.0.0.8");
        events.publish(AuditEvents.change(actor, type, "110101199003077777",
                "申请人 张三 身份证 110101199003077777", "联系电话 13812345678；身份证110101199003077777",
                clock.instant(), 1L));

        events.awaitEntries(type, 1);
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE record_type = :type")
                .param("type", type).query().singleRow();

        assertThat(row.get("before_summary")).isEqualTo("申请人 张三 身份证 110101********7777");
        assertThat(row.get("after_summary")).isEqualTo("联系电话 138****5678；身份证110101********7777");
        assertThat(row.get("record_id")).isEqualTo("110101********7777");
        assertThat(row.get("position")).isEqualTo("窗口岗 138****5678");
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("110101199003077777").doesNotContain("13812345678"));
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        String type = AuditEvents.uniqueRecordType("concurrent");
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        events.publish(AuditEvents.change(new Actor("user" + thread, null, null, null), type,
                                thread + "-" + i, null, "n" + i, clock.instant(), (long) thread));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<AuditEntry> entries = events.awaitEntries(type, threads * perThread);

        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(AuditEntry::recordId).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT prev_hash FROM audit_entry GROUP BY prev_hash "
                + "HAVING count(*) > 1) forks").query(Long.class).single()).as("no entry has two successors").isZero();
        assertThat(jdbc.sql("SELECT max(seq) - count(*) FROM audit_entry").query(Long.class).single())
                .as("seq has no holes").isZero();
        ChainVerification verification = trail.verify();
        assertThat(verification.valid()).as("%s", verification).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(threads * perThread);
    }

    @Test
    void theFirstEntryChainsFromTheGenesisValue() {
        events.publish(AuditEvents.change(Actor.system(), AuditEvents.uniqueRecordType("genesis"), "1", null, "x",
                clock.instant(), null));
        await().until(() -> jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single() > 0);

        assertThat(jdbc.sql("SELECT prev_hash FROM audit_entry WHERE seq = 1").query(String.class).single())
                .isEqualTo(HashChain.GENESIS).isEqualTo("0".repeat(64));
    }

    /** The same change published again (a listener run again after a restart) is recorded once. */
    @Test
    void aChangePublishedAgainIsRecordedOnce() {
        String type = AuditEvents.uniqueRecordType("redelivered");
        var event = AuditEvents.change(new Actor("approver2", "副局长岗", "审批岗", "10.0.0.9"), type, "1", "待审批",
                "已批准", clock.instant(), 3L);
        events.publish(event);
        events.awaitEntries(type, 1);

        events.publish(event);
        // it was staged and then taken for the chain, which found it recorded already
        await().until(() -> jdbc.sql("SELECT count(*) FROM audit_pending WHERE record_type = :type")
                .param("type", type).query(Long.class).single() == 0);

        assertThat(events.entries(type)).hasSize(1);
        var changed = AuditEvents.change(event.actor(), type, "1", "待审批", "已批准（复核）", event.occurredAt(), 3L);
        events.publish(changed);
        assertThat(events.awaitEntries(type, 2)).extracting(AuditEntry::after).containsExactly("已批准", "已批准（复核）");
    }

    /** A batch of changes becomes one entry each, in order; a change whose transaction rolls back leaves none. */
    @Test
    void aBatchIsRecordedEntryByEntryAndARolledBackChangeNotAtAll() {
        String type = AuditEvents.uniqueRecordType("batch");
        List<RecordChanged> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(AuditEvents.change(Actor.system(), type, "b" + i, null, "电话 1381234567" + i, clock.instant(),
                    null));
        }
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(AuditEvents.change(Actor.system(), type, "rolled-back", null, "x", clock.instant(),
                    null));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> publisher.publishEvent(new AuditableEvents(batch)));

        assertThat(events.awaitEntries(type, 3)).extracting(AuditEntry::recordId, AuditEntry::after)
                .containsExactly(tuple("b0", "电话 138****5670"), tuple("b1", "电话 138****5671"),
                        tuple("b2", "电话 138****5672"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE record_type = :type").param("type", type)
                .query(Long.class).single()).isZero();
    }

    /**
     * A change staged but not chained when the node stopped (or crashed) is chained by the writer's next round — on
     * this node or any other — with its masked texts as staged.
     */
    @Test
    void aChangeLeftStagedIsChainedByTheNextRound() {
        String type = AuditEvents.uniqueRecordType("left-staged");
        jdbc.sql("""
                INSERT INTO audit_pending (occurred_at, account, action, record_type, record_id, after_summary,
                                           staged_at)
                VALUES (now(), 'clerk1', :action, :type, '7', '受理', now())""")
                .param("action", "test." + type + ".changed").param("type", type).update();

        AuditEntry entry = events.awaitEntries(type, 1).get(0);
        assertThat(entry.account()).isEqualTo("clerk1");
        assertThat(entry.after()).isEqualTo("受理");
        assertThat(entry.hash()).isEqualTo(HashChain.hash(entry));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE record_type = :type").param("type", type)
                .query(Long.class).single()).isZero();
        assertThat(trail.verify().valid()).isTrue();
    }

    private static org.awaitility.core.ConditionFactory await() {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30));
    }

}
