//! The server-side sync failures dashboard's rows (ExchangeSyncIdMapping): the last failure of
//! each item.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::time_at;
use crate::error::Result;
use crate::time;

/// One item that failed to synchronize, as the dashboard shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SyncFailure {
    pub item_id: i64,
    pub mailbox_id: i64,
    pub mailbox: String,
    pub subject: String,
    /// Why: the sync error (a filter reason such as `no_correlation_match`, or the error a
    /// failed promotion met).
    pub error: String,
    #[serde(with = "time::rfc3339")]
    pub failed_at: DateTime<Utc>,
}

/// Records (or replaces) the failure of an item.
pub fn record(
    conn: &Connection,
    item_id: i64,
    mailbox_id: i64,
    error: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_failure (item_id, mailbox_id, error, failed_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (item_id) DO UPDATE SET mailbox_id = ?2, error = ?3, failed_at = ?4",
    )?
    .execute(params![item_id, mailbox_id, error, time::format(at)])?;
    Ok(())
}

/// Forgets the failure of an item that has since synchronized.
pub fn clear(conn: &Connection, item_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM sync_failure WHERE item_id = ?1")?
        .execute([item_id])?;
    Ok(())
}

/// Deletes the rows older than `before`.
pub fn prune(conn: &Connection, before: DateTime<Utc>) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM sync_failure WHERE failed_at < ?1")?
        .execute([time::format(before)])?)
}

/// The failures, newest first; with `mailbox_id`, that mailbox's only.
pub fn list(conn: &Connection, mailbox_id: Option<i64>) -> Result<Vec<SyncFailure>> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.item_id, f.mailbox_id, coalesce(u.name, q.name), i.subject, f.error, f.failed_at \
         FROM sync_failure f JOIN item i ON i.id = f.item_id JOIN mailbox m ON m.id = f.mailbox_id \
         LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id \
         WHERE ?1 IS NULL OR f.mailbox_id = ?1 ORDER BY f.failed_at DESC, f.item_id",
    )?;
    let rows = stmt.query_map([mailbox_id], |r| {
        Ok(SyncFailure {
            item_id: r.get(0)?,
            mailbox_id: r.get(1)?,
            mailbox: r.get(2)?,
            subject: r.get(3)?,
            error: r.get(4)?,
            failed_at: time_at(r, 5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
