//! Queue items: an email activity waiting in a queue, at most once per queue.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::time_at;
use crate::error::Result;
use crate::model::rules::{QueueItemOrigin, QueueItemState};
use crate::time;

/// A queue item as `queue items --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct QueueItem {
    pub id: i64,
    pub queue: String,
    pub queue_id: i64,
    pub activity_id: i64,
    pub subject: String,
    pub state: QueueItemState,
    pub origin: QueueItemOrigin,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
}

/// Adds the activity to the queue unless it is there already; returns the new item's id.
pub fn add(
    conn: &Connection,
    queue_id: i64,
    activity_id: i64,
    origin: QueueItemOrigin,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let added = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO queue_item (queue_id, activity_id, origin, created_at) \
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![queue_id, activity_id, origin, time::format(now)])?;
    Ok((added > 0).then(|| conn.last_insert_rowid()))
}

/// Deactivates the activity's item in the queue; returns its id when an active one was there.
pub fn deactivate(conn: &Connection, queue_id: i64, activity_id: i64) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "UPDATE queue_item SET state = ?3 WHERE queue_id = ?1 AND activity_id = ?2 AND state = ?4 \
         RETURNING id",
    )?;
    let mut rows = stmt.query(params![
        queue_id,
        activity_id,
        QueueItemState::Inactive,
        QueueItemState::Active
    ])?;
    Ok(match rows.next()? {
        Some(row) => Some(row.get(0)?),
        None => None,
    })
}

/// The queue's items, oldest first.
pub fn list(conn: &Connection, queue_id: i64) -> Result<Vec<QueueItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT qi.id, q.name, qi.queue_id, qi.activity_id, a.subject, qi.state, qi.origin, qi.created_at \
         FROM queue_item qi JOIN queue q ON q.id = qi.queue_id JOIN activity a ON a.id = qi.activity_id \
         WHERE qi.queue_id = ?1 ORDER BY qi.id",
    )?;
    let rows = stmt.query_map([queue_id], |r| {
        Ok(QueueItem {
            id: r.get(0)?,
            queue: r.get(1)?,
            queue_id: r.get(2)?,
            activity_id: r.get(3)?,
            subject: r.get(4)?,
            state: r.get(5)?,
            origin: r.get(6)?,
            created_at: time_at(r, 7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
