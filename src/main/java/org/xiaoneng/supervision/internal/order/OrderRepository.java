package org.xiaoneng.supervision.internal.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Supervision orders in SQL. Every change is a conditional update on the state and version last read, so a retried or
 * concurrent change finds nothing to update and changes nothing.
 */
@Repository
class OrderRepository {

    private static final String COLUMNS = """
            id, number, department_id, origin, subject_kind, subject_ref, case_number, title, demand, response_days,
            orange_days, response_due, state, escalation, response, measures, responded_by, responded_at, closed_by,
            closed_at, close_note, returned, issued_by, issued_at, version""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    OrderRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = ListWorkbooks.cursor(dataSource);
    }

    /** An order to insert. */
    record NewOrder(String number, long departmentId, OrderOrigin origin, OrderSubject subjectKind,
            @Nullable String subjectRef, @Nullable String caseNumber, String title, String demand, int responseDays,
            int orangeDays, LocalDate responseDue, String issuedBy, Instant issuedAt, @Nullable String idempotencyKey,
            @Nullable String originKey) {
    }

    String nextNumber(int year) {
        long seq = jdbc.sql("SELECT nextval('supervision_order_number_seq')").query(Long.class).single();
        return "督〔" + year + "〕" + seq + "号";
    }

    /** Inserts the order; empty when its idempotency or origin key was used before (nothing inserted). */
    Optional<Long> insert(NewOrder o) {
        return jdbc.sql("""
                INSERT INTO supervision_order (number, department_id, origin, subject_kind, subject_ref, case_number,
                       title, demand, response_days, orange_days, response_due, state, escalation, issued_by,
                       issued_at, idempotency_key, origin_key)
                VALUES (:number, :department, :origin, :kind, :ref, :caseNumber, :title, :demand, :responseDays,
                       :orangeDays, :due, 'OPEN', 'BLUE', :by, :at, :key, :originKey)
                ON CONFLICT DO NOTHING
                RETURNING id""")
                .param("number", o.number()).param("department", o.departmentId()).param("origin", o.origin().name())
                .param("kind", o.subjectKind().name()).param("ref", o.subjectRef()).param("caseNumber", o.caseNumber())
                .param("title", o.title()).param("demand", o.demand()).param("responseDays", o.responseDays())
                .param("orangeDays", o.orangeDays()).param("due", o.responseDue()).param("by", o.issuedBy())
                .param("at", at(o.issuedAt())).param("key", o.idempotencyKey()).param("originKey", o.originKey())
                .query(Long.class).optional();
    }

    Optional<Long> idByIdempotencyKey(String key) {
        return jdbc.sql("SELECT id FROM supervision_order WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).optional();
    }

    Optional<OrderView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_order WHERE id = :id").param("id", id)
                .query(OrderRepository::order).optional();
    }

    /** The latest orders of the departments in scope, optionally in one state. */
    List<OrderView> list(DataScope scope, @Nullable OrderState state, int limit) {
        return listStatement(jdbc, scope, state, limit).query(OrderRepository::order).list();
    }

    /** As {@link #list}, handing each order over as it is read (through a cursor): for exports of any size. */
    void stream(DataScope scope, @Nullable OrderState state, int limit, Consumer<OrderView> each) {
        listStatement(streaming, scope, state, limit).query(ListWorkbooks.each(OrderRepository::order, each));
    }

    private static JdbcClient.StatementSpec listStatement(JdbcClient client, DataScope scope,
            @Nullable OrderState state, int limit) {
        return client.sql("SELECT " + COLUMNS + " " + """
                 FROM supervision_order
                 WHERE (:all OR department_id = ANY(:ids)) AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                 ORDER BY state = 'CLOSED', id DESC LIMIT :limit""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("state", state == null ? null : state.name()).param("limit", limit);
    }

    List<OrderView.Step> steps(long orderId) {
        return jdbc.sql("SELECT action, actor, at, note FROM supervision_order_step WHERE order_id = :id ORDER BY id")
                .param("id", orderId)
                .query((rs, n) -> new OrderView.Step(rs.getString("action"), rs.getString("actor"),
                        instant(rs, "at"), rs.getString("note")))
                .list();
    }

    void step(long orderId, String action, String actor, Instant at, @Nullable String note) {
        jdbc.sql("""
                INSERT INTO supervision_order_step (order_id, action, actor, at, note)
                VALUES (:id, :action, :actor, :at, :note)""")
                .param("id", orderId).param("action", action).param("actor", actor).param("at", at(at))
                .param("note", note).update();
    }

    boolean respond(long id, int version, String response, String measures, String by, Instant at) {
        return jdbc.sql("""
                UPDATE supervision_order SET state = 'RESPONDED', response = :response, measures = :measures,
                       responded_by = :by, responded_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND state = 'OPEN'""")
                .param("id", id).param("version", version).param("response", response).param("measures", measures)
                .param("by", by).param("at", at(at)).update() == 1;
    }

    boolean close(long id, int version, String note, String by, Instant at) {
        return jdbc.sql("""
                UPDATE supervision_order SET state = 'CLOSED', close_note = :note, closed_by = :by, closed_at = :at,
                       version = version + 1
                 WHERE id = :id AND version = :version AND state = 'RESPONDED'""")
                .param("id", id).param("version", version).param("note", note).param("by", by).param("at", at(at))
                .update() == 1;
    }

    boolean sendBack(long id, int version, LocalDate responseDue) {
        return jdbc.sql("""
                UPDATE supervision_order SET state = 'OPEN', response_due = :due, returned = returned + 1,
                       version = version + 1
                 WHERE id = :id AND version = :version AND state = 'RESPONDED'""")
                .param("id", id).param("version", version).param("due", responseDue).update() == 1;
    }

    /**
     * Sets the escalation level of an order still waiting for its response, from light change {@code changeId}; false
     * when it is not waiting, is at that level already, or already follows this change or a later one (a stale or
     * redelivered change: see {@link #forgetEarlierChanges}). The change is remembered even when the level stays.
     */
    boolean escalate(long id, Escalation level, long changeId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                WITH old AS (SELECT id, escalation FROM supervision_order
                              WHERE id = :id AND state = 'OPEN'
                                AND (escalation_change_id IS NULL OR escalation_change_id < :change)
                                FOR UPDATE)
                UPDATE supervision_order o SET escalation = :level, escalation_change_id = :change,
                       version = o.version + CASE WHEN old.escalation <> :level THEN 1 ELSE 0 END
                  FROM old WHERE o.id = old.id
                RETURNING old.escalation <> :level""")
                .param("id", id).param("level", level.name()).param("change", changeId)
                .query(Boolean.class).optional().orElse(false));
    }

    /**
     * Makes the light changes of the order's response deadline recorded so far stale for its escalation (on a send
     * back, the ladder starts over: a change from before, delivered late or again, must not escalate the order).
     */
    void forgetEarlierChanges(long id) {
        jdbc.sql("""
                UPDATE supervision_order o SET escalation_change_id = GREATEST(o.escalation_change_id, c.last)
                  FROM (SELECT max(c.id) AS last FROM supervision_light_change c
                          JOIN supervision_deadline d ON d.id = c.deadline_id
                         WHERE d.subject_ref = :ref) c
                 WHERE o.id = :id AND c.last IS NOT NULL""")
                .param("id", id).param("ref", OrderEscalation.PREFIX + id).update();
    }

    /** A watched deadline an order may be about. */
    record Deadline(long id, String subjectType, String caseNumber, String itemName, long departmentId,
            LocalDate dueOn, String light) {
    }

    /** The red deadlines still watched in the scope (not orders themselves), earliest due first. */
    List<Deadline> redDeadlines(DataScope scope, int limit) {
        return jdbc.sql("""
                SELECT id, subject_type, case_number, item_name, department_id, due_on, light
                  FROM supervision_deadline
                 WHERE state <> 'CLOSED' AND light = 'RED' AND subject_type <> 'SUPERVISION_ORDER'
                   AND (:all OR department_id = ANY(:ids))
                 ORDER BY due_at, id LIMIT :limit""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("limit", limit)
                .query(OrderRepository::deadline).list();
    }

    /** A deadline still watched and red now (what an order may cite), not an order's own. */
    Optional<Deadline> redDeadline(long id) {
        return jdbc.sql("""
                SELECT id, subject_type, case_number, item_name, department_id, due_on, light
                  FROM supervision_deadline
                 WHERE id = :id AND subject_type <> 'SUPERVISION_ORDER' AND state <> 'CLOSED' AND light = 'RED'""")
                .param("id", id).query(OrderRepository::deadline).optional();
    }

    /** A recorded violation as an order cites it: who answers for it and about which case. */
    record CitedViolation(long id, long departmentId, @Nullable String caseNumber) {
    }

    Optional<CitedViolation> violation(long id) {
        return jdbc.sql("SELECT id, department_id, case_number FROM supervision_violation WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new CitedViolation(rs.getLong("id"), rs.getLong("department_id"),
                        rs.getString("case_number")))
                .optional();
    }

    /** The departments that answer for a deadline of the case the ledger watches (or watched): by its source. */
    List<Long> departmentsWatching(long caseId) {
        return jdbc.sql("""
                SELECT DISTINCT department_id FROM supervision_deadline WHERE source_ref = :source""")
                .param("source", "case:" + caseId).query(Long.class).list();
    }

    private static Deadline deadline(ResultSet rs, int row) throws SQLException {
        return new Deadline(rs.getLong("id"), rs.getString("subject_type"), rs.getString("case_number"),
                rs.getString("item_name"), rs.getLong("department_id"), rs.getObject("due_on", LocalDate.class),
                rs.getString("light"));
    }

    private static OrderView order(ResultSet rs, int row) throws SQLException {
        return new OrderView(rs.getLong("id"), rs.getString("number"), rs.getLong("department_id"), "",
                OrderOrigin.valueOf(rs.getString("origin")), OrderSubject.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_ref"), rs.getString("case_number"), rs.getString("title"),
                rs.getString("demand"), rs.getInt("response_days"), rs.getInt("orange_days"),
                rs.getObject("response_due", LocalDate.class), OrderState.valueOf(rs.getString("state")),
                Escalation.valueOf(rs.getString("escalation")), rs.getString("response"), rs.getString("measures"),
                rs.getString("responded_by"), instantOrNull(rs, "responded_at"), rs.getString("closed_by"),
                instantOrNull(rs, "closed_at"), rs.getString("close_note"), rs.getInt("returned"),
                rs.getString("issued_by"), instant(rs, "issued_at"), rs.getInt("version"), List.of());
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
