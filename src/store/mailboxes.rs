//! Mailboxes: one per user and per queue, created with its owner. A mailbox's name is its
//! owner's name; its email address is the owner's address.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::{folders, optional_time_at, time_at};
use crate::error::{Code, Error, Result};
use crate::model::{
    ActMethod, Approval, Direction, IncomingMethod, MailboxMethods, OutgoingMethod, OwnerKind,
    Status,
};
use crate::time;

/// A mailbox as `mailbox list|show --json` prints it and as the engine reads it. Ids are the
/// state's numbers locally and Dataverse GUID strings in remote mode (`Mailbox<String>`).
#[derive(Debug, Clone, Serialize)]
pub struct Mailbox<Id = i64> {
    pub id: Id,
    pub name: String,
    pub email: String,
    pub owner_kind: OwnerKind,
    /// The user's or the queue's id.
    pub owner_id: Id,
    /// The user's or the queue's name (a mailbox is named after its owner).
    pub owner: String,
    pub incoming_method: IncomingMethod,
    pub outgoing_method: OutgoingMethod,
    pub act_method: ActMethod,
    pub incoming_status: Status,
    pub outgoing_status: Status,
    pub act_status: Status,
    pub approval: Approval,
    pub enabled: bool,
    /// Test & Enable is scheduled: the next cycle carries it out (testemailconfigurationscheduled).
    pub test_scheduled: bool,
    /// Its email server profile (null in remote mode when the mailbox has none).
    pub profile_id: Option<Id>,
    pub profile: Option<String>,
    #[serde(with = "time::rfc3339")]
    pub process_email_after: DateTime<Utc>,
    #[serde(with = "time::rfc3339_opt")]
    pub last_sync_at: Option<DateTime<Utc>>,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
}

impl<Id> Mailbox<Id> {
    pub fn methods(&self) -> MailboxMethods {
        MailboxMethods {
            incoming: self.incoming_method,
            outgoing: self.outgoing_method,
            act: self.act_method,
        }
    }

    pub fn status(&self, direction: Direction) -> Status {
        match direction {
            Direction::Incoming => self.incoming_status,
            Direction::Outgoing => self.outgoing_status,
            Direction::Act => self.act_status,
        }
    }

    /// Whether a sync cycle processes `direction` of this mailbox: the mailbox is enabled, the
    /// direction synchronized server-side and its last test a success (Test & Enable fails a
    /// mailbox whose address needs approval and has none, and an error disables a direction by
    /// failing it).
    pub fn syncs(&self, direction: Direction) -> bool {
        self.enabled
            && self.methods().is_server_side(direction)
            && self.status(direction) == Status::Success
    }
}

const SELECT: &str = "SELECT m.id, coalesce(u.name, q.name), m.email, m.user_id, m.queue_id,
        m.incoming_method, m.outgoing_method, m.act_method,
        m.incoming_status, m.outgoing_status, m.act_status,
        m.approval, m.enabled, m.process_email_after, m.last_sync_at, m.created_at,
        m.profile_id, p.name, m.test_scheduled
    FROM mailbox m
    LEFT JOIN user u ON u.id = m.user_id
    LEFT JOIN queue q ON q.id = m.queue_id
    LEFT JOIN email_server_profile p ON p.id = m.profile_id";

fn from_row(r: &Row) -> rusqlite::Result<Mailbox> {
    // The schema gives a mailbox exactly one owner: a queue, or else a user.
    let (owner_kind, owner_id) = match r.get::<_, Option<i64>>(4)? {
        Some(queue_id) => (OwnerKind::Queue, queue_id),
        None => (OwnerKind::User, r.get(3)?),
    };
    Ok(Mailbox {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        owner_kind,
        owner_id,
        owner: r.get(1)?,
        incoming_method: r.get(5)?,
        outgoing_method: r.get(6)?,
        act_method: r.get(7)?,
        incoming_status: r.get(8)?,
        outgoing_status: r.get(9)?,
        act_status: r.get(10)?,
        approval: r.get(11)?,
        enabled: r.get(12)?,
        profile_id: r.get(16)?,
        profile: r.get(17)?,
        test_scheduled: r.get(18)?,
        process_email_after: time_at(r, 13)?,
        last_sync_at: optional_time_at(r, 14)?,
        created_at: time_at(r, 15)?,
    })
}

/// Creates the mailbox of a new user or queue with the default methods, statuses Not Run,
/// approval Pending, the watermark at the org's clock, the default email server profile, and
/// its well-known folders.
pub(super) fn create(
    conn: &Connection,
    owner: OwnerKind,
    owner_id: i64,
    email: &str,
) -> Result<i64> {
    let now = super::now(conn)?;
    let methods = MailboxMethods::default_for(owner);
    let (user_id, queue_id) = match owner {
        OwnerKind::User => (Some(owner_id), None),
        OwnerKind::Queue => (None, Some(owner_id)),
    };
    conn.prepare_cached(
        "INSERT INTO mailbox (user_id, queue_id, email, incoming_method, outgoing_method, act_method,
             incoming_status, outgoing_status, act_status, approval, enabled, process_email_after, created_at,
             profile_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, ?8, 1, ?9, ?9,
             (SELECT id FROM email_server_profile WHERE is_default = 1))",
    )?
    .execute(params![
        user_id,
        queue_id,
        email,
        methods.incoming,
        methods.outgoing,
        methods.act,
        Status::NotRun,
        Approval::Pending,
        now
    ])?;
    let id = conn.last_insert_rowid();
    folders::create_well_known(conn, id)?;
    Ok(id)
}

pub fn get(conn: &Connection, id: i64) -> Result<Mailbox> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE m.id = ?1"))?
        .query_row([id], from_row)?)
}

/// Mailboxes by name, then id; with `status`, only those with a direction in that status.
pub fn list(conn: &Connection, status: Option<Status>) -> Result<Vec<Mailbox>> {
    let mut all = Vec::new();
    for_each(
        conn,
        &Filter {
            status,
            ..Filter::default()
        },
        |m| {
            all.push(m);
            Ok(())
        },
    )?;
    Ok(all)
}

/// Which of the mailboxes a command names it acts on (`--approval`, `--status`,
/// `--owner-kind`): the same test locally and on a real environment.
#[derive(Debug, Default, Clone, Copy)]
pub struct Pick {
    pub approval: Option<Approval>,
    /// Any direction (incoming, outgoing or ACT) in this status.
    pub status: Option<Status>,
    /// Each direction in its own status (`mailbox list --incoming-status`...).
    pub incoming_status: Option<Status>,
    pub outgoing_status: Option<Status>,
    pub act_status: Option<Status>,
    pub owner_kind: Option<OwnerKind>,
}

impl Pick {
    pub fn keeps<Id>(&self, mailbox: &Mailbox<Id>) -> bool {
        self.approval.is_none_or(|a| mailbox.approval == a)
            && self
                .status
                .is_none_or(|s| Direction::ALL.iter().any(|d| mailbox.status(*d) == s))
            && [
                (Direction::Incoming, self.incoming_status),
                (Direction::Outgoing, self.outgoing_status),
                (Direction::Act, self.act_status),
            ]
            .iter()
            .all(|(d, s)| s.is_none_or(|s| mailbox.status(*d) == s))
            && self.owner_kind.is_none_or(|k| mailbox.owner_kind == k)
    }
}

/// New delivery methods for a mailbox; a direction whose method changed has not been tested
/// in its new form, so its status goes back to Not Run.
pub fn change_methods(conn: &Connection, before: &Mailbox, methods: &MailboxMethods) -> Result<()> {
    set_methods(conn, before.id, methods)?;
    let old = before.methods();
    let changed = [
        (Direction::Incoming, old.incoming != methods.incoming),
        (Direction::Outgoing, old.outgoing != methods.outgoing),
        (Direction::Act, old.act != methods.act),
    ];
    for (direction, changed) in changed {
        if changed {
            set_status(conn, before.id, direction, Status::NotRun)?;
        }
    }
    Ok(())
}

/// Which mailboxes `for_each` reads.
#[derive(Debug, Default)]
pub struct Filter {
    /// Only those with a direction (incoming, outgoing or ACT) in this status.
    pub status: Option<Status>,
    /// Only those whose incoming, outgoing or ACT direction is in this status.
    pub incoming_status: Option<Status>,
    pub outgoing_status: Option<Status>,
    pub act_status: Option<Status>,
    /// Only those listed after this mailbox (by name, then id): a cursor for paging.
    pub after_id: Option<i64>,
    pub limit: Option<i64>,
}

/// Streams mailboxes by name, then id, without loading them all.
pub fn for_each(
    conn: &Connection,
    filter: &Filter,
    mut each: impl FnMut(Mailbox) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 IS NULL OR ?1 IN (m.incoming_status, m.outgoing_status, m.act_status))
         AND (?2 IS NULL OR (coalesce(u.name, q.name), m.id) > (
             SELECT coalesce(au.name, aq.name), am.id FROM mailbox am
             LEFT JOIN user au ON au.id = am.user_id LEFT JOIN queue aq ON aq.id = am.queue_id
             WHERE am.id = ?2))
         AND (?4 IS NULL OR m.incoming_status = ?4)
         AND (?5 IS NULL OR m.outgoing_status = ?5)
         AND (?6 IS NULL OR m.act_status = ?6)
         ORDER BY 2, m.id LIMIT ?3"
    ))?;
    let mut rows = stmt.query(params![
        filter.status,
        filter.after_id,
        filter.limit.unwrap_or(-1),
        filter.incoming_status,
        filter.outgoing_status,
        filter.act_status
    ])?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

/// Every mailbox's id in the order cycles process them (`list`'s order).
pub fn ids(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id FROM mailbox m
         LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id
         ORDER BY coalesce(u.name, q.name), m.id",
    )?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM mailbox")?
        .query_row([], |r| r.get(0))?)
}

/// Refuses (exit 5) an email address a user or queue already has, naming who.
pub fn ensure_email_free(conn: &Connection, email: &str) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE m.email = ?1"))?;
    if let Some(holder) = stmt.query_map([email], from_row)?.next().transpose()? {
        return Err(Error::new(
            Code::EmailTaken,
            format!(
                "the email address {email} is already used by {} {} (id {})",
                holder.owner_kind.word(),
                holder.name,
                holder.owner_id
            ),
        ));
    }
    Ok(())
}

pub fn set_methods(conn: &Connection, id: i64, methods: &MailboxMethods) -> Result<()> {
    conn.prepare_cached(
        "UPDATE mailbox SET incoming_method = ?2, outgoing_method = ?3, act_method = ?4 WHERE id = ?1",
    )?
    .execute(params![id, methods.incoming, methods.outgoing, methods.act])?;
    Ok(())
}

pub fn set_status(conn: &Connection, id: i64, direction: Direction, status: Status) -> Result<()> {
    let sql = match direction {
        Direction::Incoming => "UPDATE mailbox SET incoming_status = ?2 WHERE id = ?1",
        Direction::Outgoing => "UPDATE mailbox SET outgoing_status = ?2 WHERE id = ?1",
        Direction::Act => "UPDATE mailbox SET act_status = ?2 WHERE id = ?1",
    };
    conn.prepare_cached(sql)?.execute(params![id, status])?;
    Ok(())
}

pub fn set_approval(conn: &Connection, id: i64, approval: Approval) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET approval = ?2 WHERE id = ?1")?
        .execute(params![id, approval])?;
    Ok(())
}

pub fn set_enabled(conn: &Connection, id: i64, enabled: bool) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET enabled = ?2 WHERE id = ?1")?
        .execute(params![id, enabled])?;
    Ok(())
}

pub fn set_last_sync(conn: &Connection, id: i64, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET last_sync_at = ?2 WHERE id = ?1")?
        .execute(params![id, time::format(at)])?;
    Ok(())
}

/// The mailbox with this address, if the org has one (internal recipient).
pub fn id_by_email(conn: &Connection, email: &str) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT id FROM mailbox WHERE email = ?1")?
        .query_row([email], |r| r.get(0))
        .optional()?)
}

/// "Process email received after": older mail is left alone by automatic tracking.
pub fn set_watermark(conn: &Connection, id: i64, after: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET process_email_after = ?2 WHERE id = ?1")?
        .execute(params![id, time::format(after)])?;
    Ok(())
}

pub fn set_profile(conn: &Connection, id: i64, profile_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET profile_id = ?2 WHERE id = ?1")?
        .execute(params![id, profile_id])?;
    Ok(())
}

/// Consecutive transient failures of `direction` (the error model's retry count).
pub fn failures(conn: &Connection, id: i64, direction: Direction) -> Result<i64> {
    let sql = match direction {
        Direction::Incoming => "SELECT incoming_failures FROM mailbox WHERE id = ?1",
        Direction::Outgoing => "SELECT outgoing_failures FROM mailbox WHERE id = ?1",
        Direction::Act => "SELECT act_failures FROM mailbox WHERE id = ?1",
    };
    Ok(conn.prepare_cached(sql)?.query_row([id], |r| r.get(0))?)
}

/// Sets the count of consecutive transient failures of `direction`; with none left failing,
/// no retry is due.
pub fn set_failures(conn: &Connection, id: i64, direction: Direction, count: i64) -> Result<()> {
    // Every poll sets the count: writing only a change keeps an idle mailbox's row untouched.
    let sql = match direction {
        Direction::Incoming => {
            "UPDATE mailbox SET incoming_failures = ?2 WHERE id = ?1 AND incoming_failures <> ?2"
        }
        Direction::Outgoing => {
            "UPDATE mailbox SET outgoing_failures = ?2 WHERE id = ?1 AND outgoing_failures <> ?2"
        }
        Direction::Act => {
            "UPDATE mailbox SET act_failures = ?2 WHERE id = ?1 AND act_failures <> ?2"
        }
    };
    conn.prepare_cached(sql)?.execute(params![id, count])?;
    conn.prepare_cached(
        "UPDATE mailbox SET retry_at = NULL
          WHERE id = ?1 AND retry_at IS NOT NULL
            AND incoming_failures = 0 AND outgoing_failures = 0 AND act_failures = 0",
    )?
    .execute([id])?;
    Ok(())
}

/// When a transient error of the mailbox is retried; cleared once no direction is failing.
pub fn set_retry_at(conn: &Connection, id: i64, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET retry_at = ?2 WHERE id = ?1")?
        .execute(params![id, time::format(at)])?;
    Ok(())
}

/// The earliest retry due at or after `after` (cycles step to it; SPEC section 10).
pub fn next_retry(conn: &Connection, after: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
    let at: Option<String> = conn
        .prepare_cached("SELECT min(retry_at) FROM mailbox WHERE retry_at > ?1")?
        .query_row([time::format(after)], |r| r.get(0))?;
    at.map(|t| time::parse_stored(&t)).transpose()
}

pub fn set_test_scheduled(conn: &Connection, id: i64, scheduled: bool) -> Result<()> {
    conn.prepare_cached("UPDATE mailbox SET test_scheduled = ?2 WHERE id = ?1")?
        .execute(params![id, scheduled])?;
    Ok(())
}
