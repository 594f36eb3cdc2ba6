//! The tracking categories in each mailbox's master list: created (with the Information alert)
//! while `TrackCategorizedItems` is on, soft-deleted while it is off.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::error::Result;
use crate::model::alerts::TRACKING_CATEGORY_ENABLED;
use crate::model::{ActMethod, IncomingMethod};
use crate::store::categories::{self, TRACKED, UNDELIVERABLE};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{alerts, settings};
use crate::time;

/// What a cycle did to one mailbox's master list.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub created: bool,
    pub soft_deleted: bool,
    pub alerted: bool,
}

/// Mailboxes on the legacy Outlook client get no tracking category.
pub fn uses_legacy_client(mailbox: &Mailbox) -> bool {
    mailbox.incoming_method == IncomingMethod::Outlook || mailbox.act_method == ActMethod::Outlook
}

/// The mailboxes category tracking cannot serve, for the warning when it is turned on.
pub fn legacy_client_mailboxes(conn: &Connection) -> Result<Vec<Mailbox>> {
    Ok(mailboxes::list(conn, None)?
        .into_iter()
        .filter(uses_legacy_client)
        .collect())
}

pub fn category_tracking_on(conn: &Connection) -> Result<bool> {
    settings::flag(conn, "TrackCategorizedItems")
}

/// Brings the mailbox's tracking category in line with the setting.
pub fn reconcile(
    conn: &Connection,
    mailbox: &Mailbox,
    tracking_on: bool,
    now: DateTime<Utc>,
) -> Result<Change> {
    let mut change = Change::default();
    // The legacy Outlook client gets no category: one it had before switching goes as if off.
    let tracking_on = tracking_on && !uses_legacy_client(mailbox);
    let existing = categories::with_role(conn, mailbox.id, "tracked")?;
    match (tracking_on, existing) {
        (true, Some(category)) if category.state == "active" => {}
        (true, Some(category)) => {
            categories::set_state(conn, category.id, "active")?;
            change.created = true;
        }
        (true, None) => {
            // A user category already named like ours becomes the tracking one.
            match categories::by_name(conn, mailbox.id, TRACKED)? {
                Some(category) => categories::adopt(conn, category.id, "tracked")?,
                None => {
                    categories::create(
                        conn,
                        mailbox.id,
                        TRACKED,
                        Some("tracked"),
                        &time::format(now),
                    )?;
                }
            }
            change.created = true;
        }
        (false, Some(category)) if category.state == "active" => {
            categories::set_state(conn, category.id, "soft_deleted")?;
            change.soft_deleted = true;
        }
        (false, _) => {}
    }
    if change.created {
        change.alerted = alerts::raise(
            conn,
            Some(mailbox.id),
            &TRACKING_CATEGORY_ENABLED.for_mailbox(&mailbox.name),
        )?;
    }
    Ok(change)
}

/// The id of the mailbox's undeliverable category, created on first use.
pub fn undeliverable_category(
    conn: &Connection,
    mailbox_id: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    if let Some(category) = categories::with_role(conn, mailbox_id, "undeliverable")? {
        if category.state != "active" {
            categories::set_state(conn, category.id, "active")?;
        }
        return Ok(category.id);
    }
    if let Some(category) = categories::by_name(conn, mailbox_id, UNDELIVERABLE)? {
        categories::adopt(conn, category.id, "undeliverable")?;
        return Ok(category.id);
    }
    categories::create(
        conn,
        mailbox_id,
        UNDELIVERABLE,
        Some("undeliverable"),
        &time::format(now),
    )
}
