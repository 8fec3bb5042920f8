-- The sweep's index moves to a narrow table of its own, so that a recomputation can rewrite the ledger's rows in place.
--
-- A calendar correction moves the yellow instants, and with them the next change instants, of up to a fifth of the
-- ledger. While next_change_at was indexed on the ledger itself (the sweep's partial index, and the lit tally index
-- carried it too), every such rewrite was a full new row version with an entry in each of the ledger's eight
-- indexes; profiled, most of a recomputation's CPU went into those index insertions and the index clean-ups they
-- caused. Now no index of supervision_deadline holds next_change_at, and a little room is left on each page
-- (fillfactor 80), so a recomputation's rewrite stays on its page and touches no index (a HOT update); only the narrow
-- watch row below is rewritten with its two small indexes.
--
-- supervision_deadline.next_change_at stays the one place the code writes: statement triggers copy it, set-based from
-- the statement's transition tables, into supervision_deadline_watch (a row per deadline with a next change; none
-- when it is NULL) within the same statement, whichever way the ledger is written. The sweep and the dashboard's
-- "about to change" reads find their rows through supervision_deadline_watch_next_idx.
CREATE TABLE supervision_deadline_watch
(
    deadline_id    BIGINT PRIMARY KEY,
    next_change_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX supervision_deadline_watch_next_idx ON supervision_deadline_watch (next_change_at);

INSERT INTO supervision_deadline_watch (deadline_id, next_change_at)
SELECT id, next_change_at FROM supervision_deadline WHERE next_change_at IS NOT NULL;

CREATE FUNCTION supervision_deadline_watch_inserted() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO supervision_deadline_watch (deadline_id, next_change_at)
    SELECT id, next_change_at FROM inserted_rows WHERE next_change_at IS NOT NULL
    ON CONFLICT (deadline_id) DO UPDATE SET next_change_at = EXCLUDED.next_change_at;
    RETURN NULL;
END
$$;

CREATE FUNCTION supervision_deadline_watch_updated() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM supervision_deadline_watch w
     USING new_rows n JOIN old_rows o ON o.id = n.id
     WHERE w.deadline_id = n.id AND n.next_change_at IS NULL AND o.next_change_at IS NOT NULL;
    INSERT INTO supervision_deadline_watch (deadline_id, next_change_at)
    SELECT n.id, n.next_change_at FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.next_change_at IS NOT NULL AND n.next_change_at IS DISTINCT FROM o.next_change_at
    ON CONFLICT (deadline_id) DO UPDATE SET next_change_at = EXCLUDED.next_change_at;
    RETURN NULL;
END
$$;

CREATE FUNCTION supervision_deadline_watch_deleted() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM supervision_deadline_watch w USING old_rows o WHERE w.deadline_id = o.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER supervision_deadline_watch_inserted AFTER INSERT ON supervision_deadline
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION supervision_deadline_watch_inserted();
CREATE TRIGGER supervision_deadline_watch_updated AFTER UPDATE ON supervision_deadline
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION supervision_deadline_watch_updated();
CREATE TRIGGER supervision_deadline_watch_deleted AFTER DELETE ON supervision_deadline
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION supervision_deadline_watch_deleted();

DROP INDEX supervision_deadline_next_change_idx;
DROP INDEX supervision_deadline_lit_tally_idx;
CREATE INDEX supervision_deadline_lit_tally_idx
    ON supervision_deadline (item_code, light, department_id) INCLUDE (item_name)
    WHERE state <> 'CLOSED' AND light <> 'GREEN';

ALTER TABLE supervision_deadline SET (fillfactor = 80);
