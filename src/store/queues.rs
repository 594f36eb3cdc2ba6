//! Queues: each has an owner (a user) and a mailbox created with it in the same transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::{mailboxes, time_at};
use crate::error::Result;
use crate::model::{OwnerKind, TrackEmail};
use crate::time;

#[derive(Debug, Clone, Serialize)]
pub struct Queue {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub owner_id: i64,
    /// The owning user's name.
    pub owner: String,
    /// Which incoming email the queue converts to activities.
    pub convert_email: TrackEmail,
    pub mailbox_id: i64,
    /// Its mailbox's name: a mailbox is named after its owner.
    pub mailbox: String,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
}

const SELECT: &str =
    "SELECT q.id, q.name, m.email, q.owner_user_id, o.name, q.convert_email, m.id, q.created_at
    FROM queue q
    JOIN mailbox m ON m.queue_id = q.id
    JOIN user o ON o.id = q.owner_user_id";

fn from_row(r: &Row) -> rusqlite::Result<Queue> {
    Ok(Queue {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        owner_id: r.get(3)?,
        owner: r.get(4)?,
        convert_email: r.get(5)?,
        mailbox_id: r.get(6)?,
        mailbox: r.get(1)?,
        created_at: time_at(r, 7)?,
    })
}

/// Adds a queue and its mailbox; returns the queue's id. The address must be free
/// (`mailboxes::ensure_email_free`).
pub fn create(
    conn: &Connection,
    name: &str,
    email: &str,
    owner_user_id: i64,
    convert_email: TrackEmail,
) -> Result<i64> {
    let now = super::now(conn)?;
    conn.prepare_cached(
        "INSERT INTO queue (name, owner_user_id, convert_email, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![name, owner_user_id, convert_email, now])?;
    let id = conn.last_insert_rowid();
    mailboxes::create(conn, OwnerKind::Queue, id, email)?;
    Ok(id)
}

pub fn get(conn: &Connection, id: i64) -> Result<Queue> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE q.id = ?1"))?
        .query_row([id], from_row)?)
}

/// Streams every queue by name, then id.
pub fn for_each(conn: &Connection, mut each: impl FnMut(Queue) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY q.name, q.id"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

/// Changes what is given, keeps the rest.
pub fn update(
    conn: &Connection,
    id: i64,
    name: Option<&str>,
    owner_user_id: Option<i64>,
    convert_email: Option<TrackEmail>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE queue SET name = coalesce(?2, name), owner_user_id = coalesce(?3, owner_user_id),
             convert_email = coalesce(?4, convert_email)
         WHERE id = ?1",
    )?
    .execute(params![id, name, owner_user_id, convert_email])?;
    Ok(())
}
