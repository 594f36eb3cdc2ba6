//! The item shape: `item list|show`, the copies `mail receive|send`, `appointment|task|contact
//! add` create, the rows of `item categorize|move|track|delete` and `explain.item`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
use crate::store::inbox_rules::{self, Acted};
use crate::store::items::{self, Item, Tracking};
use crate::store::{folders, mailboxes, records};
use crate::time;

/// An Exchange item with its tracking facts.
#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: i64,
    pub mailbox_id: i64,
    pub mailbox: String,
    pub folder_id: i64,
    /// The folder's path (`Inbox/Contoso`).
    pub folder: String,
    pub kind: ItemKind,
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
    /// An email protected with Information Rights Management (restricted permission).
    pub irm_restricted: bool,
    /// An appointment marked private in Outlook.
    pub private: bool,
    /// The linked item this one is an Outlook copy of.
    pub copied_from_item_id: Option<i64>,
    pub tracking: TrackingView,
    /// `tracking.state` again, at the top level for tables and quick filters.
    pub state: TrackingState,
    /// What the next cycle will do with it, if anything.
    pub pending: Option<Pending>,
    /// Why its last step did what it did.
    pub note: Option<String>,
    /// The inbox rules that acted on it when it arrived, in the order they ran.
    pub inbox_rules: Vec<Acted>,
}

/// Where tracking stands: the activity (or, for a contact, the record) it is tracked to.
#[derive(Debug, Serialize)]
pub struct TrackingView {
    pub state: TrackingState,
    pub method: Option<TrackingMethod>,
    pub activity_id: Option<i64>,
    pub record_id: Option<i64>,
    pub record: Option<String>,
    /// Failed promotions since the tracking category was last assigned.
    pub attempts: i64,
    pub last_error: Option<String>,
}

impl TrackingView {
    fn new(conn: &Connection, tracking: Tracking) -> Result<Self> {
        Ok(TrackingView {
            record: tracking
                .record_id
                .map(|id| records::get(conn, id).map(|r| r.name))
                .transpose()?,
            state: tracking.state,
            method: tracking.method,
            activity_id: tracking.activity_id,
            record_id: tracking.record_id,
            attempts: tracking.attempts,
            last_error: tracking.last_error,
        })
    }
}

/// Table columns of an item listing, most important first: on a narrow terminal the last
/// columns are hidden. WHEN tells the occurrences of a series apart: an appointment's start,
/// else when the item arrived.
pub const COLUMNS: &[&str] = &[
    "id",
    "mailbox",
    "kind",
    "starts_at|received_at:WHEN",
    "subject",
    "state",
    "folder",
    "categories",
    "pending",
];

/// Renders items with their mailbox names and folder paths looked up once per distinct value.
pub struct Viewer<'c> {
    conn: &'c Connection,
    mailbox_names: HashMap<i64, String>,
    folder_paths: HashMap<i64, String>,
}

impl<'c> Viewer<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Viewer {
            conn,
            mailbox_names: HashMap::new(),
            folder_paths: HashMap::new(),
        }
    }

    /// The item with this id.
    pub fn by_id(&mut self, id: i64) -> Result<ItemView> {
        let item = items::get(self.conn, id)?;
        self.view(item)
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
            folder: self.folder_paths[&item.folder_id].clone(),
            folder_id: item.folder_id,
            kind: item.kind,
            categories: items::category_names(self.conn, item.id)?,
            inbox_rules: inbox_rules::acted_on(self.conn, item.id)?,
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
            irm_restricted: item.irm_restricted,
            private: item.private,
            copied_from_item_id: item.copied_from_item_id,
            state: item.tracking.state,
            tracking: TrackingView::new(self.conn, item.tracking)?,
            pending: item.pending,
            note: item.note,
        })
    }
}
