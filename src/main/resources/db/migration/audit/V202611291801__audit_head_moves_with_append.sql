-- The head moves onto each entry as it is appended, in the database, by the append itself: a batch of entries is then
-- one batched insert, where the application had to move the head with an update of its own after every entry (the
-- append check reads the head, so the next entry could not be inserted before). The head's own check (advance by one,
-- onto the entry just appended) holds as before: the entry exists when this trigger, AFTER INSERT, runs.
CREATE FUNCTION audit_entry_advance_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_entry_advances_head
    AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_advance_head();
