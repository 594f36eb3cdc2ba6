//! What happened to items and activities (migration 016): the triggers of that step write the
//! events; this module says who acts (`act_as`, `in_cycle`) and reads them back.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::Value;

use crate::error::Result;
use crate::model::tracking::TrackingMethod;

/// One event, as stored.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: i64,
    pub item_id: Option<i64>,
    pub activity_id: Option<i64>,
    pub event: String,
    pub at: String,
    pub cycle: Option<i64>,
    pub actor: String,
    pub method: Option<TrackingMethod>,
    pub detail: Option<String>,
    /// What was deleted, as it was (`removed` items, `deleted` activities).
    pub snapshot: Option<Value>,
}

const COLUMNS: &str = "id, item_id, activity_id, event, at, cycle, actor, method, detail, snapshot";

fn from_row(r: &Row) -> rusqlite::Result<Event> {
    let snapshot: Option<String> = r.get(9)?;
    Ok(Event {
        id: r.get(0)?,
        item_id: r.get(1)?,
        activity_id: r.get(2)?,
        event: r.get(3)?,
        at: r.get(4)?,
        cycle: r.get(5)?,
        actor: r.get(6)?,
        method: r.get(7)?,
        detail: r.get(8)?,
        snapshot: snapshot.and_then(|json| serde_json::from_str(&json).ok()),
    })
}

/// Every write transaction starts acting for nobody in particular: each event then names its
/// usual actor.
pub(super) fn reset_context(conn: &Connection) -> Result<()> {
    conn.prepare_cached("UPDATE history_context SET actor = NULL, cycle = NULL")?
        .execute([])?;
    Ok(())
}

/// The events written from now on in this transaction name `actor`.
pub fn act_as(conn: &Connection, actor: &str) -> Result<()> {
    set_actor(conn, Some(actor))
}

/// Who the events written now name (None: each event's usual actor).
pub fn actor(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT actor FROM history_context")?
        .query_row([], |r| r.get(0))?)
}

/// Puts back an actor read with `actor`, after acting for someone else for a while.
pub fn set_actor(conn: &Connection, actor: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE history_context SET actor = ?1")?
        .execute([actor])?;
    Ok(())
}

/// The events written from now on in this transaction were done by server-side sync in the
/// cycle numbered `cycle`.
pub fn in_cycle(conn: &Connection, cycle: i64) -> Result<()> {
    conn.prepare_cached("UPDATE history_context SET actor = ?1, cycle = ?2")?
        .execute(params![SERVER_SIDE_SYNC, cycle])?;
    Ok(())
}

/// The actor of what a cycle does; the triggers' default for tracking changes, too.
pub const SERVER_SIDE_SYNC: &str = "server-side sync";

/// The actor of what a user does in the App for Outlook.
pub const APP_FOR_OUTLOOK: &str = "App for Outlook";

/// What happened to an item, oldest first.
pub fn of_item(conn: &Connection, item_id: i64) -> Result<Vec<Event>> {
    query(
        conn,
        &format!("SELECT {COLUMNS} FROM history WHERE item_id = ?1 ORDER BY id"),
        item_id,
    )
}

/// What happened to an activity and to the items tracked to it, oldest first.
pub fn of_activity(conn: &Connection, activity_id: i64) -> Result<Vec<Event>> {
    query(
        conn,
        &format!("SELECT {COLUMNS} FROM history WHERE activity_id = ?1 ORDER BY id"),
        activity_id,
    )
}

/// The last event of an item or activity that took it away, with what it was then.
pub fn removal(
    conn: &Connection,
    item_id: Option<i64>,
    activity_id: Option<i64>,
) -> Result<Option<Event>> {
    let sql = match (item_id, activity_id) {
        (Some(_), _) => format!(
            "SELECT {COLUMNS} FROM history WHERE item_id = ?1 AND event = 'removed' ORDER BY id DESC LIMIT 1"
        ),
        _ => format!(
            "SELECT {COLUMNS} FROM history WHERE activity_id = ?1 AND item_id IS NULL \
             AND event = 'deleted' ORDER BY id DESC LIMIT 1"
        ),
    };
    let key = item_id.or(activity_id).unwrap_or_default();
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([key], from_row)
        .optional()?)
}

fn query(conn: &Connection, sql: &str, key: i64) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([key], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
