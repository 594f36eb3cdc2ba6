-- Where a state was copied from (issue 20): the environment's URL and when the snapshot was
-- taken. Both are empty for a state made by `init` or `generate`.
ALTER TABLE org ADD COLUMN source TEXT;
ALTER TABLE org ADD COLUMN snapshot_at TEXT;
