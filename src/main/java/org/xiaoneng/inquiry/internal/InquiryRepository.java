package org.xiaoneng.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryEventType;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.InquirySummary;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.PersonalData;

/** First inquiries in SQL: the inquiry row (current state, optimistic version), its events, idempotency keys. */
@Repository
class InquiryRepository {

    private static final String COLUMNS = """
            id, inquirer_name, contact_phone, channel, subject, item_code, item_name, receiver_account,
            receiver_staff_id, receiver_staff_name, receiver_position_id, receiver_position_name,
            receiver_department_id, state, desk_position_id, desk_position_name, desk_department_id, hand_on_note,
            confirmed_by, confirmed_at, answer, answered_by, answered_at, recorded_at, version""";

    private static final String SUMMARY = """
            SELECT id, version, inquirer_name, contact_phone, channel, subject, item_code, receiver_staff_name,
                   receiver_position_name, state, desk_position_id, desk_position_name, recorded_at,
                   (state <> 'ANSWERED' AND recorded_at <= :cutoff) AS unresolved
              FROM inquiry_first_inquiry
            """;

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('inquiry_first_inquiry', 'id'))").query(Long.class)
                .single();
    }

    /**
     * Claims the idempotency key for a new inquiry id; empty when claimed now, else the key's earlier claim. A
     * concurrent claim of the same key waits on the primary key until the first transaction ends.
     */
    Optional<KeyClaim> claimKey(String key, String account, String requestHash, long inquiryId, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO inquiry_idempotency_key (idempotency_key, account, request_hash, inquiry_id, created_at)
                VALUES (:key, :account, :hash, :id, :now) ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("key", key).param("account", account).param("hash", requestHash).param("id", inquiryId)
                .param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT account, request_hash, inquiry_id FROM inquiry_idempotency_key WHERE idempotency_key = :key""")
                .param("key", key)
                .query((rs, n) -> new KeyClaim(rs.getString(1), rs.getString(2), rs.getLong(3))).single());
    }

    record KeyClaim(String account, String requestHash, long inquiryId) {
    }

    /** A new inquiry at version 1, with every step it recorded so far. */
    void insert(FirstInquiry inquiry, Instant now) {
        Receiver receiver = inquiry.receiver();
        Desk desk = inquiry.desk();
        jdbc.sql("""
                INSERT INTO inquiry_first_inquiry (id, inquirer_name, contact_phone, channel, subject, item_code,
                    item_name, receiver_account, receiver_staff_id, receiver_staff_name, receiver_position_id,
                    receiver_position_name, receiver_department_id, state, desk_position_id, desk_position_name,
                    desk_department_id, hand_on_note, confirmed_by, confirmed_at, answer, answered_by, answered_at,
                    recorded_at, updated_at, version)
                VALUES (:id, :name, :phone, :channel, :subject, :itemCode, :itemName, :account, :staffId, :staffName,
                    :positionId, :positionName, :departmentId, :state, :deskId, :deskName, :deskDepartment, :note,
                    :confirmedBy, :confirmedAt, :answer, :answeredBy, :answeredAt, :recordedAt, :now, 1)""")
                .param("id", inquiry.id()).param("name", inquiry.inquirerName())
                .param("phone", inquiry.contactPhone()).param("channel", inquiry.channel().name())
                .param("subject", inquiry.subject()).param("itemCode", inquiry.itemCode())
                .param("itemName", inquiry.itemName()).param("account", receiver.account())
                .param("staffId", receiver.staffId()).param("staffName", receiver.staffName())
                .param("positionId", receiver.positionId()).param("positionName", receiver.positionName())
                .param("departmentId", receiver.departmentId()).param("state", inquiry.state().name())
                .param("deskId", desk == null ? null : desk.positionId())
                .param("deskName", desk == null ? null : desk.positionName())
                .param("deskDepartment", desk == null ? null : desk.departmentId())
                .param("note", inquiry.handOnNote()).param("confirmedBy", inquiry.confirmedBy())
                .param("confirmedAt", timestamp(inquiry.confirmedAt())).param("answer", inquiry.answer())
                .param("answeredBy", inquiry.answeredBy()).param("answeredAt", timestamp(inquiry.answeredAt()))
                .param("recordedAt", Timestamp.from(inquiry.recordedAt())).param("now", Timestamp.from(now))
                .update();
        appendEvents(inquiry);
    }

    /**
     * Saves what the inquiry recorded since it was loaded, only if nobody changed it since it was read; false when the
     * version moved — nothing was written.
     */
    boolean update(FirstInquiry inquiry, Instant now) {
        Desk desk = inquiry.desk();
        int updated = jdbc.sql("""
                UPDATE inquiry_first_inquiry SET state = :state, desk_position_id = :deskId,
                    desk_position_name = :deskName, desk_department_id = :deskDepartment, hand_on_note = :note,
                    confirmed_by = :confirmedBy, confirmed_at = :confirmedAt, answer = :answer,
                    answered_by = :answeredBy, answered_at = :answeredAt, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("state", inquiry.state().name())
                .param("deskId", desk == null ? null : desk.positionId())
                .param("deskName", desk == null ? null : desk.positionName())
                .param("deskDepartment", desk == null ? null : desk.departmentId())
                .param("note", inquiry.handOnNote()).param("confirmedBy", inquiry.confirmedBy())
                .param("confirmedAt", timestamp(inquiry.confirmedAt())).param("answer", inquiry.answer())
                .param("answeredBy", inquiry.answeredBy()).param("answeredAt", timestamp(inquiry.answeredAt()))
                .param("now", Timestamp.from(now)).param("id", inquiry.id())
                .param("version", inquiry.loadedVersion())
                .update();
        if (updated == 0) {
            return false;
        }
        appendEvents(inquiry);
        return true;
    }

    private void appendEvents(FirstInquiry inquiry) {
        for (InquiryEvent event : inquiry.pendingEvents()) {
            jdbc.sql("""
                    INSERT INTO inquiry_event (inquiry_id, seq, type, account, position, deputy_for,
                        desk_position_id, desk_position_name, text, occurred_at)
                    VALUES (:id, :seq, :type, :account, :position, :deputyFor, :deskId, :deskName, :text, :at)""")
                    .param("id", inquiry.id()).param("seq", event.seq()).param("type", event.type().name())
                    .param("account", event.actor().account()).param("position", event.actor().position())
                    .param("deputyFor", event.actor().deputyFor()).param("deskId", event.deskPositionId())
                    .param("deskName", event.deskName()).param("text", event.text())
                    .param("at", Timestamp.from(event.occurredAt()))
                    .update();
        }
    }

    Optional<FirstInquiry> find(long id) {
        return load(id, "");
    }

    /** The inquiry, its row locked until the transaction ends: a concurrent writer waits, then finds the version moved. */
    Optional<FirstInquiry> findForUpdate(long id) {
        return load(id, " FOR UPDATE");
    }

    private Optional<FirstInquiry> load(long id, String lock) {
        // the row first (locked when asked), then its events: read after the lock, they are complete
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry_first_inquiry WHERE id = :id" + lock)
                .param("id", id)
                .query((rs, n) -> inquiry(rs))
                .optional()
                .map(withEvents -> withEvents.apply(events(id)));
    }

    Optional<Integer> version(long id) {
        return jdbc.sql("SELECT version FROM inquiry_first_inquiry WHERE id = :id").param("id", id)
                .query(Integer.class).optional();
    }

    /** Whether the account took a step in the inquiry (confirmed or answered it as a deputy, say). */
    boolean tookPart(long id, String account) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inquiry_event WHERE inquiry_id = :id AND account = :account)")
                .param("id", id).param("account", account).query(Boolean.class).single();
    }

    private List<InquiryEvent> events(long id) {
        return jdbc.sql("""
                SELECT seq, type, account, position, deputy_for, occurred_at, text, desk_position_id,
                       desk_position_name
                  FROM inquiry_event WHERE inquiry_id = :id ORDER BY seq""")
                .param("id", id)
                .query((rs, n) -> new InquiryEvent(rs.getInt("seq"), InquiryEventType.valueOf(rs.getString("type")),
                        new Actor(rs.getString("account"), rs.getString("position"), rs.getString("deputy_for"),
                                null),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("text"),
                        rs.getObject("desk_position_id", Long.class), rs.getString("desk_position_name")))
                .list();
    }

    /** Inquiries the account received first, latest first. */
    List<InquirySummary> receivedBy(String account, Instant cutoff, int limit) {
        return jdbc.sql(SUMMARY + " WHERE receiver_account = :account ORDER BY recorded_at DESC, id DESC LIMIT :limit")
                .param("account", account).param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    /** Inquiries the account still owns (not answered, not confirmed by a desk) logged at or before the cutoff. */
    List<InquirySummary> unresolvedOf(String account, Instant cutoff, int limit) {
        return jdbc.sql(SUMMARY + """
                 WHERE receiver_account = :account AND state IN ('RECORDED', 'HANDED_ON') AND recorded_at <= :cutoff
                 ORDER BY recorded_at, id LIMIT :limit""")
                .param("account", account).param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    /** Inquiries handed to the desks and not answered yet (to confirm, or confirmed and to answer), oldest first. */
    List<InquirySummary> atDesks(Collection<Long> positionIds, Instant cutoff, int limit) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + """
                 WHERE desk_position_id = ANY (CAST(:positions AS bigint[])) AND state IN ('HANDED_ON', 'CONFIRMED')
                 ORDER BY recorded_at, id LIMIT :limit""")
                .param("positions", positionIds.toArray(Long[]::new)).param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    /**
     * Inquiries of the departments in scope (received there or handed to a desk there), latest first; only the
     * unresolved ones when asked.
     */
    List<InquirySummary> inScope(DataScope scope, boolean onlyUnresolved, Instant cutoff, int limit) {
        return jdbc.sql(SUMMARY + """
                 WHERE (:all OR receiver_department_id = ANY (CAST(:departments AS bigint[]))
                        OR desk_department_id = ANY (CAST(:departments AS bigint[])))
                   AND (NOT :onlyUnresolved OR (state <> 'ANSWERED' AND recorded_at <= :cutoff))
                 ORDER BY recorded_at DESC, id DESC LIMIT :limit""")
                .param("all", scope.all()).param("departments", scope.departmentIdArray())
                .param("onlyUnresolved", onlyUnresolved).param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    private static InquirySummary summary(ResultSet rs) throws SQLException {
        return new InquirySummary(rs.getLong("id"), rs.getInt("version"), rs.getString("inquirer_name"),
                PersonalData.maskPhone(rs.getString("contact_phone")),
                InquiryChannel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("item_code"),
                rs.getString("receiver_staff_name"), rs.getString("receiver_position_name"),
                InquiryState.valueOf(rs.getString("state")), rs.getObject("desk_position_id", Long.class),
                rs.getString("desk_position_name"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("unresolved"), null);
    }

    private static Function<List<InquiryEvent>, FirstInquiry> inquiry(ResultSet rs) throws SQLException {
        Long deskId = rs.getObject("desk_position_id", Long.class);
        Desk desk = deskId == null ? null
                : new Desk(deskId, rs.getString("desk_position_name"), rs.getLong("desk_department_id"));
        Receiver receiver = new Receiver(rs.getString("receiver_account"), rs.getLong("receiver_staff_id"),
                rs.getString("receiver_staff_name"), rs.getLong("receiver_position_id"),
                rs.getString("receiver_position_name"), rs.getLong("receiver_department_id"));
        long id = rs.getLong("id");
        String name = rs.getString("inquirer_name");
        String phone = rs.getString("contact_phone");
        InquiryChannel channel = InquiryChannel.valueOf(rs.getString("channel"));
        String subject = rs.getString("subject");
        String itemCode = rs.getString("item_code");
        String itemName = rs.getString("item_name");
        Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
        int version = rs.getInt("version");
        InquiryState state = InquiryState.valueOf(rs.getString("state"));
        String note = rs.getString("hand_on_note");
        String confirmedBy = rs.getString("confirmed_by");
        Instant confirmedAt = instant(rs.getTimestamp("confirmed_at"));
        String answer = rs.getString("answer");
        String answeredBy = rs.getString("answered_by");
        Instant answeredAt = instant(rs.getTimestamp("answered_at"));
        return events -> FirstInquiry.restore(id, name, phone, channel, subject, itemCode, itemName, receiver,
                recordedAt, version, state, desk, note, confirmedBy, confirmedAt, answer, answeredBy, answeredAt,
                events);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
