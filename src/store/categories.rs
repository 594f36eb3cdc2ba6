//! The master category list of each mailbox. The tracking categories are known by their role,
//! not their name, so a user may rename them and they keep working.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::error::{Code, Error, Result};

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: i64,
    pub mailbox_id: i64,
    pub mailbox: String,
    pub name: String,
    /// `tracked` or `undeliverable` for the categories server-side sync owns.
    pub role: Option<String>,
    /// `active` or `soft_deleted` (and, as `category delete` prints it, `deleted`).
    pub state: String,
}

pub fn list(conn: &Connection, mailbox_id: i64) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE c.mailbox_id = ?1 ORDER BY c.name, c.id"
    ))?;
    let rows = stmt.query_map([mailbox_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The category server-side sync uses for tracking (`Tracked to Dynamics 365`).
pub const TRACKED: &str = "Tracked to Dynamics 365";
/// The category that replaces it when every retry failed.
pub const UNDELIVERABLE: &str = "Tracked to Dynamics 365 (Undeliverable)";

/// A category with its mailbox's name (the mailbox's owner's).
const SELECT: &str = "SELECT c.id, c.name, c.role, c.state, c.mailbox_id, coalesce(u.name, q.name)
    FROM category c JOIN mailbox m ON m.id = c.mailbox_id
    LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Category> {
    Ok(Category {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        state: r.get(3)?,
        mailbox_id: r.get(4)?,
        mailbox: r.get(5)?,
    })
}

/// The mailbox's category with `role` (`tracked` or `undeliverable`), in any state.
pub fn with_role(conn: &Connection, mailbox_id: i64, role: &str) -> Result<Option<Category>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE c.mailbox_id = ?1 AND c.role = ?2"))?
        .query_row(params![mailbox_id, role], from_row)
        .optional()?)
}

/// "; did you mean ...?" among the categories of a mailbox, for a name not found. A
/// failed read only loses the hint.
pub fn suggestions(conn: &Connection, mailbox_id: i64, name: &str) -> String {
    let known = list(conn, mailbox_id).unwrap_or_default();
    crate::model::names::did_you_mean(name, known.iter().map(|c| c.name.as_str()))
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Category>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub fn by_name(conn: &Connection, mailbox_id: i64, name: &str) -> Result<Option<Category>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE c.mailbox_id = ?1 AND c.name = ?2"))?
        .query_row(params![mailbox_id, name], from_row)
        .optional()?)
}

pub fn create(
    conn: &Connection,
    mailbox_id: i64,
    name: &str,
    role: Option<&str>,
    now: &str,
) -> Result<i64> {
    conn.prepare_cached("INSERT INTO category (mailbox_id, name, role, state, created_at) VALUES (?1, ?2, ?3, 'active', ?4)")?
        .execute(params![mailbox_id, name, role, now])?;
    Ok(conn.last_insert_rowid())
}

pub fn set_state(conn: &Connection, id: i64, state: &str) -> Result<()> {
    conn.prepare_cached("UPDATE category SET state = ?2 WHERE id = ?1")?
        .execute(params![id, state])?;
    Ok(())
}

pub fn rename(conn: &Connection, mailbox_id: i64, id: i64, name: &str) -> Result<()> {
    if let Some(other) = by_name(conn, mailbox_id, name)?.filter(|c| c.id != id) {
        return Err(Error::new(
            Code::CategoryExists,
            format!("the mailbox already has a category named '{}'", other.name),
        ));
    }
    conn.prepare_cached("UPDATE category SET name = ?2 WHERE id = ?1")?
        .execute(params![id, name])?;
    Ok(())
}

/// Removes a category from the master list for good; items lose it too.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM category WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Gives an existing category a role (a user-made category that carries our name).
pub fn adopt(conn: &Connection, id: i64, role: &str) -> Result<()> {
    conn.prepare_cached("UPDATE category SET role = ?2, state = 'active' WHERE id = ?1")?
        .execute(params![id, role])?;
    Ok(())
}
