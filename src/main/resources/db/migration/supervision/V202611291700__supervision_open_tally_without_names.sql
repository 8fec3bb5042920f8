-- The open tally index without the item's name: an index with INCLUDE columns cannot deduplicate, so it held one
-- entry of ~70 bytes per watched deadline (57 MB per million) spread over the department x item keys, and every
-- rewrite of a row that cannot be a HOT update (the recomputation after a calendar correction moves yellow and next
-- change instants) inserted into a random page of it: the largest share of the recomputation's buffer misses. On
-- (department_id, item_code) alone it deduplicates to a posting list per key (about a tenth of the size) and stays
-- in memory. The open totals read the counts from it (index-only) and each department and item's name from one row.
DROP INDEX supervision_deadline_open_tally_idx;
CREATE INDEX supervision_deadline_open_tally_idx
    ON supervision_deadline (department_id, item_code)
    WHERE state <> 'CLOSED';
