package org.xiaoneng.audit.internal;

import static org.xiaoneng.audit.internal.AuditEntryRepository.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audited changes staged for the chain (table audit_pending), already masked, oldest first. */
@Repository
class PendingEntries {

    /** One staged change: everything its entry will hold but its place in the chain. */
    record Pending(long id, Instant occurredAt, String account, @Nullable String position, @Nullable String deputyFor,
            @Nullable String address, String action, String recordType, String recordId, @Nullable Long departmentId,
            @Nullable String before, @Nullable String after) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    PendingEntries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Stores the changes in one batched statement. */
    void stage(List<Pending> changes, Instant stagedAt) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime staged = timestamp(stagedAt);
        batches.batchUpdate("""
                INSERT INTO audit_pending (occurred_at, account, position, deputy_for, address, action, record_type,
                                           record_id, department_id, before_summary, after_summary, staged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, changes.size(), (ps, change) -> {
            ps.setObject(1, timestamp(change.occurredAt()));
            ps.setString(2, change.account());
            ps.setString(3, change.position());
            ps.setString(4, change.deputyFor());
            ps.setString(5, change.address());
            ps.setString(6, change.action());
            ps.setString(7, change.recordType());
            ps.setString(8, change.recordId());
            ps.setObject(9, change.departmentId(), Types.BIGINT);
            ps.setString(10, change.before());
            ps.setString(11, change.after());
            ps.setObject(12, staged);
        });
    }

    /** The oldest staged changes, in the order they were staged. */
    List<Pending> oldest(int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, account, position, deputy_for, address, action, record_type, record_id,
                       department_id, before_summary, after_summary
                  FROM audit_pending ORDER BY id LIMIT :limit""")
                .param("limit", limit)
                .query(PendingEntries::pending)
                .list();
    }

    void remove(List<Long> ids) {
        jdbc.sql("DELETE FROM audit_pending WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    private static Pending pending(ResultSet rs, int row) throws SQLException {
        long departmentId = rs.getLong("department_id");
        @Nullable Long department = rs.wasNull() ? null : departmentId;
        return new Pending(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("account"), rs.getString("position"), rs.getString("deputy_for"),
                rs.getString("address"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), department, rs.getString("before_summary"),
                rs.getString("after_summary"));
    }
}
