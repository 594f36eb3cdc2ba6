//! Promotion: turning an Exchange item into a Dynamics 365 activity (or, for a contact, a
//! record), or linking it to the one that already exists. Shared by the cycle and the App for
//! Outlook. A retryable failure comes back as `Err(Failure)` inside `Ok`, so the caller decides
//! between retrying later and telling the user now.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::calendar;
use super::resolution;
use super::rules::OrgRules;
use super::sync_scope;
use crate::correlate::{smart_match, tokens};
use crate::error::Result;
use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, EmailDirection, FilterReason, ItemKind,
    PluginError, TrackingMethod,
};
use crate::model::{OwnerKind, WellKnownFolder};
use crate::store::activities::{self, NewActivity};
use crate::store::items::{self, Item};
use crate::store::mailboxes::Mailbox;
use crate::store::{folders, hashes, plugins, queues, records};

/// Where a promoted item now points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub activity_id: Option<i64>,
    pub record_id: Option<i64>,
    /// False when an existing activity or record was linked.
    pub created: bool,
}

/// A retryable failure: the text recorded on the item, and the plugin error behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure(pub String, pub PluginError);

pub type Promotion = std::result::Result<Link, Failure>;

/// The user an activity created from this mailbox belongs to: the user, or the queue's owner.
pub fn owner_user(conn: &Connection, mailbox: &Mailbox) -> Result<i64> {
    Ok(match mailbox.owner_kind {
        OwnerKind::User => mailbox.owner_id,
        OwnerKind::Queue => queues::get(conn, mailbox.owner_id)?.owner_id,
    })
}

/// An email in Sent Items is outgoing; anywhere else it is incoming.
pub fn direction_of(conn: &Connection, item: &Item) -> Result<EmailDirection> {
    let folder = folders::get(conn, item.folder_id)?;
    Ok(if folder.well_known == Some(WellKnownFolder::SentItems) {
        EmailDirection::Outgoing
    } else {
        EmailDirection::Incoming
    })
}

/// Promotes `item`. `regarding` sets the activity's regarding record when given.
/// `method` is recorded on the other items of a recurring series, which are tracked with it.
pub fn promote(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    method: TrackingMethod,
    regarding: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Promotion> {
    match item.kind {
        ItemKind::Email => promote_email(conn, rules, item, mailbox, regarding, now),
        ItemKind::Appointment if item.rrule.is_some() || item.series_item_id.is_some() => {
            promote_series(conn, rules, item, mailbox, method, regarding, now)
        }
        ItemKind::Appointment | ItemKind::Task => {
            promote_single(conn, rules, item, mailbox, regarding, now)
        }
        ItemKind::Contact => promote_contact(conn, rules, item, mailbox).map(Ok),
    }
}

fn plugin_failure(conn: &Connection, kind: ActivityKind, subject: &str) -> Result<Option<Failure>> {
    Ok(plugins::fire(conn, kind, subject)?
        .map(|(name, error)| Failure(error.message(&name), error)))
}

fn relink_regarding(conn: &Connection, activity_id: i64, regarding: Option<i64>) -> Result<()> {
    if regarding.is_some() {
        activities::set_regarding(conn, activity_id, regarding)?;
    }
    Ok(())
}

fn promote_email(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    regarding: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Promotion> {
    let direction = direction_of(conn, item)?;
    if let Some(existing) = existing_email_activity(conn, item, direction)? {
        relink_regarding(conn, existing, regarding)?;
        return Ok(Ok(Link {
            activity_id: Some(existing),
            record_id: None,
            created: false,
        }));
    }
    // Manual tracking: no correlation, no accepting entity.
    let facts = EmailFacts {
        direction,
        regarding,
        tracking_token: subject_token(rules, &item.subject),
        ..EmailFacts::default()
    };
    let promotion = create_email_activity(conn, rules, item, mailbox, &facts, now)?;
    if promotion.is_ok() && direction == EmailDirection::Incoming {
        create_contact_for_unknown_sender(conn, rules, item, mailbox)?;
    }
    Ok(promotion)
}

/// `AutoCreateContactOnPromote` ("OrgDBSettings for server-side sync": "automatically create a
/// contact or lead row for unresolved senders on promote of email"): an email tracked by hand
/// (App for Outlook, category) whose sender no user, queue or record has gets a contact with
/// that address, owned by the user who tracked it. Each user's personal option "Automatically
/// create records" ("Set personal options", Email tab) is taken at its default, on. Automatic
/// tracking (incoming email processing) is not a promotion and creates no contact.
fn create_contact_for_unknown_sender(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
) -> Result<()> {
    let Some(from) = &item.from else {
        return Ok(());
    };
    if !rules.auto_create_contact {
        return Ok(());
    }
    let sender = resolution::resolve_sender(conn, rules, from, mailbox)?;
    if sender.decided_by == resolution::Decision::NoMatch && sender.inactive_left_out == 0 {
        let owner = owner_user(conn, mailbox)?;
        records::create(conn, "contact", from, Some(from), Some(owner))?;
    }
    Ok(())
}

/// The tracking token at the end of a subject, which the email's activity keeps (however it
/// was tracked) so later replies find the most recent email carrying it. None while tokens are
/// off.
pub fn subject_token(rules: &OrgRules, subject: &str) -> Option<String> {
    if !rules.tokens.enabled {
        return None;
    }
    tokens::parse_token(&rules.tokens.config, subject).map(|t| t.raw)
}

/// The activity of this message in this direction, if it is tracked already.
pub fn existing_email_activity(
    conn: &Connection,
    item: &Item,
    direction: EmailDirection,
) -> Result<Option<i64>> {
    match &item.message_id {
        Some(message_id) => activities::by_message(conn, message_id, direction),
        None => Ok(None),
    }
}

/// How an email activity came about: what automatic tracking found, or nothing for manual.
#[derive(Debug, Clone, Default)]
pub struct EmailFacts {
    pub direction: EmailDirection,
    pub regarding: Option<i64>,
    pub correlation_method: CorrelationMethod,
    pub correlated_activity: Option<i64>,
    pub parent_activity: Option<i64>,
    pub accepting_mailbox: Option<i64>,
    pub filter_reason: Option<FilterReason>,
    pub tracking_token: Option<String>,
}

/// Creates the email activity of `item` (customer plugins may fail it) and stores its
/// smart-matching hashes unless `DisableSmartMatchingEmailHashCreation`.
pub fn create_email_activity(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    facts: &EmailFacts,
    now: DateTime<Utc>,
) -> Result<Promotion> {
    if let Some(failure) = plugin_failure(conn, ActivityKind::Email, &item.subject)? {
        return Ok(Err(failure));
    }
    let mut parties: Vec<(&'static str, String)> =
        item.from.iter().map(|a| ("from", a.clone())).collect();
    parties.extend(item.to.iter().map(|a| ("to", a.clone())));
    parties.extend(item.cc.iter().map(|a| ("cc", a.clone())));
    parties.extend(item.bcc.iter().map(|a| ("bcc", a.clone())));
    let id = activities::insert(
        conn,
        &NewActivity {
            kind: ActivityKind::Email,
            subject: item.subject.clone(),
            message_id: item.message_id.clone(),
            direction: Some(facts.direction),
            owner_user_id: Some(owner_user(conn, mailbox)?),
            regarding_record_id: facts.regarding,
            correlation_method: facts.correlation_method,
            correlated_activity_id: facts.correlated_activity,
            parent_activity_id: facts.parent_activity,
            accepting_mailbox_id: facts.accepting_mailbox,
            receiving_mailbox_id: Some(mailbox.id),
            series_activity_id: None,
            state: ActivityState::Completed,
            starts_at: None,
            ends_at: None,
            organizer: None,
            tracking_token: facts.tracking_token.clone(),
            filter_reason: facts.filter_reason,
            private: false,
            draft: false,
            parties,
        },
        now,
    )?;
    if rules.store_hashes {
        let (subject, addresses) = email_hashes(rules, item);
        hashes::store(conn, id, &subject, &addresses)?;
    }
    Ok(Ok(Link {
        activity_id: Some(id),
        record_id: None,
        created: true,
    }))
}

/// The smart-matching hashes of an email: its subject words and its From/To/Cc/Bcc addresses.
pub fn email_hashes(rules: &OrgRules, item: &Item) -> (Vec<u64>, Vec<u64>) {
    let addresses = item
        .from
        .iter()
        .chain(&item.to)
        .chain(&item.cc)
        .chain(&item.bcc);
    (
        smart_match::subject_hashes(&rules.smart, &item.subject),
        smart_match::address_hashes(addresses.map(String::as_str)),
    )
}

fn calendar_activity(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    kind: ActivityKind,
    owner: i64,
    regarding: Option<i64>,
) -> Result<NewActivity> {
    let organizer = calendar::organizer_of(conn, rules, item, owner)?;
    let mut parties: Vec<(&'static str, String)> =
        organizer.iter().map(|a| ("organizer", a.clone())).collect();
    parties.extend(item.attendees.iter().map(|a| ("attendee", a.clone())));
    Ok(NewActivity {
        kind,
        subject: item.subject.clone(),
        message_id: None,
        direction: None,
        owner_user_id: Some(owner),
        regarding_record_id: regarding,
        correlation_method: CorrelationMethod::None,
        correlated_activity_id: None,
        parent_activity_id: None,
        accepting_mailbox_id: None,
        receiving_mailbox_id: None,
        series_activity_id: None,
        state: if item.completed {
            ActivityState::Completed
        } else {
            ActivityState::Open
        },
        starts_at: item.starts_at.or(item.due_at),
        ends_at: item.ends_at,
        organizer,
        tracking_token: None,
        filter_reason: None,
        private: calendar::private(rules, item),
        draft: false,
        parties,
    })
}

fn promote_single(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    regarding: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Promotion> {
    if let Some(existing) = item.known_activity() {
        relink_regarding(conn, existing, regarding)?;
        return Ok(Ok(Link {
            activity_id: Some(existing),
            record_id: None,
            created: false,
        }));
    }
    let kind = item
        .kind
        .activity_kind()
        .expect("appointments and tasks become activities");
    if let Some(failure) = plugin_failure(conn, kind, &item.subject)? {
        return Ok(Err(failure));
    }
    let owner = calendar::owner_of(conn, rules, item, mailbox)?;
    let new = calendar_activity(conn, rules, item, kind, owner, regarding)?;
    let id = activities::insert(conn, &new, now)?;
    Ok(Ok(Link {
        activity_id: Some(id),
        record_id: None,
        created: true,
    }))
}

/// A recurring appointment is tracked as a whole: one recurring appointment activity for the
/// series and one appointment activity per occurrence, whichever item triggered it. Every item
/// of the series is linked here; the returned link is the triggering item's.
fn promote_series(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    method: TrackingMethod,
    regarding: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Promotion> {
    let series = match item.series_item_id {
        Some(series_id) => items::get(conn, series_id)?,
        None => item.clone(),
    };
    let owner = calendar::owner_of(conn, rules, item, mailbox)?;
    let (series_activity, series_created) = match series.known_activity() {
        Some(existing) => (existing, false),
        None => {
            if let Some(failure) =
                plugin_failure(conn, ActivityKind::RecurringAppointment, &series.subject)?
            {
                return Ok(Err(failure));
            }
            let new = calendar_activity(
                conn,
                rules,
                &series,
                ActivityKind::RecurringAppointment,
                owner,
                regarding,
            )?;
            (activities::insert(conn, &new, now)?, true)
        }
    };
    relink_regarding(conn, series_activity, regarding)?;
    let mut link_of_item = Link {
        activity_id: Some(series_activity),
        record_id: None,
        created: series_created,
    };
    for occurrence_id in items::occurrences(conn, series.id)? {
        let occurrence = items::get(conn, occurrence_id)?;
        let (activity_id, created) = match occurrence.known_activity() {
            Some(existing) => (existing, false),
            None => {
                let mut new = calendar_activity(
                    conn,
                    rules,
                    &occurrence,
                    ActivityKind::Appointment,
                    owner,
                    regarding,
                )?;
                new.series_activity_id = Some(series_activity);
                (activities::insert(conn, &new, now)?, true)
            }
        };
        if occurrence.id == item.id {
            link_of_item = Link {
                activity_id: Some(activity_id),
                record_id: None,
                created,
            };
        } else {
            items::mark_tracked(conn, occurrence.id, method, activity_id)?;
        }
    }
    if series.id != item.id {
        items::mark_tracked(conn, series.id, method, series_activity)?;
    }
    Ok(Ok(link_of_item))
}

/// Contacts become (or link to) a contact record with the same address; with the legacy
/// `AllowPromoteDuplicates` they always become a new record, duplicates included.
fn promote_contact(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
) -> Result<Link> {
    if let Some(existing) = item.tracking.record_id {
        return Ok(Link {
            activity_id: None,
            record_id: Some(existing),
            created: false,
        });
    }
    if let Some(email) = &item.contact_email
        && !rules.allow_promote_duplicates
        && let Some(existing) = records::find_by_email(conn, "contact", email)?
    {
        return Ok(Link {
            activity_id: None,
            record_id: Some(existing),
            created: false,
        });
    }
    let owner = owner_user(conn, mailbox)?;
    // Unvalidated (ValidateContactBeforeTracking off), a name longer than the column is cut.
    let name: String = item
        .subject
        .chars()
        .take(sync_scope::CONTACT_NAME_MAX)
        .collect();
    let id = records::create(
        conn,
        "contact",
        &name,
        item.contact_email.as_deref(),
        Some(owner),
    )?;
    Ok(Link {
        activity_id: None,
        record_id: Some(id),
        created: true,
    })
}
