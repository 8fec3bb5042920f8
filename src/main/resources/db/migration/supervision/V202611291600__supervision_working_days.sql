-- Supervision's copy of the statutory calendar, as working-day ordinals, so that the recomputation after a calendar
-- correction does its working-day arithmetic in SQL over the whole ledger without loading it into the JVM.
--
-- One row per date the calendar computes with (2005-01-01 .. 2099-12-31, about 35,000 rows). ordinal counts the
-- working days from the first date up to and including this one, so that the working days after day a up to and
-- including day b (StatutoryCalendar.workingDaysBetween) are ordinal(b) - ordinal(a), and the N-th working day is the
-- working row whose ordinal is N. The calendar module stays the only judge of which dates are working days: the rows
-- are written from StatutoryCalendar (never from the calendar module's tables) and brought up to date (only the rows
-- that differ are written) at the start of each recomputation, which runs on every CalendarCorrected.
CREATE TABLE supervision_working_day
(
    day     DATE    PRIMARY KEY,
    working BOOLEAN NOT NULL,
    ordinal INT     NOT NULL CHECK (ordinal >= 0)
);
-- the N-th working day (not unique: one statement rewrites the ordinals after a correction, shifting them)
CREATE INDEX supervision_working_day_ordinal_idx ON supervision_working_day (ordinal) WHERE working;

