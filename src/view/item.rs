//! An item as `item list|show`, `item categorize|track` and `explain` print it.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::tracking::{ItemKind, Pending, TrackingState};
use crate::store::items::{self, Item, Tracking};
use crate::store::{folders, mailboxes};
use crate::time;

/// An item as `item list|show --json` prints it.
#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: i64,
    pub mailbox: String,
    pub mailbox_id: i64,
    pub kind: ItemKind,
    pub folder: String,
    pub subject: String,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub conversation_id: Option<i64>,
    pub from: Option<String>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub categories: Vec<String>,
    #[serde(with = "time::rfc3339_opt")]
    pub sent_at: Option<DateTime<Utc>>,
    #[serde(with = "time::rfc3339")]
    pub received_at: DateTime<Utc>,
    #[serde(with = "time::rfc3339_opt")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(with = "time::rfc3339_opt")]
    pub ends_at: Option<DateTime<Utc>>,
    pub organizer: Option<String>,
    pub series_item_id: Option<i64>,
    pub rrule: Option<String>,
    pub completed: bool,
    pub contact_email: Option<String>,
    /// A task's assignee in Outlook; never synchronized to Dynamics 365.
    pub assigned_to: Option<String>,
    /// `state`, `method`, `activity_id`, `record_id`, `attempts`, `last_error`.
    pub tracking: Tracking,
    /// What the next cycle will do with it, if anything.
    pub pending: Option<Pending>,
    /// Why its last step did what it did.
    pub note: Option<String>,
    /// `tracking.state` again, at the top level for tables and quick filters.
    pub state: TrackingState,
}

/// Renders items with their mailbox names and folder paths looked up once per distinct value.
pub struct Viewer<'c> {
    conn: &'c Connection,
    mailbox_names: std::collections::HashMap<i64, String>,
    folder_paths: std::collections::HashMap<i64, String>,
}

impl<'c> Viewer<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Viewer {
            conn,
            mailbox_names: Default::default(),
            folder_paths: Default::default(),
        }
    }

    pub fn view(&mut self, item: Item) -> Result<ItemView> {
        if !self.mailbox_names.contains_key(&item.mailbox_id) {
            let name = mailboxes::get(self.conn, item.mailbox_id)?.name;
            self.mailbox_names.insert(item.mailbox_id, name);
        }
        if !self.folder_paths.contains_key(&item.folder_id) {
            let path = folders::path_of(self.conn, item.folder_id)?;
            self.folder_paths.insert(item.folder_id, path);
        }
        Ok(ItemView {
            id: item.id,
            mailbox: self.mailbox_names[&item.mailbox_id].clone(),
            mailbox_id: item.mailbox_id,
            kind: item.kind,
            folder: self.folder_paths[&item.folder_id].clone(),
            categories: items::category_names(self.conn, item.id)?,
            subject: item.subject,
            message_id: item.message_id,
            in_reply_to: item.in_reply_to,
            conversation_id: item.conversation_id,
            from: item.from,
            to: item.to,
            cc: item.cc,
            sent_at: item.sent_at,
            received_at: item.received_at,
            starts_at: item.starts_at,
            ends_at: item.ends_at,
            organizer: item.organizer,
            series_item_id: item.series_item_id,
            rrule: item.rrule,
            completed: item.completed,
            contact_email: item.contact_email,
            assigned_to: item.assigned_to,
            state: item.tracking.state,
            tracking: item.tracking,
            pending: item.pending,
            note: item.note,
        })
    }
}
