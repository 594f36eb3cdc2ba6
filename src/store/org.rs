//! The org row: name, version, simulated clock and cycle interval.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::NewOrg;
use crate::error::{Code, Error, Result};
use crate::time;
use crate::version::Version;

#[derive(Debug, Clone, Serialize)]
pub struct Org {
    pub name: String,
    pub version: Version,
    #[serde(with = "time::rfc3339")]
    pub clock: DateTime<Utc>,
    pub cycle_minutes: i64,
}

pub(super) fn insert(conn: &Connection, org: &NewOrg) -> Result<()> {
    conn.execute(
        "INSERT INTO org (id, name, version, clock, cycle_minutes, created_at) VALUES (1, ?1, ?2, ?3, 15, ?3)",
        params![org.name, org.version, org.clock],
    )?;
    Ok(())
}

pub fn load(conn: &Connection) -> Result<Org> {
    let (name, version, clock, cycle_minutes): (String, String, String, i64) = conn.query_row(
        "SELECT name, version, clock, cycle_minutes FROM org WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let version = version.parse().map_err(|_| {
        Error::new(
            Code::StateCorrupt,
            format!("the stored org version '{version}' is invalid"),
        )
    })?;
    Ok(Org {
        name,
        version,
        clock: time::parse_stored(&clock)?,
        cycle_minutes,
    })
}

/// Where the state was copied from: the environment and when (`init --from-env`); both null
/// for a state made locally.
#[derive(Debug, Clone, Serialize)]
pub struct Origin {
    pub source: Option<String>,
    #[serde(with = "time::rfc3339_opt")]
    pub snapshot_at: Option<DateTime<Utc>>,
}

pub fn origin(conn: &Connection) -> Result<Origin> {
    let (source, at): (Option<String>, Option<String>) = conn.query_row(
        "SELECT source, snapshot_at FROM org WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(Origin {
        source,
        snapshot_at: at.as_deref().map(time::parse_stored).transpose()?,
    })
}

pub fn set_origin(conn: &Connection, source: &str, at: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE org SET source = ?1, snapshot_at = ?2 WHERE id = 1",
        params![source, time::format(at)],
    )?;
    Ok(())
}

pub fn set_version(conn: &Connection, version: Version) -> Result<()> {
    conn.execute(
        "UPDATE org SET version = ?1 WHERE id = 1",
        [version.to_string()],
    )?;
    Ok(())
}

/// How much the org holds, for `org show`.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub settings_changed: i64,
    pub users: i64,
    pub queues: i64,
    pub mailboxes: i64,
    pub records: i64,
    pub alerts: i64,
}

pub fn counts(conn: &Connection) -> Result<Counts> {
    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    Ok(Counts {
        settings_changed: count("setting_value")?,
        users: count("user")?,
        queues: count("queue")?,
        mailboxes: count("mailbox")?,
        records: count("record")?,
        alerts: count("alert")?,
    })
}

/// Moves the clock from `from` to `to`; false when it no longer reads `from` (a concurrent
/// `sync` ran the same cycle and moved it already), so two runs never skip a cycle's time.
pub fn advance_clock(conn: &Connection, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<bool> {
    let moved = conn.execute(
        "UPDATE org SET clock = ?2 WHERE id = 1 AND clock = ?1",
        [time::format(from), time::format(to)],
    )?;
    Ok(moved == 1)
}

/// The organization row's version: bumped by every change to the org or its settings (see
/// migration 007), the ETag `orgtrack serve` gives the row.
pub fn row_version(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT row_version FROM org WHERE id = 1")?
        .query_row([], |r| r.get(0))?)
}
