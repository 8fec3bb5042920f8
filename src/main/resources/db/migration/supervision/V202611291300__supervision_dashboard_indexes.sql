-- The live dashboard (电子监察看板) reads the ledger every 30 s per viewer; at 10 million watched deadlines none of its
-- polled queries may read the whole table. What each index serves (see dashboard/DashboardSql for the queries; every
-- query also reads the few rows whose light the sweep is about to change through supervision_deadline_next_change_idx
-- and classifies them as of now). The sweep's bench compares it with a bare UPDATE of the same table, which pays for
-- these indexes as well.
--
-- Yellow and red counts by department x item: an index-only scan of the lit rows only (a few per cent of the ledger);
-- led by the item, it also serves an item's yellow or red drill-down (a department's uses
-- supervision_deadline_lit_idx, which leads with the department).
CREATE INDEX supervision_deadline_lit_tally_idx
    ON supervision_deadline (item_code, light, department_id) INCLUDE (next_change_at, item_name)
    WHERE state <> 'CLOSED' AND light <> 'GREEN';

-- Open deadlines by department x item (the totals behind the green counts): an index-only scan of the watched rows.
-- It is the one count that must touch every watched deadline, so the dashboard runs it at most every few minutes per
-- node (xiaoneng.supervision.dashboard.open-tally-max-age) and subtracts the live yellow and red counts. Lights
-- changing do not move these totals, only registrations and closings do.
CREATE INDEX supervision_deadline_open_tally_idx
    ON supervision_deadline (department_id, item_code) INCLUDE (item_name)
    WHERE state <> 'CLOSED';

-- The whole city's lists in due order, one light at a time (the oldest overdue, the yellow and red list, a drill-down
-- by light): an ordered scan that stops after the rows shown.
CREATE INDEX supervision_deadline_light_due_idx
    ON supervision_deadline (light, due_at, id)
    WHERE state <> 'CLOSED';

-- Today's new reds and the weekly trend of new yellows and reds: a range of light changes by instant, index-only.
CREATE INDEX supervision_light_change_lit_idx
    ON supervision_light_change (changed_at) INCLUDE (to_light, department_id, deadline_id)
    WHERE to_light <> 'GREEN';
