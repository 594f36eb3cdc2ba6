-- Ids are never handed out twice: every table with an `id INTEGER PRIMARY KEY` is rebuilt with
-- AUTOINCREMENT by the Rust step that follows this file (store/ids.rs), keeping every id.
SELECT 1;
