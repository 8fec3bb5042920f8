-- 办件评价: the applicant's rating of a closed case, once per case, on the five levels. Stored against the case, the
-- item, the lead department and the staff who handled it (the accounts that completed its tasks, decided and
-- delivered it), for the assessment of the service.
CREATE TABLE casework_rating (
    case_id               bigint      PRIMARY KEY REFERENCES casework_case (id),
    item_id               bigint      NOT NULL,
    item_code             text        NOT NULL,
    lead_department_id    bigint      NOT NULL,
    staff_accounts        text[]      NOT NULL,
    level                 text        NOT NULL,
    comment               text,
    rated_at              timestamptz NOT NULL,
    applicant_account_id  bigint      NOT NULL
);

CREATE INDEX casework_rating_department ON casework_rating (lead_department_id, rated_at);
CREATE INDEX casework_rating_item ON casework_rating (item_id, rated_at);
CREATE INDEX casework_rating_staff ON casework_rating USING gin (staff_accounts);
