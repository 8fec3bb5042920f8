package org.xiaoneng.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.audit.AuditEntry;

/**
 * The stored chain: appends (under the head's row lock) and reads in seq order. There is deliberately no update or
 * delete here — and the database refuses them anyway.
 */
@Repository
public class AuditEntryRepository implements ChainSource {

    static final String COLUMNS = "seq, occurred_at, recorded_at, account, position, deputy_for, address, action, "
            + "record_type, record_id, department_id, before_summary, after_summary, prev_hash, hash";

    static final RowMapper<AuditEntry> ENTRY = AuditEntryRepository::entry;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public AuditEntryRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Locks the head until the current transaction ends, so that appends happen one at a time. */
    ChainHead lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
    }

    /** Appends the entries, in order; the head follows each. The caller holds the head's lock. */
    void appendAll(List<AuditEntry> chained) {
        if (chained.isEmpty()) {
            return;
        }
        batches.batchUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", chained, chained.size(), (ps, entry) -> {
                    ps.setLong(1, entry.seq());
                    ps.setObject(2, timestamp(entry.occurredAt()));
                    ps.setObject(3, timestamp(entry.recordedAt()));
                    ps.setString(4, entry.account());
                    ps.setString(5, entry.position());
                    ps.setString(6, entry.deputyFor());
                    ps.setString(7, entry.address());
                    ps.setString(8, entry.action());
                    ps.setString(9, entry.recordType());
                    ps.setString(10, entry.recordId());
                    ps.setObject(11, entry.departmentId(), java.sql.Types.BIGINT);
                    ps.setString(12, entry.before());
                    ps.setString(13, entry.after());
                    ps.setString(14, entry.prevHash());
                    ps.setString(15, entry.hash());
                });
        // each insert moves the head onto its entry (trigger audit_entry_advances_head)
    }

    /**
     * Which of these changes an entry records already (every field the change gave, as stored), in one query over the
     * entries of the same record at the same instant. A change can come twice — a listener that publishes it run again
     * after a restart — and is recorded once.
     */
    Set<RecordedEvent> recordedAmong(List<PendingEntries.Pending> changes) {
        if (changes.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE (record_type, record_id, "
                + "occurred_at) IN (SELECT * FROM unnest(CAST(:types AS TEXT[]), CAST(:ids AS TEXT[]), "
                + "CAST(:instants AS TIMESTAMPTZ[])))")
                .param("types", changes.stream().map(PendingEntries.Pending::recordType).toArray(String[]::new))
                .param("ids", changes.stream().map(PendingEntries.Pending::recordId).toArray(String[]::new))
                .param("instants", changes.stream().map(change -> change.occurredAt().toString())
                        .toArray(String[]::new))
                .query(ENTRY)
                .stream()
                .map(RecordedEvent::of)
                .toList());
    }

    /** What an entry says of its event: everything but its place in the chain and when it was chained. */
    record RecordedEvent(Instant occurredAt, String account, @Nullable String position, @Nullable String deputyFor,
            @Nullable String address, String action, String recordType, String recordId, @Nullable Long departmentId,
            @Nullable String before, @Nullable String after) {

        static RecordedEvent of(AuditEntry e) {
            return new RecordedEvent(e.occurredAt(), e.account(), e.position(), e.deputyFor(), e.address(),
                    e.action(), e.recordType(), e.recordId(), e.departmentId(), e.before(), e.after());
        }

        static RecordedEvent of(PendingEntries.Pending p) {
            return new RecordedEvent(p.occurredAt(), p.account(), p.position(), p.deputyFor(), p.address(),
                    p.action(), p.recordType(), p.recordId(), p.departmentId(), p.before(), p.after());
        }
    }

    @Override
    public List<AuditEntry> entriesAfter(long afterSeq, long untilSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > :after AND seq <= :until "
                + "ORDER BY seq LIMIT :limit")
                .param("after", afterSeq)
                .param("until", untilSeq)
                .param("limit", limit)
                .query(ENTRY)
                .list();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("account"), rs.getString("position"), rs.getString("deputy_for"),
                rs.getString("address"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), nullableLong(rs, "department_id"), rs.getString("before_summary"),
                rs.getString("after_summary"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
