-- The org (one row) and the settings explicitly set on it. A setting absent here has its
-- catalog default for the org's version.
CREATE TABLE org (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL,
    version       TEXT    NOT NULL,
    clock         TEXT    NOT NULL,  -- simulated time, RFC 3339 UTC
    cycle_minutes INTEGER NOT NULL DEFAULT 15,
    created_at    TEXT    NOT NULL
);

CREATE TABLE setting_value (
    name       TEXT PRIMARY KEY,      -- canonical catalog spelling
    value      TEXT NOT NULL,         -- canonical text of the typed value
    changed_at TEXT NOT NULL
);
