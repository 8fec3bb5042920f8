-- The statutory calendar: every date that is not governed by the plain weekday rule (Monday-Friday work,
-- Saturday-Sunday rest). The State Council's yearly notices are loaded from calendar/notices/<year>.csv by the Java
-- migration V202611281301 (calendar.internal.NoticeDataMigration); admins correct them in the console.
CREATE TABLE calendar_day (
    day        date        PRIMARY KEY,
    -- HOLIDAY: 放假 by a State Council notice; ADJUSTED_WORKING_DAY: a weekend day worked (调休上班);
    -- LOCAL_HOLIDAY: a non-working day the city adds
    kind       varchar(32) NOT NULL CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKING_DAY', 'LOCAL_HOLIDAY')),
    name       varchar(50) NOT NULL CHECK (length(btrim(name)) > 0),
    version    integer     NOT NULL DEFAULT 0,
    -- an adjusted working day is always a Saturday or Sunday (ISO day of week 6 or 7)
    CONSTRAINT calendar_day_adjusted_on_weekend CHECK (kind <> 'ADJUSTED_WORKING_DAY' OR extract(isodow FROM day) >= 6)
);

-- Every committed change that turned a date from working to non-working or back. Deadlines record the revision
-- they were computed at; the dates changed since then tell which of them may have to be recomputed.
CREATE TABLE calendar_correction (
    revision      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_dates date[]      NOT NULL,
    account       varchar(64) NOT NULL,
    occurred_at   timestamptz NOT NULL
);
