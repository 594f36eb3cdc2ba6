//! Finished cycles, for `sync` summaries and `clock show`.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::error::Result;
use crate::time;

/// What one cycle did: the `sync` summary row.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// The cycle's number, 1 for the first: its id.
    #[serde(rename = "id")]
    pub cycle: i64,
    #[serde(with = "time::rfc3339")]
    pub started_at: DateTime<Utc>,
    pub mailboxes: i64,
    pub tracked: i64,
    pub untracked: i64,
    pub retried: i64,
    pub failed: i64,
    pub undeliverable: i64,
    /// Outlook items removed: deleted in Outlook, or removed because their activity was.
    pub deleted: i64,
    /// Activities deleted because their Outlook item was.
    pub activities_deleted: i64,
    pub alerts: i64,
}

/// Records a finished cycle and returns its number.
pub fn record(conn: &Connection, s: &Summary) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO cycle (started_at, mailboxes, tracked, untracked, retried, failed, undeliverable, deleted, alerts, activities_deleted) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        time::format(s.started_at),
        s.mailboxes,
        s.tracked,
        s.untracked,
        s.retried,
        s.failed,
        s.undeliverable,
        s.deleted,
        s.alerts,
        s.activities_deleted
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM cycle")?
        .query_row([], |r| r.get(0))?)
}

/// The number the cycle starting now will have, unless another `sync` records one first.
pub fn next_number(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(id), 0) + 1 FROM cycle")?
        .query_row([], |r| r.get(0))?)
}
