//! Bulk writing of a brand-new state (`orgtrack generate`): the same rows the one-at-a-time
//! paths write, through statements prepared once, with ids chosen here so that nothing has to
//! be read back. Only for a file nobody else can see yet (`Store::create_with`).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Statement, params};

use super::categories::TRACKED;
use crate::error::Result;
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
use crate::model::{Approval, Direction, MailboxMethods, OwnerKind, Status, TrackEmail};
use crate::model::{WellKnownFolder, alerts::Alert};
use crate::time;

/// Trades durability for speed while the staging file is written: it is renamed into place only
/// once complete, so a crash half-way leaves nothing anyone opens.
pub fn relax_durability(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    // Enough pages that the indexes being appended to stay in memory.
    conn.pragma_update(None, "cache_size", -65_536)?;
    Ok(())
}

/// A mailbox ready for sync cycles: approved, every server-side direction tested successfully,
/// enabled, the tracking category in its master list.
pub struct ReadyMailbox<'a> {
    pub owner: OwnerKind,
    pub owner_id: i64,
    pub name: &'a str,
    pub email: &'a str,
    pub created_at: DateTime<Utc>,
}

/// The folders of a new mailbox the generator files email in.
#[derive(Debug, Clone, Copy)]
pub struct MailboxIds {
    pub id: i64,
    pub inbox: i64,
    pub sent_items: i64,
    pub tracked_category: i64,
}

/// An email as the generator makes it; `categorized` emails wait for the next cycle to track
/// them, as if a user had assigned the tracking category.
pub struct BulkEmail<'a> {
    pub mailbox: &'a MailboxIds,
    pub outgoing: bool,
    pub subject: &'a str,
    pub message_id: &'a str,
    pub in_reply_to: Option<&'a str>,
    pub references: &'a str,
    /// The item that starts the conversation; None: this one.
    pub conversation_id: Option<i64>,
    pub from: &'a str,
    pub to: &'a str,
    pub sent_at: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
    pub categorized: bool,
}

pub struct Writer<'c> {
    conn: &'c Connection,
    user: Statement<'c>,
    queue: Statement<'c>,
    mailbox: Statement<'c>,
    folder: Statement<'c>,
    category: Statement<'c>,
    item: Statement<'c>,
    item_category: Statement<'c>,
    next_item: i64,
}

/// The note `item categorize` leaves on an item it marks for tracking.
const CATEGORIZED_NOTE: &str = "categorized; tracked at the next cycle";

impl<'c> Writer<'c> {
    pub fn new(conn: &'c Connection) -> Result<Writer<'c>> {
        let next_item: i64 =
            conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM item", [], |r| {
                r.get(0)
            })?;
        Ok(Writer {
            conn,
            user: conn.prepare(
                "INSERT INTO user (name, track_email, created_at) VALUES (?1, ?2, ?3)",
            )?,
            queue: conn.prepare(
                "INSERT INTO queue (name, owner_user_id, convert_email, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?,
            mailbox: conn.prepare(
                "INSERT INTO mailbox (user_id, queue_id, email, incoming_method, outgoing_method, act_method,
                     incoming_status, outgoing_status, act_status, approval, enabled, process_email_after, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?11)",
            )?,
            folder: conn.prepare(
                "INSERT INTO folder (mailbox_id, parent_id, name, well_known) VALUES (?1, NULL, ?2, ?3)",
            )?,
            category: conn.prepare(
                "INSERT INTO category (mailbox_id, name, role, state, created_at) VALUES (?1, ?2, 'tracked', 'active', ?3)",
            )?,
            item: conn.prepare(
                "INSERT INTO item (id, mailbox_id, folder_id, kind, subject, message_id, in_reply_to, refs,
                     conversation_id, from_addr, to_addrs, sent_at, received_at,
                     tracking_state, tracking_method, pending, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            )?,
            item_category: conn
                .prepare("INSERT INTO item_category (item_id, category_id) VALUES (?1, ?2)")?,
            next_item,
        })
    }

    pub fn user(&mut self, name: &str, track_email: TrackEmail, at: DateTime<Utc>) -> Result<i64> {
        self.user
            .execute(params![name, track_email, time::format(at)])?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn queue(
        &mut self,
        name: &str,
        owner_user_id: i64,
        convert_email: TrackEmail,
        at: DateTime<Utc>,
    ) -> Result<i64> {
        self.queue.execute(params![
            name,
            owner_user_id,
            convert_email,
            time::format(at)
        ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The mailbox, its well-known folders, its tracking category and the alert a successful
    /// Test & Enable records.
    pub fn ready_mailbox(&mut self, m: &ReadyMailbox) -> Result<MailboxIds> {
        let methods = MailboxMethods::default_for(m.owner);
        let (user_id, queue_id) = match m.owner {
            OwnerKind::User => (Some(m.owner_id), None),
            OwnerKind::Queue => (None, Some(m.owner_id)),
        };
        let tested = |direction| {
            if methods.is_server_side(direction) {
                Status::Success
            } else {
                Status::NotRun
            }
        };
        let at = time::format(m.created_at);
        self.mailbox.execute(params![
            user_id,
            queue_id,
            m.email,
            methods.incoming,
            methods.outgoing,
            methods.act,
            tested(Direction::Incoming),
            tested(Direction::Outgoing),
            tested(Direction::Act),
            Approval::Approved,
            at,
        ])?;
        let id = self.conn.last_insert_rowid();
        let (mut inbox, mut sent_items) = (0, 0);
        for folder in WellKnownFolder::ALL {
            self.folder
                .execute(params![id, folder.display_name(), folder.word()])?;
            match folder {
                WellKnownFolder::Inbox => inbox = self.conn.last_insert_rowid(),
                WellKnownFolder::SentItems => sent_items = self.conn.last_insert_rowid(),
                _ => {}
            }
        }
        self.category.execute(params![id, TRACKED, at])?;
        let tracked_category = self.conn.last_insert_rowid();
        let alert: Alert = crate::model::alerts::TEST_SUCCEEDED.for_mailbox(m.name);
        super::alerts::raise(self.conn, Some(id), &alert)?;
        Ok(MailboxIds {
            id,
            inbox,
            sent_items,
            tracked_category,
        })
    }

    /// The id the next email gets, so a conversation can name its first item before writing it.
    pub fn next_item_id(&self) -> i64 {
        self.next_item
    }

    pub fn email(&mut self, e: &BulkEmail) -> Result<i64> {
        let id = self.next_item;
        self.next_item += 1;
        let folder = if e.outgoing {
            e.mailbox.sent_items
        } else {
            e.mailbox.inbox
        };
        let (state, method, pending, note) = if e.categorized {
            (
                TrackingState::Pending,
                Some(TrackingMethod::Category),
                Some(Pending::Track),
                Some(CATEGORIZED_NOTE),
            )
        } else {
            (TrackingState::Untracked, None, None, None)
        };
        self.item.execute(params![
            id,
            e.mailbox.id,
            folder,
            ItemKind::Email,
            e.subject,
            e.message_id,
            e.in_reply_to,
            e.references,
            e.conversation_id.unwrap_or(id),
            e.from,
            e.to,
            time::format(e.sent_at),
            time::format(e.received_at),
            state,
            method,
            pending,
            note,
        ])?;
        if e.categorized {
            self.item_category
                .execute(params![id, e.mailbox.tracked_category])?;
        }
        Ok(id)
    }
}
