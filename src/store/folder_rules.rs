//! Folder-level tracking rules: an Exchange folder under the Inbox mapped to an optional
//! regarding record.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Debug, Clone)]
pub struct FolderRule {
    pub id: i64,
    pub folder_id: i64,
    pub regarding_record_id: Option<i64>,
}

/// Adds or replaces the rule of a folder.
pub fn upsert(
    conn: &Connection,
    mailbox_id: i64,
    folder_id: i64,
    regarding: Option<i64>,
    now: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO folder_rule (mailbox_id, folder_id, regarding_record_id, created_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT(folder_id) DO UPDATE SET regarding_record_id = excluded.regarding_record_id",
    )?
    .execute(params![mailbox_id, folder_id, regarding, now])?;
    Ok(conn
        .prepare_cached("SELECT id FROM folder_rule WHERE folder_id = ?1")?
        .query_row([folder_id], |r| r.get(0))?)
}

pub fn remove(conn: &Connection, folder_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM folder_rule WHERE folder_id = ?1")?
        .execute([folder_id])?;
    Ok(())
}

pub fn for_folder(conn: &Connection, folder_id: i64) -> Result<Option<FolderRule>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, folder_id, regarding_record_id FROM folder_rule WHERE folder_id = ?1",
        )?
        .query_row([folder_id], |r| {
            Ok(FolderRule {
                id: r.get(0)?,
                folder_id: r.get(1)?,
                regarding_record_id: r.get(2)?,
            })
        })
        .optional()?)
}

pub fn list(conn: &Connection, mailbox_id: i64) -> Result<Vec<FolderRule>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, folder_id, regarding_record_id FROM folder_rule WHERE mailbox_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([mailbox_id], |r| {
        Ok(FolderRule {
            id: r.get(0)?,
            folder_id: r.get(1)?,
            regarding_record_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count(conn: &Connection, mailbox_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM folder_rule WHERE mailbox_id = ?1")?
        .query_row([mailbox_id], |r| r.get(0))?)
}
