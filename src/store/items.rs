//! Exchange items: emails, appointments, tasks and contacts in mailbox folders, with their
//! tracking facts. The next cycle's work is the set of items with `pending` set.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Code, Error, Result};
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
use crate::time;

/// An Exchange item. `Default` gives a message no mailbox holds yet: what Dynamics 365 has of an
/// email it has not sent (Pending Send).
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub id: i64,
    pub mailbox_id: i64,
    pub folder_id: i64,
    pub kind: ItemKind,
    pub subject: String,
    pub body: String,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub thread_index: Option<String>,
    /// The Thread-Index decoded, in hex: an ancestor's is a prefix of it.
    pub conversation_index: Option<String>,
    pub conversation_id: Option<i64>,
    pub from: Option<String>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub received_at: DateTime<Utc>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub organizer: Option<String>,
    pub attendees: Vec<String>,
    pub rrule: Option<String>,
    pub series_item_id: Option<i64>,
    pub due_at: Option<DateTime<Utc>>,
    pub completed: bool,
    pub contact_email: Option<String>,
    /// A task's assignee in Outlook (not synchronized).
    pub assigned_to: Option<String>,
    /// An email protected with Information Rights Management (restricted permission).
    pub irm_restricted: bool,
    /// An appointment marked private in Outlook.
    pub private: bool,
    /// The linked item this one is an Outlook copy of.
    pub copied_from_item_id: Option<i64>,
    pub tracking: Tracking,
    /// The activity it was last tracked to, kept after untracking while the activity exists.
    pub last_activity_id: Option<i64>,
    pub pending: Option<Pending>,
    pub note: Option<String>,
    /// Why automatic tracking did what it did (JSON), for `explain`.
    pub evaluation: Option<String>,
}

impl Item {
    /// The activity that tracking this item (again) links to: its current one, else the one
    /// it was last tracked to, so untracking and tracking again never makes a second activity.
    pub fn known_activity(&self) -> Option<i64> {
        self.tracking.activity_id.or(self.last_activity_id)
    }
}

/// The tracking facts of an item; written back whole by `set_tracking`. Also the `tracking`
/// object of the item JSON contract.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Tracking {
    pub state: TrackingState,
    pub method: Option<TrackingMethod>,
    pub activity_id: Option<i64>,
    pub record_id: Option<i64>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// What `insert` needs; kind-specific fields stay None for other kinds.
#[derive(Debug, Clone, Default)]
pub struct NewItem {
    pub mailbox_id: i64,
    pub folder_id: i64,
    pub kind: Option<ItemKind>,
    pub subject: String,
    pub body: String,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub thread_index: Option<String>,
    pub from: Option<String>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub received_at: Option<DateTime<Utc>>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub organizer: Option<String>,
    pub attendees: Vec<String>,
    pub rrule: Option<String>,
    pub series_item_id: Option<i64>,
    pub due_at: Option<DateTime<Utc>>,
    pub completed: bool,
    pub contact_email: Option<String>,
    pub assigned_to: Option<String>,
    pub irm_restricted: bool,
    pub private: bool,
    pub pending: Option<Pending>,
}

const COLUMNS: &str = "id, mailbox_id, folder_id, kind, subject, body, message_id, in_reply_to, refs, \
    thread_index, conversation_id, from_addr, to_addrs, cc_addrs, bcc_addrs, sent_at, received_at, \
    starts_at, ends_at, organizer, attendees, rrule, series_item_id, due_at, completed, contact_email, \
    tracking_state, tracking_method, activity_id, record_id, attempts, last_error, pending, note, \
    conversation_index, evaluation, assigned_to, last_activity_id, irm_restricted, private, \
    copied_from_item_id";

fn list_of(text: String) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn opt_time(row: &Row, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.and_then(|t| time::parse_stored(&t).ok()))
}

fn from_row(r: &Row) -> rusqlite::Result<Item> {
    Ok(Item {
        id: r.get(0)?,
        mailbox_id: r.get(1)?,
        folder_id: r.get(2)?,
        kind: r.get(3)?,
        subject: r.get(4)?,
        body: r.get(5)?,
        message_id: r.get(6)?,
        in_reply_to: r.get(7)?,
        references: r
            .get::<_, String>(8)?
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        thread_index: r.get(9)?,
        conversation_id: r.get(10)?,
        from: r.get(11)?,
        to: list_of(r.get(12)?),
        cc: list_of(r.get(13)?),
        bcc: list_of(r.get(14)?),
        sent_at: opt_time(r, 15)?,
        received_at: opt_time(r, 16)?.unwrap_or_default(),
        starts_at: opt_time(r, 17)?,
        ends_at: opt_time(r, 18)?,
        organizer: r.get(19)?,
        attendees: list_of(r.get(20)?),
        rrule: r.get(21)?,
        series_item_id: r.get(22)?,
        due_at: opt_time(r, 23)?,
        completed: r.get(24)?,
        contact_email: r.get(25)?,
        tracking: Tracking {
            state: r.get(26)?,
            method: r.get(27)?,
            activity_id: r.get(28)?,
            record_id: r.get(29)?,
            attempts: r.get(30)?,
            last_error: r.get(31)?,
        },
        pending: r.get(32)?,
        note: r.get(33)?,
        conversation_index: r.get(34)?,
        evaluation: r.get(35)?,
        assigned_to: r.get(36)?,
        last_activity_id: r.get(37)?,
        irm_restricted: r.get(38)?,
        private: r.get(39)?,
        copied_from_item_id: r.get(40)?,
    })
}

fn fmt_opt(t: Option<DateTime<Utc>>) -> Option<String> {
    t.map(time::format)
}

/// Hex digits of the Thread-Index header block (22 bytes), which names the conversation.
const CONVERSATION_KEY_HEX: usize = 2 * crate::correlate::thread_index::HEADER_LEN;

/// The Thread-Index in hex, when it decodes; an undecodable header is kept but not used.
fn conversation_index(thread_index: Option<&str>) -> Option<String> {
    let bytes = crate::correlate::thread_index::to_bytes(thread_index?).ok()?;
    (bytes.len() >= crate::correlate::thread_index::HEADER_LEN)
        .then(|| bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Inserts an item and places it in a conversation: the conversation of the message it replies
/// to or references, else of a reply to it already there, else of the Thread-Index it shares,
/// else a new one (its own id).
pub fn insert(conn: &Connection, item: &NewItem, now: DateTime<Utc>) -> Result<i64> {
    let kind = item
        .kind
        .ok_or_else(|| Error::new(Code::Internal, "an item needs a kind"))?;
    let index = conversation_index(item.thread_index.as_deref());
    let conversation = if kind == ItemKind::Email {
        find_conversation(conn, item, index.as_deref())?
    } else {
        None
    };
    conn.prepare_cached(
        "INSERT INTO item (mailbox_id, folder_id, kind, subject, body, message_id, in_reply_to, refs, \
         thread_index, conversation_id, from_addr, to_addrs, cc_addrs, bcc_addrs, sent_at, received_at, \
         starts_at, ends_at, organizer, attendees, rrule, series_item_id, due_at, completed, contact_email, pending, \
         conversation_index, assigned_to, irm_restricted, private) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
    )?
    .execute(params![
        item.mailbox_id,
        item.folder_id,
        kind,
        item.subject,
        item.body,
        item.message_id,
        item.in_reply_to,
        item.references.join(" "),
        item.thread_index,
        conversation,
        item.from,
        item.to.join(","),
        item.cc.join(","),
        item.bcc.join(","),
        fmt_opt(item.sent_at),
        time::format(item.received_at.unwrap_or(now)),
        fmt_opt(item.starts_at),
        fmt_opt(item.ends_at),
        item.organizer,
        item.attendees.join(","),
        item.rrule,
        item.series_item_id,
        fmt_opt(item.due_at),
        item.completed,
        item.contact_email,
        item.pending,
        index,
        item.assigned_to,
        item.irm_restricted,
        item.private,
    ])?;
    let id = conn.last_insert_rowid();
    if kind == ItemKind::Email && conversation.is_none() {
        conn.prepare_cached("UPDATE item SET conversation_id = ?1 WHERE id = ?1")?
            .execute([id])?;
    }
    Ok(id)
}

fn find_conversation(
    conn: &Connection,
    item: &NewItem,
    index: Option<&str>,
) -> Result<Option<i64>> {
    let mut by_message = conn.prepare_cached(
        "SELECT conversation_id FROM item WHERE message_id = ?1 AND conversation_id IS NOT NULL LIMIT 1",
    )?;
    // The same message seen by another mailbox, then its parent, then anything it references.
    let linked = item
        .message_id
        .iter()
        .chain(item.in_reply_to.iter())
        .chain(item.references.iter().rev());
    for id in linked {
        if let Some(conversation) = by_message.query_row([id], |r| r.get(0)).optional()? {
            return Ok(Some(conversation));
        }
    }
    // Imports follow file order, not date order: a reply may have come first.
    if let Some(message_id) = &item.message_id {
        let reply = conn
            .prepare_cached(
                "SELECT conversation_id FROM item WHERE in_reply_to = ?1 \
                 AND conversation_id IS NOT NULL LIMIT 1",
            )?
            .query_row([message_id], |r| r.get(0))
            .optional()?;
        if reply.is_some() {
            return Ok(reply);
        }
    }
    if let Some(key) = index.and_then(|hex| hex.get(..CONVERSATION_KEY_HEX)) {
        let found = conn
            .prepare_cached(
                // `conversation_index IS NOT NULL` is the condition of the partial index
                // `item_conversation_key`: without it SQLite cannot use the index and reads
                // every item.
                "SELECT conversation_id FROM item WHERE conversation_index IS NOT NULL \
                 AND substr(conversation_index, 1, 44) = ?1 AND conversation_id IS NOT NULL LIMIT 1",
            )?
            .query_row([key], |r| r.get(0))
            .optional()?;
        return Ok(found);
    }
    Ok(None)
}

pub fn get(conn: &Connection, id: i64) -> Result<Item> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM item WHERE id = ?1 AND deleted = 0"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or_else(|| {
        Error::new(
            Code::UnknownItem,
            format!("no item {id}; `orgtrack item list` shows the items"),
        )
    })
}

/// An item deleted in Outlook whose deletion the next cycle has yet to apply.
pub fn get_deleted(conn: &Connection, id: i64) -> Result<Item> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM item WHERE id = ?1 AND deleted = 1"
        ))?
        .query_row([id], from_row)?)
}

/// Filters for `item list`; None means any.
#[derive(Debug, Default)]
pub struct Filter {
    pub mailbox_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub kind: Option<ItemKind>,
    pub state: Option<TrackingState>,
    pub after_id: i64,
    pub limit: Option<i64>,
}

/// Streams the items matching `filter` in id order to `each`, without loading them all. Only
/// the conditions given go into the query, so that a mailbox or folder is read through its index.
pub fn for_each(
    conn: &Connection,
    filter: &Filter,
    mut each: impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    let limit = filter.limit.unwrap_or(-1);
    let mut filters = super::Where::default()
        .fixed("deleted = 0")
        .with("id >", &filter.after_id)
        .equal("mailbox_id", &filter.mailbox_id)
        .equal("folder_id", &filter.folder_id)
        .equal("kind", &filter.kind)
        .equal("tracking_state", &filter.state);
    let limit_at = filters.bind(&limit);
    let sql = format!(
        "SELECT {COLUMNS} FROM item{} ORDER BY id LIMIT ?{limit_at}",
        filters.clause()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(filters.values.as_slice())?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

/// The next cycle's work in one mailbox, in the order received (ties: sent time, then id).
pub fn pending_in(conn: &Connection, mailbox_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM item WHERE mailbox_id = ?1 AND pending IS NOT NULL ORDER BY received_at, sent_at, id",
    )?;
    let ids = stmt.query_map([mailbox_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// An Outlook copy of an item into `folder_id` of its mailbox: every field and category; a copy
/// of an occurrence is a single appointment. `copied_from` marks a copy of a linked item.
pub fn copy(
    conn: &Connection,
    id: i64,
    folder_id: i64,
    copied_from: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO item (mailbox_id, folder_id, kind, subject, body, message_id, in_reply_to, refs, \
         thread_index, conversation_id, from_addr, to_addrs, cc_addrs, bcc_addrs, sent_at, received_at, \
         starts_at, ends_at, organizer, attendees, due_at, completed, contact_email, \
         conversation_index, assigned_to, irm_restricted, private, copied_from_item_id) \
         SELECT mailbox_id, ?2, kind, subject, body, message_id, in_reply_to, refs, \
         thread_index, conversation_id, from_addr, to_addrs, cc_addrs, bcc_addrs, sent_at, ?4, \
         starts_at, ends_at, organizer, attendees, due_at, completed, contact_email, \
         conversation_index, assigned_to, irm_restricted, private, ?3 \
         FROM item WHERE id = ?1",
    )?
    .execute(params![id, folder_id, copied_from, time::format(now)])?;
    let copy = conn.last_insert_rowid();
    conn.prepare_cached(
        "INSERT INTO item_category (item_id, category_id) \
         SELECT ?2, category_id FROM item_category WHERE item_id = ?1",
    )?
    .execute(params![id, copy])?;
    Ok(copy)
}

/// Pending items, including those deleted in Outlook that still wait for the cycle.
pub fn get_pending(conn: &Connection, id: i64) -> Result<Option<(Item, bool)>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS}, deleted FROM item WHERE id = ?1"
        ))?
        .query_row([id], |r| Ok((from_row(r)?, r.get::<_, bool>(41)?)))
        .optional()?)
}

/// Writes the tracking facts; an activity it points to is also remembered as its last one.
pub fn set_tracking(conn: &Connection, id: i64, t: &Tracking) -> Result<()> {
    conn.prepare_cached(
        "UPDATE item SET tracking_state = ?2, tracking_method = ?3, activity_id = ?4, record_id = ?5, \
         attempts = ?6, last_error = ?7, last_activity_id = coalesce(?4, last_activity_id) WHERE id = ?1",
    )?
    .execute(params![id, t.state, t.method, t.activity_id, t.record_id, t.attempts, t.last_error])?;
    Ok(())
}

/// `set_tracking` and `set_pending` in one statement: a cycle's step ends with both, and on a
/// large org one row write per item instead of two is measurable.
pub fn set_outcome(
    conn: &Connection,
    id: i64,
    t: &Tracking,
    pending: Option<Pending>,
    note: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE item SET tracking_state = ?2, tracking_method = ?3, activity_id = ?4, record_id = ?5, \
         attempts = ?6, last_error = ?7, last_activity_id = coalesce(?4, last_activity_id), \
         pending = ?8, note = coalesce(?9, note) WHERE id = ?1",
    )?
    .execute(params![
        id,
        t.state,
        t.method,
        t.activity_id,
        t.record_id,
        t.attempts,
        t.last_error,
        pending,
        note
    ])?;
    Ok(())
}

/// Sets (or clears) the next cycle's work and the note explaining the item's last step.
pub fn set_pending(
    conn: &Connection,
    id: i64,
    pending: Option<Pending>,
    note: Option<&str>,
) -> Result<()> {
    conn.prepare_cached("UPDATE item SET pending = ?2, note = coalesce(?3, note) WHERE id = ?1")?
        .execute(params![id, pending, note])?;
    Ok(())
}

pub fn move_to(conn: &Connection, id: i64, folder_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE item SET folder_id = ?2 WHERE id = ?1")?
        .execute(params![id, folder_id])?;
    Ok(())
}

/// Deleted in Outlook: hidden at once, kept until the next cycle has applied the deletion rules.
pub fn mark_deleted(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE item SET deleted = 1, pending = ?2 WHERE id = ?1")?
        .execute(params![id, Pending::OutlookDelete])?;
    Ok(())
}

pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM item WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Items of the same conversation in one mailbox (for `--thread`).
pub fn conversation(conn: &Connection, mailbox_id: i64, conversation_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM item WHERE mailbox_id = ?1 AND conversation_id = ?2 AND deleted = 0 ORDER BY id",
    )?;
    let ids = stmt.query_map(params![mailbox_id, conversation_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// The occurrences of a recurring appointment series.
pub fn occurrences(conn: &Connection, series_item_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM item WHERE series_item_id = ?1 AND deleted = 0 ORDER BY starts_at, id",
    )?;
    let ids = stmt.query_map([series_item_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Items linked to an activity (every copy of a tracked message).
pub fn linked_to_activity(conn: &Connection, activity_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM item WHERE activity_id = ?1 AND deleted = 0")?;
    let ids = stmt.query_map([activity_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Outlook contacts tracked to a record.
pub fn linked_to_record(conn: &Connection, record_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM item WHERE record_id = ?1 AND deleted = 0")?;
    let ids = stmt.query_map([record_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Names of the categories on an item, as Outlook shows them.
pub fn category_names(conn: &Connection, item_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.name FROM item_category ic JOIN category c ON c.id = ic.category_id \
         WHERE ic.item_id = ?1 ORDER BY c.name",
    )?;
    let names = stmt.query_map([item_id], |r| r.get(0))?;
    Ok(names.collect::<rusqlite::Result<_>>()?)
}

pub fn has_category(conn: &Connection, item_id: i64, category_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM item_category WHERE item_id = ?1 AND category_id = ?2")?
        .query_row(params![item_id, category_id], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn add_category(conn: &Connection, item_id: i64, category_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO item_category (item_id, category_id) VALUES (?1, ?2)",
    )?
    .execute(params![item_id, category_id])?;
    Ok(())
}

pub fn remove_category(conn: &Connection, item_id: i64, category_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM item_category WHERE item_id = ?1 AND category_id = ?2")?
        .execute(params![item_id, category_id])?;
    Ok(())
}

/// How many items a mailbox holds, for `mailbox show`.
pub fn count_in_mailbox(conn: &Connection, mailbox_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM item WHERE mailbox_id = ?1 AND deleted = 0")?
        .query_row([mailbox_id], |r| r.get(0))?)
}

/// Tracked with `method` to `activity_id`, nothing left for the next cycle.
pub fn mark_tracked(
    conn: &Connection,
    id: i64,
    method: TrackingMethod,
    activity_id: i64,
) -> Result<()> {
    set_tracking(
        conn,
        id,
        &Tracking {
            state: TrackingState::Tracked,
            method: Some(method),
            activity_id: Some(activity_id),
            record_id: None,
            attempts: 0,
            last_error: None,
        },
    )?;
    set_pending(conn, id, None, None)
}

/// The activity of the nearest tracked ancestor in an Outlook conversation: the tracked email
/// whose decoded Thread-Index is the longest proper prefix of `index` (whole 5-byte blocks).
pub fn ancestor_activity(conn: &Connection, index: &str) -> Result<Option<(i64, i64)>> {
    let block = 2 * crate::correlate::thread_index::BLOCK_LEN;
    let mut stmt = conn.prepare_cached(
        "SELECT id, activity_id FROM item WHERE conversation_index = ?1 AND activity_id IS NOT NULL \
         AND deleted = 0 ORDER BY id DESC LIMIT 1",
    )?;
    let mut len = index.len();
    while len >= CONVERSATION_KEY_HEX + block {
        len -= block;
        if let Some(found) = stmt
            .query_row([&index[..len]], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
        {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// Every copy of a message across mailboxes, as (item id, mailbox id).
pub fn copies_of_message(conn: &Connection, message_id: &str) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, mailbox_id FROM item WHERE message_id = ?1 AND deleted = 0 ORDER BY id",
    )?;
    let rows = stmt.query_map([message_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_evaluation(conn: &Connection, id: i64, evaluation: &str) -> Result<()> {
    conn.prepare_cached("UPDATE item SET evaluation = ?2 WHERE id = ?1")?
        .execute(params![id, evaluation])?;
    Ok(())
}

/// Items in a folder, for a folder rule that starts acting on what is already there.
pub fn in_folder(conn: &Connection, folder_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT id FROM item WHERE folder_id = ?1 AND deleted = 0 ORDER BY id")?;
    let ids = stmt.query_map([folder_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Whether a folder holds a message already (import and delivery count it as a duplicate).
pub fn exists_in_folder(conn: &Connection, folder_id: i64, message_id: &str) -> Result<bool> {
    Ok(conn
        // Left to choose, SQLite takes `item_folder` and reads the whole folder for every
        // message imported: a Message-ID names at most a few items.
        .prepare_cached(
            "SELECT 1 FROM item INDEXED BY item_message \
             WHERE message_id = ?1 AND folder_id = ?2 AND deleted = 0 LIMIT 1",
        )?
        .query_row(params![message_id, folder_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Outlook keeps the mail of a deleted folder: it moves to Deleted Items with its subfolders'.
/// Returns how many items moved.
pub fn move_out_of_subtree(conn: &Connection, folder_id: i64, target: i64) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "WITH RECURSIVE sub(id) AS (
                 SELECT ?1 UNION ALL SELECT f.id FROM folder f JOIN sub ON f.parent_id = sub.id)
             UPDATE item SET folder_id = ?2 WHERE folder_id IN (SELECT id FROM sub)",
        )?
        .execute(params![folder_id, target])?)
}

/// The Thread-Index of a message held in any mailbox (a reply continues it).
pub fn thread_index_of(conn: &Connection, message_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT thread_index FROM item WHERE message_id = ?1 AND thread_index IS NOT NULL LIMIT 1")?
        .query_row([message_id], |r| r.get(0))
        .optional()?)
}
