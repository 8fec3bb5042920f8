package org.xiaoneng.supervision.internal.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;

/**
 * Warnings and sanctions in SQL, and the policy's reads of the ledger's light history. A proposal is unique per policy
 * window ({@code window_key}) and each piece of evidence counts toward one proposal of a rule only; every decision is a
 * conditional update on the state and version last read.
 */
@Repository
class SanctionRepository {

    private static final String COLUMNS = """
            id, kind, proposed_kind, staff_id, staff_name, department_id, grounds, state, proposed_at, decided_by,
            decided_at, decision_reason, appeal_state, appeal_grounds, appealed_at, appeal_decided_by,
            appeal_decided_at, appeal_reason, version""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    SanctionRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = ListWorkbooks.cursor(dataSource);
    }

    /** A red light of a person, from the ledger's history. */
    record Red(long changeId, Instant changedAt, String caseNumber, String itemName, String subjectType,
            LocalDate dueOn, long departmentId, @Nullable String staffName) {
    }

    /** Serialises the evaluations of one person or department until the transaction ends. */
    void lock(String key) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .param("key", "supervision.accountability:" + key).query(Integer.class).single();
    }

    /**
     * The person's red lights after {@code from} up to {@code to} that no warning proposal counted yet, oldest first.
     */
    List<Red> uncountedReds(long staffId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT c.id, c.changed_at, d.case_number, d.item_name, d.subject_type, d.due_on, c.department_id,
                       d.staff_name
                  FROM supervision_light_change c JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE c.to_light = 'RED' AND d.staff_id = :staff AND d.subject_type <> 'SUPERVISION_ORDER'
                   AND c.changed_at > :from AND c.changed_at <= :to
                   AND NOT EXISTS (SELECT 1 FROM supervision_sanction_evidence e
                                    WHERE e.rule = 'WARNING' AND e.ref = 'change:' || c.id)
                 ORDER BY c.changed_at, c.id""")
                .param("staff", staffId).param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new Red(rs.getLong("id"), instant(rs, "changed_at"), rs.getString("case_number"),
                        rs.getString("item_name"), rs.getString("subject_type"),
                        rs.getObject("due_on", LocalDate.class), rs.getLong("department_id"),
                        rs.getString("staff_name")))
                .list();
    }

    /** A violation of a rule of conduct that may count toward a warning. */
    record Violation(long id, Instant occurredAt, String rule, @Nullable String caseNumber, long departmentId,
            @Nullable String staffName) {
    }

    /**
     * The person's violations of the rules of conduct after {@code from} up to {@code to} that no warning proposal
     * counted yet, oldest first. Overdue steps and cases are left out: their red lights count instead.
     */
    List<Violation> uncountedViolations(long staffId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT v.id, v.occurred_at, v.rule, v.case_number, v.department_id, v.staff_name
                  FROM supervision_violation v
                 WHERE v.staff_id = :staff AND v.rule NOT IN ('STEP_OVERDUE', 'CASE_OVERDUE')
                   AND v.occurred_at > :from AND v.occurred_at <= :to
                   AND NOT EXISTS (SELECT 1 FROM supervision_sanction_evidence e
                                    WHERE e.rule = 'WARNING' AND e.ref = 'violation:' || v.id)
                 ORDER BY v.occurred_at, v.id""")
                .param("staff", staffId).param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new Violation(rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("rule"),
                        rs.getString("case_number"), rs.getLong("department_id"), rs.getString("staff_name")))
                .list();
    }

    /**
     * The department's cases with a red light from {@code from} until (not including) {@code to}: a late case counts
     * once, however many of its deadlines turned red.
     */
    long departmentReds(long departmentId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(DISTINCT d.case_number) FROM supervision_light_change c JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE c.to_light = 'RED' AND c.department_id = :department
                   AND d.subject_type <> 'SUPERVISION_ORDER' AND c.changed_at >= :from AND c.changed_at < :to""")
                .param("department", departmentId).param("from", at(from)).param("to", at(to))
                .query(Long.class).single();
    }

    /** The person's warnings in force, confirmed after {@code from}, that no admonition proposal counted yet. */
    List<Long> uncountedWarnings(long staffId, Instant from) {
        return jdbc.sql("""
                SELECT s.id FROM supervision_sanction s
                 WHERE s.staff_id = :staff AND s.kind = 'WARNING' AND s.state = 'CONFIRMED'
                   AND s.appeal_state <> 'OVERTURNED' AND s.decided_at > :from
                   AND NOT EXISTS (SELECT 1 FROM supervision_sanction_evidence e
                                    WHERE e.rule = 'ADMONITION' AND e.ref = 'sanction:' || s.id)
                 ORDER BY s.decided_at, s.id""")
                .param("staff", staffId).param("from", at(from))
                .query(Long.class).list();
    }

    /** Proposes, once per window; empty when the window has its proposal already. */
    Optional<Long> propose(SanctionKind kind, long staffId, String staffName, long departmentId, String windowKey,
            String grounds, Instant at, String rule, Collection<String> evidence) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO supervision_sanction (kind, proposed_kind, staff_id, staff_name, department_id, window_key,
                       grounds, state, proposed_at)
                VALUES (:kind, :kind, :staff, :name, :department, :window, :grounds, 'PROPOSED', :at)
                ON CONFLICT (window_key) DO NOTHING
                RETURNING id""")
                .param("kind", kind.name()).param("staff", staffId).param("name", staffName)
                .param("department", departmentId).param("window", windowKey).param("grounds", grounds)
                .param("at", at(at))
                .query(Long.class).optional();
        id.ifPresent(sanction -> evidence.forEach(ref -> jdbc.sql("""
                INSERT INTO supervision_sanction_evidence (sanction_id, rule, ref) VALUES (:id, :rule, :ref)""")
                .param("id", sanction).param("rule", rule).param("ref", ref).update()));
        return id;
    }

    Optional<SanctionView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_sanction WHERE id = :id").param("id", id)
                .query(SanctionRepository::sanction).optional();
    }

    List<SanctionView> list(DataScope scope, @Nullable SanctionState state, int limit) {
        return listStatement(jdbc, scope, state, limit).query(SanctionRepository::sanction).list();
    }

    /** As {@link #list}, handing each one over as it is read (through a cursor): for exports of any size. */
    void stream(DataScope scope, @Nullable SanctionState state, int limit, Consumer<SanctionView> each) {
        listStatement(streaming, scope, state, limit).query(ListWorkbooks.each(SanctionRepository::sanction, each));
    }

    private static JdbcClient.StatementSpec listStatement(JdbcClient client, DataScope scope,
            @Nullable SanctionState state, int limit) {
        return client.sql("SELECT " + COLUMNS + " " + """
                 FROM supervision_sanction
                 WHERE (:all OR department_id = ANY(:ids)) AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                 ORDER BY state <> 'PROPOSED', appeal_state <> 'PENDING', id DESC LIMIT :limit""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("state", state == null ? null : state.name()).param("limit", limit);
    }

    /** The person's confirmed ones: proposals and dismissals are the office's business, not a record against him. */
    List<SanctionView> ofStaff(long staffId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM supervision_sanction WHERE staff_id = :staff AND state = 'CONFIRMED'
                 ORDER BY id DESC LIMIT :limit""")
                .param("staff", staffId).param("limit", limit)
                .query(SanctionRepository::sanction).list();
    }

    List<String> evidence(long id) {
        return jdbc.sql("SELECT ref FROM supervision_sanction_evidence WHERE sanction_id = :id ORDER BY ref")
                .param("id", id).query(String.class).list();
    }

    boolean decide(long id, int version, SanctionState state, SanctionKind kind, String reason, String by,
            Instant at) {
        return jdbc.sql("""
                UPDATE supervision_sanction SET state = :state, kind = :kind, decision_reason = :reason,
                       decided_by = :by, decided_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND state = 'PROPOSED'""")
                .param("id", id).param("version", version).param("state", state.name()).param("kind", kind.name())
                .param("reason", reason).param("by", by).param("at", at(at)).update() == 1;
    }

    boolean appeal(long id, int version, String grounds, Instant at) {
        return jdbc.sql("""
                UPDATE supervision_sanction SET appeal_state = 'PENDING', appeal_grounds = :grounds,
                       appealed_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND state = 'CONFIRMED' AND appeal_state = 'NONE'""")
                .param("id", id).param("version", version).param("grounds", grounds).param("at", at(at))
                .update() == 1;
    }

    boolean decideAppeal(long id, int version, AppealState outcome, String reason, String by, Instant at) {
        return jdbc.sql("""
                UPDATE supervision_sanction SET appeal_state = :outcome, appeal_reason = :reason,
                       appeal_decided_by = :by, appeal_decided_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND appeal_state = 'PENDING'""")
                .param("id", id).param("version", version).param("outcome", outcome.name())
                .param("reason", reason).param("by", by).param("at", at(at)).update() == 1;
    }

    private static SanctionView sanction(ResultSet rs, int row) throws SQLException {
        return new SanctionView(rs.getLong("id"), SanctionKind.valueOf(rs.getString("kind")),
                SanctionKind.valueOf(rs.getString("proposed_kind")), rs.getLong("staff_id"),
                rs.getString("staff_name"), rs.getLong("department_id"), "", rs.getString("grounds"),
                SanctionState.valueOf(rs.getString("state")), instant(rs, "proposed_at"), rs.getString("decided_by"),
                instantOrNull(rs, "decided_at"), rs.getString("decision_reason"),
                AppealState.valueOf(rs.getString("appeal_state")), rs.getString("appeal_grounds"),
                instantOrNull(rs, "appealed_at"), rs.getString("appeal_decided_by"),
                instantOrNull(rs, "appeal_decided_at"), rs.getString("appeal_reason"), rs.getInt("version"),
                List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
