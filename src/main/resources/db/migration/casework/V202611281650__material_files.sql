-- Casework: material files (申请材料附件) of a case. Immutable: a replacement is a new row, nothing is updated or
-- deleted (a trigger refuses both), so what was seen when the case was decided stays what it was.
-- The content is stored here, in bytea, so that a file commits (or rolls back) together with its record and its
-- audit event, and a crash never leaves a record without its file or an orphan file. The trade-off: the database
-- grows with the files (size-limited by xiaoneng.casework.max-file-size, 10MB by default) and backups with it; a move
-- to object storage later keeps this table as the index (sha256 as the key).
CREATE SEQUENCE casework_material_file_id_seq;

CREATE TABLE casework_material_file (
    id                 bigint      PRIMARY KEY DEFAULT nextval('casework_material_file_id_seq'),
    case_id            bigint      NOT NULL REFERENCES casework_case (id),
    -- the material's name as the item version lists it
    material           text        NOT NULL,
    -- the uploader's filename without path parts
    original_filename  text        NOT NULL CHECK (length(original_filename) BETWEEN 1 AND 200),
    content_type       text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes         bigint      NOT NULL CHECK (size_bytes > 0),
    sha256             char(64)    NOT NULL,
    content            bytea       NOT NULL,
    uploaded_by        text        NOT NULL,
    uploaded_at        timestamptz NOT NULL
);

CREATE INDEX casework_material_file_case ON casework_material_file (case_id);

CREATE FUNCTION casework_material_file_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'casework_material_file rows are immutable';
END $$;

CREATE TRIGGER casework_material_file_immutable BEFORE UPDATE OR DELETE ON casework_material_file
    FOR EACH ROW EXECUTE FUNCTION casework_material_file_immutable();
