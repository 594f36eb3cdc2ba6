//! What a user does in Dynamics 365 that reaches Outlook: deleting activities and records,
//! completing or canceling activities. Outlook follows at the next cycle.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::app::facts;
use super::calendar;
use super::deletion;
use super::rules::OrgRules;
use crate::error::{Code, Error, Result};
use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, ItemKind, Pending, TrackingState,
};
use crate::model::{Direction, OwnerKind, WellKnownFolder};
use crate::store::activities::NewActivity;
use crate::store::items::{self, NewItem, Tracking};
use crate::store::{activities, folder_rules, folders, mailboxes, records, users};

/// An appointment a user creates in Dynamics 365.
pub struct NewAppointment {
    pub owner_user_id: i64,
    pub subject: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub attendees: Vec<String>,
    /// Saved as a draft (the form's Save as Draft), which needs `AllowSaveAsDraftAppointment`.
    pub draft: bool,
    /// The record whose timeline it was created from.
    pub parent_record_id: Option<i64>,
}

/// Creates an appointment in Dynamics 365, organized by its owner. It reaches the owner's
/// Outlook calendar (when that mailbox synchronizes appointments) unless it is a draft:
/// `AllowSaveAsDraftAppointment` ("OrgDBSettings for server-side sync": "create appointments
/// in Dynamics 365 as draft without synchronizing with Exchange"; the form gets Save as Draft
/// and Send) allows drafts, which stay in Dynamics 365 until `send_draft`. Off, there is no
/// draft. Created from a record's timeline, the record is its regarding while
/// `AddParentEntityToRelatedOnNewActivityCreate` is on ("OrgDBSettings for server-side sync":
/// "the related column of the activity row is automatically populated" when it is created
/// "within the context of a parent record"); off, the regarding stays empty. Returns the
/// activity and its Outlook item, if one was made.
pub fn create_appointment(
    conn: &Connection,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<(i64, Option<i64>)> {
    let rules = OrgRules::load(conn)?;
    if new.draft && !rules.allow_draft_appointments {
        return Err(Error::new(
            Code::DraftsOff,
            "saving an appointment as a draft needs AllowSaveAsDraftAppointment (`orgtrack settings set AllowSaveAsDraftAppointment true`); without --draft it is sent to Exchange",
        ));
    }
    let organizer = users::get(conn, new.owner_user_id)?.email;
    let mut parties = vec![("organizer", organizer.clone())];
    parties.extend(new.attendees.iter().map(|a| ("attendee", a.clone())));
    let id = activities::insert(
        conn,
        &NewActivity {
            kind: ActivityKind::Appointment,
            subject: new.subject.clone(),
            message_id: None,
            direction: None,
            owner_user_id: Some(new.owner_user_id),
            regarding_record_id: new.parent_record_id.filter(|_| rules.parent_is_regarding),
            correlation_method: CorrelationMethod::None,
            correlated_activity_id: None,
            parent_activity_id: None,
            accepting_mailbox_id: None,
            receiving_mailbox_id: None,
            series_activity_id: None,
            state: ActivityState::Open,
            starts_at: Some(new.starts_at),
            ends_at: Some(new.ends_at),
            organizer: Some(organizer),
            tracking_token: None,
            filter_reason: None,
            private: false,
            draft: new.draft,
            parties,
        },
        now,
    )?;
    let item = if new.draft {
        None
    } else {
        to_exchange(conn, id, now)?
    };
    Ok((id, item))
}

/// The form's Send: a draft appointment goes to Exchange now. Returns its Outlook item.
pub fn send_draft(conn: &Connection, activity_id: i64, now: DateTime<Utc>) -> Result<Option<i64>> {
    let activity = activities::get(conn, activity_id)?;
    if !activity.draft {
        return Err(Error::new(
            Code::NotADraft,
            format!(
                "activity {activity_id} is not a draft appointment: only an appointment saved as a draft is sent"
            ),
        ));
    }
    activities::clear_draft(conn, activity_id)?;
    to_exchange(conn, activity_id, now)
}

/// An appointment of Dynamics 365 reaches its owner's Outlook calendar, tracked to it, when
/// the owner's mailbox synchronizes appointments.
fn to_exchange(conn: &Connection, activity_id: i64, now: DateTime<Utc>) -> Result<Option<i64>> {
    let activity = activities::get(conn, activity_id)?;
    let Some(owner) = activity.owner_user_id else {
        return Ok(None);
    };
    let mailbox = mailboxes::get(conn, users::get(conn, owner)?.mailbox_id)?;
    if !mailbox.syncs(Direction::Act) {
        return Ok(None);
    }
    let attendees = activities::parties(conn, activity_id)?
        .into_iter()
        .filter(|(role, _)| role == "attendee")
        .map(|(_, address)| address)
        .collect();
    let item = items::insert(
        conn,
        &NewItem {
            mailbox_id: mailbox.id,
            folder_id: folders::well_known(conn, mailbox.id, WellKnownFolder::Calendar)?,
            kind: Some(ItemKind::Appointment),
            subject: activity.subject.clone(),
            starts_at: activity.starts_at,
            ends_at: activity.ends_at,
            organizer: activity.organizer.clone(),
            attendees,
            ..NewItem::default()
        },
        now,
    )?;
    items::set_tracking(
        conn,
        item,
        &Tracking {
            state: TrackingState::Tracked,
            activity_id: Some(activity_id),
            ..Tracking::default()
        },
    )?;
    items::set_pending(conn, item, None, Some("created in Dynamics 365"))?;
    Ok(Some(item))
}

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
    let effects = decide(conn, linked, "deleted in Dynamics 365", now)?;
    activities::delete(conn, activity_id)?;
    Ok(effects)
}

/// A user assigns an activity to another user in Dynamics 365. The previous owner's
/// appointments and tasks linked to it leave that owner's synchronization filter: a logical
/// delete ("OrgDBSettings for server-side sync": "when a user loses access to the row or the
/// row is no longer being retrieved by the user's synchronization filter"). With
/// `DistinctPhysicalAndLogicalDeletesForExchangeSync` they are only unlinked in Exchange; off,
/// the deletion rules apply as for a delete, which can remove them from Outlook. Email is not
/// synchronized by filter and stays as it is.
pub fn assign(
    conn: &Connection,
    activity_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<Effect>> {
    let previous = activities::get(conn, activity_id)?.owner_user_id;
    activities::set_owner(conn, activity_id, user_id)?;
    let Some(previous) = previous.filter(|p| *p != user_id) else {
        return Ok(Vec::new());
    };
    let mut linked = items::linked_to_activity(conn, activity_id)?;
    for occurrence in activities::occurrences(conn, activity_id)? {
        linked.extend(items::linked_to_activity(conn, occurrence)?);
    }
    let mut lost = Vec::new();
    for id in linked {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        let synchronized_by_filter = matches!(item.kind, ItemKind::Appointment | ItemKind::Task);
        if synchronized_by_filter
            && mailbox.owner_kind == OwnerKind::User
            && mailbox.owner_id == previous
        {
            lost.push(id);
        }
    }
    let what = format!(
        "assigned to {} in Dynamics 365, out of {}'s synchronization filter",
        users::get(conn, user_id)?.name,
        users::get(conn, previous)?.name
    );
    if !OrgRules::load(conn)?.distinct_logical_deletes {
        return decide(conn, lost, &what, now);
    }
    let reason = format!(
        "{what}: unlinked, kept in Outlook (DistinctPhysicalAndLogicalDeletesForExchangeSync)"
    );
    forget_items(conn, lost.clone(), &reason)?;
    Ok(lost
        .into_iter()
        .map(|item_id| Effect {
            item_id,
            removed: false,
            reason: reason.clone(),
        })
        .collect())
}

/// Deletes a record; tracked Outlook contacts of it follow the contact rules.
pub fn delete_record(conn: &Connection, record_id: i64, now: DateTime<Utc>) -> Result<Vec<Effect>> {
    let linked = items::linked_to_record(conn, record_id)?;
    let effects = decide(conn, linked, "deleted in Dynamics 365", now)?;
    records::delete(conn, record_id)?;
    Ok(effects)
}

/// Per item, whether Outlook loses it at the next cycle after `what` happened in Dynamics 365
/// (a delete, or a logical delete treated as one).
fn decide(conn: &Connection, ids: Vec<i64>, what: &str, now: DateTime<Utc>) -> Result<Vec<Effect>> {
    let behavior = super::rules::task_deletion_behavior(conn)?;
    let mut effects = Vec::new();
    for id in ids {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        let facts = facts(conn, &item, &mailbox, behavior, now)?;
        items::set_tracking(conn, id, &Tracking::default())?;
        let effect = match deletion::dynamics_delete_removes_item(&facts) {
            Ok(()) => {
                let reason = format!("{what}; removed from Outlook at the next cycle");
                items::set_pending(conn, id, Some(Pending::RemoveFromOutlook), Some(&reason))?;
                Effect {
                    item_id: id,
                    removed: true,
                    reason,
                }
            }
            Err(why) => {
                let reason = format!("{what}; kept in Outlook: {why}");
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
