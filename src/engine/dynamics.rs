//! What a user does in Dynamics 365 that reaches Outlook: deleting activities and records,
//! completing or canceling activities. Outlook follows at the next cycle.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::app::facts;
use super::calendar;
use super::deletion;
use super::rules::OrgRules;
use crate::error::Result;
use crate::model::tracking::{ActivityState, Pending};
use crate::store::items::{self, Tracking};
use crate::store::{activities, folder_rules, mailboxes, records};

/// Unlinks every item tracked to an activity that is going away.
pub fn forget_activity(conn: &Connection, activity_id: i64, why: &str) -> Result<()> {
    for occurrence in activities::occurrences(conn, activity_id)? {
        forget_items(conn, items::linked_to_activity(conn, occurrence)?, why)?;
    }
    forget_items(conn, items::linked_to_activity(conn, activity_id)?, why)
}

/// Unlinks every Outlook contact tracked to a record that is going away.
pub fn forget_record(conn: &Connection, record_id: i64, why: &str) -> Result<()> {
    forget_items(conn, items::linked_to_record(conn, record_id)?, why)
}

fn forget_items(conn: &Connection, ids: Vec<i64>, why: &str) -> Result<()> {
    for id in ids {
        items::set_tracking(conn, id, &Tracking::default())?;
        items::set_pending(conn, id, None, Some(why))?;
    }
    Ok(())
}

/// What deleting in Dynamics 365 means for one linked Outlook item.
#[derive(Debug, Clone)]
pub struct Effect {
    pub item_id: i64,
    /// True: the next cycle removes it from Outlook. False: it stays, untracked, for `reason`.
    pub removed: bool,
    pub reason: String,
}

/// Deletes an activity (a series with its occurrences) and decides, per linked item, whether
/// Outlook loses it at the next cycle.
pub fn delete_activity(
    conn: &Connection,
    activity_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<Effect>> {
    activities::get(conn, activity_id)?;
    let mut linked = items::linked_to_activity(conn, activity_id)?;
    for occurrence in activities::occurrences(conn, activity_id)? {
        linked.extend(items::linked_to_activity(conn, occurrence)?);
    }
    let effects = decide(conn, linked, now)?;
    activities::delete(conn, activity_id)?;
    Ok(effects)
}

/// Deletes a record; tracked Outlook contacts of it follow the contact rules.
pub fn delete_record(conn: &Connection, record_id: i64, now: DateTime<Utc>) -> Result<Vec<Effect>> {
    let effects = decide(conn, items::linked_to_record(conn, record_id)?, now)?;
    records::delete(conn, record_id)?;
    Ok(effects)
}

fn decide(conn: &Connection, ids: Vec<i64>, now: DateTime<Utc>) -> Result<Vec<Effect>> {
    let behavior = super::rules::task_deletion_behavior(conn)?;
    let mut effects = Vec::new();
    for id in ids {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        let facts = facts(conn, &item, &mailbox, behavior, now)?;
        items::set_tracking(conn, id, &Tracking::default())?;
        let effect = match deletion::dynamics_delete_removes_item(&facts) {
            Ok(()) => {
                let reason =
                    "deleted in Dynamics 365; removed from Outlook at the next cycle".to_string();
                items::set_pending(conn, id, Some(Pending::RemoveFromOutlook), Some(&reason))?;
                Effect {
                    item_id: id,
                    removed: true,
                    reason,
                }
            }
            Err(why) => {
                let reason = format!("deleted in Dynamics 365; kept in Outlook: {why}");
                items::set_pending(conn, id, None, Some(&reason))?;
                Effect {
                    item_id: id,
                    removed: false,
                    reason,
                }
            }
        };
        effects.push(effect);
    }
    Ok(effects)
}

/// A user completes, cancels or reopens an activity. A canceled appointment may leave the
/// organizer's calendar (`calendar::canceled`); returns how many Outlook items go.
pub fn set_state(
    conn: &Connection,
    activity_id: i64,
    state: ActivityState,
    now: DateTime<Utc>,
) -> Result<usize> {
    activities::get(conn, activity_id)?;
    activities::set_state(conn, activity_id, state)?;
    if state != ActivityState::Canceled {
        return Ok(0);
    }
    calendar::canceled(conn, &OrgRules::load(conn)?, activity_id, now)
}

/// A user sets the regarding in Dynamics 365. Items filed in a tracked folder have it set back
/// by their folder rule at the next cycle.
pub fn set_regarding(conn: &Connection, activity_id: i64, record: Option<i64>) -> Result<()> {
    activities::get(conn, activity_id)?;
    activities::set_regarding(conn, activity_id, record)?;
    for id in items::linked_to_activity(conn, activity_id)? {
        let item = items::get(conn, id)?;
        if folder_rules::for_folder(conn, item.folder_id)?.is_some() {
            items::set_pending(
                conn,
                id,
                Some(Pending::Evaluate),
                Some("regarding changed by hand; the folder rule applies again"),
            )?;
        }
    }
    Ok(())
}
