package org.xiaoneng.audit.internal;

import static org.xiaoneng.audit.internal.AuditEntryRepository.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

    PendingEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void stage(Pending change, Instant stagedAt) {
        jdbc.sql("""
                INSERT INTO audit_pending (occurred_at, account, position, deputy_for, address, action, record_type,
                                           record_id, department_id, before_summary, after_summary, staged_at)
                VALUES (:occurredAt, :account, :position, :deputyFor, :address, :action, :recordType, :recordId,
                        :departmentId, :before, :after, :stagedAt)""")
                .param("occurredAt", timestamp(change.occurredAt()))
                .param("account", change.account())
                .param("position", change.position(), Types.VARCHAR)
                .param("deputyFor", change.deputyFor(), Types.VARCHAR)
                .param("address", change.address(), Types.VARCHAR)
                .param("action", change.action())
                .param("recordType", change.recordType())
                .param("recordId", change.recordId())
                .param("departmentId", change.departmentId(), Types.BIGINT)
                .param("before", change.before(), Types.VARCHAR)
                .param("after", change.after(), Types.VARCHAR)
                .param("stagedAt", timestamp(stagedAt))
                .update();
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
