package org.xiaoneng.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.DeliveryState;
import org.xiaoneng.notification.InboxMessage;
import org.xiaoneng.notification.NotificationView;
import org.xiaoneng.platform.DataScope;

/** The outbox table: queue, claim, settle, and the reads of the inbox and the console. */
@Repository
public class Outbox {

    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row, unless the key already queued one on this channel: then nothing and an empty result. */
    Optional<Long> insert(NewMessage m, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification_message (message_id, idempotency_key, channel, recipient_ref, recipient_name,
                       address, subject_ref, template_key, locale, title, body, department_id, state, next_attempt_at,
                       created_at, sent_at)
                VALUES (:messageId, :key, :channel, :ref, :name, :address, :subject, :template, :locale, :title, :body,
                       :department, :state, :now, :now, :sentAt)
                ON CONFLICT (idempotency_key, channel) DO NOTHING
                RETURNING id""")
                .param("messageId", UUID.randomUUID())
                .param("key", m.idempotencyKey())
                .param("channel", m.channel().name())
                .param("ref", m.recipientReference())
                .param("name", m.recipientName())
                .param("address", m.address())
                .param("subject", m.subjectReference())
                .param("template", m.template())
                .param("locale", m.locale())
                .param("title", m.title())
                .param("body", m.body())
                .param("department", m.departmentId())
                // the portal inbox is the delivery itself: stored is sent
                .param("state", (m.channel() == Channel.PORTAL ? DeliveryState.SENT : DeliveryState.PENDING).name())
                .param("now", at(now))
                .param("sentAt", m.channel() == Channel.PORTAL ? at(now) : null)
                .query(Long.class)
                .optional();
    }

    /**
     * Claims up to {@code limit} due rows for this dispatcher: counts the attempt and moves them out of sight of other
     * dispatchers until {@code leaseUntil}. Rows another dispatcher is claiming right now are skipped, not waited for.
     */
    List<OutgoingMessage> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE notification_message m SET attempts = m.attempts + 1, next_attempt_at = :leaseUntil
                 WHERE m.id IN (SELECT id FROM notification_message
                                 WHERE state = 'PENDING' AND next_attempt_at <= :now
                                 ORDER BY next_attempt_at, id LIMIT :limit
                                 FOR UPDATE SKIP LOCKED)
                RETURNING m.id, m.message_id, m.channel, m.address, m.title, m.body, m.attempts""")
                .param("now", at(now))
                .param("leaseUntil", at(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new OutgoingMessage(rs.getLong("id"), rs.getObject("message_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("title"),
                        rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /** Sent: final, whatever happened to the row meanwhile (a message that went out must never go out again). */
    void markSent(long id, Instant now) {
        jdbc.sql("""
                UPDATE notification_message SET state = 'SENT', sent_at = :now, last_error = NULL
                 WHERE id = :id AND state = 'PENDING'""")
                .param("id", id).param("now", at(now)).update();
    }

    /** Skipped: the channel has no gateway here. */
    void markSkipped(long id, String reason) {
        jdbc.sql("UPDATE notification_message SET state = 'SKIPPED', last_error = :reason WHERE id = :id AND state = 'PENDING'")
                .param("id", id).param("reason", reason).update();
    }

    /**
     * A failed attempt: retry at {@code retryAt}, or FAILED when {@code retryAt} is null. Only the attempt that still
     * owns the row settles it (a late answer must not undo a later attempt's success).
     */
    void markAttemptFailed(long id, int attempt, String error, @Nullable Instant retryAt) {
        jdbc.sql("""
                UPDATE notification_message
                   SET state = CASE WHEN CAST(:retryAt AS TIMESTAMPTZ) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                       next_attempt_at = COALESCE(CAST(:retryAt AS TIMESTAMPTZ), next_attempt_at),
                       last_error = :error
                 WHERE id = :id AND state = 'PENDING' AND attempts = :attempt""")
                .param("id", id).param("attempt", attempt)
                .param("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .param("retryAt", retryAt == null ? null : at(retryAt))
                .update();
    }

    /** Newest first, of the departments in scope (rows without a department only for an all scope). */
    public List<NotificationView> recent(DataScope scope, @Nullable DeliveryState state, int limit) {
        return jdbc.sql("""
                SELECT id, message_id, channel, recipient_name, address, subject_ref, template_key, state, attempts,
                       last_error, created_at, next_attempt_at, sent_at
                  FROM notification_message
                 WHERE (:all OR department_id = ANY(:ids))
                   AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                 ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("all", scope.all())
                .param("ids", scope.departmentIdArray())
                .param("state", state == null ? null : state.name())
                .param("limit", limit)
                .query(Outbox::view)
                .list();
    }

    public List<InboxMessage> inbox(String recipientReference, int limit) {
        return jdbc.sql("""
                SELECT id, subject_ref, title, body, created_at, read_at FROM notification_message
                 WHERE recipient_ref = :ref AND channel = 'PORTAL'
                 ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("ref", recipientReference)
                .param("limit", limit)
                .query((rs, row) -> new InboxMessage(rs.getLong("id"), rs.getString("subject_ref"),
                        rs.getString("title"), rs.getString("body"), instant(rs, "created_at"),
                        instant(rs, "read_at")))
                .list();
    }

    public int unread(String recipientReference) {
        return jdbc.sql("""
                SELECT count(*) FROM notification_message
                 WHERE recipient_ref = :ref AND channel = 'PORTAL' AND read_at IS NULL""")
                .param("ref", recipientReference).query(Integer.class).single();
    }

    /** What marking a message read did. */
    public enum ReadMark {
        /** The message was unread and is read now. */
        MARKED,
        /** It was read before: nothing changed. */
        ALREADY_READ,
        /** Not the recipient's inbox message (or not there). */
        NOT_FOUND
    }

    /** Marks the recipient's own inbox message read, once: the first read's instant stays. */
    public ReadMark markRead(String recipientReference, long id, Instant now) {
        int marked = jdbc.sql("""
                UPDATE notification_message SET read_at = :now
                 WHERE id = :id AND recipient_ref = :ref AND channel = 'PORTAL' AND read_at IS NULL""")
                .param("id", id).param("ref", recipientReference).param("now", at(now))
                .update();
        if (marked == 1) {
            return ReadMark.MARKED;
        }
        boolean theirs = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM notification_message
                                WHERE id = :id AND recipient_ref = :ref AND channel = 'PORTAL')""")
                .param("id", id).param("ref", recipientReference).query(Boolean.class).single();
        return theirs ? ReadMark.ALREADY_READ : ReadMark.NOT_FOUND;
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return new NotificationView(rs.getLong("id"), rs.getObject("message_id", UUID.class), channel,
                rs.getString("recipient_name"), Masking.address(channel, rs.getString("address")),
                rs.getString("subject_ref"), rs.getString("template_key"), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
