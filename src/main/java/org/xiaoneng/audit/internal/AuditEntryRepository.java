package org.xiaoneng.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

    public AuditEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Appends the entry and moves the head onto it; the caller holds the head's lock. */
    void append(AuditEntry entry) {
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :occurredAt, :recordedAt, :account, "
                + ":position, :deputyFor, :address, :action, :recordType, :recordId, :departmentId, :before, :after, "
                + ":prevHash, :hash)")
                .param("seq", entry.seq())
                .param("occurredAt", timestamp(entry.occurredAt()))
                .param("recordedAt", timestamp(entry.recordedAt()))
                .param("account", entry.account())
                .param("position", entry.position(), java.sql.Types.VARCHAR)
                .param("deputyFor", entry.deputyFor(), java.sql.Types.VARCHAR)
                .param("address", entry.address(), java.sql.Types.VARCHAR)
                .param("action", entry.action())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("departmentId", entry.departmentId(), java.sql.Types.BIGINT)
                .param("before", entry.before(), java.sql.Types.VARCHAR)
                .param("after", entry.after(), java.sql.Types.VARCHAR)
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", entry.seq())
                .param("hash", entry.hash())
                .update();
    }

    /**
     * Whether an entry recording exactly this event (every field the event gave, as stored) exists already. The
     * event publication registry delivers at least once: should the process stop after an entry was committed but
     * before its publication was marked complete, the event comes again on restart.
     */
    boolean containsEvent(AuditEntry draft) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE record_type = :recordType "
                + "AND record_id = :recordId AND occurred_at = :occurredAt AND action = :action AND account = :account "
                + "AND position IS NOT DISTINCT FROM :position AND deputy_for IS NOT DISTINCT FROM :deputyFor "
                + "AND address IS NOT DISTINCT FROM :address AND department_id IS NOT DISTINCT FROM :departmentId "
                + "AND before_summary IS NOT DISTINCT FROM :before AND after_summary IS NOT DISTINCT FROM :after)")
                .param("recordType", draft.recordType())
                .param("recordId", draft.recordId())
                .param("occurredAt", timestamp(draft.occurredAt()))
                .param("action", draft.action())
                .param("account", draft.account())
                .param("position", draft.position(), java.sql.Types.VARCHAR)
                .param("deputyFor", draft.deputyFor(), java.sql.Types.VARCHAR)
                .param("address", draft.address(), java.sql.Types.VARCHAR)
                .param("departmentId", draft.departmentId(), java.sql.Types.BIGINT)
                .param("before", draft.before(), java.sql.Types.VARCHAR)
                .param("after", draft.after(), java.sql.Types.VARCHAR)
                .query(Boolean.class)
                .single();
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
