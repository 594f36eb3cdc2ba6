//! What a run of the simulator came to, read back for `what-if`: one row per item and one per
//! mailbox, in id order, so two runs from the same state can be compared by walking both side
//! by side (neither is held in memory). Also the private copy a run works on.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, params};

use crate::error::{Error, Result};
use crate::model::AlertLevel;
use crate::model::tracking::{TrackingMethod, TrackingState};

/// Copies the state at `from` into a new file `to` with `VACUUM INTO`, which only reads it.
/// The connection is opened for writing all the same (never creating), because only a
/// read-write connection removes the `-wal`/`-shm` files it opened beside the state when it
/// closes; a read-only file is read through a read-only connection.
pub fn copy_state(from: &Path, to: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .or_else(|_| Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY))?;
    conn.execute("VACUUM INTO ?1", params![to.to_string_lossy()])
        .map_err(Error::from)?;
    Ok(())
}

/// One item as a run left it: what `what-if` compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemOutcome {
    pub item_id: i64,
    pub mailbox_id: i64,
    /// The mailbox's name: its owner's.
    pub mailbox: String,
    pub subject: String,
    pub deleted: bool,
    pub state: TrackingState,
    pub method: Option<TrackingMethod>,
    /// The name of the record its activity is regarding.
    pub regarding: Option<String>,
    /// Its categories, sorted, joined with ", ".
    pub categories: String,
    /// Why its last step did what it did.
    pub note: Option<String>,
}

/// Streams every item (deleted ones too: a deletion is an outcome) in id order.
pub fn for_each_item(
    conn: &Connection,
    mut each: impl FnMut(ItemOutcome) -> Result<()>,
) -> Result<()> {
    let mut statement = conn.prepare(
        "SELECT i.id, i.mailbox_id, coalesce(u.name, q.name, m.email), i.subject, i.deleted, i.tracking_state,
                i.tracking_method, r.name,
                (SELECT group_concat(name, ', ') FROM
                    (SELECT c.name FROM item_category ic JOIN category c ON c.id = ic.category_id
                     WHERE ic.item_id = i.id ORDER BY c.name)),
                i.note
         FROM item i
         JOIN mailbox m ON m.id = i.mailbox_id
         LEFT JOIN user u ON u.id = m.user_id
         LEFT JOIN queue q ON q.id = m.queue_id
         LEFT JOIN activity a ON a.id = i.activity_id
         LEFT JOIN record r ON r.id = a.regarding_record_id
         ORDER BY i.id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        each(ItemOutcome {
            item_id: row.get(0)?,
            mailbox_id: row.get(1)?,
            mailbox: row.get(2)?,
            subject: row.get(3)?,
            deleted: row.get(4)?,
            state: row.get(5)?,
            method: row.get(6)?,
            regarding: row.get(7)?,
            categories: row.get::<_, Option<String>>(8)?.unwrap_or_default(),
            note: row.get(9)?,
        })?;
    }
    Ok(())
}

/// One mailbox as a run left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxOutcome {
    pub mailbox_id: i64,
    pub mailbox: String,
    /// Its active categories (the master list), sorted, joined with ", ".
    pub categories: String,
    /// Activities owned by its user, and queue items in its queue.
    pub activities: i64,
    pub queue_items: i64,
}

/// Streams every mailbox in id order.
pub fn for_each_mailbox(
    conn: &Connection,
    mut each: impl FnMut(MailboxOutcome) -> Result<()>,
) -> Result<()> {
    let mut statement = conn.prepare(
        "SELECT m.id, coalesce(u.name, q.name, m.email),
                (SELECT group_concat(name, ', ') FROM
                    (SELECT name FROM category WHERE mailbox_id = m.id AND state = 'active'
                     ORDER BY name)),
                (SELECT count(*) FROM activity WHERE owner_user_id = m.user_id),
                (SELECT count(*) FROM queue_item WHERE queue_id = m.queue_id)
         FROM mailbox m
         LEFT JOIN user u ON u.id = m.user_id
         LEFT JOIN queue q ON q.id = m.queue_id
         ORDER BY m.id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        each(MailboxOutcome {
            mailbox_id: row.get(0)?,
            mailbox: row.get(1)?,
            categories: row.get::<_, Option<String>>(2)?.unwrap_or_default(),
            activities: row.get(3)?,
            queue_items: row.get(4)?,
        })?;
    }
    Ok(())
}

/// An alert a run raised or raised again (alerts are kept once per mailbox, code and text,
/// with a count): one last raised at or after the time the run started.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RaisedAlert {
    pub mailbox_id: Option<i64>,
    pub level: AlertLevel,
    pub text: String,
    pub count: i64,
}

/// The alerts last raised at or after `since` (RFC 3339, as stored).
pub fn alerts_since(conn: &Connection, since: &str) -> Result<Vec<RaisedAlert>> {
    let mut statement = conn.prepare(
        "SELECT mailbox_id, level, text, count FROM alert WHERE last_at >= ?1
         ORDER BY mailbox_id, text",
    )?;
    let rows = statement.query_map([since], |row| {
        Ok(RaisedAlert {
            mailbox_id: row.get(0)?,
            level: row.get(1)?,
            text: row.get(2)?,
            count: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records in the org: rules and promotions create them.
pub fn record_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM record", [], |row| row.get(0))?)
}
