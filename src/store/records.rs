//! Dynamics records (accounts, contacts, leads, opportunities, cases, email-enabled custom
//! kinds): what email addresses resolve to and what activities are regarding.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{optional_time_at, time_at};
use crate::error::Result;
use crate::model::rules::Priority;
use crate::time;

#[derive(Debug, Clone, Serialize)]
pub struct Record {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub email: Option<String>,
    /// Secondary addresses (Dataverse `emailaddress2`, `emailaddress3`), which resolve too.
    pub email2: Option<String>,
    pub email3: Option<String>,
    pub owner_id: Option<i64>,
    /// The owning user's name.
    pub owner: Option<String>,
    pub state: String,
    /// When a case was resolved (`record resolve`).
    #[serde(with = "time::rfc3339_opt")]
    pub resolved_at: Option<DateTime<Utc>>,
    /// The priority a record rule item gave it.
    pub priority: Option<Priority>,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
}

const SELECT: &str =
    "SELECT r.id, r.kind, r.name, r.email, r.owner_user_id, o.name, r.state, r.created_at,
        r.resolved_at, r.priority, r.email2, r.email3
    FROM record r LEFT JOIN user o ON o.id = r.owner_user_id";

fn from_row(r: &Row) -> rusqlite::Result<Record> {
    Ok(Record {
        id: r.get(0)?,
        kind: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        email2: r.get(10)?,
        email3: r.get(11)?,
        owner_id: r.get(4)?,
        owner: r.get(5)?,
        state: r.get(6)?,
        resolved_at: optional_time_at(r, 8)?,
        priority: r.get(9)?,
        created_at: time_at(r, 7)?,
    })
}

pub fn create(
    conn: &Connection,
    kind: &str,
    name: &str,
    email: Option<&str>,
    owner_user_id: Option<i64>,
) -> Result<i64> {
    let now = super::now(conn)?;
    conn.prepare_cached(
        "INSERT INTO record (kind, name, email, owner_user_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![kind, name, email, owner_user_id, now])?;
    Ok(conn.last_insert_rowid())
}

/// Sets a record's secondary addresses (`record add --email2 --email3`).
pub fn set_other_emails(
    conn: &Connection,
    id: i64,
    email2: Option<&str>,
    email3: Option<&str>,
) -> Result<()> {
    conn.prepare_cached("UPDATE record SET email2 = ?2, email3 = ?3 WHERE id = ?1")?
        .execute(params![id, email2, email3])?;
    Ok(())
}

/// Which of a record's addresses is `address`: the Dataverse column name.
pub fn address_field(record: &Record, address: &str) -> &'static str {
    let is = |e: &Option<String>| {
        e.as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case(address))
    };
    if is(&record.email) {
        "emailaddress1"
    } else if is(&record.email2) {
        "emailaddress2"
    } else {
        "emailaddress3"
    }
}

/// The condition "the record has address ?N", primary or secondary; each branch is indexed.
fn has_address(n: u8) -> String {
    format!("(r.email = ?{n} OR r.email2 = ?{n} OR r.email3 = ?{n})")
}

/// The record's name; None when there is no such record (any more).
pub fn name_of(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT name FROM record WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Record> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE r.id = ?1"))?
        .query_row([id], from_row)?)
}

/// Streams records by kind, name and id; with `kind`, only that kind.
pub fn for_each(
    conn: &Connection,
    kind: Option<&str>,
    mut each: impl FnMut(Record) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR r.kind = ?1 ORDER BY r.kind, r.name, r.id"
    ))?;
    let mut rows = stmt.query([kind])?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM record WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// A record of `kind` with this address, primary or secondary (the oldest when several share it).
pub fn find_by_email(conn: &Connection, kind: &str, email: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT r.id FROM record r WHERE {} AND r.kind = ?1 ORDER BY r.id LIMIT 1",
            has_address(2)
        ))?
        .query_row(params![kind, email], |r| r.get(0))
        .optional()?)
}

/// Every record with this address, primary or secondary, oldest first (email address
/// resolution).
pub fn with_email(conn: &Connection, email: &str) -> Result<Vec<Record>> {
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} WHERE {} ORDER BY r.id", has_address(1)))?;
    let rows = stmt.query_map([email], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether any record (of any kind or state) has this address: a sender record rules know.
pub fn has_email(conn: &Connection, email: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT 1 FROM record r WHERE {} LIMIT 1",
            has_address(1)
        ))?
        .query_row([email], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn set_priority(conn: &Connection, id: i64, priority: Option<Priority>) -> Result<()> {
    conn.prepare_cached("UPDATE record SET priority = ?2 WHERE id = ?1")?
        .execute(params![id, priority])?;
    Ok(())
}

/// Resolves a case at `now`.
pub fn resolve(conn: &Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE record SET state = 'resolved', resolved_at = ?2 WHERE id = ?1")?
        .execute(params![id, time::format(now)])?;
    Ok(())
}
