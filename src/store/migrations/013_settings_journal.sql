-- Every settings change made to this state (set, reset, clear, remove, import, undo): one row per
-- setting changed. `change_id` groups the rows one command wrote (the id of its first row), so
-- `settings undo` can revert that command whole. Values are JSON (the value in force); the
-- explicit columns hold what the state stored (NULL: no explicit value), which undo restores.
CREATE TABLE settings_journal (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id    INTEGER NOT NULL,
    at           TEXT    NOT NULL,  -- RFC 3339 UTC, wall-clock time of the change
    target       TEXT    NOT NULL,  -- the state file the change was made to
    setting      TEXT    NOT NULL,  -- canonical catalog spelling
    old          TEXT,              -- JSON
    new          TEXT,              -- JSON
    old_explicit TEXT,
    new_explicit TEXT,
    command      TEXT    NOT NULL
);
CREATE INDEX settings_journal_setting ON settings_journal (setting, id);
