package org.xiaoneng.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.RecordChanged;

/**
 * Publishes audited changes the way modules do — inside a transaction — and waits for their entries. Each test uses
 * its own record type, because the shared test database holds other tests' entries (and the demo data's).
 */
final class AuditEvents {

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    AuditEvents(ApplicationEventPublisher publisher, TransactionTemplate transactions, JdbcClient jdbc) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    static String uniqueRecordType(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RecordChanged change(Actor actor, String recordType, String recordId, @Nullable String before,
            @Nullable String after, Instant occurredAt, @Nullable Long departmentId) {
        return new RecordChanged(actor, "test." + recordType + ".changed", recordType, recordId, before, after,
                occurredAt, departmentId);
    }

    void publish(RecordChanged... events) {
        transactions.executeWithoutResult(status -> {
            for (RecordChanged event : events) {
                publisher.publishEvent(event);
            }
        });
    }

    /** Waits until {@code count} entries of the record type are recorded, and answers them in seq order. */
    List<AuditEntry> awaitEntries(String recordType, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> entries(recordType).size() >= count);
        return entries(recordType);
    }

    List<AuditEntry> entries(String recordType) {
        return jdbc.sql("SELECT seq, occurred_at, recorded_at, account, position, deputy_for, address, action, "
                + "record_type, record_id, department_id, before_summary, after_summary, prev_hash, hash "
                + "FROM audit_entry WHERE record_type = :type ORDER BY seq")
                .param("type", recordType)
                .query((rs, row) -> new AuditEntry(rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        (Long) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15)))
                .list();
    }
}
