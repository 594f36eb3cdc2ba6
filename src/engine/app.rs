//! The App for Outlook: track, untrack and set regarding take effect immediately (no cycle).

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::deletion::{self, Facts};
use super::dynamics;
use super::outlook::expand;
use super::promote::{self, Failure};
use super::rules::{self, OrgRules};
use super::sync_scope;
use crate::error::{Code, Error, Result};
use crate::model::tracking::{ItemKind, TrackingMethod, TrackingState};
use crate::store::categories;
use crate::store::items::{self, Item, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{activities, records};

/// Tracks an item now and assigns the tracking category now (where the mailbox has it).
/// A retryable failure is recorded on the item and returned for the user to see.
pub fn track(
    conn: &Connection,
    item_id: i64,
    regarding: Option<i64>,
    now: DateTime<Utc>,
) -> Result<std::result::Result<Vec<i64>, Failure>> {
    let item = items::get(conn, item_id)?;
    let mailbox = mailboxes::get(conn, item.mailbox_id)?;
    let rules = OrgRules::load(conn)?;
    // The App for Outlook shows a banner instead of tracking an item the org keeps out of
    // synchronization (an attendee's appointment, an IRM-restricted email, ...).
    if let Some(left_out) = sync_scope::left_out(&rules, &item, &mailbox) {
        return Err(Error::new(left_out.code, left_out.why));
    }
    let link = match promote::promote(
        conn,
        &rules,
        &item,
        &mailbox,
        TrackingMethod::App,
        regarding,
        now,
    )? {
        Ok(link) => link,
        Err(failure) => {
            let mut tracking = item.tracking.clone();
            tracking.last_error = Some(failure.0.clone());
            items::set_tracking(conn, item.id, &tracking)?;
            return Ok(Err(failure));
        }
    };
    items::set_tracking(
        conn,
        item.id,
        &Tracking {
            state: TrackingState::Tracked,
            method: Some(TrackingMethod::App),
            activity_id: link.activity_id,
            record_id: link.record_id,
            attempts: 0,
            last_error: None,
        },
    )?;
    items::set_pending(
        conn,
        item.id,
        None,
        Some("tracked with the App for Outlook"),
    )?;
    let together = expand(conn, &item, false)?;
    if item.kind != ItemKind::Contact
        && let Some(category) = categories::with_role(conn, mailbox.id, "tracked")?
        && category.state == "active"
    {
        for id in &together {
            items::add_category(conn, *id, category.id)?;
        }
    }
    Ok(Ok(together))
}

fn owns(conn: &Connection, mailbox: &Mailbox, user_id: Option<i64>) -> Result<bool> {
    Ok(user_id.is_some() && user_id == Some(promote::owner_user(conn, mailbox)?))
}

/// The deletion facts of a tracked item, as of `now`.
pub fn facts(
    conn: &Connection,
    item: &Item,
    mailbox: &Mailbox,
    task_deletion_behavior: i64,
    now: DateTime<Utc>,
) -> Result<Facts> {
    let activity = match item.tracking.activity_id {
        Some(id) => activities::find(conn, id)?,
        None => None,
    };
    let owner_or_organizer = match item.kind {
        ItemKind::Contact => match item.tracking.record_id {
            Some(record) => owns(conn, mailbox, records::get(conn, record)?.owner_id)?,
            None => false,
        },
        ItemKind::Appointment => item
            .organizer
            .as_deref()
            .is_none_or(|o| o.eq_ignore_ascii_case(&mailbox.email)),
        _ => owns(
            conn,
            mailbox,
            activity.as_ref().and_then(|a| a.owner_user_id),
        )?,
    };
    Ok(Facts {
        kind: item.kind,
        activity_state: activity.map_or(crate::model::tracking::ActivityState::Open, |a| a.state),
        starts_at: item.starts_at,
        ends_at: item.ends_at,
        now,
        user_is_organizer_or_owner: owner_or_organizer,
        task_deletion_behavior,
    })
}

/// What an App untrack did besides untracking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Untracked {
    Kept,
    ActivityDeleted(i64),
    RecordDeleted(i64),
    /// A non-owner untracked a contact: it leaves their Outlook.
    ContactRemoved,
}

/// Untracks now: the tracking category goes now; the activity (or record) is deleted only when
/// asked and the rules allow it, else the request is refused and nothing changes.
pub fn untrack(
    conn: &Connection,
    item_id: i64,
    delete_activity: bool,
    now: DateTime<Utc>,
) -> Result<Untracked> {
    let item = items::get(conn, item_id)?;
    if item.tracking.state != TrackingState::Tracked {
        return Err(Error::new(
            Code::NotTracked,
            format!(
                "item {} is not tracked (it is {})",
                item.id, item.tracking.state
            ),
        ));
    }
    let mailbox = mailboxes::get(conn, item.mailbox_id)?;
    let behavior = rules::task_deletion_behavior(conn)?;
    let facts = facts(conn, &item, &mailbox, behavior, now)?;
    if item.kind == ItemKind::Contact && !facts.user_is_organizer_or_owner {
        items::remove(conn, item.id)?;
        return Ok(Untracked::ContactRemoved);
    }
    if delete_activity {
        deletion::untrack_may_delete(&facts).map_err(|why| Error::new(Code::CannotDelete, why))?;
    }
    let together = expand(conn, &item, false)?;
    let tracked_category = categories::with_role(conn, mailbox.id, "tracked")?;
    for id in &together {
        items::set_tracking(conn, *id, &Tracking::default())?;
        items::set_pending(conn, *id, None, Some("untracked with the App for Outlook"))?;
        if let Some(category) = &tracked_category {
            items::remove_category(conn, *id, category.id)?;
        }
    }
    if !delete_activity {
        return Ok(Untracked::Kept);
    }
    match (item.tracking.activity_id, item.tracking.record_id) {
        (_, Some(record)) if item.kind == ItemKind::Contact => {
            dynamics::forget_record(conn, record, "its record was deleted when it was untracked")?;
            records::delete(conn, record)?;
            Ok(Untracked::RecordDeleted(record))
        }
        (Some(activity), _) => {
            // A series is deleted whole: untracking one occurrence of it untracks them all.
            let target = match item.series_item_id {
                Some(series) => items::get(conn, series)?
                    .tracking
                    .activity_id
                    .unwrap_or(activity),
                None => activity,
            };
            dynamics::forget_activity(
                conn,
                target,
                "its activity was deleted when it was untracked",
            )?;
            activities::delete(conn, target)?;
            Ok(Untracked::ActivityDeleted(target))
        }
        _ => Ok(Untracked::Kept),
    }
}
