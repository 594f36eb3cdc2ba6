//! Explicitly set setting values, keyed by canonical name, stored as canonical text.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

pub fn explicit_values(conn: &Connection) -> Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT name, value FROM setting_value")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
