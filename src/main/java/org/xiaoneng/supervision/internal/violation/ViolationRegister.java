package org.xiaoneng.supervision.internal.violation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;

/** The register of violations in SQL. */
@Repository
class ViolationRegister {

    private static final String COLUMNS = """
            id, rule, staff_id, staff_name, account, position_id, position_name, department_id, item_code, item_name,
            case_id, case_number, occurred_at, found_at, description_key, description_args, evidence""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ViolationRegister(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = ListWorkbooks.cursor(dataSource);
    }

    /** Records the violation unless its evidence was recorded already; its id when recorded now. */
    Optional<Long> insert(NewViolation v, Instant now) {
        Responsible r = v.responsible();
        return jdbc.sql("""
                INSERT INTO supervision_violation (rule, evidence_key, staff_id, staff_name, account, position_id,
                       position_name, department_id, item_code, item_name, case_id, case_number, occurred_at,
                       found_at, description_key, description_args, evidence)
                VALUES (:rule, :key, :staff, :staffName, :account, :position, :positionName, :department, :itemCode,
                       :itemName, :caseId, :caseNumber, :occurredAt, :now, :descKey, :args, :evidence)
                ON CONFLICT (evidence_key) DO NOTHING
                RETURNING id""")
                .param("rule", v.rule().name()).param("key", v.evidenceKey()).param("staff", r.staffId())
                .param("staffName", r.staffName()).param("account", r.account()).param("position", r.positionId())
                .param("positionName", r.positionName()).param("department", r.departmentId())
                .param("itemCode", v.itemCode()).param("itemName", v.itemName()).param("caseId", v.caseId())
                .param("caseNumber", v.caseNumber()).param("occurredAt", at(v.occurredAt()))
                .param("now", at(now)).param("descKey", v.descriptionKey())
                .param("args", v.descriptionArgs().toArray(String[]::new))
                .param("evidence", v.evidence().toArray(String[]::new))
                .query(Long.class).optional();
    }

    /** The filter of the console's list; every part optional. */
    record Filter(@Nullable ViolationRule rule, @Nullable Long departmentId, @Nullable LocalDate from,
            @Nullable LocalDate to) {
    }

    List<ViolationView> list(DataScope scope, Filter filter, int limit) {
        return listStatement(jdbc, scope, filter, limit).query(ViolationRegister::view).list();
    }

    /** As {@link #list}, handing each violation over as it is read (through a cursor): for exports of any size. */
    void stream(DataScope scope, Filter filter, int limit, Consumer<ViolationView> each) {
        listStatement(streaming, scope, filter, limit).query(ListWorkbooks.each(ViolationRegister::view, each));
    }

    private static JdbcClient.StatementSpec listStatement(JdbcClient client, DataScope scope, Filter filter,
            int limit) {
        return client.sql("SELECT " + COLUMNS + """
                  FROM supervision_violation
                 WHERE (:all OR department_id = ANY(:ids))
                   AND (CAST(:rule AS TEXT) IS NULL OR rule = :rule)
                   AND (CAST(:department AS BIGINT) IS NULL OR department_id = :department)
                   AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR occurred_at >= :from)
                   AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR occurred_at < :to)
                 ORDER BY occurred_at DESC, id DESC
                 LIMIT :limit""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("rule", filter.rule() == null ? null : filter.rule().name())
                .param("department", filter.departmentId())
                .param("from", filter.from() == null ? null : startOf(filter.from()))
                .param("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)))
                .param("limit", limit);
    }

    Optional<ViolationView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_violation WHERE id = :id").param("id", id)
                .query(ViolationRegister::view).optional();
    }

    /** A ledger row as overdue detection needs it (the ledger is this module's own). */
    record Watched(long id, String subjectType, @Nullable Long caseId, String caseNumber, String itemCode,
            String itemName, @Nullable String stageName, long departmentId, @Nullable Long positionId,
            @Nullable String positionName, @Nullable Long staffId, @Nullable String staffName, LocalDate dueOn,
            @Nullable Long redChangeId, @Nullable Instant redAt) {
    }

    private static final String WATCHED = """
            SELECT d.id, d.subject_type, d.case_id, d.case_number, d.item_code, d.item_name, d.stage_name,
                   d.department_id, d.position_id, d.position_name, d.staff_id, d.staff_name, d.due_on,
                   c.id AS change_id, c.changed_at
              FROM supervision_deadline d
              LEFT JOIN LATERAL (SELECT id, changed_at FROM supervision_light_change
                                  WHERE deadline_id = d.id AND to_light = 'RED' ORDER BY id DESC LIMIT 1) c ON TRUE
            """;

    Optional<Watched> watched(long deadlineId) {
        return jdbc.sql(WATCHED + " WHERE d.id = :id").param("id", deadlineId).query(ViolationRegister::watched)
                .optional();
    }

    /** The acceptance deadline of a case (who was to decide on intake), if the ledger holds it. */
    Optional<Watched> acceptanceOf(long caseId) {
        return jdbc.sql(WATCHED + " WHERE d.subject_ref = :ref").param("ref", "case:" + caseId + ":acceptance")
                .query(ViolationRegister::watched).optional();
    }

    /**
     * Red deadlines of the kind, still watched, due on or before {@code dueOnOrBefore}, not yet recorded as a
     * violation of the rule at that due day: set-based, through the ledger's lit index.
     */
    List<Watched> redUnrecorded(String subjectType, ViolationRule rule, LocalDate dueOnOrBefore, int limit) {
        return jdbc.sql(WATCHED + """
                 WHERE d.light = 'RED' AND d.state <> 'CLOSED' AND d.subject_type = :subject
                   AND d.due_on <= :cutoff
                   AND NOT EXISTS (SELECT 1 FROM supervision_violation v
                                    WHERE v.evidence_key = :rule || ':deadline:' || d.id || ':'
                                                           || to_char(d.due_on, 'YYYY-MM-DD'))
                 ORDER BY d.due_on, d.id
                 LIMIT :limit""")
                .param("subject", subjectType).param("rule", rule.name()).param("cutoff", dueOnOrBefore)
                .param("limit", limit)
                .query(ViolationRegister::watched).list();
    }

    private static Watched watched(ResultSet rs, int row) throws SQLException {
        OffsetDateTime redAt = rs.getObject("changed_at", OffsetDateTime.class);
        return new Watched(rs.getLong("id"), rs.getString("subject_type"), longOrNull(rs, "case_id"),
                rs.getString("case_number"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("stage_name"), rs.getLong("department_id"), longOrNull(rs, "position_id"),
                rs.getString("position_name"), longOrNull(rs, "staff_id"), rs.getString("staff_name"),
                rs.getObject("due_on", LocalDate.class), longOrNull(rs, "change_id"),
                redAt == null ? null : redAt.toInstant());
    }

    private static ViolationView view(ResultSet rs, int row) throws SQLException {
        return new ViolationView(rs.getLong("id"), ViolationRule.valueOf(rs.getString("rule")),
                longOrNull(rs, "staff_id"), rs.getString("staff_name"), rs.getString("account"),
                longOrNull(rs, "position_id"), rs.getString("position_name"), rs.getLong("department_id"), "",
                rs.getString("item_code"), rs.getString("item_name"), longOrNull(rs, "case_id"),
                rs.getString("case_number"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("found_at", OffsetDateTime.class).toInstant(), rs.getString("description_key"),
                strings(rs.getArray("description_args")), strings(rs.getArray("evidence")));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(StatutoryCalendar.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
