-- Audited changes received but not chained yet. The listener that receives a change only stores it here (masked, in
-- its own transaction, without waiting for anybody); the chain writer then appends the oldest staged changes to the
-- chain in batches, holding the head's lock once per batch instead of once per change — so appends no longer wait for
-- one commit each. A staged row is durable: after a crash the writer chains it on the next start.
CREATE TABLE audit_pending
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    account        TEXT        NOT NULL,
    position       TEXT,
    deputy_for     TEXT,
    address        TEXT,
    action         TEXT        NOT NULL,
    record_type    TEXT        NOT NULL,
    record_id      TEXT        NOT NULL,
    department_id  BIGINT,
    before_summary TEXT,
    after_summary  TEXT,
    staged_at      TIMESTAMPTZ NOT NULL
);
