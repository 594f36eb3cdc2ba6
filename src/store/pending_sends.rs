//! Email sent from Dynamics 365 that its mailbox has not sent yet (Pending Send): what the
//! Exchange copy will hold, kept beside its activity until the next outgoing poll sends it.

use rusqlite::{Connection, Row, params};

use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct PendingSend {
    pub activity_id: i64,
    pub mailbox_id: i64,
    pub subject: String,
    pub body: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub in_reply_to: Option<String>,
    pub thread_index: Option<String>,
}

fn from_row(r: &Row) -> rusqlite::Result<(PendingSend, String, String)> {
    Ok((
        PendingSend {
            activity_id: r.get(0)?,
            mailbox_id: r.get(1)?,
            subject: r.get(2)?,
            body: r.get(3)?,
            to: Vec::new(),
            cc: Vec::new(),
            in_reply_to: r.get(6)?,
            thread_index: r.get(7)?,
        },
        r.get(4)?,
        r.get(5)?,
    ))
}

pub fn add(conn: &Connection, pending: &PendingSend) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO pending_send
             (activity_id, mailbox_id, subject, body, to_addrs, cc_addrs, in_reply_to, thread_index)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        pending.activity_id,
        pending.mailbox_id,
        pending.subject,
        pending.body,
        serde_json::to_string(&pending.to).map_err(Error::json)?,
        serde_json::to_string(&pending.cc).map_err(Error::json)?,
        pending.in_reply_to,
        pending.thread_index,
    ])?;
    Ok(())
}

/// The mailbox's unsent email, oldest first.
pub fn for_mailbox(conn: &Connection, mailbox_id: i64) -> Result<Vec<PendingSend>> {
    let mut stmt = conn.prepare_cached(
        "SELECT activity_id, mailbox_id, subject, body, to_addrs, cc_addrs, in_reply_to, thread_index
           FROM pending_send WHERE mailbox_id = ?1 ORDER BY activity_id",
    )?;
    let rows = stmt.query_map([mailbox_id], from_row)?;
    let mut all = Vec::new();
    for row in rows {
        let (mut pending, to, cc) = row?;
        pending.to = serde_json::from_str(&to).map_err(Error::json)?;
        pending.cc = serde_json::from_str(&cc).map_err(Error::json)?;
        all.push(pending);
    }
    Ok(all)
}

/// Whether the mailbox has email waiting to be sent.
pub fn any_for(conn: &Connection, mailbox_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM pending_send WHERE mailbox_id = ?1)")?
        .query_row([mailbox_id], |r| r.get(0))?)
}

/// Whether the activity is email waiting to be sent.
pub fn is_pending(conn: &Connection, activity_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM pending_send WHERE activity_id = ?1")?
        .query_row([activity_id], |r| r.get::<_, i64>(0))?
        > 0)
}

pub fn remove(conn: &Connection, activity_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM pending_send WHERE activity_id = ?1")?
        .execute([activity_id])?;
    Ok(())
}
