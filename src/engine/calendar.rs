//! Appointments between Exchange and Dynamics 365, as "OrgDBSettings for server-side sync"
//! (Power Platform admin guide) describes the settings:
//! - `TrackAppointmentsFromNonOrganizer` (default true): an attendee who is not the organizer
//!   may track an appointment; off, only the organizer's copy is tracked.
//! - `SSSPropagateAppointmentCancellationsToExchange` (default false): an appointment canceled
//!   in Dynamics 365 is deleted from the organizer's Exchange calendar.
//! - `SSSUpdatePastMeetingsInNonDraftMode` (default false): changes to meetings already in the
//!   past reach Exchange only when on; a past cancellation is otherwise not propagated.
//! - `ForceOrganizerSyncForAttendeeTrackedAppointment` (default false): an appointment an
//!   attendee tracks is synchronized through the organizer's mailbox when the organizer is a
//!   user here whose mailbox synchronizes appointments: the activity is the organizer's.
//!
//! - `SSSSyncAppointmentIsPrivateFromExchange` (default false): an appointment marked private
//!   in Outlook is private in Dynamics 365 (one way, from Exchange); off, it is not.
//! - `UseCrmOrganizerForEmptyExchangeOrganizer` (default false): when the Exchange organizer has
//!   no email address, the Dynamics 365 organizer (the activity's owner) is kept as organizer;
//!   off, the activity has no organizer.
//!
//! Overlapping appointments are not a conflict for server-side sync: Dynamics 365 checks
//! scheduling conflicts for service activities only, so both bookings are tracked.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::promote;
use super::rules::OrgRules;
use crate::error::Result;
use crate::model::tracking::{ActivityKind, ItemKind, Pending};
use crate::model::{Direction, OwnerKind};
use crate::store::items::{self, Item};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{activities, users};

/// The settings these rules follow.
#[derive(Debug, Clone, Copy, Default)]
pub struct CalendarRules {
    /// `TrackAppointmentsFromNonOrganizer`.
    pub track_from_non_organizer: bool,
    /// `SSSPropagateAppointmentCancellationsToExchange`.
    pub propagate_cancellations: bool,
    /// `SSSUpdatePastMeetingsInNonDraftMode`.
    pub update_past_meetings: bool,
    /// `ForceOrganizerSyncForAttendeeTrackedAppointment`.
    pub force_organizer_sync: bool,
    /// `SSSSyncAppointmentIsPrivateFromExchange`.
    pub sync_private: bool,
    /// `UseCrmOrganizerForEmptyExchangeOrganizer`.
    pub crm_organizer_for_empty: bool,
    /// `isassignedtaskssyncenabled`: a task assigned in Outlook belongs to its assignee.
    pub assigned_tasks_sync: bool,
}

/// The organizer of the activity of an appointment owned by `owner`: the Exchange organizer,
/// or, when that has no address, the Dynamics 365 one (the owner) with
/// `UseCrmOrganizerForEmptyExchangeOrganizer`.
pub fn organizer_of(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    owner: i64,
) -> Result<Option<String>> {
    if item.organizer.is_some()
        || item.kind != ItemKind::Appointment
        || !rules.calendar.crm_organizer_for_empty
    {
        return Ok(item.organizer.clone());
    }
    Ok(Some(users::get(conn, owner)?.email))
}

/// Whether the activity of an appointment is private: only what Exchange says, and only with
/// `SSSSyncAppointmentIsPrivateFromExchange`.
pub fn private(rules: &OrgRules, item: &Item) -> bool {
    item.private && rules.calendar.sync_private
}

/// The user a tracked appointment or task belongs to: the mailbox's, or, for an appointment an
/// attendee tracks under `ForceOrganizerSyncForAttendeeTrackedAppointment`, the organizer's
/// when the organizer's mailbox here synchronizes appointments; for a task assigned in Outlook
/// to a user here while `isassignedtaskssyncenabled` is on, the assignee's.
pub fn owner_of(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
) -> Result<i64> {
    let own = promote::owner_user(conn, mailbox)?;
    if item.kind == ItemKind::Task
        && rules.calendar.assigned_tasks_sync
        && let Some(assignee) = item.assigned_to.as_deref()
        && let Some(id) = mailboxes::id_by_email(conn, assignee)?
    {
        let assignees = mailboxes::get(conn, id)?;
        if assignees.owner_kind == OwnerKind::User {
            return Ok(assignees.owner_id);
        }
    }
    if item.kind != ItemKind::Appointment || !rules.calendar.force_organizer_sync {
        return Ok(own);
    }
    let Some(organizer) = item.organizer.as_deref() else {
        return Ok(own);
    };
    match mailboxes::id_by_email(conn, organizer)? {
        Some(id) if id != mailbox.id => {
            let organizers = mailboxes::get(conn, id)?;
            if organizers.owner_kind == OwnerKind::User && organizers.syncs(Direction::Act) {
                Ok(organizers.owner_id)
            } else {
                Ok(own)
            }
        }
        _ => Ok(own),
    }
}

/// Why this mailbox's copy of an appointment is not tracked, when it is not.
pub fn not_tracked(rules: &OrgRules, item: &Item, mailbox: &Mailbox) -> Option<String> {
    if item.kind != ItemKind::Appointment || rules.calendar.track_from_non_organizer {
        return None;
    }
    let organizer = item.organizer.as_deref()?;
    (!organizer.eq_ignore_ascii_case(&mailbox.email)).then(|| {
        format!(
            "not tracked: {organizer} organizes this appointment, not {}, and TrackAppointmentsFromNonOrganizer is off",
            mailbox.name
        )
    })
}

/// An appointment canceled in Dynamics 365: the organizer's Exchange copy is deleted at the
/// next cycle when cancellations propagate (a meeting already over only when past meetings are
/// updated too). Returns how many Outlook items go.
pub fn canceled(
    conn: &Connection,
    rules: &OrgRules,
    activity_id: i64,
    now: DateTime<Utc>,
) -> Result<usize> {
    let activity = activities::get(conn, activity_id)?;
    if activity.kind != ActivityKind::Appointment || !rules.calendar.propagate_cancellations {
        return Ok(0);
    }
    let past = activity.starts_at.is_some_and(|start| start < now);
    if past && !rules.calendar.update_past_meetings {
        return Ok(0);
    }
    let mut removed = 0;
    for id in items::linked_to_activity(conn, activity_id)? {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        let organizers_copy = item
            .organizer
            .as_deref()
            .is_some_and(|o| o.eq_ignore_ascii_case(&mailbox.email));
        if organizers_copy {
            items::set_pending(
                conn,
                id,
                Some(Pending::RemoveFromOutlook),
                Some(
                    "canceled in Dynamics 365; deleted from the organizer's calendar at the next cycle (SSSPropagateAppointmentCancellationsToExchange)",
                ),
            )?;
            removed += 1;
        }
    }
    Ok(removed)
}
