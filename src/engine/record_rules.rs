//! What becomes of an incoming email that automatic tracking created or linked in a queue's
//! mailbox (or that a queue accepted): its queue items, as the org's queue item settings say,
//! then the queue's automatic record creation and update rule. The rule's items are evaluated
//! in order and the first that matches creates the record (a case, a lead, ...) the email is
//! then regarding; a reply to an email whose record is still open creates no second one.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::automatic::Evaluation;
use super::rules::{OrgRules, QueueItemRules};
use crate::error::Result;
use crate::model::OwnerKind;
use crate::model::rules::{QueueItemOrigin, RuleOutcome, domain_of};
use crate::model::tracking::EmailDirection;
use crate::store::activities::{self, Activity};
use crate::store::items::{self, Item};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::queues::{self, Queue};
use crate::store::record_rules::{self, RecordRule, RuleItem, Run};
use crate::store::{queue_items, records};
use crate::time;

/// What a record creation rule did with one email: the `record_rule` of its evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct RuleEvaluation {
    pub rule_id: i64,
    pub rule: String,
    pub queue_id: i64,
    pub queue: String,
    pub outcome: RuleOutcome,
    /// The item that fired: its position in the rule, and its name.
    #[serde(rename = "item_position")]
    pub item: Option<i64>,
    pub item_name: Option<String>,
    /// The record the email is regarding because of the rule (created, or the open one kept).
    #[serde(rename = "record_id")]
    pub record: Option<i64>,
    pub record_kind: String,
    /// The contact created for an unknown sender.
    #[serde(rename = "contact_id")]
    pub contact_created: Option<i64>,
}

/// The record-rule step of automatic tracking, for the activity it just created (`created`) or
/// linked: queue items first, then the rule of the queue the email came through.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    activity_id: i64,
    created: bool,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<()> {
    let activity = activities::get(conn, activity_id)?;
    // Queue items and record rules are for incoming email.
    if activity.direction != Some(EmailDirection::Incoming) {
        return Ok(());
    }
    add_queue_items(
        conn,
        &rules.queue_items,
        item,
        mailbox,
        &activity,
        created,
        now,
        ev,
    )?;
    let queues = queues_through(conn, mailbox, &activity, created)?;
    if queues.is_empty() {
        return Ok(());
    }
    if let Some(run) = record_rules::run_of(conn, activity_id)? {
        ev.say(format!(
            "record rule '{}' already processed activity {activity_id} ({}): not again",
            run.rule, run.outcome
        ));
        return Ok(());
    }
    let mut found = None;
    for queue in &queues {
        if let Some(rule) = record_rules::active_for_queue(conn, queue.id)? {
            found = Some((queue, rule));
            break;
        }
    }
    let Some((queue, rule)) = found else {
        let names: Vec<&str> = queues.iter().map(|q| q.name.as_str()).collect();
        ev.say(format!(
            "no record creation rule is active for {}: no record created",
            names.join(" or ")
        ));
        return Ok(());
    };
    let outcome = run_rule(conn, &rule, queue, item, &activity, now, ev)?;
    record_rules::record_run(
        conn,
        activity_id,
        &Run {
            rule: rule.name.clone(),
            outcome: outcome.outcome,
            item: outcome.item,
            record_id: outcome.record,
        },
        &time::format(now),
    )?;
    if outcome.outcome.processed()
        && let Some(queue_item) = queue_items::deactivate(conn, queue.id, activity_id)?
    {
        ev.say(format!(
            "queue item {queue_item} in {} deactivated: the rule processed the email",
            queue.name
        ));
    }
    if outcome.record.is_some() {
        ev.regarding = outcome.record;
    }
    ev.record_rule = Some(outcome);
    Ok(())
}

/// The queue items the settings give a tracked incoming email, each queue at most once.
#[allow(clippy::too_many_arguments)]
fn add_queue_items(
    conn: &Connection,
    settings: &QueueItemRules,
    item: &Item,
    mailbox: &Mailbox,
    activity: &Activity,
    created: bool,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<()> {
    const RECIPIENTS: &str = "CreateQueueItemsForAcceptingQueueRecipients";
    const SYNCHRONIZING: &str = "CreateQueueItemForSynchronizingMailbox";
    const ALREADY_TRACKED: &str = "SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail";
    let syncing_queue = queue_of(mailbox);
    let mut wanted: Vec<(i64, QueueItemOrigin, &str)> = Vec::new();
    if created {
        if settings.for_recipients {
            for address in item.to.iter().chain(&item.cc).chain(&item.bcc) {
                if let Some(id) = mailboxes::id_by_email(conn, address)?
                    && let Some(queue) = queue_of(&mailboxes::get(conn, id)?)
                {
                    wanted.push((queue, QueueItemOrigin::Recipient, RECIPIENTS));
                }
            }
        }
        if settings.for_synchronizing_mailbox
            && let Some(queue) = syncing_queue
        {
            wanted.push((queue, QueueItemOrigin::SynchronizingMailbox, SYNCHRONIZING));
        }
        if settings.for_already_tracked {
            // Auto-categorization has just linked the copies other queues hold, so their own
            // cycles will not evaluate them: for those queues the email is already tracked.
            for queue in queues_holding_linked_copies(conn, item, mailbox, activity)? {
                wanted.push((queue, QueueItemOrigin::AlreadyTracked, ALREADY_TRACKED));
            }
        }
    } else if settings.for_already_tracked
        && let Some(queue) = syncing_queue
    {
        wanted.push((queue, QueueItemOrigin::AlreadyTracked, ALREADY_TRACKED));
    }
    for (queue_id, origin, setting) in wanted {
        if let Some(id) = queue_items::add(conn, queue_id, activity.id, origin, now)? {
            let queue = queues::get(conn, queue_id)?;
            ev.say(format!(
                "queue item {id} added to {} ({setting})",
                queue.name
            ));
            ev.queue_items.push(id);
        }
    }
    Ok(())
}

fn queue_of(mailbox: &Mailbox) -> Option<i64> {
    (mailbox.owner_kind == OwnerKind::Queue).then_some(mailbox.owner_id)
}

/// Queues whose synchronized mailbox holds a copy of the message now linked to `activity`.
fn queues_holding_linked_copies(
    conn: &Connection,
    item: &Item,
    mailbox: &Mailbox,
    activity: &Activity,
) -> Result<Vec<i64>> {
    let Some(message_id) = &item.message_id else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for (copy_id, copy_mailbox_id) in items::copies_of_message(conn, message_id)? {
        if copy_mailbox_id == mailbox.id {
            continue;
        }
        let holder = mailboxes::get(conn, copy_mailbox_id)?;
        if let Some(queue) = queue_of(&holder)
            && items::get(conn, copy_id)?.tracking.activity_id == Some(activity.id)
        {
            found.push(queue);
        }
    }
    Ok(found)
}

/// The queues whose rule may process the email: the queue whose mailbox created the activity,
/// then the accepting queue. A copy merely linked in a queue's mailbox is not processed again.
fn queues_through(
    conn: &Connection,
    mailbox: &Mailbox,
    activity: &Activity,
    created: bool,
) -> Result<Vec<Queue>> {
    let mut found: Vec<Queue> = Vec::new();
    if created && let Some(queue) = queue_of(mailbox) {
        found.push(queues::get(conn, queue)?);
    }
    if let Some(accepting) = activity.accepting_mailbox_id
        && let Some(queue) = queue_of(&mailboxes::get(conn, accepting)?)
        && !found.iter().any(|q| q.id == queue)
    {
        found.push(queues::get(conn, queue)?);
    }
    Ok(found)
}

fn run_rule(
    conn: &Connection,
    rule: &RecordRule,
    queue: &Queue,
    item: &Item,
    activity: &Activity,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<RuleEvaluation> {
    let kind = rule.create_kind.as_str();
    let said = format!("record rule '{}' of {}", rule.name, queue.name);
    let mut result = RuleEvaluation {
        rule_id: rule.id,
        rule: rule.name.clone(),
        queue_id: queue.id,
        queue: queue.name.clone(),
        outcome: RuleOutcome::NoItemMatched,
        item: None,
        item_name: None,
        record: None,
        record_kind: rule.create_kind.clone(),
        contact_created: None,
    };
    let sender = item.from.as_deref();
    let known = match sender {
        Some(address) => {
            records::has_email(conn, address)? || mailboxes::id_by_email(conn, address)?.is_some()
        }
        None => false,
    };
    if !known {
        let who = match sender {
            Some(address) => format!("the sender {address} is no record, user or queue"),
            None => "the email has no sender".to_string(),
        };
        let Some(address) = sender.filter(|_| rule.allow_unknown_senders) else {
            ev.say(format!(
                "{said}: {who}, and the rule does not allow unknown senders: ignored"
            ));
            result.outcome = RuleOutcome::UnknownSender;
            return Ok(result);
        };
        ev.say(format!("{said}: {who}; the rule allows unknown senders"));
        if rule.create_contact {
            let id = records::create(
                conn,
                "contact",
                address,
                Some(address),
                Some(rule.owner_user_id),
            )?;
            ev.say(format!("{said}: created contact {id} for {address}"));
            result.contact_created = Some(id);
        }
    }
    if let Some(existing) = existing_record(conn, activity, kind)? {
        let wait = time::format_duration(rule.wait_minutes);
        let kept = match existing.resolved_at {
            _ if existing.state == "active" => {
                ev.say(format!(
                    "{said}: it belongs to {kind} {} '{}', which is still open: it stays regarding it, no second {kind}",
                    existing.id, existing.name
                ));
                Some(RuleOutcome::OpenRecord)
            }
            Some(resolved) if now < resolved + Duration::minutes(rule.wait_minutes) => {
                ev.say(format!(
                    "{said}: it belongs to {kind} {} '{}', resolved at {}; within the wait time ({wait}) it stays regarding it and no new {kind} is created",
                    existing.id,
                    existing.name,
                    time::format(resolved)
                ));
                Some(RuleOutcome::WithinWait)
            }
            resolved => {
                ev.say(format!(
                    "{said}: it belongs to {kind} {} '{}', resolved{} and past the wait time ({wait}): a new {kind} may be created",
                    existing.id,
                    existing.name,
                    resolved
                        .map(|t| format!(" at {}", time::format(t)))
                        .unwrap_or_default()
                ));
                None
            }
        };
        if let Some(outcome) = kept {
            if activity.regarding_record_id != Some(existing.id) {
                activities::set_regarding(conn, activity.id, Some(existing.id))?;
            }
            result.outcome = outcome;
            result.record = Some(existing.id);
            return Ok(result);
        }
    }
    let items = record_rules::items(conn, rule.id)?;
    for rule_item in &items {
        if let Some(why) = mismatch(rule_item, item) {
            ev.say(format!(
                "{said}: item {} '{}' does not match: {why}",
                rule_item.position, rule_item.name
            ));
            continue;
        }
        let record = create_record(conn, rule, rule_item, item, sender)?;
        activities::set_regarding(conn, activity.id, Some(record))?;
        ev.say(format!(
            "{said}: item {} '{}' matched: created {kind} {record} (owner {}) and set it as the email's regarding",
            rule_item.position,
            rule_item.name,
            crate::store::users::get(conn, rule.owner_user_id)?.name
        ));
        result.outcome = RuleOutcome::Created;
        result.item = Some(rule_item.position);
        result.item_name = Some(rule_item.name.clone());
        result.record = Some(record);
        return Ok(result);
    }
    ev.say(if items.is_empty() {
        format!("{said} has no items: no {kind} created")
    } else {
        format!("{said}: no item matched: no {kind} created")
    });
    Ok(result)
}

/// The record of the rule's kind the email already belongs to: its own regarding, else the one
/// of the email it correlates with or replies to.
fn existing_record(
    conn: &Connection,
    activity: &Activity,
    kind: &str,
) -> Result<Option<records::Record>> {
    let mut candidates = vec![activity.regarding_record_id];
    for related in [activity.correlated_activity_id, activity.parent_activity_id]
        .into_iter()
        .flatten()
    {
        if let Some(other) = activities::find(conn, related)? {
            candidates.push(other.regarding_record_id);
        }
    }
    for id in candidates.into_iter().flatten() {
        let record = records::get(conn, id)?;
        if record.kind == kind {
            return Ok(Some(record));
        }
    }
    Ok(None)
}

/// Why an item's conditions do not all hold for this email, or None when they do.
fn mismatch(rule_item: &RuleItem, item: &Item) -> Option<String> {
    if let Some(text) = &rule_item.subject_contains
        && !item.subject.to_lowercase().contains(&text.to_lowercase())
    {
        return Some(format!("the subject does not contain '{text}'"));
    }
    if let Some(domain) = &rule_item.from_domain {
        let sender_domain = item.from.as_deref().map(domain_of).unwrap_or("");
        if !sender_domain.eq_ignore_ascii_case(domain) {
            return Some(format!("the sender is not from {domain}"));
        }
    }
    None
}

/// The record an item creates: a contact is named after the sender, anything else after the
/// subject (a case's title is the email's subject); records that hold an address get the sender's.
fn create_record(
    conn: &Connection,
    rule: &RecordRule,
    rule_item: &RuleItem,
    item: &Item,
    sender: Option<&str>,
) -> Result<i64> {
    let kind = rule.create_kind.as_str();
    let subject = item.subject.trim();
    let name = match (kind, sender) {
        ("contact", Some(address)) => address,
        _ if subject.is_empty() => "(no subject)",
        _ => subject,
    };
    let email = sender.filter(|_| !matches!(kind, "case" | "opportunity"));
    let id = records::create(conn, kind, name, email, Some(rule.owner_user_id))?;
    if rule_item.priority.is_some() {
        records::set_priority(conn, id, rule_item.priority)?;
    }
    Ok(id)
}
