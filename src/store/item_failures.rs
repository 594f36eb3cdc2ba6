//! Item-level monitoring (`EnableSssItemLevelMonitoring`): one row per item server-side
//! synchronization gave up on, with the service's error name ("Troubleshoot item-level
//! server-side synchronization issues").

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::time_at;
use crate::error::Result;
use crate::time;

/// An item failure as `item failures --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemFailure {
    pub id: i64,
    pub mailbox_id: i64,
    pub mailbox: String,
    /// The item; null once it is gone from the mailbox.
    pub item_id: Option<i64>,
    pub subject: String,
    /// The service's error name (`IsvAborted`, ...).
    pub error: String,
    /// Its number where Microsoft documents one.
    pub error_code: Option<i64>,
    pub message: String,
    pub attempts: i64,
    #[serde(with = "time::rfc3339")]
    pub failed_at: DateTime<Utc>,
}

/// What `record` writes.
pub struct NewItemFailure<'a> {
    pub mailbox_id: i64,
    pub item_id: i64,
    pub subject: &'a str,
    pub error: &'a str,
    pub error_code: Option<i64>,
    pub message: &'a str,
    pub attempts: i64,
}

pub fn record(conn: &Connection, failure: &NewItemFailure, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO item_failure
             (mailbox_id, item_id, subject, error, error_code, message, attempts, failed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        failure.mailbox_id,
        failure.item_id,
        failure.subject,
        failure.error,
        failure.error_code,
        failure.message,
        failure.attempts,
        time::format(at),
    ])?;
    Ok(())
}

fn from_row(r: &Row) -> rusqlite::Result<ItemFailure> {
    Ok(ItemFailure {
        id: r.get(0)?,
        mailbox_id: r.get(1)?,
        mailbox: r.get(2)?,
        item_id: r.get(3)?,
        subject: r.get(4)?,
        error: r.get(5)?,
        error_code: r.get(6)?,
        message: r.get(7)?,
        attempts: r.get(8)?,
        failed_at: time_at(r, 9)?,
    })
}

/// Item failures, oldest first; of one mailbox with `mailbox_id`.
pub fn list(conn: &Connection, mailbox_id: Option<i64>) -> Result<Vec<ItemFailure>> {
    const SELECT: &str = "SELECT f.id, f.mailbox_id, coalesce(u.name, q.name), f.item_id,
                f.subject, f.error, f.error_code, f.message, f.attempts, f.failed_at
           FROM item_failure f
           JOIN mailbox m ON m.id = f.mailbox_id
           LEFT JOIN user u ON u.id = m.user_id
           LEFT JOIN queue q ON q.id = m.queue_id";
    // One statement per form, so that a mailbox's list reads its index only.
    let rows = match mailbox_id {
        Some(id) => conn
            .prepare_cached(&format!("{SELECT} WHERE f.mailbox_id = ?1 ORDER BY f.id"))?
            .query_map([id], from_row)?
            .collect::<rusqlite::Result<_>>()?,
        None => conn
            .prepare_cached(&format!("{SELECT} ORDER BY f.id"))?
            .query_map([], from_row)?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// Removes the failures recorded before `before` (`ExchangeSyncIdMappingPersistenceTimeInDays`).
pub fn prune(conn: &Connection, before: DateTime<Utc>) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM item_failure WHERE failed_at < ?1")?
        .execute([time::format(before)])?)
}
