//! Explicitly set setting values, keyed by canonical name, stored as canonical text.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::settings::journal::{self, Entry};
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

/// Journals what `changes` did to this state, inside the caller's transaction.
pub fn journal_changes(
    tx: &Connection,
    changes: &[Change],
    target: &str,
    command: &str,
) -> Result<()> {
    let mut entries = journal::entries_of(changes, target, command, |c| c.stored.clone());
    let last: i64 = tx
        .prepare_cached("SELECT coalesce(max(id), 0) FROM settings_journal")?
        .query_row([], |r| r.get(0))?;
    journal::number(&mut entries, last);
    let mut insert = tx.prepare_cached(
        "INSERT INTO settings_journal (id, change_id, at, target, setting, old, new, old_explicit, new_explicit, command)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string());
    for e in &entries {
        insert.execute(params![
            e.id,
            e.change_id,
            e.at,
            e.target,
            e.setting,
            json(&e.old),
            json(&e.new),
            e.old_explicit,
            e.new_explicit,
            e.command
        ])?;
    }
    Ok(())
}

/// Journal entries, oldest first: all of them, or one setting's.
pub fn journal(conn: &Connection, setting: Option<&str>) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, change_id, at, target, setting, old, new, old_explicit, new_explicit, command
         FROM settings_journal WHERE ?1 IS NULL OR setting = ?1 ORDER BY id",
    )?;
    let json = |text: Option<String>| text.and_then(|t| serde_json::from_str(&t).ok());
    let rows = stmt.query_map([setting], |r| {
        Ok(Entry {
            id: r.get(0)?,
            change_id: r.get(1)?,
            at: r.get(2)?,
            target: r.get(3)?,
            setting: r.get(4)?,
            old: json(r.get(5)?),
            new: json(r.get(6)?),
            old_explicit: r.get(7)?,
            new_explicit: r.get(8)?,
            command: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
