//! Explicitly set setting values, keyed by canonical name, stored as canonical text.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::settings::{Change, SettingValue, SettingView, Snapshot};

pub fn explicit_values(conn: &Connection) -> Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT name, value FROM setting_value")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The org's version and explicit values, read together.
pub fn snapshot(conn: &Connection) -> Result<Snapshot> {
    Ok(Snapshot {
        version: super::org::load(conn)?.version,
        explicit: explicit_values(conn)?,
    })
}

/// Writes setting changes inside the caller's transaction. Every setting write goes through
/// here (the CLI and `orgtrack serve`), so what must follow a change (a retired tracking prefix
/// is remembered) joins it.
pub fn apply(tx: &Connection, changes: &[Change]) -> Result<()> {
    let now = super::now(tx)?;
    for change in changes {
        match &change.stored {
            Some(text) => set_value(tx, &change.name, text, &now)?,
            None => clear_value(tx, &change.name)?,
        }
        super::tokens::on_setting_written(
            tx,
            &change.name,
            change.old.as_ref(),
            change.new.as_ref(),
            &now,
        )?;
    }
    Ok(())
}

pub fn explicit_value(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM setting_value WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

pub fn set_value(conn: &Connection, name: &str, value: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO setting_value (name, value, changed_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at",
    )?
    .execute(params![name, value, now])?;
    Ok(())
}

pub fn clear_value(conn: &Connection, name: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM setting_value WHERE name = ?1")?
        .execute([name])?;
    Ok(())
}

/// The value a setting has in this org right now: the explicit value, else the catalog default
/// for the org's version. For engine decisions (`TrackCategorizedItems`, alert levels, ...).
pub fn effective(conn: &Connection, name: &str) -> Result<Option<SettingValue>> {
    let def = crate::settings::lookup(name)?;
    let version = super::org::load(conn)?.version;
    let explicit = explicit_value(conn, &def.name)?;
    Ok(SettingView::new(def, explicit.as_deref(), version).value)
}

/// `effective` for a boolean setting; a missing default reads as false.
pub fn flag(conn: &Connection, name: &str) -> Result<bool> {
    Ok(matches!(
        effective(conn, name)?,
        Some(SettingValue::Bool(true))
    ))
}

/// `effective` for a number setting, or `fallback` when it has no value.
pub fn number(conn: &Connection, name: &str, fallback: i64) -> Result<i64> {
    Ok(match effective(conn, name)? {
        Some(SettingValue::Number(n)) => n,
        _ => fallback,
    })
}
