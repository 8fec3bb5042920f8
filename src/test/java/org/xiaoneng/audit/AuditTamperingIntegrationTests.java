package org.xiaoneng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DataScope;

/**
 * Someone with superuser access to the database alters an entry, bypassing the append-only trigger; verification
 * names exactly that entry. Without the bypass the database refuses the change. The altered row is restored
 * afterwards, because every other test shares this database and its chain.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

    static final RequestPostProcessor SYSTEM_ADMIN = TestPrincipals.staff("admin-tamper-test", null,
            DataScope.everything(), "audit:entry:view", "audit:chain:verify");

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    AuditEvents events;

    @BeforeEach
    void setUp() {
        events = new AuditEvents(publisher, transactions, jdbc);
    }

    @Test
    void verificationNamesTheEntryWhoseRowWasAlteredBehindTheTriggersBack() throws Exception {
        String type = AuditEvents.uniqueRecordType("tamper");
        Actor actor = new Actor("deptadmin1", "综合管理岗", null, "10.0.0.5");
        events.publish(
                AuditEvents.change(actor, type, "1", null, "罚款 500 元", clock.instant(), 7L),
                AuditEvents.change(actor, type, "2", null, "罚款 800 元", clock.instant(), 7L),
                AuditEvents.change(actor, type, "3", null, "罚款 900 元", clock.instant(), 7L));
        AuditEntry victim = events.awaitEntries(type, 3).get(1);
        ChainVerification before = trail.verify();
        assertThat(before.valid()).as("the chain is intact before tampering: %s", before).isTrue();

        alterBypassingTrigger(victim.seq(), "罚款 80 元");
        try {
            mvc.perform(get("/api/v1/audit/verification").with(SYSTEM_ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.firstBrokenSeq").value(victim.seq()))
                .andExpect(jsonPath("$.reason").value("HASH_MISMATCH"))
                .andExpect(jsonPath("$.entriesChecked").value(victim.seq()));

            mvc.perform(post("/console/audit/verification").with(SYSTEM_ADMIN).with(csrf())
                    .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-valid=\"false\"")))
                .andExpect(content().string(Matchers.containsString(
                        "id=\"audit-verification-broken-seq\">" + victim.seq() + "<")))
                .andExpect(content().string(Matchers.containsString("data-reason=\"HASH_MISMATCH\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        } finally {
            alterBypassingTrigger(victim.seq(), victim.after());
        }

        ChainVerification repaired = trail.verify();
        assertThat(repaired.valid()).as("restoring the row restores the chain: %s", repaired).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        String type = AuditEvents.uniqueRecordType("refuse");
        events.publish(AuditEvents.change(Actor.system(), type, "1", null, "原值", clock.instant(), null));
        long seq = events.awaitEntries(type, 1).get(0).seq();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET after_summary = '改值' WHERE seq = :seq")
                .param("seq", seq).update())
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update())
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThat(events.entries(type)).singleElement().extracting(AuditEntry::after).isEqualTo("原值");
    }

    @Test
    void theDatabaseRefusesAnInsertThatDoesNotContinueTheChain() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, recorded_at, account, action, "
                + "record_type, record_id, prev_hash, hash) VALUES ((SELECT last_seq + 5 FROM audit_chain_head), "
                + "now(), now(), 'intruder', 'x', 'x', 'x', repeat('0', 64), repeat('f', 64))").update())
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("does not continue the chain");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq - 1").update())
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("may only advance");
    }

    @Test
    void onlySystemAdminsMayVerify() throws Exception {
        RequestPostProcessor viewer = TestPrincipals.staff("viewer-tamper-test", 1L, DataScope.everything(),
                "audit:entry:view");
        mvc.perform(get("/api/v1/audit/verification").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/console/audit/verification").with(viewer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/console/audit/verification").with(viewer)).andExpect(status().isForbidden());
    }

    /** What a superuser can do: switch triggers off for this transaction, then change the row. */
    private void alterBypassingTrigger(long seq, String afterSummary) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            int changed = jdbc.sql("UPDATE audit_entry SET after_summary = :after WHERE seq = :seq")
                    .param("after", afterSummary)
                    .param("seq", seq)
                    .update();
            assertThat(changed).isEqualTo(1);
        });
    }
}
