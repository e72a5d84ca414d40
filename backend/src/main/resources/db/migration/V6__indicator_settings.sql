-- How target 3 counts change against the 2025 baseline: percentage points (default) or relative %.
ALTER TABLE plan_target
    ADD COLUMN change_mode varchar(10) NOT NULL DEFAULT 'POINTS' CHECK (change_mode IN ('POINTS', 'RELATIVE'));
