//! Customer plugins that make activity creation fail: the simulator's way to reproduce the
//! retryable failures of SPEC section 3.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::error::{Code, Error, Result};
use crate::model::tracking::{ActivityKind, PluginError};

#[derive(Debug, Clone, Serialize)]
pub struct Plugin {
    pub id: i64,
    pub name: String,
    pub on: Option<ActivityKind>,
    pub subject_contains: Option<String>,
    /// How activity creation fails while it fires (`error` would collide with the error
    /// envelope of `--json`).
    pub failure: PluginError,
    pub times: Option<i64>,
    pub fired: i64,
}

pub fn add(conn: &Connection, p: &Plugin) -> Result<i64> {
    let exists = conn
        .prepare_cached("SELECT 1 FROM plugin WHERE name = ?1")?
        .query_row([&p.name], |_| Ok(()))
        .optional()?;
    if exists.is_some() {
        return Err(Error::new(
            Code::PluginExists,
            format!("a plugin named '{}' already exists", p.name),
        ));
    }
    conn.prepare_cached(
        "INSERT INTO plugin (name, on_kind, subject_contains, error, times) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![p.name, p.on, p.subject_contains, p.failure.word(), p.times])?;
    Ok(conn.last_insert_rowid())
}

pub fn list(conn: &Connection) -> Result<Vec<Plugin>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, on_kind, subject_contains, error, times, fired FROM plugin ORDER BY name",
    )?;
    let rows = stmt.query_map([], |r| {
        let error: String = r.get(4)?;
        Ok(Plugin {
            id: r.get(0)?,
            name: r.get(1)?,
            on: r.get(2)?,
            subject_contains: r.get(3)?,
            failure: PluginError::ALL
                .iter()
                .copied()
                .find(|e| e.word() == error)
                .unwrap_or(PluginError::Plugin),
            times: r.get(5)?,
            fired: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Removes the plugin named `name`; returns it as it was.
pub fn remove(conn: &Connection, name: &str) -> Result<Plugin> {
    let plugins = list(conn)?;
    let Some(plugin) = plugins.iter().find(|p| p.name == name).cloned() else {
        let near = crate::model::names::did_you_mean(name, plugins.iter().map(|p| p.name.as_str()));
        return Err(Error::new(
            Code::UnknownPlugin,
            format!("no plugin named '{name}'{near}; `orgtrack plugin list` shows them"),
        ));
    };
    conn.prepare_cached("DELETE FROM plugin WHERE id = ?1")?
        .execute([plugin.id])?;
    Ok(plugin)
}

/// The first plugin that fails the creation of this activity, counting the firing. Plugins with
/// `times` fail only that many times, then let creation through.
pub fn fire(
    conn: &Connection,
    kind: ActivityKind,
    subject: &str,
) -> Result<Option<(String, PluginError)>> {
    for plugin in list(conn)? {
        let kind_matches = plugin.on.is_none_or(|on| on == kind);
        let subject_matches = plugin
            .subject_contains
            .as_ref()
            .is_none_or(|text| subject.to_lowercase().contains(&text.to_lowercase()));
        let exhausted = plugin.times.is_some_and(|times| plugin.fired >= times);
        if kind_matches && subject_matches && !exhausted {
            conn.prepare_cached("UPDATE plugin SET fired = fired + 1 WHERE id = ?1")?
                .execute([plugin.id])?;
            return Ok(Some((plugin.name, plugin.failure)));
        }
    }
    Ok(None)
}
