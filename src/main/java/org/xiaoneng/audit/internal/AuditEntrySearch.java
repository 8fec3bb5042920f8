package org.xiaoneng.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.audit.AuditEntry;
import org.xiaoneng.audit.AuditEntryPage;
import org.xiaoneng.audit.AuditQuery;
import org.xiaoneng.platform.DataScope;

/**
 * Filtered, paged reads of the trail, newest first, limited in SQL to what the viewer may see: entries of the
 * departments in their data scope, entries without a department only with the all scope, and always their own
 * actions. The WHERE clause is assembled from fixed fragments; every value is a bound parameter.
 */
@Repository
public class AuditEntrySearch {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditEntrySearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AuditEntryPage search(AuditQuery query, DataScope scope, @Nullable String viewer, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, scope, viewer, params);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("SELECT " + AuditEntryRepository.COLUMNS + " FROM audit_entry WHERE "
                + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditEntryRepository.ENTRY)
                .list();
        return AuditEntryPage.of(entries, page, size, total);
    }

    private String where(AuditQuery query, DataScope scope, @Nullable String viewer, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(:allDepartments OR department_id = ANY(:departmentIds)");
        params.put("allDepartments", scope.all());
        params.put("departmentIds", scope.departmentIdArray());
        if (viewer != null) {
            where.append(" OR account = :viewer");
            params.put("viewer", viewer);
        }
        where.append(')');
        if (query.account() != null) {
            where.append(" AND account = :account");
            params.put("account", query.account());
        }
        if (query.action() != null) {
            where.append(" AND starts_with(action, :action)");
            params.put("action", query.action());
        }
        if (query.recordType() != null) {
            where.append(" AND record_type = :recordType");
            params.put("recordType", query.recordType());
        }
        if (query.recordId() != null) {
            where.append(" AND record_id = :recordId");
            params.put("recordId", query.recordId());
        }
        if (query.departmentId() != null) {
            where.append(" AND department_id = :departmentId");
            params.put("departmentId", query.departmentId());
        }
        if (query.seq() != null) {
            where.append(" AND seq = :seq");
            params.put("seq", query.seq());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", startOf(query.to().plusDays(1)));
        }
        return where.toString();
    }

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return AuditEntryRepository.timestamp(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
