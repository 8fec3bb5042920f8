-- Supervision also watches an approval's licence issuance (发证期限, 10 working days, 行政许可法 art. 44):
-- subject CASE_LICENCE, subject_ref case:12:licence.
ALTER TABLE supervision_deadline DROP CONSTRAINT supervision_deadline_subject_type_check;
ALTER TABLE supervision_deadline ADD CONSTRAINT supervision_deadline_subject_type_check
    CHECK (subject_type IN ('CASE_ACCEPTANCE', 'CASE', 'CASE_TASK', 'CASE_LICENCE'));
