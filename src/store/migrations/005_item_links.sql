-- What an item remembers beyond its current tracking state.
-- `last_activity_id`: the activity it was last tracked to. Untracking clears `activity_id` but
-- keeps the activity, so tracking the same item again links that activity instead of creating a
-- second one (emails find theirs by Message-ID; appointments and tasks have only this).
ALTER TABLE item ADD COLUMN last_activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL;
CREATE INDEX item_last_activity ON item (last_activity_id) WHERE last_activity_id IS NOT NULL;
-- A task's assignee as set in Outlook; never synchronized to Dynamics 365 (SPEC section 3).
ALTER TABLE item ADD COLUMN assigned_to TEXT;
