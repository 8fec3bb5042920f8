-- Casework (issue 4, slice 1): cases as event streams.
-- casework_case_event is the source of truth; casework_case is the current-state projection (for lists, scope,
-- sweeps and optimistic locking: every change updates it WHERE version = the version read, then appends events).

CREATE SEQUENCE casework_case_id_seq;

CREATE TABLE casework_case (
    id                  bigint PRIMARY KEY,
    -- year + lead department code + the id: unique, and gaps (rolled-back receipts) are harmless
    number              text        NOT NULL UNIQUE,
    item_version_id     bigint      NOT NULL,
    item_id             bigint      NOT NULL,
    item_code           text        NOT NULL,
    item_name           text        NOT NULL,
    lead_department_id  bigint      NOT NULL,
    -- the departments whose staff see the case: lead, joint, process task departments, the service center
    department_ids      bigint[]    NOT NULL,
    state               text        NOT NULL,
    applicant_kind      text        NOT NULL,
    applicant_name      text        NOT NULL,
    channel             text        NOT NULL,
    received_at         timestamptz NOT NULL,
    acceptance_due      date        NOT NULL,
    accepted_on         date,
    due_date            date,
    clock_stopped       boolean     NOT NULL DEFAULT false,
    calendar_revision   bigint      NOT NULL,
    version             integer     NOT NULL,
    updated_at          timestamptz NOT NULL
);

-- the deemed-acceptance sweep (行政许可法 art. 32) reads only cases still waiting for an intake decision
CREATE INDEX casework_case_intake_due ON casework_case (acceptance_due) WHERE state = 'RECEIVED';
CREATE INDEX casework_case_departments ON casework_case USING gin (department_ids);

CREATE TABLE casework_case_event (
    case_id          bigint      NOT NULL REFERENCES casework_case (id),
    seq              integer     NOT NULL,
    type             text        NOT NULL,
    payload          jsonb       NOT NULL,
    actor_account    text        NOT NULL,
    acting_position  text,
    deputy_for       text,
    occurred_at      timestamptz NOT NULL,
    -- the deadline this event set (as announced at the time; the case's dates are recomputed from the history)
    deadline         date,
    PRIMARY KEY (case_id, seq)
);

-- Events are history: never changed, never removed.
CREATE FUNCTION casework_refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'casework_case_event rows are immutable';
END;
$$;

CREATE TRIGGER casework_case_event_immutable
    BEFORE UPDATE OR DELETE ON casework_case_event
    FOR EACH ROW EXECUTE FUNCTION casework_refuse_event_change();

-- Client retries of a receipt: the same Idempotency-Key never creates two cases. The key row is written first, in
-- the same transaction as the case; a concurrent request with the same key waits on the unique index and then
-- finds the case.
CREATE TABLE casework_idempotency_key (
    idempotency_key  text        PRIMARY KEY,
    account          text        NOT NULL,
    request_hash     text        NOT NULL,
    case_id          bigint      NOT NULL REFERENCES casework_case (id) DEFERRABLE INITIALLY DEFERRED,
    created_at       timestamptz NOT NULL
);
