-- Uploaded forms and samples are as immutable as the versions that name them: a deleted file would leave a published
-- version pointing at nothing. The first guard refused UPDATE only; it now refuses DELETE too.
DROP TRIGGER catalog_file_frozen ON catalog_file;

CREATE TRIGGER catalog_file_frozen
    BEFORE UPDATE OR DELETE ON catalog_file
    FOR EACH ROW EXECUTE FUNCTION catalog_refuse_change();
