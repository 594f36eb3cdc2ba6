//! Email server profiles (emailserverprofile): how mailboxes reach their email server. Every
//! mailbox has one; a new mailbox gets the default profile ("Server-side synchronization
//! tables": mailboxes are associated with the default profile when created).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::optional_time_at;
use crate::error::{Code, Error, Result};
use crate::model::{Authentication, ServerType};
use crate::time;

/// A profile as `server-profile list|show --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub server_type: ServerType,
    pub authentication: Authentication,
    /// "Process Email From": email received before it is not processed (null: no limit).
    #[serde(with = "time::rfc3339_opt")]
    pub process_email_from: Option<DateTime<Utc>>,
    pub owner_id: Option<i64>,
    pub owner: Option<String>,
    /// Whether alerts about the profile's mailboxes notify its owner (sendemailalert).
    pub notify_owner: bool,
    pub is_default: bool,
    /// How many mailboxes use it.
    pub mailboxes: i64,
}

const SELECT: &str = "SELECT p.id, p.name, p.server_type, p.authentication, p.process_email_from,
        p.owner_user_id, u.name, p.notify_owner, p.is_default,
        (SELECT count(*) FROM mailbox m WHERE m.profile_id = p.id)
    FROM email_server_profile p LEFT JOIN user u ON u.id = p.owner_user_id";

fn from_row(r: &Row) -> rusqlite::Result<Profile> {
    Ok(Profile {
        id: r.get(0)?,
        name: r.get(1)?,
        server_type: r.get(2)?,
        authentication: r.get(3)?,
        process_email_from: optional_time_at(r, 4)?,
        owner_id: r.get(5)?,
        owner: r.get(6)?,
        notify_owner: r.get(7)?,
        is_default: r.get(8)?,
        mailboxes: r.get(9)?,
    })
}

/// The fields `add` and `set` write; `None` leaves a field as it is (`set`) or empty (`add`).
#[derive(Debug, Default)]
pub struct Changes {
    pub name: Option<String>,
    pub server_type: Option<ServerType>,
    pub authentication: Option<Authentication>,
    pub process_email_from: Option<DateTime<Utc>>,
    pub owner_user_id: Option<i64>,
    pub notify_owner: Option<bool>,
}

pub fn get(conn: &Connection, id: i64) -> Result<Profile> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE p.id = ?1"))?
        .query_row([id], from_row)?)
}

/// The profile's "Process Email From" alone (read per email: no mailbox count).
pub fn process_email_from(conn: &Connection, id: i64) -> Result<Option<DateTime<Utc>>> {
    let at: Option<String> = conn
        .prepare_cached("SELECT process_email_from FROM email_server_profile WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    at.map(|t| time::parse_stored(&t)).transpose()
}

pub fn list(conn: &Connection) -> Result<Vec<Profile>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY p.name, p.id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The profile a profile reference names: its id or its name (any case). Unknown: exit 3.
pub fn resolve(conn: &Connection, reference: &str) -> Result<i64> {
    let found = conn
        .prepare_cached("SELECT id FROM email_server_profile WHERE id = ?1 OR name = ?2")?
        .query_row(params![reference.parse::<i64>().ok(), reference], |r| {
            r.get(0)
        })
        .optional()?;
    found.ok_or_else(|| {
        Error::new(
            Code::UnknownServerProfile,
            format!("no email server profile '{reference}' (see `orgtrack server-profile list`)"),
        )
    })
}

fn ensure_name_free(conn: &Connection, name: &str, except: Option<i64>) -> Result<()> {
    let taken: Option<i64> = conn
        .prepare_cached("SELECT id FROM email_server_profile WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    match taken {
        Some(id) if Some(id) != except => Err(Error::new(
            Code::ServerProfileExists,
            format!("an email server profile named {name} exists already (id {id})"),
        )),
        _ => Ok(()),
    }
}

pub fn create(conn: &Connection, name: &str, changes: &Changes) -> Result<i64> {
    ensure_name_free(conn, name, None)?;
    conn.prepare_cached(
        "INSERT INTO email_server_profile
             (name, server_type, authentication, process_email_from, owner_user_id, notify_owner)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        name,
        changes.server_type.unwrap_or(ServerType::ExchangeOnline),
        changes
            .authentication
            .unwrap_or(Authentication::ServerToServer),
        changes.process_email_from.map(time::format),
        changes.owner_user_id,
        changes.notify_owner.unwrap_or(true),
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, changes: &Changes) -> Result<()> {
    if let Some(name) = &changes.name {
        ensure_name_free(conn, name, Some(id))?;
    }
    conn.prepare_cached(
        "UPDATE email_server_profile SET
             name = coalesce(?2, name),
             server_type = coalesce(?3, server_type),
             authentication = coalesce(?4, authentication),
             process_email_from = coalesce(?5, process_email_from),
             owner_user_id = coalesce(?6, owner_user_id),
             notify_owner = coalesce(?7, notify_owner)
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        changes.name,
        changes.server_type,
        changes.authentication,
        changes.process_email_from.map(time::format),
        changes.owner_user_id,
        changes.notify_owner,
    ])?;
    Ok(())
}

/// Makes `id` the profile new mailboxes get.
pub fn make_default(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE email_server_profile SET is_default = 0 WHERE is_default = 1")?
        .execute([])?;
    conn.prepare_cached("UPDATE email_server_profile SET is_default = 1 WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Removes a profile no mailbox uses and that is not the default (exit 5 otherwise).
pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    let profile = get(conn, id)?;
    if profile.is_default {
        return Err(Error::new(
            Code::ServerProfileInUse,
            format!(
                "{} is the default email server profile; make another the default first (server-profile set P --default)",
                profile.name
            ),
        ));
    }
    if profile.mailboxes > 0 {
        return Err(Error::new(
            Code::ServerProfileInUse,
            format!(
                "{} is the email server profile of {} mailbox(es); move them first (mailbox set M --profile P)",
                profile.name, profile.mailboxes
            ),
        ));
    }
    conn.prepare_cached("DELETE FROM email_server_profile WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
