-- Violations of the rules of conduct (a second correction notice, acting without the position, off-center intake, ...)
-- also lead to an efficiency warning: this many of one person within the warning window (0: they do not). Overdue
-- steps and cases are not counted here: their red lights count already.
ALTER TABLE supervision_policy
    ADD COLUMN warning_violations INT NOT NULL DEFAULT 2 CHECK (warning_violations BETWEEN 0 AND 100);
