//! `orgtrack explain ITEM|activity:ID`: why an item was or was not tracked, for a Dynamics 365
//! admin: the decisive reason first, in plain sentences, then the facts behind it, what happened
//! (the history) and what to do next. Items and activities deleted since are explained from
//! their history.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use super::Context;
use crate::engine::resolution::{self, Party};
use crate::engine::rules::OrgRules;
use crate::error::{Code, Error, Result};
use crate::model::tracking::{
    CorrelationMethod, FilterReason, ItemKind, Pending, TrackingMethod, TrackingState,
};
use crate::model::{Direction, OwnerKind, TrackEmail};
use crate::store::history::{self, Event};
use crate::store::mailboxes::Mailbox;
use crate::store::{
    activities, categories, folder_rules, folders, items, mailboxes, queues, users,
};
use crate::view::activity::{ActivityView, view as activity_view};
use crate::view::evaluation;
use crate::view::history::{HistoryView, view as history_view};
use crate::view::item::{ItemView, Viewer};

/// One thing to do about it, with the command that does it where there is one.
#[derive(Serialize)]
struct NextStep {
    action: String,
    command: Option<String>,
}

fn step(action: impl Into<String>, command: Option<String>) -> NextStep {
    NextStep {
        action: action.into(),
        command,
    }
}

#[derive(Serialize)]
struct ItemExplanation {
    /// The item as it is; null once it is gone from Outlook (the history tells what it was).
    item: Option<ItemView>,
    has_tracking_category: bool,
    folder_rule: Option<String>,
    /// The automatic-tracking evaluation, when the item went through one.
    evaluation: Option<Value>,
    /// Each address of an email resolved as its mailbox sees it now, with the rule that
    /// decided (empty for other kinds); the evaluation keeps what they resolved to then.
    parties: Vec<Party>,
    /// The decisive reason first, then the facts behind it.
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
    history: Vec<HistoryView>,
}

#[derive(Serialize)]
struct ActivityExplanation {
    /// The activity as it is; null once deleted (the history tells what it was).
    activity: Option<ActivityView>,
    items: Vec<ItemExplanation>,
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
    history: Vec<HistoryView>,
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

mod remote;

/// `explain TARGET` or `explain --message-id ID` (`recipients`: with `--env`, whose mailboxes
/// to check when the service does not have the message).
pub fn run(
    ctx: &Context,
    target: Option<&str>,
    message_id: Option<&str>,
    recipients: &[String],
) -> Result<()> {
    if let Some(client) = ctx.remote()? {
        let asked = match (target, message_id) {
            (_, Some(id)) => remote::Asked::MessageId(id),
            (Some(target), None) => remote::Asked::Email(remote::email_target(target)?),
            (None, None) => unreachable!("clap requires a target or --message-id"),
        };
        return remote::run(ctx, client, asked, recipients);
    }
    if !recipients.is_empty() {
        return Err(Error::new(
            Code::InvalidTarget,
            "--recipient works with --env: locally the state knows every message's recipients",
        ));
    }
    let store = ctx.open()?;
    let conn = store.conn();
    let target = match (target, message_id) {
        (_, Some(id)) => Target::Activity(activities::latest_of_message(conn, id)?.ok_or_else(
            || {
                Error::new(
                    Code::UnknownActivity,
                    format!("no activity has the Message-ID {id}; `orgtrack activity list` shows the activities"),
                )
            },
        )?),
        (Some(target), None) => parse_target(target)?,
        (None, None) => unreachable!("clap requires a target or --message-id"),
    };
    match target {
        Target::Item(id) => {
            let explained = explain_item(conn, id)?;
            render(
                ctx,
                &explained,
                &explained.explanation,
                &explained.next_steps,
            )
        }
        Target::Activity(id) => {
            let explained = explain_activity(conn, id)?;
            render(
                ctx,
                &explained,
                &explained.explanation,
                &explained.next_steps,
            )
        }
    }
}

fn render<T: Serialize>(
    ctx: &Context,
    document: &T,
    lines: &[String],
    next: &[NextStep],
) -> Result<()> {
    let mut text = lines.join("\n");
    text.push('\n');
    if !next.is_empty() {
        text.push_str("\nNext steps:\n");
        for s in next {
            match &s.command {
                Some(command) => text.push_str(&format!("- {}: {command}\n", s.action)),
                None => text.push_str(&format!("- {}\n", s.action)),
            }
        }
    }
    ctx.out.text_or(&text, document)
}

/// A word of a command line, quoted for a POSIX shell when it needs it.
fn arg(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@._-/:+".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

fn command(words: &[&str]) -> Option<String> {
    let args: Vec<String> = words.iter().map(|w| arg(w)).collect();
    Some(format!("orgtrack {}", args.join(" ")))
}

/// Where a history event happened, in words: "at T" or "in cycle C (T)".
fn when(event: &Event) -> String {
    match event.cycle {
        Some(cycle) => format!("in cycle {cycle} ({})", event.at),
        None => format!("at {}", event.at),
    }
}

fn last<'a>(events: &'a [Event], name: &str) -> Option<&'a Event> {
    events.iter().rev().find(|e| e.event == name)
}

/// What happened, one short line per event.
fn history_lines(events: &[Event]) -> Vec<String> {
    if events.is_empty() {
        return Vec::new();
    }
    let mut lines = vec!["What happened:".to_string()];
    lines.extend(events.iter().map(|e| {
        let mut line = format!("- {} {} by {}", e.at, e.event.replace('_', " "), e.actor);
        if let Some(cycle) = e.cycle {
            line.push_str(&format!(" (cycle {cycle})"));
        }
        if let (Some(item), Some(activity)) = (e.item_id, e.activity_id) {
            line.push_str(&format!(", item {item}, activity {activity}"));
        }
        line
    }));
    lines
}

fn explain_activity(conn: &Connection, id: i64) -> Result<ActivityExplanation> {
    let events = history::of_activity(conn, id)?;
    let Some(found) = activities::find(conn, id)? else {
        return explain_deleted_activity(conn, id, events);
    };
    let activity = activity_view(conn, found)?;
    let mut linked = items::linked_to_activity(conn, id)?;
    for occurrence in activities::occurrences(conn, id)? {
        linked.extend(items::linked_to_activity(conn, occurrence)?);
    }
    let items = linked
        .into_iter()
        .map(|item| explain_item(conn, item))
        .collect::<Result<Vec<_>>>()?;
    let mut lines = vec![activity_origin(&activity, &events, &items)];
    lines.push(describe_activity(&activity));
    for item in &items {
        if let Some(view) = &item.item {
            lines.push(format!(
                "Item {} in {} ({}): {}",
                view.id,
                view.mailbox,
                view.folder,
                item.explanation.first().cloned().unwrap_or_default()
            ));
        }
    }
    lines.extend(history_lines(&events));
    let mut next_steps = vec![step(
        "see every field of the activity",
        command(&["activity", "show", &id.to_string()]),
    )];
    next_steps.extend(items.iter().filter_map(|item| {
        item.item.as_ref().map(|view| {
            step(
                format!("see why item {} is tracked", view.id),
                command(&["explain", &format!("item:{}", view.id)]),
            )
        })
    }));
    Ok(ActivityExplanation {
        activity: Some(activity),
        items,
        explanation: lines,
        next_steps,
        history: events.into_iter().map(history_view).collect(),
    })
}

/// How the activity came to be: who created it, and how the items on it were tracked (the
/// tracking method of each, from the history, else from the items as they are now).
fn activity_origin(a: &ActivityView, events: &[Event], items: &[ItemExplanation]) -> String {
    let mut methods: Vec<TrackingMethod> = Vec::new();
    let tracked = events
        .iter()
        .filter(|e| e.event == "tracked")
        .map(|e| e.method);
    let current = items
        .iter()
        .filter_map(|i| i.item.as_ref())
        .map(|v| v.tracking.method);
    for method in tracked.chain(current).flatten() {
        if !methods.contains(&method) {
            methods.push(method);
        }
    }
    let created = last(events, "created")
        .map(|e| format!(" by {} {}", e.actor, when(e)))
        .unwrap_or_default();
    let how = if methods.is_empty() {
        match (&a.accepting_mailbox, a.direction) {
            (Some(mailbox), _) => format!("automatic tracking: {mailbox} accepted the email"),
            (None, _) => "no Outlook item is tracked to it".to_string(),
        }
    } else {
        let words: Vec<&str> = methods.iter().map(|m| method_words(*m)).collect();
        format!("tracked {}", words.join(", then "))
    };
    format!(
        "Activity {} ({} '{}') was created{created}: {how}.",
        a.id, a.kind, a.subject
    )
}

fn method_words(method: TrackingMethod) -> &'static str {
    match method {
        TrackingMethod::Category => {
            "by category (the 'Tracked to Dynamics 365' category in Outlook)"
        }
        TrackingMethod::App => "in the App for Outlook",
        TrackingMethod::Folder => "from a tracked folder",
        TrackingMethod::Automatic => "automatically (the user's or queue's email tracking option)",
    }
}

fn explain_deleted_activity(
    conn: &Connection,
    id: i64,
    events: Vec<Event>,
) -> Result<ActivityExplanation> {
    let Some(removal) = history::removal(conn, None, Some(id))? else {
        return Err(Error::new(
            Code::UnknownActivity,
            format!(
                "no activity {id}, now or before; `orgtrack activity list` shows the activities"
            ),
        ));
    };
    let what = removal.snapshot.as_ref();
    let subject = what
        .and_then(|s| s["subject"].as_str())
        .unwrap_or("?")
        .to_string();
    let mut lines = vec![format!(
        "Activity {id} ('{subject}') no longer exists: {} deleted it {}.",
        removal.actor,
        when(&removal)
    )];
    let items: Vec<i64> = events.iter().filter_map(|e| e.item_id).collect();
    let mut next_steps = vec![step(
        "see what happened to it",
        command(&["activity", "history", &id.to_string()]),
    )];
    if let Some(item) = items.first() {
        next_steps.push(step(
            format!("see what became of item {item}, which was tracked to it"),
            command(&["explain", &format!("item:{item}")]),
        ));
    }
    lines.extend(history_lines(&events));
    Ok(ActivityExplanation {
        activity: None,
        items: Vec::new(),
        explanation: lines,
        next_steps,
        history: events.into_iter().map(history_view).collect(),
    })
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
        (None, _) => {}
    }
    if let Some(mailbox) = &a.receiving_mailbox {
        line.push_str(&format!(", received through {mailbox}"));
    }
    if let Some(regarding) = &a.regarding {
        line.push_str(&format!(", regarding {regarding}"));
    }
    line.push('.');
    line
}

/// What `explain` reads about an item still in Outlook (or deleted there, waiting for the
/// next cycle).
struct Facts {
    view: ItemView,
    mailbox: Mailbox,
    tracking_category: Option<String>,
    has_tracking_category: bool,
    folder_rule: Option<String>,
    evaluation: Option<Value>,
    deleted: bool,
    events: Vec<Event>,
}

fn explain_item(conn: &Connection, id: i64) -> Result<ItemExplanation> {
    let events = history::of_item(conn, id)?;
    let (item, deleted) = match items::get_pending(conn, id)? {
        Some(found) => found,
        None => return explain_removed_item(conn, id, events),
    };
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
    let mailbox = mailboxes::get(conn, item.mailbox_id)?;
    let parties = match item.kind {
        ItemKind::Email => {
            resolution::resolve_email(conn, &OrgRules::load(conn)?, &item, &mailbox)?
        }
        _ => Vec::new(),
    };
    let view = Viewer::new(conn).view(item)?;
    let facts = Facts {
        view,
        mailbox,
        tracking_category: tracked_category.map(|c| c.name),
        has_tracking_category,
        folder_rule,
        evaluation,
        deleted,
        events,
    };
    let (reason, next_steps) = decisive(conn, &facts)?;
    let mut lines = vec![reason];
    lines.extend(supporting(&facts));
    lines.extend(history_lines(&facts.events));
    Ok(ItemExplanation {
        item: Some(facts.view),
        has_tracking_category: facts.has_tracking_category,
        folder_rule: facts.folder_rule,
        evaluation: facts.evaluation,
        parties,
        explanation: lines,
        next_steps,
        history: facts.events.into_iter().map(history_view).collect(),
    })
}

/// The one sentence that says why the item is where it is, and what to do about it.
fn decisive(conn: &Connection, f: &Facts) -> Result<(String, Vec<NextStep>)> {
    let v = &f.view;
    let id = v.id.to_string();
    let t = &v.tracking;
    let show_activity = |activity: i64| {
        step(
            "see the activity in Dynamics 365",
            command(&["activity", "show", &activity.to_string()]),
        )
    };
    let categorize = || {
        step(
            format!(
                "give it the '{}' category in Outlook",
                f.tracking_category
                    .as_deref()
                    .unwrap_or("Tracked to Dynamics 365")
            ),
            command(&["item", "categorize", &id]),
        )
    };
    let track_in_app = || {
        step(
            "track it in the App for Outlook",
            command(&["item", "track", &id]),
        )
    };
    let run_cycle = || step("run the next sync cycle", command(&["sync"]));
    let direction = v.kind.direction();
    let syncs = f.mailbox.syncs(direction);
    let what_syncs = if direction == Direction::Incoming {
        "incoming email"
    } else {
        "appointments, contacts and tasks"
    };
    let not_syncing = format!(
        "mailbox {} does not synchronize {what_syncs} through server-side sync (it needs the \
         server-side sync method, approval, a successful test and to be enabled)",
        f.mailbox.name
    );
    let fix_mailbox = || {
        step(
            "see what the mailbox lacks",
            command(&["mailbox", "show", &f.mailbox.email]),
        )
    };

    if f.deleted {
        let by = last(&f.events, "deleted")
            .map(|e| format!(" by {} {}", e.actor, when(e)))
            .unwrap_or_default();
        return Ok((
            format!(
                "Deleted in Outlook{by}; the next sync cycle applies the deletion rules (a tracked \
                 item's activity goes too only where they say so)."
            ),
            vec![run_cycle()],
        ));
    }
    if v.pending.is_some() && !syncs {
        return Ok((
            format!(
                "Waiting to {}, but {not_syncing}, so no cycle looks at it.",
                v.pending.map(|p| p.to_string()).unwrap_or_default()
            ),
            vec![fix_mailbox()],
        ));
    }
    let sentence = match t.state {
        TrackingState::Tracked => {
            let target = match (t.activity_id, &t.record) {
                (Some(activity), _) => format!("activity {activity}"),
                (None, Some(record)) => format!("record {record}"),
                (None, None) => "Dynamics 365".to_string(),
            };
            let event = last(&f.events, "tracked");
            let at = event.map(|e| format!(" {}", when(e))).unwrap_or_default();
            let how = match t.method {
                Some(TrackingMethod::Category) => {
                    let by = last(&f.events, "categorized")
                        .map(|e| format!("{} gave it", e.actor))
                        .unwrap_or_else(|| "it carries".into());
                    format!(
                        "{by} the '{}' category and server-side sync tracked it{at}",
                        f.tracking_category.as_deref().unwrap_or("tracking")
                    )
                }
                Some(TrackingMethod::App) => format!("it was tracked in the App for Outlook{at}"),
                Some(TrackingMethod::Folder) => format!(
                    "it is in {}, a folder with a folder tracking rule; server-side sync tracked it{at}",
                    f.folder_rule.as_deref().unwrap_or(&v.folder)
                ),
                Some(TrackingMethod::Automatic) => {
                    let accepting = f
                        .evaluation
                        .as_ref()
                        .and_then(|ev| ev["accepting_mailbox"].as_str())
                        .unwrap_or(&f.mailbox.name)
                        .to_string();
                    let reason = f
                        .evaluation
                        .as_ref()
                        .and_then(|ev| ev["filter_reason"].as_str())
                        .and_then(FilterReason::from_word)
                        .map(|r| format!(" ({})", r.label()))
                        .unwrap_or_default();
                    format!(
                        "automatic tracking: {accepting}'s email tracking option accepts it{reason}{at}"
                    )
                }
                None => "it was sent from Dynamics 365".to_string(),
            };
            let mut next = Vec::new();
            if let Some(activity) = t.activity_id {
                next.push(show_activity(activity));
            }
            next.push(step(
                "stop tracking it in the App for Outlook",
                command(&["item", "untrack", &id]),
            ));
            return Ok((format!("Tracked to {target}: {how}."), next));
        }
        TrackingState::Pending => {
            return Ok((
                "Marked for tracking: the next sync cycle tracks it.".into(),
                vec![run_cycle()],
            ));
        }
        TrackingState::Failed => {
            return Ok((
                format!(
                    "Tracking failed {} time(s): {}. The next sync cycle tries again (up to {} retries).",
                    t.attempts,
                    t.last_error.as_deref().unwrap_or("no error recorded"),
                    crate::engine::MAX_RETRIES
                ),
                vec![
                    step(
                        "see the plugins that make activity creation fail",
                        command(&["plugin", "list"]),
                    ),
                    run_cycle(),
                ],
            ));
        }
        TrackingState::Undeliverable => {
            return Ok((
                format!(
                    "Not tracked: server-side sync gave up after {} attempts ({}); it carries the \
                     Undeliverable category now and is never retried by itself.",
                    t.attempts,
                    t.last_error.as_deref().unwrap_or("no error recorded"),
                ),
                vec![
                    step("fix what made it fail", command(&["plugin", "list"])),
                    categorize(),
                ],
            ));
        }
        TrackingState::Untracked => untracked_reason(conn, f)?,
    };
    let mut next = Vec::new();
    if !syncs {
        next.push(fix_mailbox());
    }
    if v.pending.is_some() {
        next.push(run_cycle());
    } else if v.kind != ItemKind::Contact || syncs {
        next.push(categorize());
        next.push(track_in_app());
        if v.kind == ItemKind::Email {
            next.push(move_to_tracked_folder(conn, f)?);
        }
    }
    let activity = t
        .activity_id
        .or(last(&f.events, "untracked").and_then(|e| e.activity_id));
    if let Some(activity) = activity
        && activities::find(conn, activity)?.is_some()
    {
        next.push(show_activity(activity));
    }
    Ok((sentence, next))
}

fn move_to_tracked_folder(conn: &Connection, f: &Facts) -> Result<NextStep> {
    let id = f.view.id.to_string();
    let rules = folder_rules::list(conn, f.mailbox.id)?;
    Ok(match rules.first() {
        Some(rule) => {
            let path = folders::path_of(conn, rule.folder_id)?;
            step(
                format!("move it to {path}, a tracked folder"),
                command(&["item", "move", &id, &path]),
            )
        }
        None => step(
            "or track a folder (under the Inbox) and move it there",
            command(&["folder", "track", &f.mailbox.email, "Inbox/FOLDER"]),
        ),
    })
}

/// Why an item is not tracked: the sentence.
fn untracked_reason(conn: &Connection, f: &Facts) -> Result<String> {
    let v = &f.view;
    let direction = v.kind.direction();
    // Untracked after it was tracked: say who undid it.
    if let Some(untracked) = last(&f.events, "untracked") {
        let activity = untracked
            .activity_id
            .map(|a| {
                let kept = activities::find(conn, a).ok().flatten().is_some();
                if kept {
                    format!("; activity {a} is kept in Dynamics 365")
                } else {
                    format!("; activity {a} was deleted")
                }
            })
            .unwrap_or_default();
        let why = match last(&f.events, "uncategorized") {
            Some(removed)
                if removed.id < untracked.id && untracked.actor != history::APP_FOR_OUTLOOK =>
            {
                format!(
                    "{} removed the tracking category {} and {} untracked it {}",
                    removed.actor,
                    when(removed),
                    untracked.actor,
                    when(untracked)
                )
            }
            _ => format!("{} untracked it {}", untracked.actor, when(untracked)),
        };
        return Ok(format!("Not tracked any more: {why}{activity}."));
    }
    if let Some(Pending::Evaluate) = v.pending {
        return Ok(
            "Not tracked yet: the next sync cycle evaluates it for automatic tracking.".into(),
        );
    }
    if let Some(ev) = &f.evaluation
        && ev["outcome"] == "not_tracked"
    {
        return Ok(format!("Not tracked: {}.", automatic_refusal(conn, f, ev)?));
    }
    if !f.mailbox.syncs(direction) {
        return Ok(format!(
            "Not tracked: mailbox {} does not synchronize {} through server-side sync.",
            f.mailbox.name,
            if direction == Direction::Incoming {
                "incoming email"
            } else {
                "appointments, contacts and tasks"
            }
        ));
    }
    if let Some(note) = v.note.as_deref().filter(|n| n.starts_with("not tracked")) {
        return Ok(format!(
            "Not tracked: {}.",
            note.trim_start_matches("not tracked: ")
        ));
    }
    Ok(format!(
        "Not tracked: nothing asked for it: it carries no '{}' category, is in no tracked \
         folder and was not tracked in the App for Outlook.",
        f.tracking_category
            .as_deref()
            .unwrap_or("Tracked to Dynamics 365")
    ))
}

/// Why automatic tracking left an email alone, from the receiving mailbox's owner's option.
fn automatic_refusal(conn: &Connection, f: &Facts, ev: &Value) -> Result<String> {
    let reason = ev["filter_reason"]
        .as_str()
        .and_then(FilterReason::from_word);
    let (owner, option) = match f.mailbox.owner_kind {
        OwnerKind::User => {
            let user = users::get(conn, f.mailbox.owner_id)?;
            (user.name, user.track_email)
        }
        OwnerKind::Queue => {
            let queue = queues::get(conn, f.mailbox.owner_id)?;
            (queue.name, queue.convert_email)
        }
    };
    let option_words = format!("{owner}'s email tracking option is '{}'", option.label());
    Ok(match reason {
        Some(FilterReason::NoCorrelationMatch | FilterReason::NoRecipientMatch) => match option {
            TrackEmail::None => option_words,
            TrackEmail::Responses => format!("{option_words} and this message answers none"),
            TrackEmail::LeadsContactsAccounts => format!(
                "{option_words} and no sender or recipient of this message is a Dynamics 365 lead, contact or account"
            ),
            TrackEmail::EmailEnabled => format!(
                "{option_words} and no sender or recipient of this message is an email-enabled Dynamics 365 record"
            ),
            TrackEmail::All => format!("{option_words}, yet no mailbox accepted this message"),
        },
        Some(FilterReason::InternalEmailReject) => {
            "it is internal email (between the org's own users and queues), which the org does not track (ignoreinternalemail)".into()
        }
        Some(FilterReason::InvalidSender) => {
            "its sender could not be resolved to one Dynamics 365 record".into()
        }
        Some(FilterReason::Duplicate) => "it is a copy of a message already tracked".into(),
        _ => {
            let last_reason = ev["reasons"]
                .as_array()
                .and_then(|r| r.last())
                .and_then(Value::as_str)
                .unwrap_or("no mailbox accepted it");
            format!("automatic tracking did not accept it: {last_reason}")
        }
    })
}

/// The facts behind the decisive reason, one sentence each.
fn supporting(f: &Facts) -> Vec<String> {
    let v = &f.view;
    let mut lines = Vec::new();
    match (&f.tracking_category, f.has_tracking_category) {
        (Some(category), true) => lines.push(format!("It carries the '{category}' category.")),
        (Some(category), false) => {
            lines.push(format!("It does not carry the '{category}' category."))
        }
        (None, _) => lines.push(
            "Its mailbox has no tracking category (TrackCategorizedItems off, or no cycle since it was turned on)."
                .into(),
        ),
    }
    if let Some(path) = &f.folder_rule {
        lines.push(format!("Its folder {path} has a folder tracking rule."));
    }
    for acted in &v.inbox_rules {
        lines.push(format!(
            "Inbox rule '{}' acted on it when it arrived: {}.",
            acted.rule,
            acted.actions.join("; ")
        ));
    }
    // Where no cycle looks, the decisive reason already said so.
    if let Some(pending) = v.pending
        && f.mailbox.syncs(v.kind.direction())
    {
        lines.push(format!("The next cycle will: {pending}."));
    }
    if let Some(ev) = &f.evaluation {
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
            ev["correlated_activity_id"]
                .as_i64()
                .map(|a| format!(" with activity {a}"))
                .unwrap_or_default(),
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
    if let (None, Some(note)) = (&f.evaluation, &v.note) {
        lines.push(format!("Last step: {note}."));
    }
    lines
}

/// An item gone from Outlook, from its history.
fn explain_removed_item(conn: &Connection, id: i64, events: Vec<Event>) -> Result<ItemExplanation> {
    let Some(removal) = history::removal(conn, Some(id), None)? else {
        // Never seen: the usual not-found error.
        return Err(items::get(conn, id)
            .err()
            .unwrap_or_else(|| Error::new(Code::UnknownItem, format!("no item {id}"))));
    };
    let what = removal.snapshot.clone().unwrap_or(Value::Null);
    let text = |key: &str| what[key].as_str().unwrap_or("?").to_string();
    let how = match last(&events, "deleted") {
        Some(deleted) => format!(
            "{} deleted it in Outlook {} and {} removed it {}",
            deleted.actor,
            when(deleted),
            removal.actor,
            when(&removal)
        ),
        None => format!(
            "{} removed it from Outlook {}",
            removal.actor,
            when(&removal)
        ),
    };
    let mut lines = vec![format!(
        "Item {id} ('{}' in {}) no longer exists: {how}.",
        text("subject"),
        text("mailbox")
    )];
    let mut next_steps = vec![step(
        "see what happened to it",
        command(&["item", "history", &id.to_string()]),
    )];
    // Deleting the activity first unlinks the item: the history still names it.
    let activity = what["activity_id"]
        .as_i64()
        .or_else(|| events.iter().rev().find_map(|e| e.activity_id));
    if let Some(activity) = activity {
        if activities::find(conn, activity)?.is_some() {
            lines.push(format!(
                "It was tracked to activity {activity}, which is kept in Dynamics 365."
            ));
            next_steps.push(step(
                "see the activity",
                command(&["activity", "show", &activity.to_string()]),
            ));
        } else {
            lines.push(format!(
                "It was tracked to activity {activity}, which is deleted too."
            ));
            next_steps.push(step(
                "see why the activity went",
                command(&["explain", &format!("activity:{activity}")]),
            ));
        }
    }
    lines.extend(history_lines(&events));
    let evaluation = match what.get("evaluation") {
        Some(Value::String(json)) => serde_json::from_str(json)
            .ok()
            .map(|stored| evaluation::view(conn, stored))
            .transpose()?,
        _ => None,
    };
    Ok(ItemExplanation {
        item: None,
        has_tracking_category: false,
        folder_rule: None,
        evaluation,
        parties: Vec::new(),
        explanation: lines,
        next_steps,
        history: events.into_iter().map(history_view).collect(),
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
