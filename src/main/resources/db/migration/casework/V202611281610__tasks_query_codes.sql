-- Casework (issue 4, slice 2): process tasks in position inboxes, query codes, online applicants.

-- The query code printed on the receipt: with the case number, anyone holding the receipt can follow the case in the
-- portal (办件查询). Random, 8 characters of an alphabet without look-alikes.
ALTER TABLE casework_case ADD COLUMN query_code text;
UPDATE casework_case SET query_code = upper(substr(md5(random()::text || id::text), 1, 8)) WHERE query_code IS NULL;
ALTER TABLE casework_case ALTER COLUMN query_code SET NOT NULL;

-- The applicant's portal account, for applications made online (申请人账户); null for window applications.
ALTER TABLE casework_case ADD COLUMN applicant_account_id bigint;
CREATE INDEX casework_case_applicant_account ON casework_case (applicant_account_id)
    WHERE applicant_account_id IS NOT NULL;

-- Decided cases are published on the portal (办件公示), latest first.
ALTER TABLE casework_case ADD COLUMN decided_at timestamptz;
ALTER TABLE casework_case ADD COLUMN outcome text;
CREATE INDEX casework_case_published ON casework_case (decided_at DESC) WHERE decided_at IS NOT NULL;

-- The open tasks of every case, by position: the inboxes (待办). A projection of the case events, rewritten with the
-- case in the same transaction; done and cancelled tasks live in the events only.
CREATE TABLE casework_task (
    case_id        bigint      NOT NULL REFERENCES casework_case (id),
    task_no        integer     NOT NULL,
    stage_index    integer     NOT NULL,
    stage_name     text        NOT NULL,
    department_id  bigint      NOT NULL,
    position_id    bigint      NOT NULL,
    position_name  text        NOT NULL,
    state          text        NOT NULL,
    claimed_by     text,
    opened_at      timestamptz NOT NULL,
    due_date       date,
    PRIMARY KEY (case_id, task_no)
);

CREATE INDEX casework_task_position ON casework_task (position_id, due_date);
