//! Users. Creating one creates its mailbox (and the mailbox's folders) in the same transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::{mailboxes, time_at};
use crate::error::Result;
use crate::model::{OwnerKind, TrackEmail};
use crate::time;

#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub track_email: TrackEmail,
    pub mailbox_id: i64,
    /// Its mailbox's name: a mailbox is named after its owner.
    pub mailbox: String,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT u.id, u.name, m.email, u.track_email, m.id, u.created_at
    FROM user u JOIN mailbox m ON m.user_id = u.id";

fn from_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        track_email: r.get(3)?,
        mailbox_id: r.get(4)?,
        mailbox: r.get(1)?,
        created_at: time_at(r, 5)?,
    })
}

/// Adds a user and its mailbox; returns the user's id. The address must be free
/// (`mailboxes::ensure_email_free`).
pub fn create(conn: &Connection, name: &str, email: &str, track_email: TrackEmail) -> Result<i64> {
    let now = super::now(conn)?;
    conn.prepare_cached("INSERT INTO user (name, track_email, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![name, track_email, now])?;
    let id = conn.last_insert_rowid();
    mailboxes::create(conn, OwnerKind::User, id, email)?;
    Ok(id)
}

pub fn get(conn: &Connection, id: i64) -> Result<User> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE u.id = ?1"))?
        .query_row([id], from_row)?)
}

/// Streams every user by name, then id.
pub fn for_each(conn: &Connection, mut each: impl FnMut(User) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY u.name, u.id"))?;
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
    track_email: Option<TrackEmail>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE user SET name = coalesce(?2, name), track_email = coalesce(?3, track_email) WHERE id = ?1",
    )?
    .execute(params![id, name, track_email])?;
    Ok(())
}
