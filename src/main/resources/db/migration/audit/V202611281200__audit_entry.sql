-- The audit trail: one row per audited change, hash-chained (each row carries the hash of the one before it), written
-- only by the audit module and never changed afterwards.
--
-- seq is assigned by the appender from audit_chain_head while it holds that row's lock, not by a sequence: a sequence
-- skips numbers when a transaction rolls back, and a hole in seq must mean exactly one thing — a deleted entry.
CREATE TABLE audit_entry
(
    seq            BIGINT      NOT NULL PRIMARY KEY CHECK (seq > 0),
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
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
    prev_hash      CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL UNIQUE
);

-- The console filters; the list is ordered by seq (the primary key), newest first.
CREATE INDEX audit_entry_account_idx ON audit_entry (account, seq);
CREATE INDEX audit_entry_department_idx ON audit_entry (department_id, seq);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id, seq);
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);

-- The end of the chain. Appenders lock this single row (SELECT ... FOR UPDATE), so that appends from concurrent
-- listeners line up one behind the other; it also lets verification notice entries cut off the end of the chain.
CREATE TABLE audit_chain_head
(
    id        SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT   NOT NULL CHECK (last_seq >= 0),
    last_hash CHAR(64) NOT NULL
);
-- The genesis value: the first entry chains from 64 zeros.
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- Append-only, even against a careless SQL client: changing or removing entries is refused. (A superuser can still
-- switch triggers off; that is what the hash chain is for.)
CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- A new entry must continue the chain exactly where the head says it ends.
CREATE FUNCTION audit_entry_check_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head audit_chain_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_chain_head WHERE id = 1;
    IF NEW.seq <> head.last_seq + 1 OR NEW.prev_hash <> head.last_hash THEN
        RAISE EXCEPTION 'audit_entry % does not continue the chain at %', NEW.seq, head.last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_entry_continues_chain
    BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_check_append();

-- The head only ever moves forward by one, onto the entry just appended; it is never removed.
CREATE FUNCTION audit_chain_head_check_advance() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_chain_head: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.last_seq <> OLD.last_seq + 1
        OR NEW.last_hash IS DISTINCT FROM (SELECT e.hash FROM audit_entry e WHERE e.seq = NEW.last_seq) THEN
        RAISE EXCEPTION 'audit_chain_head may only advance onto the entry just appended'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_head_advance_only
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_check_advance();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
