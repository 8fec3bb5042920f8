-- The notification outbox: one row per message and channel, written in the transaction of the change that caused it
-- (so a rolled-back change sends nothing) and delivered afterwards by the dispatcher.
--
-- message_id is the stable identity of a row towards the gateways (SMTP Message-ID, SMS requestId): a retry after a
-- crash between "sent" and "marked SENT" carries the same id, so the receiving side can recognise it.
-- (idempotency_key, channel) is unique: the same key never queues a second message on a channel.
-- While a dispatcher works on a row it moves next_attempt_at forward by a lease; a node that dies mid-send leaves the
-- row PENDING and another node retries it when the lease runs out.
CREATE TABLE notification_message
(
    id              BIGSERIAL   PRIMARY KEY,
    message_id      UUID        NOT NULL UNIQUE,
    idempotency_key TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('PORTAL', 'EMAIL', 'SMS')),
    recipient_ref   TEXT        NOT NULL,
    recipient_name  TEXT        NOT NULL,
    address         TEXT,
    subject_ref     TEXT        NOT NULL,
    template_key    TEXT        NOT NULL,
    locale          TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    department_id   BIGINT,
    state           TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    read_at         TIMESTAMPTZ,
    UNIQUE (idempotency_key, channel)
);

-- The dispatcher's claim looks only at due pending rows.
CREATE INDEX notification_message_due_idx ON notification_message (next_attempt_at) WHERE state = 'PENDING';
-- The applicant's inbox (portal channel), newest first.
CREATE INDEX notification_message_inbox_idx ON notification_message (recipient_ref, created_at)
    WHERE channel = 'PORTAL';
-- The console's list of recent messages.
CREATE INDEX notification_message_created_idx ON notification_message (created_at);
