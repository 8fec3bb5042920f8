package org.xiaoneng.casework.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
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
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.PublicCase;
import org.xiaoneng.casework.TaskState;
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
    record StoredCase(long id, String number, int version, long itemVersionId, Set<Long> departmentIds,
            String queryCode, @Nullable Long applicantAccountId) {
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

    void insert(Case c, Set<Long> departmentIds, String queryCode, @Nullable Long applicantAccountId, Instant now) {
        CaseDeadlines dates = c.deadlines();
        jdbc.sql("""
                INSERT INTO casework_case (id, number, item_version_id, item_id, item_code, item_name,
                    lead_department_id, department_ids, state, applicant_kind, applicant_name, channel, received_at,
                    acceptance_due, accepted_on, due_date, clock_stopped, calendar_revision, version, updated_at,
                    query_code, applicant_account_id, outcome, decided_at)
                VALUES (:id, :number, :versionId, :itemId, :code, :name, :lead, :departments, :state, :kind,
                    :applicantName, :channel, :receivedAt, :acceptanceDue, :acceptedOn, :due, :stopped, :revision, 1,
                    :now, :queryCode, :applicantAccount, :outcome, :decidedAt)""")
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
                .param("queryCode", queryCode).param("applicantAccount", applicantAccountId)
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("decidedAt", c.history().stream().filter(e -> e.type() == CaseEventType.DECIDED)
                        .map(e -> Timestamp.from(e.occurredAt())).findFirst().orElse(null))
                .update();
        appendEvents(c);
        insertOpenTasks(c.id(), c.tasks());
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
                    version = version + 1, updated_at = :now, outcome = :outcome,
                    decided_at = CASE WHEN :decided THEN COALESCE(decided_at, :now) ELSE decided_at END
                WHERE id = :id AND version = :version""")
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("decided", c.pendingEvents().stream().anyMatch(e -> e.type() == CaseEventType.DECIDED))
                .param("state", c.state().name()).param("acceptanceDue", dates.acceptanceDue())
                .param("acceptedOn", dates.acceptedOn()).param("due", dates.due())
                .param("stopped", dates.clockStopped()).param("revision", dates.calendarRevision())
                .param("now", Timestamp.from(now)).param("id", c.id()).param("version", c.loadedVersion())
                .update();
        if (updated == 0) {
            return false;
        }
        appendEvents(c);
        if (c.currentStage() >= 0) {
            syncTasks(c.id(), c.tasks());
        }
        return true;
    }

    /** Rewrites the case's open tasks in the inbox projection (there are few per case). */
    void syncTasks(long caseId, List<CaseTask> tasks) {
        jdbc.sql("DELETE FROM casework_task WHERE case_id = :id").param("id", caseId).update();
        insertOpenTasks(caseId, tasks);
    }

    private void insertOpenTasks(long caseId, List<CaseTask> tasks) {
        for (CaseTask task : tasks) {
            if (!task.state().open()) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO casework_task (case_id, task_no, stage_index, stage_name, department_id, position_id,
                        position_name, state, claimed_by, opened_at, due_date)
                    VALUES (:caseId, :no, :stage, :stageName, :department, :position, :positionName, :state,
                        :claimedBy, :openedAt, :due)""")
                    .param("caseId", caseId).param("no", task.taskNo()).param("stage", task.stageIndex())
                    .param("stageName", task.stageName()).param("department", task.departmentId())
                    .param("position", task.positionId()).param("positionName", task.positionName())
                    .param("state", task.state().name()).param("claimedBy", task.claimedBy())
                    .param("openedAt", Timestamp.from(task.openedAt())).param("due", task.due())
                    .update();
        }
    }

    /** The open tasks of the positions, earliest due first. */
    List<InboxRow> inbox(Collection<Long> positionIds, int limit) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.number, c.version, c.state, c.item_name, c.applicant_kind, c.applicant_name,
                       t.task_no, t.stage_name, t.position_id, t.position_name, t.state, t.claimed_by, t.opened_at,
                       t.due_date, c.due_date
                FROM casework_task t JOIN casework_case c ON c.id = t.case_id
                WHERE t.position_id = ANY (CAST(:positions AS bigint[]))
                ORDER BY t.due_date NULLS LAST, t.opened_at LIMIT :limit""")
                .param("positions", positionIds.toArray(Long[]::new)).param("limit", limit)
                .query((rs, n) -> new InboxRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        CaseState.valueOf(rs.getString(4)), rs.getString(5),
                        CaseSummary.maskName(rs.getString(6), rs.getString(7)), rs.getInt(8), rs.getString(9),
                        rs.getLong(10), rs.getString(11), TaskState.valueOf(rs.getString(12)), rs.getString(13),
                        rs.getTimestamp(14).toInstant(), rs.getObject(15, LocalDate.class),
                        rs.getObject(16, LocalDate.class)))
                .list();
    }

    /** An inbox line as stored; the service adds whether the caller works it as a deputy. */
    record InboxRow(long caseId, String number, int version, CaseState caseState, String itemName,
            String applicantName, int taskNo, String stageName, long positionId, String positionName,
            TaskState state, @Nullable String claimedBy, Instant openedAt, @Nullable LocalDate due,
            @Nullable LocalDate caseDue) {
    }

    /** The case by its number, for the public query. */
    Optional<Long> idOfNumber(String number) {
        return jdbc.sql("SELECT id FROM casework_case WHERE number = :number").param("number", number)
                .query(Long.class).optional();
    }

    /** The public's view of a case, read from the projection and the event types and dates (no replay). */
    Optional<PublicRow> publicRow(long id) {
        return jdbc.sql("""
                SELECT id, number, item_code, item_name, applicant_kind, applicant_name, state, received_at,
                       accepted_on, due_date, clock_stopped, outcome, lead_department_id, query_code,
                       applicant_account_id
                FROM casework_case WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> publicRow(rs))
                .optional();
    }

    /**
     * The public's view of the case with this number and its public steps, in one statement (the 办件查询 of anyone
     * holding a receipt: the busiest read of the public site).
     */
    Optional<TrackedCase> tracked(String number) {
        return jdbc.sql("""
                SELECT c.id, c.number, c.item_code, c.item_name, c.applicant_kind, c.applicant_name, c.state,
                       c.received_at, c.accepted_on, c.due_date, c.clock_stopped, c.outcome, c.lead_department_id,
                       c.query_code, c.applicant_account_id, s.types, s.times, s.deadlines
                  FROM casework_case c
                  LEFT JOIN LATERAL (
                       SELECT array_agg(e.type ORDER BY e.seq) AS types,
                              array_agg(e.occurred_at ORDER BY e.seq) AS times,
                              array_agg(e.deadline ORDER BY e.seq) AS deadlines
                         FROM casework_case_event e
                        WHERE e.case_id = c.id AND e.type NOT IN ('TASK_CLAIMED', 'TASK_COMPLETED')) s ON TRUE
                 WHERE c.number = :number""")
                .param("number", number)
                .query((rs, n) -> new TrackedCase(publicRow(rs), steps(rs.getArray(16), rs.getArray(17),
                        rs.getArray(18))))
                .optional();
    }

    private static PublicRow publicRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublicRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                CaseSummary.maskName(rs.getString(5), rs.getString(6)), CaseState.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toInstant(), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getBoolean(11), rs.getString(12) == null ? null : Outcome.valueOf(rs.getString(12)),
                rs.getLong(13), rs.getString(14), (Long) rs.getObject(15));
    }

    record TrackedCase(PublicRow row, List<PublicCase.Step> steps) {
    }

    private static List<PublicCase.Step> steps(@Nullable Array types, @Nullable Array times,
            @Nullable Array deadlines) throws java.sql.SQLException {
        if (types == null) {
            return List.of();
        }
        String[] type = (String[]) types.getArray();
        Timestamp[] at = (Timestamp[]) times.getArray();
        java.sql.Date[] due = (java.sql.Date[]) deadlines.getArray();
        List<PublicCase.Step> steps = new java.util.ArrayList<>(type.length);
        for (int i = 0; i < type.length; i++) {
            steps.add(new PublicCase.Step(CaseEventType.valueOf(type[i]), at[i].toInstant(),
                    due[i] == null ? null : due[i].toLocalDate()));
        }
        return steps;
    }

    record PublicRow(long id, String number, String itemCode, String itemName, String applicantName,
            CaseState state, Instant receivedAt, @Nullable LocalDate acceptedOn, @Nullable LocalDate due,
            boolean clockStopped, @Nullable Outcome outcome, long leadDepartmentId, String queryCode,
            @Nullable Long applicantAccountId) {
    }

    /** The steps of a case for the public: type, instant and the deadline each set; task steps are left out. */
    List<PublicCase.Step> publicSteps(long caseId) {
        return jdbc.sql("""
                SELECT type, occurred_at, deadline FROM casework_case_event
                WHERE case_id = :id AND type NOT IN ('TASK_CLAIMED', 'TASK_COMPLETED') ORDER BY seq""")
                .param("id", caseId)
                .query((rs, n) -> new PublicCase.Step(CaseEventType.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The cases an applicant applied for online, latest first. */
    List<Long> idsOfApplicant(long applicantAccountId, int limit) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE applicant_account_id = :account ORDER BY id DESC LIMIT :limit""")
                .param("account", applicantAccountId).param("limit", limit).query(Long.class).list();
    }

    /** Decided cases for the public announcement (办件公示), latest decision first. */
    List<Long> idsDecided(int limit, int offset) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE decided_at IS NOT NULL
                ORDER BY decided_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset).query(Long.class).list();
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
        return find(id, false);
    }

    /**
     * The case's header, locked until the transaction ends: a concurrent writer of the same case waits here, then
     * reads the version the first one left — so it answers a clean conflict, never a half-read history.
     */
    Optional<StoredCase> findForUpdate(long id) {
        return find(id, true);
    }

    private static final String FIND = """
            SELECT id, number, version, item_version_id, department_ids, query_code, applicant_account_id
            FROM casework_case WHERE id = :id""";
    private static final String FIND_FOR_UPDATE = FIND + " FOR UPDATE";

    private Optional<StoredCase> find(long id, boolean lock) {
        return jdbc.sql(lock ? FIND_FOR_UPDATE : FIND)
                .param("id", id)
                .query((rs, n) -> new StoredCase(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        departments(rs.getArray(5)), rs.getString(6), (Long) rs.getObject(7)))
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
    List<Long> dueForDeemedAcceptance(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE state = 'RECEIVED' AND acceptance_due < :today
                ORDER BY acceptance_due, id LIMIT :limit""")
                .param("today", today).param("limit", limit).query(Long.class).list();
    }

    /** A lock held until the transaction ends; false when another transaction holds it. */
    boolean tryTransactionLock(String name) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:name))")
                .param("name", name).query(Boolean.class).single());
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
