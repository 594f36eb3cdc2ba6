//! Injected faults (`mailbox fault`, `server-profile fault`): a mailbox's or a profile's
//! direction fails, permanently or transiently, for a number of attempts or until removed.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::error::{Code, Error, Result};
use crate::model::{Direction, FaultDirection};

/// A fault as `fault list --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Fault {
    pub id: i64,
    /// The mailbox it breaks, or null when it is on a profile.
    pub mailbox_id: Option<i64>,
    /// The profile it breaks (every mailbox on it), or null when it is on a mailbox.
    pub profile_id: Option<i64>,
    pub direction: FaultDirection,
    pub permanent: bool,
    /// Attempts it still fails; null: until removed.
    pub times: Option<i64>,
}

/// Where a fault is.
#[derive(Debug, Clone, Copy)]
pub enum On {
    Mailbox(i64),
    Profile(i64),
}

const SELECT: &str = "SELECT id, mailbox_id, profile_id, direction, permanent, times FROM fault";

fn from_row(r: &Row) -> rusqlite::Result<Fault> {
    Ok(Fault {
        id: r.get(0)?,
        mailbox_id: r.get(1)?,
        profile_id: r.get(2)?,
        direction: r.get(3)?,
        permanent: r.get(4)?,
        times: r.get(5)?,
    })
}

fn ids(on: On) -> (Option<i64>, Option<i64>) {
    match on {
        On::Mailbox(id) => (Some(id), None),
        On::Profile(id) => (None, Some(id)),
    }
}

pub fn add(
    conn: &Connection,
    on: On,
    direction: FaultDirection,
    permanent: bool,
    times: Option<i64>,
) -> Result<Fault> {
    let (mailbox_id, profile_id) = ids(on);
    let now = super::now(conn)?;
    conn.prepare_cached(
        "INSERT INTO fault (mailbox_id, profile_id, direction, permanent, times, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        mailbox_id, profile_id, direction, permanent, times, now
    ])?;
    get(conn, conn.last_insert_rowid())
}

fn get(conn: &Connection, id: i64) -> Result<Fault> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], from_row)?)
}

pub fn list(conn: &Connection, on: On) -> Result<Vec<Fault>> {
    let (sql, id) = match on {
        On::Mailbox(id) => (format!("{SELECT} WHERE mailbox_id = ?1 ORDER BY id"), id),
        On::Profile(id) => (format!("{SELECT} WHERE profile_id = ?1 ORDER BY id"), id),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Removes fault `id` from where it is; an id that is not there exits 3.
pub fn remove(conn: &Connection, on: On, id: i64) -> Result<()> {
    let (mailbox_id, profile_id) = ids(on);
    let removed = conn
        .prepare_cached(
            "DELETE FROM fault WHERE id = ?1 AND mailbox_id IS ?2 AND profile_id IS ?3",
        )?
        .execute(params![id, mailbox_id, profile_id])?;
    if removed == 0 {
        return Err(Error::new(
            Code::UnknownFault,
            format!("no fault {id} there (see `fault list`)"),
        ));
    }
    Ok(())
}

/// The fault that breaks `direction` of a mailbox now: its own first, then its profile's.
pub fn active(
    conn: &Connection,
    mailbox_id: i64,
    profile_id: Option<i64>,
    direction: Direction,
) -> Result<Option<Fault>> {
    let direction = FaultDirection::of(direction);
    let own = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE mailbox_id = ?1 AND direction = ?2 ORDER BY id LIMIT 1"
        ))?
        .query_row(params![mailbox_id, direction], from_row)
        .optional()?;
    if own.is_some() {
        return Ok(own);
    }
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE profile_id = ?1 AND direction = ?2 ORDER BY id LIMIT 1"
        ))?
        .query_row(params![profile_id, direction], from_row)
        .optional()?)
}

/// One attempt failed on `fault`: a fault with a count has one attempt fewer left, and goes
/// when none is left.
pub fn spend(conn: &Connection, fault: &Fault) -> Result<()> {
    match fault.times {
        Some(1) => {
            conn.prepare_cached("DELETE FROM fault WHERE id = ?1")?
                .execute([fault.id])?;
        }
        Some(_) => {
            conn.prepare_cached("UPDATE fault SET times = times - 1 WHERE id = ?1")?
                .execute([fault.id])?;
        }
        None => {}
    }
    Ok(())
}
