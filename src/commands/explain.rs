//! `orgtrack explain ITEM|activity:ID`: why an item was or was not tracked, in plain words and
//! as JSON: its tracking facts, the tracking category, the folder rule and every reason the
//! automatic-tracking evaluation recorded.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use super::Context;
use crate::engine::resolution::{self, Party};
use crate::engine::rules::OrgRules;
use crate::error::{Code, Error, Result};
use crate::model::Direction;
use crate::model::tracking::{CorrelationMethod, FilterReason, ItemKind, TrackingState};
use crate::store::{activities, categories, folder_rules, folders, items, mailboxes};
use crate::view::activity::{ActivityView, view as activity_view};
use crate::view::evaluation;
use crate::view::item::{ItemView, Viewer};

#[derive(Serialize)]
struct ItemExplanation {
    item: ItemView,
    has_tracking_category: bool,
    folder_rule: Option<String>,
    /// The automatic-tracking evaluation, when the item went through one.
    evaluation: Option<Value>,
    /// Each address of an email resolved as its mailbox sees it now, with the rule that
    /// decided (empty for other kinds); the evaluation keeps what they resolved to then.
    parties: Vec<Party>,
    explanation: Vec<String>,
}

#[derive(Serialize)]
struct ActivityExplanation {
    activity: ActivityView,
    items: Vec<ItemExplanation>,
    explanation: Vec<String>,
}

enum Target {
    Item(i64),
    Activity(i64),
}

fn parse_target(text: &str) -> Result<Target> {
    let bad = || {
        Error::new(
            Code::InvalidTarget,
            format!("'{text}' is neither an item id (5 or item:5) nor an activity (activity:3)"),
        )
    };
    let (kind, id) = text.split_once(':').unwrap_or(("item", text));
    let id: i64 = id.trim().parse().map_err(|_| bad())?;
    match kind.trim().to_ascii_lowercase().as_str() {
        "item" => Ok(Target::Item(id)),
        "activity" => Ok(Target::Activity(id)),
        _ => Err(bad()),
    }
}

pub fn run(ctx: &Context, target: &str) -> Result<()> {
    let target = parse_target(target)?;
    let store = ctx.open()?;
    let conn = store.conn();
    match target {
        Target::Item(id) => {
            let explained = explain_item(conn, id)?;
            render(ctx, &explained, &explained.explanation)
        }
        Target::Activity(id) => {
            let activity = activity_view(conn, activities::get(conn, id)?)?;
            let mut linked = items::linked_to_activity(conn, id)?;
            for occurrence in activities::occurrences(conn, id)? {
                linked.extend(items::linked_to_activity(conn, occurrence)?);
            }
            let items = linked
                .into_iter()
                .map(|item| explain_item(conn, item))
                .collect::<Result<Vec<_>>>()?;
            let mut explanation = vec![describe_activity(&activity)];
            for item in &items {
                explanation.push(format!(
                    "Item {} in {} ({}):",
                    item.item.id, item.item.mailbox, item.item.folder
                ));
                explanation.extend(item.explanation.iter().map(|line| format!("  {line}")));
            }
            let explained = ActivityExplanation {
                activity,
                items,
                explanation,
            };
            render(ctx, &explained, &explained.explanation)
        }
    }
}

fn render<T: Serialize>(ctx: &Context, document: &T, lines: &[String]) -> Result<()> {
    ctx.out
        .text_or(&format!("{}\n", lines.join("\n")), document)
}

fn describe_activity(a: &ActivityView) -> String {
    let mut line = format!("Activity {} ({}) '{}'", a.id, a.kind, a.subject);
    if let Some(direction) = a.direction {
        line.push_str(&format!(", {direction}"));
    }
    line.push_str(&format!(", correlation: {}", a.correlation_method));
    if let Some(correlated) = a.correlated_activity_id {
        line.push_str(&format!(" with activity {correlated}"));
    }
    if let Some(parent) = a.parent_activity_id {
        line.push_str(&format!(", parent activity {parent}"));
    }
    match (&a.accepting_mailbox, a.filter_reason) {
        (Some(entity), Some(reason)) => {
            line.push_str(&format!(", accepted by {entity} ({reason})"))
        }
        (Some(entity), None) => line.push_str(&format!(", accepted by {entity}")),
        (None, _) => line.push_str(", no accepting entity (tracked manually or from a folder)"),
    }
    if let Some(mailbox) = &a.receiving_mailbox {
        line.push_str(&format!(", received through {mailbox}"));
    }
    if let Some(regarding) = &a.regarding {
        line.push_str(&format!(", regarding {regarding}"));
    }
    line
}

fn explain_item(conn: &Connection, id: i64) -> Result<ItemExplanation> {
    let item = items::get(conn, id)?;
    let evaluation: Option<Value> = item
        .evaluation
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok())
        .map(|stored| evaluation::view(conn, stored))
        .transpose()?;
    let tracked_category = categories::with_role(conn, item.mailbox_id, "tracked")?;
    let has_tracking_category = match &tracked_category {
        Some(category) => items::has_category(conn, item.id, category.id)?,
        None => false,
    };
    let folder_rule = match folder_rules::for_folder(conn, item.folder_id)? {
        Some(rule) => Some(folders::path_of(conn, rule.folder_id)?),
        None => None,
    };
    let parties = match item.kind {
        ItemKind::Email => {
            let mailbox = mailboxes::get(conn, item.mailbox_id)?;
            resolution::resolve_email(conn, &OrgRules::load(conn)?, &item, &mailbox)?
        }
        _ => Vec::new(),
    };
    let view = Viewer::new(conn).view(item)?;
    let mut lines = Vec::new();
    let t = &view.tracking;
    lines.push(match (t.state, t.method, t.activity_id) {
        (TrackingState::Tracked, method, Some(activity)) => format!(
            "Tracked as activity {activity}{}.",
            method.map(|m| format!(" ({m})")).unwrap_or_else(|| " (sent from Dynamics 365)".into())
        ),
        (TrackingState::Tracked, _, None) => format!(
            "Tracked{}.",
            t.record_id.map(|r| format!(" to record {r}")).unwrap_or_default()
        ),
        (TrackingState::Pending, _, _) => "Marked for tracking; the next cycle tracks it.".into(),
        (TrackingState::Failed, _, _) => format!(
            "Tracking failed {} time(s); the next cycle retries. Last error: {}",
            t.attempts,
            t.last_error.clone().unwrap_or_default()
        ),
        (TrackingState::Undeliverable, _, _) => format!(
            "Undeliverable after {} attempts (last error: {}); assign the tracking category again to start over.",
            t.attempts,
            t.last_error.clone().unwrap_or_default()
        ),
        (TrackingState::Untracked, _, _) => "Not tracked.".into(),
    });
    match (&tracked_category, has_tracking_category) {
        (Some(category), true) => {
            lines.push(format!("It carries the '{}' category.", category.name))
        }
        (Some(category), false) => lines.push(format!(
            "It does not carry the '{}' category.",
            category.name
        )),
        (None, _) => lines.push("Its mailbox has no tracking category.".into()),
    }
    if let Some(path) = &folder_rule {
        lines.push(format!("Its folder {path} has a folder tracking rule."));
    }
    for acted in &view.inbox_rules {
        lines.push(format!(
            "Inbox rule '{}' acted on it when it arrived: {}.",
            acted.rule,
            acted.actions.join("; ")
        ));
    }
    if let Some(pending) = view.pending {
        let mailbox = mailboxes::get(conn, view.mailbox_id)?;
        let direction = match view.kind {
            ItemKind::Email => Direction::Incoming,
            _ => Direction::Act,
        };
        if mailbox.syncs(direction) {
            lines.push(format!("The next cycle will: {pending}."));
        } else {
            lines.push(format!(
                "Waiting to {pending}, but no cycle looks at it while the mailbox {} does not synchronize {} through server-side sync (method, approval, test or enabled).",
                mailbox.name,
                if direction == Direction::Incoming { "incoming email" } else { "appointments, contacts and tasks" }
            ));
        }
    }
    if let Some(ev) = &evaluation {
        lines.push(format!(
            "Automatic tracking ({}): filter reason {}, correlation {}{}, receiving mailbox {}, accepting mailbox {}.",
            ev["outcome"].as_str().unwrap_or("?").replace('_', " "),
            ev["filter_reason"]
                .as_str()
                .and_then(FilterReason::from_word)
                .map_or("none", FilterReason::label),
            ev["correlation_method"]
                .as_str()
                .and_then(CorrelationMethod::from_word)
                .map_or("none", CorrelationMethod::label),
            ev["correlated_activity_id"].as_i64().map(|a| format!(" with activity {a}")).unwrap_or_default(),
            ev["receiving_mailbox"].as_str().unwrap_or("?"),
            ev["accepting_mailbox"].as_str().unwrap_or("none"),
        ));
        if let Some(rule) = ev["record_rule"].as_object() {
            lines.push(record_rule_line(rule));
        }
        if let Some(reasons) = ev["reasons"].as_array() {
            lines.extend(
                reasons
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|r| format!("- {r}")),
            );
        }
    }
    if let (None, Some(note)) = (&evaluation, &view.note) {
        lines.push(format!("Last step: {note}."));
    }
    Ok(ItemExplanation {
        item: view,
        has_tracking_category,
        folder_rule,
        evaluation,
        parties,
        explanation: lines,
    })
}

/// The record rule's outcome in one sentence; the evaluation's reasons give the details.
fn record_rule_line(rule: &serde_json::Map<String, Value>) -> String {
    let text = |key: &str| rule.get(key).and_then(Value::as_str).unwrap_or("?");
    let kind = text("record_kind");
    let record = rule.get("record_id").and_then(Value::as_i64);
    let what = match (text("outcome"), record) {
        ("created", Some(id)) => format!(
            "item {} '{}' matched and created {kind} {id}, now the email's regarding",
            rule.get("item_position")
                .and_then(Value::as_i64)
                .unwrap_or_default(),
            text("item_name")
        ),
        ("open_record", Some(id)) => {
            format!("{kind} {id} is still open, so the email stays on it (no second {kind})")
        }
        ("within_wait", Some(id)) => format!(
            "{kind} {id} was resolved less than the wait time ago, so the email stays on it"
        ),
        ("unknown_sender", _) => "the sender is unknown and the rule does not allow it".into(),
        _ => format!("no item matched, so no {kind} was created"),
    };
    format!(
        "Record rule '{}' of {}: {what}.",
        text("rule"),
        text("queue")
    )
}
