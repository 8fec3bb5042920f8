-- The directory's revision: a number that changes with every committed write to the organization's tables, so that
-- every node can keep what it read from them and know, with one read of one row per transaction, whether it is still
-- current. Drawn from a sequence, never reused: a write that rolls back cannot leave behind a revision number that a
-- later, different write takes again.
CREATE SEQUENCE organization_revision_seq;

CREATE TABLE organization_revision (
    id       INT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO organization_revision (id, revision) VALUES (1, nextval('organization_revision_seq'));

CREATE FUNCTION organization_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organization_revision SET revision = nextval('organization_revision_seq') WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER organization_department_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_department FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
CREATE TRIGGER organization_function_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_function FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
CREATE TRIGGER organization_function_claim_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_function_claim FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
CREATE TRIGGER organization_staff_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_staff FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
CREATE TRIGGER organization_position_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_position FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
CREATE TRIGGER organization_absence_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_absence FOR EACH STATEMENT EXECUTE FUNCTION organization_revision_bump();
