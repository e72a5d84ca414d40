-- Issue 9, item 1: the day an Action-Month plan reached the commune, entered by the coordinator when a
-- paper plan is typed in later; target 2's timeliness is computed from it. Existing plans reached the
-- commune the day they were recorded (in Vietnam).
ALTER TABLE action_month_plan ADD COLUMN received_on date;
UPDATE action_month_plan SET received_on = (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
ALTER TABLE action_month_plan ALTER COLUMN received_on SET NOT NULL;
