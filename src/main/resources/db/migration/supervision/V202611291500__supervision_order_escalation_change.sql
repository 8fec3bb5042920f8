-- The newest light change of an order's response deadline that its escalation follows (or, after a send back, the
-- last change from before it): a change delivered late or again with a lower id is stale and escalates nothing.
ALTER TABLE supervision_order ADD COLUMN escalation_change_id BIGINT;
