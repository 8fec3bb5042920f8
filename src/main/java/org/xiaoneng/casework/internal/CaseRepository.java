package org.xiaoneng.casework.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DataScope;

/** Cases in SQL: the event stream (the truth), the current-state projection, idempotency keys. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;
    private final CaseEventJson json;

    CaseRepository(JdbcClient jdbc, CaseEventJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The case's stored header: what is needed to replay it and check scope and version. */
    record StoredCase(long id, String number, int version, long itemVersionId, Set<Long> departmentIds) {
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('casework_case_id_seq')").query(Long.class).single();
    }

    /**
     * Claims the idempotency key for a new case id; empty when claimed now, else the key's earlier claim. A concurrent
     * claim of the same key waits on the primary key until the first transaction ends.
     */
    Optional<KeyClaim> claimKey(String key, String account, String requestHash, long caseId, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO casework_idempotency_key (idempotency_key, account, request_hash, case_id, created_at)
                VALUES (:key, :account, :hash, :caseId, :now) ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("key", key).param("account", account).param("hash", requestHash).param("caseId", caseId)
                .param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT account, request_hash, case_id FROM casework_idempotency_key WHERE idempotency_key = :key""")
                .param("key", key)
                .query((rs, n) -> new KeyClaim(rs.getString(1), rs.getString(2), rs.getLong(3))).single());
    }

    record KeyClaim(String account, String requestHash, long caseId) {
    }

    void insert(Case c, Set<Long> departmentIds, Instant now) {
        CaseDeadlines dates = c.deadlines();
        jdbc.sql("""
                INSERT INTO casework_case (id, number, item_version_id, item_id, item_code, item_name,
                    lead_department_id, department_ids, state, applicant_kind, applicant_name, channel, received_at,
                    acceptance_due, accepted_on, due_date, clock_stopped, calendar_revision, version, updated_at)
                VALUES (:id, :number, :versionId, :itemId, :code, :name, :lead, :departments, :state, :kind,
                    :applicantName, :channel, :receivedAt, :acceptanceDue, :acceptedOn, :due, :stopped, :revision, 1,
                    :now)""")
                .param("id", c.id()).param("number", c.number()).param("versionId", c.item().id())
                .param("itemId", c.item().itemId()).param("code", c.item().code())
                .param("name", c.item().details().name())
                .param("lead", c.item().details().leadDepartment().id())
                .param("departments", departmentIds.toArray(Long[]::new))
                .param("state", c.state().name()).param("kind", c.applicant().kind().name())
                .param("applicantName", c.applicant().name()).param("channel", c.channel().name())
                .param("receivedAt", Timestamp.from(c.receivedAt()))
                .param("acceptanceDue", dates.acceptanceDue()).param("acceptedOn", dates.acceptedOn())
                .param("due", dates.due()).param("stopped", dates.clockStopped())
                .param("revision", dates.calendarRevision()).param("now", Timestamp.from(now))
                .update();
        appendEvents(c);
    }

    /**
     * Saves what the case recorded since it was loaded: the projection first, only if nobody changed the case since
     * it was read (the row lock makes a concurrent writer wait, then find the version moved), then the events.
     * False when the version moved — nothing was written.
     */
    boolean update(Case c, Instant now) {
        CaseDeadlines dates = c.deadlines();
        int updated = jdbc.sql("""
                UPDATE casework_case SET state = :state, acceptance_due = :acceptanceDue, accepted_on = :acceptedOn,
                    due_date = :due, clock_stopped = :stopped, calendar_revision = :revision,
                    version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version""")
                .param("state", c.state().name()).param("acceptanceDue", dates.acceptanceDue())
                .param("acceptedOn", dates.acceptedOn()).param("due", dates.due())
                .param("stopped", dates.clockStopped()).param("revision", dates.calendarRevision())
                .param("now", Timestamp.from(now)).param("id", c.id()).param("version", c.loadedVersion())
                .update();
        if (updated == 0) {
            return false;
        }
        appendEvents(c);
        return true;
    }

    private void appendEvents(Case c) {
        for (CaseEvent event : c.pendingEvents()) {
            jdbc.sql("""
                    INSERT INTO casework_case_event (case_id, seq, type, payload, actor_account, acting_position,
                        deputy_for, occurred_at, deadline)
                    VALUES (:caseId, :seq, :type, CAST(:payload AS jsonb), :account, :position, :deputyFor,
                        :occurredAt, :deadline)""")
                    .param("caseId", c.id()).param("seq", event.seq()).param("type", event.type().name())
                    .param("payload", json.write(event.payload())).param("account", event.actor().account())
                    .param("position", event.actor().position()).param("deputyFor", event.actor().deputyFor())
                    .param("occurredAt", Timestamp.from(event.occurredAt())).param("deadline", event.deadline())
                    .update();
        }
    }

    Optional<StoredCase> find(long id) {
        return jdbc.sql("""
                SELECT id, number, version, item_version_id, department_ids FROM casework_case WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new StoredCase(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        departments(rs.getArray(5))))
                .optional();
    }

    Optional<Integer> version(long id) {
        return jdbc.sql("SELECT version FROM casework_case WHERE id = :id").param("id", id).query(Integer.class)
                .optional();
    }

    List<CaseEvent> events(long caseId) {
        return jdbc.sql("""
                SELECT seq, type, payload::text, actor_account, acting_position, deputy_for, occurred_at, deadline
                FROM casework_case_event WHERE case_id = :id ORDER BY seq""")
                .param("id", caseId)
                .query((rs, n) -> {
                    CaseEventType type = CaseEventType.valueOf(rs.getString(2));
                    Actor actor = new Actor(rs.getString(4), rs.getString(5), rs.getString(6), null);
                    return new CaseEvent(rs.getInt(1), type, json.read(type, rs.getString(3)), actor,
                            rs.getTimestamp(7).toInstant(), rs.getObject(8, LocalDate.class));
                })
                .list();
    }

    /** Open cases (no decision yet) with a date on or after {@code from}: those a calendar correction may move. */
    List<Long> openWithDatesFrom(LocalDate from) {
        return jdbc.sql("""
                SELECT id FROM casework_case
                WHERE state IN ('RECEIVED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'IN_PROCESS', 'SUSPENDED')
                  AND COALESCE(due_date, acceptance_due) >= :from
                ORDER BY id""")
                .param("from", from).query(Long.class).list();
    }

    /**
     * Stores recomputed dates in the projection, at the version they were computed from (the version is not
     * raised: nobody changed the case). False when the case changed meanwhile — its writer computed with the
     * corrected calendar already.
     */
    boolean updateDates(long id, int version, CaseDeadlines dates) {
        return jdbc.sql("""
                UPDATE casework_case SET acceptance_due = :acceptanceDue, accepted_on = :acceptedOn, due_date = :due,
                    clock_stopped = :stopped, calendar_revision = :revision
                WHERE id = :id AND version = :version""")
                .param("acceptanceDue", dates.acceptanceDue()).param("acceptedOn", dates.acceptedOn())
                .param("due", dates.due()).param("stopped", dates.clockStopped())
                .param("revision", dates.calendarRevision()).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Cases still waiting for an intake decision whose 5 working days ended before {@code today}; set-based. */
    List<Long> dueForDeemedAcceptance(LocalDate today) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE state = 'RECEIVED' AND acceptance_due < :today ORDER BY id""")
                .param("today", today).query(Long.class).list();
    }

    /** The latest cases visible in the scope, optionally in one state. */
    List<CaseSummary> list(DataScope scope, @Nullable CaseState state, int limit) {
        return jdbc.sql("""
                SELECT id, number, state, item_code, item_name, applicant_kind, applicant_name, received_at,
                       acceptance_due, due_date
                FROM casework_case
                WHERE (:all OR department_ids && CAST(:ids AS bigint[]))
                  AND (CAST(:state AS text) IS NULL OR state = :state)
                ORDER BY id DESC LIMIT :limit""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("state", state == null ? null : state.name()).param("limit", limit)
                .query((rs, n) -> new CaseSummary(rs.getLong(1), rs.getString(2), CaseState.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5),
                        CaseSummary.maskName(rs.getString(6), rs.getString(7)),
                        rs.getTimestamp(8).toInstant(), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class)))
                .list();
    }

    private static Set<Long> departments(Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        return Set.copyOf(Arrays.stream(values).map(v -> ((Number) v).longValue()).toList());
    }
}
