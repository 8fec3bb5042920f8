package org.xiaoneng.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;

/**
 * The ledger of watched deadlines in SQL: registration from snapshots, the set-based sweep, the console's reads.
 * Public only for {@link #watchOrder} and {@link #unwatchOrder}: the order module (a sub-package) registers the
 * response deadlines of supervision orders here, so that one sweep watches them too.
 */
@Repository
public class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as a registration needs to see it. */
    record Known(String subjectRef, Light light, DeadlineState state, int sourceSeq, long sourceRevision,
            Instant dueAt, Instant yellowAt) {

        /** Whether this row was written from a snapshot later than (seq, revision). */
        boolean newerThan(int seq, long revision) {
            return sourceSeq > seq || (sourceSeq == seq && sourceRevision > revision);
        }
    }

    /** A row to write, from a snapshot. */
    record Registration(DeadlineSubject subject, String subjectRef, String sourceRef, int sourceSeq,
            long sourceRevision, @Nullable Long caseId, String caseNumber, String itemCode, String itemName,
            @Nullable String stageName, long departmentId, @Nullable Long positionId, @Nullable String positionName,
            @Nullable Long staffId, @Nullable String staffName, boolean staffAssigned, int limitWorkingDays,
            int warningWorkingDays, LocalDate dueOn, Instant dueAt, Instant yellowAt, DeadlineState state,
            @Nullable Instant nextChangeAt, @Nullable String changeCause) {
    }

    /** A row the sweep looked at, with its light before and after; {@code changeId} only when the light changed. */
    record Swept(long id, @Nullable Long changeId, Light from, Light to, String cause, DeadlineSubject subject,
            String subjectRef, @Nullable Long caseId, String caseNumber, String itemName, @Nullable String stageName,
            long departmentId, @Nullable Long positionId, @Nullable String positionName, @Nullable Long staffId,
            @Nullable String staffName, boolean staffAssigned, LocalDate dueOn) {

        boolean changed() {
            return changeId != null;
        }

        /** The change as published: a row that {@link #changed()}, at the instant the sweep changed it. */
        DeadlineLightChanged lightChanged(Instant changedAt) {
            if (changeId == null) {
                throw new IllegalStateException("deadline " + id + " kept its light");
            }
            return new DeadlineLightChanged(changeId, id, subject, subjectRef, caseNumber, departmentId, positionId,
                    staffId, from, to, dueOn, cause, changedAt);
        }
    }

    /**
     * Where the dashboard groups supervision orders' response deadlines by item: under one item of their own (督办件),
     * the order's title shown as the deadline's stage.
     */
    static final String ORDER_ITEM_CODE = "SUPERVISION-ORDER";
    static final String ORDER_ITEM_NAME = "督办件";

    /**
     * Watches (or watches again, with new dates) the response deadline of supervision order {@code orderId}: green
     * (blue) up to and including {@code responseDue}, yellow (orange) from the day after it, red from the day after
     * {@code orangeUntil}. The light itself is left to the sweep (which publishes each change); a light the new dates
     * make wrong changes on the next sweep.
     */
    public void watchOrder(long orderId, int version, String number, String title, long departmentId,
            int responseDays, LocalDate responseDue, LocalDate orangeUntil, Instant now) {
        String ref = "order:" + orderId;
        lockSource(ref);
        Known before = rowsOf(ref).get(ref);
        Instant yellowAt = LightRules.dueAt(responseDue);
        Instant dueAt = LightRules.dueAt(orangeUntil);
        Light light = before == null ? Light.GREEN : before.light();
        Instant next = LightRules.nextLook(light, DeadlineState.OPEN, now, yellowAt, dueAt);
        upsert(List.of(new Registration(DeadlineSubject.SUPERVISION_ORDER, ref, ref, version, 0, null, number,
                ORDER_ITEM_CODE, ORDER_ITEM_NAME, title, departmentId, null, null, null, null, false, responseDays, 0,
                orangeUntil, dueAt, yellowAt, DeadlineState.OPEN, next,
                now.equals(next) ? "supervision.order.returned" : null)), now);
    }

    /** Stops watching the order's response deadline (it was answered); its last light stays on record. */
    public void unwatchOrder(long orderId, int version, Instant now) {
        String ref = "order:" + orderId;
        lockSource(ref);
        closeUnlisted(ref, List.of(), version, 0, now);
    }

    /** Serialises the registrations of one source (one case) until the transaction ends. */
    void lockSource(String sourceRef) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .param("key", "supervision.source:" + sourceRef).query(Integer.class).single();
    }

    /** The rows of a source, locked for this transaction. */
    Map<String, Known> rowsOf(String sourceRef) {
        Map<String, Known> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT subject_ref, light, state, source_seq, source_revision, due_at, yellow_at
                  FROM supervision_deadline WHERE source_ref = :source ORDER BY id FOR UPDATE""")
                .param("source", sourceRef)
                .query((rs, n) -> new Known(rs.getString("subject_ref"), Light.valueOf(rs.getString("light")),
                        DeadlineState.valueOf(rs.getString("state")), rs.getInt("source_seq"),
                        rs.getLong("source_revision"), instant(rs, "due_at"), instant(rs, "yellow_at")))
                .list()
                .forEach(row -> rows.put(row.subjectRef(), row));
        return rows;
    }

    /**
     * Inserts the rows, or rewrites their dates, people and state (their light is the sweep's to change): one
     * statement however many (the rows passed as arrays and unnested), in the order given. A case's snapshot lists
     * several deadlines, and one statement each was most of what registering it cost.
     */
    void upsert(List<Registration> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_id, case_number, item_code, item_name, stage_name, department_id, position_id,
                       position_name, staff_id, staff_name, staff_assigned, limit_working_days, warning_working_days,
                       due_on, due_at, yellow_at, state, next_change_at, change_cause, registered_at, updated_at)
                SELECT r.subject_type, r.subject_ref, r.source_ref, r.source_seq, r.source_revision, r.case_id,
                       r.case_number, r.item_code, r.item_name, r.stage_name, r.department_id, r.position_id,
                       r.position_name, r.staff_id, r.staff_name, r.staff_assigned, r.limit_working_days,
                       r.warning_working_days, r.due_on, r.due_at, r.yellow_at, r.state, r.next_change_at,
                       r.change_cause, :now, :now
                  FROM unnest(CAST(:subject AS TEXT[]), CAST(:ref AS TEXT[]), CAST(:source AS TEXT[]),
                              CAST(:seq AS INT[]), CAST(:revision AS BIGINT[]), CAST(:caseId AS BIGINT[]),
                              CAST(:number AS TEXT[]), CAST(:itemCode AS TEXT[]), CAST(:itemName AS TEXT[]),
                              CAST(:stage AS TEXT[]), CAST(:department AS BIGINT[]), CAST(:position AS BIGINT[]),
                              CAST(:positionName AS TEXT[]), CAST(:staff AS BIGINT[]), CAST(:staffName AS TEXT[]),
                              CAST(:assigned AS BOOLEAN[]), CAST(:limit AS INT[]), CAST(:warning AS INT[]),
                              CAST(:dueOn AS DATE[]), CAST(:dueAt AS TIMESTAMPTZ[]), CAST(:yellowAt AS TIMESTAMPTZ[]),
                              CAST(:state AS TEXT[]), CAST(:next AS TIMESTAMPTZ[]), CAST(:cause AS TEXT[]))
                       WITH ORDINALITY AS r(subject_type, subject_ref, source_ref, source_seq, source_revision,
                                            case_id, case_number, item_code, item_name, stage_name, department_id,
                                            position_id, position_name, staff_id, staff_name, staff_assigned,
                                            limit_working_days, warning_working_days, due_on, due_at, yellow_at,
                                            state, next_change_at, change_cause, n)
                 ORDER BY r.n
                ON CONFLICT (subject_ref) DO UPDATE SET
                       source_seq = EXCLUDED.source_seq, source_revision = EXCLUDED.source_revision,
                       stage_name = EXCLUDED.stage_name, department_id = EXCLUDED.department_id,
                       position_id = EXCLUDED.position_id, position_name = EXCLUDED.position_name,
                       staff_id = EXCLUDED.staff_id, staff_name = EXCLUDED.staff_name,
                       staff_assigned = EXCLUDED.staff_assigned, limit_working_days = EXCLUDED.limit_working_days,
                       warning_working_days = EXCLUDED.warning_working_days, due_on = EXCLUDED.due_on,
                       due_at = EXCLUDED.due_at, yellow_at = EXCLUDED.yellow_at, state = EXCLUDED.state,
                       next_change_at = EXCLUDED.next_change_at, change_cause = EXCLUDED.change_cause,
                       updated_at = EXCLUDED.updated_at""")
                .param("subject", column(rows, r -> r.subject().name()))
                .param("ref", column(rows, Registration::subjectRef))
                .param("source", column(rows, Registration::sourceRef))
                .param("seq", rows.stream().map(Registration::sourceSeq).toArray(Integer[]::new))
                .param("revision", rows.stream().map(Registration::sourceRevision).toArray(Long[]::new))
                .param("caseId", rows.stream().map(Registration::caseId).toArray(Long[]::new))
                .param("number", column(rows, Registration::caseNumber))
                .param("itemCode", column(rows, Registration::itemCode))
                .param("itemName", column(rows, Registration::itemName))
                .param("stage", column(rows, Registration::stageName))
                .param("department", rows.stream().map(Registration::departmentId).toArray(Long[]::new))
                .param("position", rows.stream().map(Registration::positionId).toArray(Long[]::new))
                .param("positionName", column(rows, Registration::positionName))
                .param("staff", rows.stream().map(Registration::staffId).toArray(Long[]::new))
                .param("staffName", column(rows, Registration::staffName))
                .param("assigned", rows.stream().map(Registration::staffAssigned).toArray(Boolean[]::new))
                .param("limit", rows.stream().map(Registration::limitWorkingDays).toArray(Integer[]::new))
                .param("warning", rows.stream().map(Registration::warningWorkingDays).toArray(Integer[]::new))
                .param("dueOn", column(rows, r -> r.dueOn().toString()))
                .param("dueAt", column(rows, r -> r.dueAt().toString()))
                .param("yellowAt", column(rows, r -> r.yellowAt().toString()))
                .param("state", column(rows, r -> r.state().name()))
                .param("next", column(rows, r -> r.nextChangeAt() == null ? null : r.nextChangeAt().toString()))
                .param("cause", column(rows, Registration::changeCause))
                .param("now", at(now))
                .update();
    }

    private static String[] column(List<Registration> rows, Function<Registration, @Nullable String> field) {
        return rows.stream().map(field).toArray(String[]::new);
    }

    /** Closes the source's rows that a snapshot no longer lists. */
    void closeUnlisted(String sourceRef, Collection<String> listed, int seq, long revision, Instant now) {
        jdbc.sql("""
                UPDATE supervision_deadline
                   SET state = 'CLOSED', next_change_at = NULL, change_cause = NULL, source_seq = :seq,
                       source_revision = :revision, updated_at = :now
                 WHERE source_ref = :source AND state <> 'CLOSED' AND NOT (subject_ref = ANY(:listed))""")
                .param("source", sourceRef).param("listed", listed.toArray(String[]::new)).param("seq", seq)
                .param("revision", revision).param("now", at(now))
                .update();
    }

    /** The sweep's lock, held until the transaction ends; false when another node's sweep holds it. */
    boolean tryLockSweep() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('supervision.sweep'))")
                .query(Boolean.class).single());
    }

    /**
     * One batch of the sweep, set-based: takes up to {@code limit} rows whose next change is due (through the watch
     * table's index, skipping rows a registration holds right now; the ledger row's own instant is checked again once
     * it is locked, in case a registration moved it meanwhile), sets each one's light as of {@code now} and its next
     * change instant, and records each light that changed — all in one statement. Rows whose light stays as it was
     * come back too (without a change id), so the caller knows whether the batch was full. The change ids are drawn
     * before the history rows are inserted (in the order of the deadlines' ids, as before) so that the rows come back
     * with them without joining the insert's result to the update's: the planner, which expects one row from either,
     * joined them by a nested loop, quadratic in the batch (40 ms of a 500-change batch).
     */
    List<Swept> sweep(Instant now, int limit) {
        return jdbc.sql("""
                WITH picked AS (
                    SELECT d.id, d.light AS old_light, d.change_cause,
                           CASE WHEN :now >= d.due_at THEN 'RED' WHEN :now >= d.yellow_at THEN 'YELLOW' ELSE 'GREEN' END
                               AS new_light
                      FROM supervision_deadline_watch w
                      JOIN supervision_deadline d ON d.id = w.deadline_id
                     WHERE w.next_change_at <= :now AND d.next_change_at <= :now
                     ORDER BY w.next_change_at
                     LIMIT :limit
                       FOR UPDATE OF d SKIP LOCKED
                ), swept AS (
                    UPDATE supervision_deadline d
                       SET light = p.new_light,
                           light_changed_at = CASE WHEN p.new_light <> p.old_light THEN :now ELSE d.light_changed_at END,
                           next_change_at = CASE p.new_light WHEN 'GREEN' THEN d.yellow_at
                                                             WHEN 'YELLOW' THEN d.due_at END,
                           change_cause = NULL
                      FROM picked p
                     WHERE d.id = p.id
                    RETURNING d.id, p.old_light, p.new_light, COALESCE(p.change_cause, 'clock') AS cause,
                              d.subject_type, d.subject_ref, d.case_id, d.case_number, d.item_name, d.stage_name,
                              d.department_id, d.position_id, d.position_name, d.staff_id, d.staff_name,
                              d.staff_assigned, d.due_on
                ), numbered AS (
                    SELECT s.*, CASE WHEN s.old_light <> s.new_light
                                     THEN nextval('supervision_light_change_id_seq') END AS change_id
                      FROM (SELECT * FROM swept ORDER BY id) AS s
                ), changes AS (
                    INSERT INTO supervision_light_change (id, deadline_id, from_light, to_light, changed_at, cause,
                                                          department_id)
                    SELECT change_id, id, old_light, new_light, :now, cause, department_id FROM numbered
                     WHERE change_id IS NOT NULL
                )
                SELECT * FROM numbered ORDER BY change_id NULLS LAST, id""")
                .param("now", at(now)).param("limit", limit)
                .query(Ledger::swept)
                .list();
    }

    /**
     * The light changes of these history ids, in the order of the ids: each as the sweep recorded it (lights, cause,
     * the deadline's department then), with its deadline's people and due day as they stand now.
     */
    List<Swept> changes(List<Long> changeIds) {
        if (changeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, c.id AS change_id, c.from_light AS old_light, c.to_light AS new_light, c.cause,
                       d.subject_type, d.subject_ref, d.case_id, d.case_number, d.item_name, d.stage_name,
                       c.department_id, d.position_id, d.position_name, d.staff_id, d.staff_name, d.staff_assigned,
                       d.due_on
                  FROM supervision_light_change c JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE c.id = ANY(:ids)
                 ORDER BY c.id""")
                .param("ids", changeIds.toArray(Long[]::new))
                .query(Ledger::swept)
                .list();
    }

    private static Swept swept(ResultSet rs, int row) throws SQLException {
        return new Swept(rs.getLong("id"), longOrNull(rs, "change_id"), Light.valueOf(rs.getString("old_light")),
                Light.valueOf(rs.getString("new_light")), rs.getString("cause"),
                DeadlineSubject.valueOf(rs.getString("subject_type")), rs.getString("subject_ref"),
                longOrNull(rs, "case_id"), rs.getString("case_number"), rs.getString("item_name"),
                rs.getString("stage_name"), rs.getLong("department_id"), longOrNull(rs, "position_id"),
                rs.getString("position_name"), longOrNull(rs, "staff_id"), rs.getString("staff_name"),
                rs.getBoolean("staff_assigned"), rs.getObject("due_on", LocalDate.class));
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
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
