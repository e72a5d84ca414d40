-- Issue 9, item 3: a record withdrawn (deleted) by mistake keeps a DELETED entry in the audit trail with its
-- last state and the reason given.
ALTER TABLE audit_event ADD COLUMN reason text;
