-- The light history without its foreign key to the ledger: the key was checked row by row (one lookup and row lock
-- of the deadline per change, a trigger each) inside the sweep's statement, a cost per light change the set-based
-- sweep otherwise does not have. Nothing it guarded can happen: the history is written by the sweep alone, from the
-- rows it has just updated in the same statement, and no watched deadline is ever deleted (a closed one stays).
ALTER TABLE supervision_light_change DROP CONSTRAINT supervision_light_change_deadline_id_fkey;
