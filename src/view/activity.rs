//! The activity shape: `activity list|show|set-regarding|set-state` and `explain.activity`.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, EmailDirection, EmailStatus, FilterReason,
};
use crate::store::activities::{self, Activity};
use crate::store::{mailboxes, pending_sends, records, users};
use crate::time;

/// A sender or recipient of an activity: `role` is `from`, `to`, `cc`, `bcc`, `organizer` or
/// `required`.
#[derive(Debug, Serialize)]
pub struct Party {
    pub role: String,
    pub address: String,
}

/// A Dynamics 365 activity.
#[derive(Debug, Serialize)]
pub struct ActivityView {
    pub id: i64,
    pub kind: ActivityKind,
    pub subject: String,
    pub message_id: Option<String>,
    pub direction: Option<EmailDirection>,
    pub owner_id: Option<i64>,
    pub owner: Option<String>,
    pub regarding_id: Option<i64>,
    pub regarding: Option<String>,
    pub correlation_method: CorrelationMethod,
    pub correlated_activity_id: Option<i64>,
    pub parent_activity_id: Option<i64>,
    /// The mailbox of the user or queue that accepted the email (automatic tracking).
    pub accepting_mailbox_id: Option<i64>,
    pub accepting_mailbox: Option<String>,
    /// The mailbox whose synchronization tracked it.
    pub receiving_mailbox_id: Option<i64>,
    pub receiving_mailbox: Option<String>,
    /// Why filtering accepted it (automatically tracked email only).
    pub filter_reason: Option<FilterReason>,
    pub series_activity_id: Option<i64>,
    pub state: ActivityState,
    /// Email only: `pending_send` until its mailbox sends it, then `sent`; `received`.
    pub status: Option<EmailStatus>,
    #[serde(with = "time::rfc3339_opt")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(with = "time::rfc3339_opt")]
    pub ends_at: Option<DateTime<Utc>>,
    pub tracking_token: Option<String>,
    /// An appointment marked private (`isprivate`): from Exchange only with
    /// `SSSSyncAppointmentIsPrivateFromExchange`.
    pub private: bool,
    /// An appointment saved as a draft in Dynamics 365 (`AllowSaveAsDraftAppointment`): not in
    /// Exchange until `activity send`.
    pub draft: bool,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
    pub parties: Vec<Party>,
}

/// Table columns of an activity listing.
pub const COLUMNS: &[&str] = &[
    "id",
    "kind",
    "subject",
    "direction",
    "owner",
    "regarding",
    "correlation_method",
    "state",
];

pub fn view(conn: &Connection, a: Activity) -> Result<ActivityView> {
    let mailbox_name = |id: Option<i64>| -> Result<Option<String>> {
        id.map(|id| mailboxes::get(conn, id).map(|m| m.name))
            .transpose()
    };
    Ok(ActivityView {
        owner: a
            .owner_user_id
            .map(|id| users::get(conn, id).map(|u| u.name))
            .transpose()?,
        regarding: a
            .regarding_record_id
            .map(|id| records::get(conn, id).map(|r| r.name))
            .transpose()?,
        accepting_mailbox: mailbox_name(a.accepting_mailbox_id)?,
        receiving_mailbox: mailbox_name(a.receiving_mailbox_id)?,
        status: match a.direction {
            Some(_) if pending_sends::is_pending(conn, a.id)? => Some(EmailStatus::PendingSend),
            Some(EmailDirection::Outgoing) => Some(EmailStatus::Sent),
            Some(EmailDirection::Incoming) => Some(EmailStatus::Received),
            None => None,
        },
        parties: activities::parties(conn, a.id)?
            .into_iter()
            .map(|(role, address)| Party { role, address })
            .collect(),
        id: a.id,
        kind: a.kind,
        subject: a.subject,
        message_id: a.message_id,
        direction: a.direction,
        owner_id: a.owner_user_id,
        regarding_id: a.regarding_record_id,
        correlation_method: a.correlation_method,
        correlated_activity_id: a.correlated_activity_id,
        parent_activity_id: a.parent_activity_id,
        accepting_mailbox_id: a.accepting_mailbox_id,
        receiving_mailbox_id: a.receiving_mailbox_id,
        filter_reason: a.filter_reason,
        series_activity_id: a.series_activity_id,
        state: a.state,
        starts_at: a.starts_at,
        ends_at: a.ends_at,
        tracking_token: a.tracking_token,
        private: a.private,
        draft: a.draft,
        created_at: a.created_at,
    })
}

/// What deleting an activity does to an Outlook item linked to it (`activity delete`): the
/// item leaves Outlook at the next cycle, or stays.
#[derive(Debug, Serialize)]
pub struct DeletionEffect {
    pub item_id: i64,
    pub removed_at_next_cycle: bool,
    /// The deletion rule that applied, in words.
    pub reason: String,
}

/// Table columns of `activity delete`.
pub const EFFECT_COLUMNS: &[&str] = &["item_id:ITEM", "removed_at_next_cycle", "reason"];
