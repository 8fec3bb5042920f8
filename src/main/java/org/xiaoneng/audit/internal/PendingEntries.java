package org.xiaoneng.audit.internal;

import static org.xiaoneng.audit.internal.AuditEntryRepository.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

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

    /**
     * Stores the changes with one statement, however many (rows passed as arrays and unnested): a sweep stages
     * hundreds at once, and a JDBC batch still sent and executed one insert per row.
     */
    void stage(List<Pending> changes, Instant stagedAt) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO audit_pending (occurred_at, account, position, deputy_for, address, action, record_type,
                                           record_id, department_id, before_summary, after_summary, staged_at)
                SELECT c.occurred_at, c.account, c.position, c.deputy_for, c.address, c.action, c.record_type,
                       c.record_id, c.department_id, c.before_summary, c.after_summary, :stagedAt
                  FROM unnest(CAST(:occurredAt AS TIMESTAMPTZ[]), CAST(:account AS TEXT[]), CAST(:position AS TEXT[]),
                              CAST(:deputyFor AS TEXT[]), CAST(:address AS TEXT[]), CAST(:action AS TEXT[]),
                              CAST(:recordType AS TEXT[]), CAST(:recordId AS TEXT[]), CAST(:departmentId AS BIGINT[]),
                              CAST(:before AS TEXT[]), CAST(:after AS TEXT[]))
                       WITH ORDINALITY AS c(occurred_at, account, position, deputy_for, address, action, record_type,
                                            record_id, department_id, before_summary, after_summary, n)
                 ORDER BY c.n""")
                .param("occurredAt", column(changes, change -> change.occurredAt().toString()))
                .param("account", column(changes, Pending::account))
                .param("position", column(changes, Pending::position))
                .param("deputyFor", column(changes, Pending::deputyFor))
                .param("address", column(changes, Pending::address))
                .param("action", column(changes, Pending::action))
                .param("recordType", column(changes, Pending::recordType))
                .param("recordId", column(changes, Pending::recordId))
                .param("departmentId", changes.stream().map(Pending::departmentId).toArray(Long[]::new))
                .param("before", column(changes, Pending::before))
                .param("after", column(changes, Pending::after))
                .param("stagedAt", timestamp(stagedAt))
                .update();
    }

    private static String[] column(List<Pending> changes, Function<Pending, @Nullable String> field) {
        return changes.stream().map(field).toArray(String[]::new);
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
