//! Delegates: users allowed to act in someone else's mailbox, with a permission level.

use rusqlite::{Connection, params};
use serde::Serialize;

use crate::error::Result;
use crate::model::Permission;

#[derive(Debug, Clone, Serialize)]
pub struct Delegate {
    pub mailbox_id: i64,
    pub mailbox: String,
    pub user_id: i64,
    pub user: String,
    pub email: String,
    pub permission: Permission,
}

/// Adds the delegate, or changes the permission of an existing one.
pub fn upsert(
    conn: &Connection,
    mailbox_id: i64,
    user_id: i64,
    permission: Permission,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO delegate (mailbox_id, user_id, permission) VALUES (?1, ?2, ?3)
         ON CONFLICT (mailbox_id, user_id) DO UPDATE SET permission = excluded.permission",
    )?
    .execute(params![mailbox_id, user_id, permission.word()])?;
    Ok(())
}

pub fn remove(conn: &Connection, mailbox_id: i64, user_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM delegate WHERE mailbox_id = ?1 AND user_id = ?2")?
        .execute([mailbox_id, user_id])?;
    Ok(())
}

pub fn list(conn: &Connection, mailbox_id: i64) -> Result<Vec<Delegate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.user_id, u.name, m.email, d.permission, d.mailbox_id, coalesce(ou.name, oq.name)
         FROM delegate d JOIN user u ON u.id = d.user_id JOIN mailbox m ON m.user_id = u.id
         JOIN mailbox dm ON dm.id = d.mailbox_id
         LEFT JOIN user ou ON ou.id = dm.user_id LEFT JOIN queue oq ON oq.id = dm.queue_id
         WHERE d.mailbox_id = ?1 ORDER BY u.name, u.id",
    )?;
    let rows = stmt.query_map([mailbox_id], |r| {
        let word: String = r.get(3)?;
        Ok(Delegate {
            mailbox_id: r.get(4)?,
            mailbox: r.get(5)?,
            user_id: r.get(0)?,
            user: r.get(1)?,
            email: r.get(2)?,
            permission: Permission::from_word(&word).ok_or_else(|| {
                rusqlite::Error::InvalidColumnType(3, word, rusqlite::types::Type::Text)
            })?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
