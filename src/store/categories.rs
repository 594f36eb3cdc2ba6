//! The master category list of each mailbox. Only read here; the sync engine maintains it.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: i64,
    pub name: String,
    /// `tracked` or `undeliverable` for the categories server-side sync owns.
    pub role: Option<String>,
    /// `active` or `soft_deleted`.
    pub state: String,
}

pub fn list(conn: &Connection, mailbox_id: i64) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, role, state FROM category WHERE mailbox_id = ?1 ORDER BY name, id",
    )?;
    let rows = stmt.query_map([mailbox_id], |r| {
        Ok(Category {
            id: r.get(0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            state: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
