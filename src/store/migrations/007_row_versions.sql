-- A version number for the organization row, bumped by every change to the org or to its
-- settings. `orgtrack serve` derives the row's ETag from it so that a client's If-Match sees
-- concurrent writes. Triggers keep it right whichever code path writes (CLI, serve, engine).
ALTER TABLE org ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER org_row_version_org AFTER UPDATE OF name, version ON org
BEGIN
    UPDATE org SET row_version = row_version + 1 WHERE id = 1;
END;

CREATE TRIGGER org_row_version_setting_insert AFTER INSERT ON setting_value
BEGIN
    UPDATE org SET row_version = row_version + 1 WHERE id = 1;
END;

CREATE TRIGGER org_row_version_setting_update AFTER UPDATE ON setting_value
BEGIN
    UPDATE org SET row_version = row_version + 1 WHERE id = 1;
END;

CREATE TRIGGER org_row_version_setting_delete AFTER DELETE ON setting_value
BEGIN
    UPDATE org SET row_version = row_version + 1 WHERE id = 1;
END;
