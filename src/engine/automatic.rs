//! Automatic tracking of email (SPEC sections 5 to 8): scope, folder-level rules, the internal
//! email rules, correlation (its steps are ordered in `engine::correlation`), filtering by the
//! recipients' personal options, and auto-categorization of the other copies.
//! Every decision is written to the item as an `Evaluation`, which `explain` shows.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::correlation;
use super::cycle::{AfterFailure, Summary, record_failure};
use super::master_list;
use super::promote::{self, EmailFacts};
use super::record_rules::{self, RuleEvaluation};
use super::resolution::{self, Party, Role};
use super::rules::OrgRules;
use super::sync_scope;
use crate::error::Result;
use crate::model::tracking::{
    CorrelationMethod, EmailDirection, FilterReason, Pending, TrackingMethod, TrackingState,
};
use crate::model::{OwnerKind, TrackEmail, WellKnownFolder};
use crate::store::folder_rules::{self, FolderRule};
use crate::store::item_failures::{self, NewItemFailure};
use crate::store::items::{self, Item, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{activities, categories, folders, profiles, queues, users};
use crate::time;

/// Why automatic tracking did what it did with one item: the `explain` record.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// `tracked`, `linked`, `not_tracked` or `failed`.
    pub outcome: &'static str,
    pub filter_reason: Option<FilterReason>,
    pub correlation_method: CorrelationMethod,
    #[serde(rename = "correlated_activity_id")]
    pub correlated_activity: Option<i64>,
    #[serde(rename = "parent_activity_id")]
    pub parent_activity: Option<i64>,
    /// The mailbox of the user or queue that accepted the email.
    pub accepting_mailbox_id: Option<i64>,
    pub accepting_mailbox: Option<String>,
    pub receiving_mailbox_id: i64,
    pub receiving_mailbox: String,
    pub folder_rule: Option<String>,
    #[serde(rename = "regarding_id")]
    pub regarding: Option<i64>,
    #[serde(rename = "activity_id")]
    pub activity: Option<i64>,
    /// Every reason seen, in the order the engine met them.
    pub reasons: Vec<String>,
    #[serde(with = "time::rfc3339")]
    pub evaluated_at: DateTime<Utc>,
    /// Queue items this evaluation created for the email.
    #[serde(rename = "queue_item_ids")]
    pub queue_items: Vec<i64>,
    /// What the queue's record creation rule did with the email, when one ran.
    pub record_rule: Option<RuleEvaluation>,
    /// Each address of the email and what it resolved to, when filtering looked at them.
    pub parties: Vec<Party>,
}

impl Evaluation {
    fn new(mailbox: &Mailbox, now: DateTime<Utc>) -> Self {
        Evaluation {
            outcome: "not_tracked",
            filter_reason: None,
            correlation_method: CorrelationMethod::None,
            correlated_activity: None,
            parent_activity: None,
            accepting_mailbox_id: None,
            accepting_mailbox: None,
            receiving_mailbox_id: mailbox.id,
            receiving_mailbox: mailbox.name.clone(),
            folder_rule: None,
            regarding: None,
            activity: None,
            reasons: Vec::new(),
            evaluated_at: now,
            queue_items: Vec::new(),
            record_rule: None,
            parties: Vec::new(),
        }
    }

    /// The evaluation of an item already tracked to `activity`: the facts the activity keeps,
    /// after every reason the item's earlier evaluation gave.
    fn of_tracked(
        conn: &Connection,
        item: &Item,
        mailbox: &Mailbox,
        activity: i64,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        let mut ev = Evaluation::new(mailbox, now);
        if let Some(earlier) = item
            .evaluation
            .as_deref()
            .and_then(|json| serde_json::from_str::<serde_json::Value>(json).ok())
        {
            ev.reasons.extend(
                earlier["reasons"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str().map(str::to_string)),
            );
        }
        let a = activities::get(conn, activity)?;
        ev.outcome = "tracked";
        ev.activity = Some(activity);
        ev.filter_reason = a.filter_reason;
        ev.correlation_method = a.correlation_method;
        ev.correlated_activity = a.correlated_activity_id;
        ev.parent_activity = a.parent_activity_id;
        ev.accepting_mailbox_id = a.accepting_mailbox_id;
        ev.accepting_mailbox = a
            .accepting_mailbox_id
            .map(|id| mailboxes::get(conn, id).map(|m| m.name))
            .transpose()?;
        ev.regarding = a.regarding_record_id;
        Ok(ev)
    }

    pub(super) fn say(&mut self, reason: impl Into<String>) {
        self.reasons.push(reason.into());
    }
}

/// Evaluates one newly arrived (or moved) email and records what happened.
pub fn evaluate(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<()> {
    let mut ev = match (item.tracking.state, item.tracking.activity_id) {
        (TrackingState::Tracked, Some(activity)) => {
            Evaluation::of_tracked(conn, item, mailbox, activity, now)?
        }
        _ => Evaluation::new(mailbox, now),
    };
    let rule = active_rule(conn, rules, mailbox, item.folder_id, &mut ev)?;
    let outcome = if item.tracking.state == TrackingState::Tracked {
        reapply_rule(conn, item, mailbox, rule.as_ref(), &mut ev)?;
        None
    } else if let Some(why) = sync_scope::irm_restricted(rules, item) {
        ev.say(why);
        None
    } else {
        decide(conn, rules, item, mailbox, rule.as_ref(), now, &mut ev)?
    };
    let decided = outcome.is_some();
    match outcome {
        Some(Decision::Track { facts, method }) => create(
            conn, rules, item, mailbox, facts, method, now, &mut ev, summary,
        )?,
        Some(Decision::Link {
            activity,
            method,
            direction,
        }) => {
            link_item(conn, item, activity, method)?;
            ev.outcome = "linked";
            ev.activity = Some(activity);
            summary.tracked += 1;
            auto_categorize(
                conn, rules, item, mailbox, activity, direction, method, now, &mut ev,
            )?;
        }
        None => {}
    }
    // Created or linked just now (not on a failed attempt): queue items and record rules.
    if decided && let Some(activity) = ev.activity {
        let created = ev.outcome == "tracked";
        record_rules::apply(conn, rules, item, mailbox, activity, created, now, &mut ev)?;
    }
    // A failure already left its own note and next step.
    if !matches!(ev.outcome, "failed" | "undeliverable") {
        items::set_pending(conn, item.id, None, ev.reasons.last().map(String::as_str))?;
    }
    // Item-level monitoring shows an email filtering rejected with the service's reason
    // (a rejection is no error: no alert).
    if rules.item_level_monitoring
        && ev.outcome == "not_tracked"
        && let Some(name) = ev.filter_reason.and_then(FilterReason::rejection_name)
    {
        item_failures::record(
            conn,
            &NewItemFailure {
                mailbox_id: mailbox.id,
                item_id: item.id,
                subject: &item.subject,
                error: name,
                error_code: None,
                message: ev.reasons.last().map_or("", String::as_str),
                attempts: 1,
            },
            now,
        )?;
    }
    let json = serde_json::to_string(&ev).expect("an evaluation serializes");
    items::set_evaluation(conn, item.id, &json)
}

enum Decision {
    Track {
        facts: EmailFacts,
        method: TrackingMethod,
    },
    Link {
        activity: i64,
        method: TrackingMethod,
        direction: EmailDirection,
    },
}

/// The folder's tracking rule when it acts: folder-level tracking on, a user mailbox, and the
/// folder somewhere under the Inbox (a rule of a folder moved out of the Inbox sleeps).
fn active_rule(
    conn: &Connection,
    rules: &OrgRules,
    mailbox: &Mailbox,
    folder_id: i64,
    ev: &mut Evaluation,
) -> Result<Option<FolderRule>> {
    let Some(rule) = folder_rules::for_folder(conn, folder_id)? else {
        return Ok(None);
    };
    let path = folders::path_of(conn, folder_id)?;
    if !rules.folder_tracking {
        ev.say(format!(
            "folder '{path}' has a tracking rule, but folder-level tracking is off"
        ));
        return Ok(None);
    }
    if mailbox.owner_kind == OwnerKind::Queue {
        return Ok(None);
    }
    if !under_inbox(conn, mailbox.id, folder_id)? {
        ev.say(format!(
            "folder '{path}' has a tracking rule, but it is no longer under the Inbox"
        ));
        return Ok(None);
    }
    ev.folder_rule = Some(path);
    Ok(Some(rule))
}

pub fn under_inbox(conn: &Connection, mailbox_id: i64, folder_id: i64) -> Result<bool> {
    let inbox = folders::well_known(conn, mailbox_id, WellKnownFolder::Inbox)?;
    Ok(folder_id != inbox && folders::is_within(conn, folder_id, inbox)?)
}

/// A tracked email moved into a tracked folder: the rule's regarding relinks it, but only from
/// the mailbox whose copy created the activity (two users filing one message: first wins).
fn reapply_rule(
    conn: &Connection,
    item: &Item,
    mailbox: &Mailbox,
    rule: Option<&FolderRule>,
    ev: &mut Evaluation,
) -> Result<()> {
    ev.outcome = "tracked";
    let (Some(rule), Some(activity_id)) = (rule, item.tracking.activity_id) else {
        ev.say("already tracked; a folder without a regarding keeps the regarding it has");
        return Ok(());
    };
    let activity = activities::get(conn, activity_id)?;
    match rule.regarding_record_id {
        Some(regarding) if activity.receiving_mailbox_id == Some(mailbox.id) => {
            if activity.regarding_record_id != Some(regarding) {
                activities::set_regarding(conn, activity_id, Some(regarding))?;
                ev.say(format!(
                    "relinked to the regarding of the rule of folder '{}'",
                    ev.folder_rule.clone().unwrap_or_default()
                ));
            } else {
                ev.say("the folder rule's regarding is already set");
            }
            ev.regarding = Some(regarding);
        }
        Some(_) => ev.say("another mailbox processed this message first, so its regarding stays"),
        None => ev.say("the folder rule has no regarding; the activity keeps the one it has"),
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn decide(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    rule: Option<&FolderRule>,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<Option<Decision>> {
    let folder = folders::get(conn, item.folder_id)?;
    let in_inbox = folder.well_known == Some(WellKnownFolder::Inbox);
    let in_sent = folder.well_known == Some(WellKnownFolder::SentItems);
    if in_sent && !rules.auto_track_sent {
        ev.say("in Sent Items, which is scanned only with AutoTrackSentFolderItems");
        return Ok(None);
    }
    if !in_inbox && !in_sent && rule.is_none() {
        ev.say(
            "not directly in the Inbox: automatic tracking only looks there (track it manually)",
        );
        return Ok(None);
    }
    // Mail received at the very instant of the watermark arrived after it: the simulated clock
    // only moves between cycles, so a mailbox and its first mail can share a time.
    if item.received_at < mailbox.process_email_after {
        ev.say(format!(
            "received before the mailbox processes email ({})",
            time::format(mailbox.process_email_after)
        ));
        return Ok(None);
    }
    // The email server profile's "Process Email From" applies to every mailbox on it.
    if let Some(from) = mailbox
        .profile_id
        .map(|id| profiles::process_email_from(conn, id))
        .transpose()?
        .flatten()
        && item.received_at < from
    {
        ev.say(format!(
            "received before its email server profile processes email ({})",
            time::format(from)
        ));
        return Ok(None);
    }
    let direction = if in_sent {
        EmailDirection::Outgoing
    } else {
        EmailDirection::Incoming
    };
    if rejected_as_internal(conn, rules, item, mailbox, direction, ev)? {
        ev.filter_reason = Some(FilterReason::InternalEmailReject);
        return Ok(None);
    }
    let correlation = correlation::correlate(conn, rules, item, now, ev)?;
    // Tokens and headers name the conversation for sure, so their regarding wins over a folder
    // rule's; a smart match is a guess, and the folder the user filed the email in wins over it.
    let rule_regarding = rule.and_then(|r| r.regarding_record_id);
    let correlated_regarding = match correlation {
        Some(m) if !(m.method == CorrelationMethod::SmartMatching && rule_regarding.is_some()) => {
            activities::get(conn, m.activity)?.regarding_record_id
        }
        _ => None,
    };
    let mut facts = EmailFacts {
        direction,
        regarding: correlated_regarding.or(rule_regarding),
        tracking_token: promote::subject_token(rules, &item.subject),
        ..EmailFacts::default()
    };
    if let Some(m) = correlation {
        facts.correlation_method = m.method;
        facts.correlated_activity = Some(m.activity);
        facts.parent_activity = m.parent;
        ev.correlation_method = m.method;
        ev.correlated_activity = Some(m.activity);
        ev.parent_activity = m.parent;
        if rule_regarding.is_some() {
            ev.say(if correlated_regarding.is_some() {
                "the correlated activity's regarding takes precedence over the folder rule's"
            } else {
                "the folder rule's regarding applies: the correlation did not set one, or was only a smart match"
            });
        }
    }
    ev.regarding = facts.regarding;
    let method = if rule.is_some() {
        // Filtering is not consulted, so there is no filter reason to give.
        ev.say("in a tracked folder: tracked regardless of filtering");
        TrackingMethod::Folder
    } else {
        let correlated = correlation.is_some();
        let Some((accepting, reason)) =
            filter(conn, rules, item, mailbox, direction, correlated, ev)?
        else {
            return Ok(None);
        };
        ev.filter_reason = Some(reason);
        facts.filter_reason = Some(reason);
        facts.accepting_mailbox = Some(accepting.id);
        ev.accepting_mailbox_id = Some(accepting.id);
        ev.accepting_mailbox = Some(accepting.name.clone());
        TrackingMethod::Automatic
    };
    // Accepted, but another path tracked this message first: one activity per direction.
    if let Some(existing) = promote::existing_email_activity(conn, item, direction)? {
        ev.filter_reason = Some(FilterReason::Duplicate);
        ev.say(format!(
            "this message is already tracked as activity {existing}: linked to it"
        ));
        return Ok(Some(Decision::Link {
            activity: existing,
            method,
            direction,
        }));
    }
    Ok(Some(Decision::Track { facts, method }))
}

/// "Track emails sent between users as two activities" off: the internal email rules. Email is
/// internal when a user sends it to a user; a queue on either end is internal only as
/// `IgnoreInternalEmailFromQueues` and `DoNotIgnoreInternalEmailToQueues` say.
fn rejected_as_internal(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    direction: EmailDirection,
    ev: &mut Evaluation,
) -> Result<bool> {
    if rules.two_activities {
        return Ok(false);
    }
    let Some(sender) = item
        .from
        .as_deref()
        .map(|f| mailboxes::id_by_email(conn, f))
        .transpose()?
        .flatten()
    else {
        return Ok(false);
    };
    let sender = mailboxes::get(conn, sender)?;
    // The other end: the syncing mailbox for incoming mail, an internal recipient for sent mail.
    let receiver = match direction {
        EmailDirection::Incoming => Some(mailbox.clone()),
        EmailDirection::Outgoing => internal_recipients(conn, item, None)?.into_iter().next(),
    };
    let Some(receiver) = receiver else {
        return Ok(false);
    };
    let opposite = match direction {
        EmailDirection::Incoming => EmailDirection::Outgoing,
        EmailDirection::Outgoing => EmailDirection::Incoming,
    };
    let other_copy = promote::existing_email_activity(conn, item, opposite)?.is_some();
    let from_queue = sender.owner_kind == OwnerKind::Queue;
    let to_queue = receiver.owner_kind == OwnerKind::Queue;
    let reject = if from_queue {
        let reject = rules.internal_from_queues_rejected && other_copy;
        if reject {
            ev.say("internal email from a queue whose sent copy is tracked (IgnoreInternalEmailFromQueues)");
        }
        reject
    } else if to_queue && rules.internal_to_queues_kept {
        ev.say("internal email to a queue is kept for the queue's filter (DoNotIgnoreInternalEmailToQueues)");
        false
    } else if rules.internal_detection_enhancement {
        if other_copy {
            ev.say("internal email whose copy in the other direction is already tracked (two activities off)");
        }
        other_copy
    } else {
        ev.say("internal email, and emails between users are not tracked as two activities");
        true
    };
    Ok(reject)
}

/// The filtering methods of the resolved internal recipients (or of the syncing mailbox only):
/// the first that accepts is the accepting entity.
#[allow(clippy::too_many_arguments)]
fn filter(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    direction: EmailDirection,
    correlated: bool,
    ev: &mut Evaluation,
) -> Result<Option<(Mailbox, FilterReason)>> {
    if item.from.is_none() {
        ev.filter_reason = Some(FilterReason::InvalidSender);
        ev.say("the email has no sender");
        return Ok(None);
    }
    let parties = resolution::resolve_email(conn, rules, item, mailbox)?;
    for party in &parties {
        ev.say(format!(
            "{} {}: {}",
            party.role.word(),
            party.address,
            party.rule
        ));
    }
    ev.parties = parties.clone();
    let candidates = if direction == EmailDirection::Outgoing || rules.syncing_mailbox_only {
        vec![mailbox.clone()]
    } else {
        internal_recipients(conn, item, Some(mailbox))?
    };
    // The options about who the email is from look at the other party: the sender of incoming
    // mail, the recipients of mail sent from the mailbox.
    let other_side = |p: &&Party| match direction {
        EmailDirection::Incoming => p.role == Role::From,
        EmailDirection::Outgoing => p.role != Role::From,
    };
    let party_kinds: Vec<&str> = parties
        .iter()
        .filter(other_side)
        .flat_map(Party::record_kinds)
        .collect();
    let party_internal = parties
        .iter()
        .filter(other_side)
        .any(|p| p.mailbox_id().is_some());
    // Incoming mail reaches a user or queue as a recipient only through a resolved To or Cc
    // address (KB 4339830): on Bcc alone, or unresolved, only "All email messages" accepts it.
    let on_to_or_cc = |candidate: &Mailbox| {
        direction == EmailDirection::Outgoing
            || parties.iter().any(|p| {
                matches!(p.role, Role::To | Role::Cc) && p.mailbox_id() == Some(candidate.id)
            })
    };
    let listed = |candidate: &Mailbox| {
        parties
            .iter()
            .any(|p| p.role != Role::From && p.address.eq_ignore_ascii_case(&candidate.email))
    };
    let mut first_rejection = None;
    for candidate in candidates {
        let option = filtering_option(conn, rules, &candidate)?;
        // Mail that reached the mailbox without naming it (a distribution list, an import)
        // keeps the mailbox's own option, as before; named only on Bcc or unresolved, it
        // needs "All email messages".
        let not_a_resolved_recipient = listed(&candidate) && !on_to_or_cc(&candidate);
        let verdict = match option {
            TrackEmail::All => Ok(FilterReason::AcceptAll),
            _ if not_a_resolved_recipient => {
                ev.say(format!(
                    "{} is not a resolved To or Cc recipient (on Bcc only, or its address stayed unresolved): only \"All email messages\" would accept it",
                    candidate.name
                ));
                Err(FilterReason::NoRecipientMatch)
            }
            _ if correlated && option != TrackEmail::None => Ok(FilterReason::CorrelationMatch),
            TrackEmail::Responses => Err(FilterReason::NoCorrelationMatch),
            TrackEmail::LeadsContactsAccounts
                if party_kinds
                    .iter()
                    .any(|k| matches!(*k, "lead" | "contact" | "account")) =>
            {
                Ok(FilterReason::SenderMatch)
            }
            TrackEmail::EmailEnabled if !party_kinds.is_empty() || party_internal => {
                Ok(FilterReason::SenderMatch)
            }
            _ => Err(FilterReason::NoRecipientMatch),
        };
        match verdict {
            Ok(reason) => {
                ev.say(format!(
                    "{} accepts it (tracks {}): {reason}",
                    candidate.name, option
                ));
                return Ok(Some((candidate, reason)));
            }
            Err(reason) => {
                ev.say(format!(
                    "{} does not accept it (tracks {}): {reason}",
                    candidate.name, option
                ));
                first_rejection.get_or_insert(reason);
            }
        }
    }
    ev.filter_reason = Some(first_rejection.unwrap_or(FilterReason::NoRecipientMatch));
    Ok(None)
}

/// The syncing mailbox (when given) first, then every other internal To/Cc/Bcc recipient once.
fn internal_recipients(
    conn: &Connection,
    item: &Item,
    mailbox: Option<&Mailbox>,
) -> Result<Vec<Mailbox>> {
    let mut found: Vec<Mailbox> = mailbox.into_iter().cloned().collect();
    for address in item.to.iter().chain(&item.cc).chain(&item.bcc) {
        if let Some(id) = mailboxes::id_by_email(conn, address)?
            && !found.iter().any(|m| m.id == id)
        {
            found.push(mailboxes::get(conn, id)?);
        }
    }
    Ok(found)
}

fn filtering_option(conn: &Connection, rules: &OrgRules, mailbox: &Mailbox) -> Result<TrackEmail> {
    Ok(match mailbox.owner_kind {
        OwnerKind::User => match rules.forced_user_filter {
            Some(forced) => forced,
            None => users::get(conn, mailbox.owner_id)?.track_email,
        },
        OwnerKind::Queue => queues::get(conn, mailbox.owner_id)?.convert_email,
    })
}

#[allow(clippy::too_many_arguments)]
fn create(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    facts: EmailFacts,
    method: TrackingMethod,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
    summary: &mut Summary,
) -> Result<()> {
    if item.tracking.attempts > 0 {
        summary.retried += 1;
    }
    match promote::create_email_activity(conn, rules, item, mailbox, &facts, now)? {
        Ok(link) => {
            let activity = link
                .activity_id
                .expect("email promotion creates an activity");
            link_item(conn, item, activity, method)?;
            ev.outcome = "tracked";
            ev.activity = Some(activity);
            ev.say(format!("tracked as activity {activity}"));
            summary.tracked += 1;
            auto_categorize(
                conn,
                rules,
                item,
                mailbox,
                activity,
                facts.direction,
                method,
                now,
                ev,
            )?;
        }
        Err(failure) => {
            ev.say(format!(
                "attempt {} failed: {}",
                item.tracking.attempts + 1,
                failure.0
            ));
            ev.outcome = match record_failure(
                conn,
                item,
                method,
                failure,
                Pending::Evaluate,
                now,
                summary,
            )? {
                AfterFailure::Retry => "failed",
                AfterFailure::GaveUp => {
                    ev.say("every retry failed: undeliverable; assign the tracking category again to start over");
                    "undeliverable"
                }
            };
        }
    }
    Ok(())
}

fn link_item(conn: &Connection, item: &Item, activity: i64, method: TrackingMethod) -> Result<()> {
    items::set_tracking(
        conn,
        item.id,
        &Tracking {
            state: TrackingState::Tracked,
            method: Some(method),
            activity_id: Some(activity),
            attempts: item.tracking.attempts + 1,
            ..Tracking::default()
        },
    )
}

/// Tracked email gets the tracking category. When it was tracked automatically (filtering or
/// correlation, not a folder rule), so do the copies other server-side-sync recipients have
/// (with two activities on, only copies of the same direction); each copy's evaluation says so.
#[allow(clippy::too_many_arguments)]
fn auto_categorize(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    activity: i64,
    direction: EmailDirection,
    method: TrackingMethod,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<()> {
    if !rules.category_tracking {
        return Ok(());
    }
    // The tracked copy always gets the category; the other recipients' copies only from the
    // version that auto-categorizes, and only for email tracked by filtering or correlation.
    let copies = match (&item.message_id, method) {
        (Some(message_id), TrackingMethod::Automatic) if rules.auto_categorize => {
            items::copies_of_message(conn, message_id)?
        }
        _ => vec![(item.id, mailbox.id)],
    };
    for (copy_id, copy_mailbox_id) in copies {
        let copy_mailbox = if copy_mailbox_id == mailbox.id {
            mailbox.clone()
        } else {
            mailboxes::get(conn, copy_mailbox_id)?
        };
        let Some(category) = categories::with_role(conn, copy_mailbox.id, "tracked")? else {
            continue;
        };
        if category.state != "active" || master_list::uses_legacy_client(&copy_mailbox) {
            continue;
        }
        let copy = items::get(conn, copy_id)?;
        if copy.id != item.id {
            if rules.two_activities && promote::direction_of(conn, &copy)? != direction {
                continue;
            }
            if copy.tracking.state == TrackingState::Tracked {
                continue;
            }
            link_item(conn, &copy, activity, TrackingMethod::Automatic)?;
            let why = format!(
                "auto-categorized: its message was tracked automatically as activity {activity} from the copy in {} (item {})",
                mailbox.name, item.id
            );
            items::set_pending(conn, copy.id, None, Some(&why))?;
            record_auto_categorized(conn, &copy, &copy_mailbox, activity, why, now)?;
            ev.say(format!(
                "auto-categorized the copy in {} (item {})",
                copy_mailbox.name, copy.id
            ));
        }
        items::add_category(conn, copy.id, category.id)?;
    }
    Ok(())
}

/// The evaluation of a copy tracked by auto-categorization: what its own evaluation (if any)
/// said, the activity's facts, then why it is tracked after all.
fn record_auto_categorized(
    conn: &Connection,
    copy: &Item,
    mailbox: &Mailbox,
    activity: i64,
    why: String,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut ev = Evaluation::of_tracked(conn, copy, mailbox, activity, now)?;
    ev.outcome = "linked";
    ev.say(why);
    let json = serde_json::to_string(&ev).expect("an evaluation serializes");
    items::set_evaluation(conn, copy.id, &json)
}
