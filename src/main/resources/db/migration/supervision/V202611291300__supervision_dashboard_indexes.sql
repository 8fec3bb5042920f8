-- The live dashboard (电子监察看板) reads the ledger every 30 s per viewer; at 10 million watched deadlines none of its
-- polled queries may read the whole table. What each index serves (see dashboard/DashboardSql for the queries):
--
-- Yellow and red counts by department x item: an index-only scan of the lit rows only (a few per cent of the ledger),
-- with next_change_at to leave out rows whose light the sweep is about to change (those few are read through
-- supervision_deadline_next_change_idx and classified as of now instead).
CREATE INDEX supervision_deadline_lit_tally_idx
    ON supervision_deadline (department_id, item_code, light) INCLUDE (next_change_at, item_name)
    WHERE state <> 'CLOSED' AND light <> 'GREEN';

-- Open deadlines by department x item (the totals behind the green counts): an index-only scan of the watched rows.
-- It is the one count that must touch every watched deadline, so the dashboard runs it at most every few minutes per
-- node (xiaoneng.supervision.dashboard.open-tally-max-age) and subtracts the live yellow and red counts. Lights
-- changing do not move these totals, only registrations and closings do.
CREATE INDEX supervision_deadline_open_tally_idx
    ON supervision_deadline (department_id, item_code) INCLUDE (item_name)
    WHERE state <> 'CLOSED';

-- The oldest overdue deadlines of the whole city, earliest due first (a department's use the lit index, which leads
-- with the department).
CREATE INDEX supervision_deadline_red_due_idx
    ON supervision_deadline (due_at, id)
    WHERE state <> 'CLOSED' AND light = 'RED';

-- Today's new reds and the weekly trend of new yellows and reds: a range of light changes by instant, index-only.
CREATE INDEX supervision_light_change_lit_idx
    ON supervision_light_change (changed_at) INCLUDE (to_light, department_id, deadline_id)
    WHERE to_light <> 'GREEN';
