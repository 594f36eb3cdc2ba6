//! `orgtrack inbox-rule ...`: Outlook inbox rules, run by Exchange on mail arriving in a
//! mailbox's Inbox (see `engine::inbox_rules`).

use rusqlite::Connection;
use serde::Serialize;

use super::{Context, print_created};
use crate::cli::inbox_rule::{InboxRuleAddArgs, InboxRuleCommand};
use crate::error::{Code, Error, Result};
use crate::model::names;
use crate::model::rules::{InboxAction, address_pattern};
use crate::store::inbox_rules::{self, Action, InboxRule, NewRule};
use crate::store::mailboxes::Mailbox;
use crate::store::{categories, folders, org, resolve};
use crate::time;

const COLUMNS: &[&str] = &["order", "name", "enabled", "stop", "summary"];

/// A rule as `inbox-rule list|add --json` prints it.
#[derive(Serialize)]
struct RuleView {
    id: i64,
    mailbox: String,
    mailbox_id: i64,
    name: String,
    /// 1 runs first.
    order: i64,
    from: Option<String>,
    to: Option<String>,
    subject_contains: Option<String>,
    has_category: Option<String>,
    actions: Vec<ActionView>,
    stop: bool,
    enabled: bool,
    /// The rule in one sentence, for tables.
    summary: String,
    created_at: String,
}

#[derive(Serialize)]
struct ActionView {
    action: InboxAction,
    /// The category or folder the action points to; null once it was deleted.
    target_id: Option<i64>,
    /// The category's current name or the folder's current path (as given, once deleted).
    target: String,
    /// False once the category or folder was deleted: the action does nothing.
    exists: bool,
}

pub fn run(ctx: &Context, cmd: InboxRuleCommand) -> Result<()> {
    match cmd {
        InboxRuleCommand::Add(args) => add(ctx, &args),
        InboxRuleCommand::List { mailbox } => {
            let store = ctx.open()?;
            let conn = store.conn();
            let mailbox = resolve::open_mailbox(conn, &mailbox)?;
            let rows = inbox_rules::list(conn, mailbox.id, false)?
                .into_iter()
                .map(|rule| view(conn, &mailbox, rule))
                .collect::<Result<Vec<_>>>()?;
            ctx.out.list(&rows, COLUMNS)
        }
        InboxRuleCommand::Remove {
            mailbox,
            name,
            dry_run,
        } => change(ctx, &mailbox, &name, dry_run.dry_run, |conn, rule| {
            inbox_rules::remove(conn, rule.id)?;
            Ok(format!("removed inbox rule '{}'", rule.name))
        }),
        InboxRuleCommand::Enable { mailbox, name } => {
            change(ctx, &mailbox, &name, false, |conn, rule| {
                inbox_rules::set_enabled(conn, rule.id, true)?;
                Ok(format!(
                    "inbox rule '{}' runs on mail arriving from now on",
                    rule.name
                ))
            })
        }
        InboxRuleCommand::Disable { mailbox, name } => {
            change(ctx, &mailbox, &name, false, |conn, rule| {
                inbox_rules::set_enabled(conn, rule.id, false)?;
                Ok(format!(
                    "inbox rule '{}' is kept but no longer runs",
                    rule.name
                ))
            })
        }
    }
}

fn add(ctx: &Context, args: &InboxRuleAddArgs) -> Result<()> {
    let name = names::display_name("inbox rule", &args.name)?;
    let from = args.from.as_deref().map(address_pattern).transpose()?;
    let to = args.to.as_deref().map(address_pattern).transpose()?;
    let subject_contains = args
        .subject_contains
        .as_deref()
        .map(|text| non_empty("--subject-contains", text))
        .transpose()?;
    if args.assign_category.is_empty() && args.remove_category.is_empty() && args.move_to.is_none()
    {
        return Err(Error::new(
            Code::NoAction,
            "an inbox rule needs an action: --assign-category NAME, --remove-category NAME or --move-to PATH",
        ));
    }
    if let Some(both) = args.assign_category.iter().find(|a| {
        args.remove_category
            .iter()
            .any(|r| r.trim().eq_ignore_ascii_case(a.trim()))
    }) {
        return Err(Error::new(
            Code::ContradictoryActions,
            format!("the rule would both assign and remove the category '{both}'"),
        ));
    }
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mailbox = resolve::open_mailbox(&tx, &args.mailbox)?;
    if inbox_rules::find(&tx, mailbox.id, &name)?.is_some() {
        return Err(Error::new(
            Code::InboxRuleExists,
            format!("{} already has an inbox rule named '{name}'", mailbox.name),
        ));
    }
    let has_category = match &args.has_category {
        Some(text) => {
            let category = category_named(&tx, &mailbox, text)?;
            Some((category.name, category.id))
        }
        None => None,
    };
    // Categories first, then the move: a rule files what it has categorized.
    let mut actions = Vec::new();
    for (kind, names) in [
        (InboxAction::AssignCategory, &args.assign_category),
        (InboxAction::RemoveCategory, &args.remove_category),
    ] {
        for text in names {
            let category = category_named(&tx, &mailbox, text)?;
            actions.push(Action {
                kind,
                target_id: Some(category.id),
                target: category.name,
            });
        }
    }
    if let Some(path) = &args.move_to {
        let folder = resolve::folder_at(&tx, &mailbox, path)?;
        actions.push(Action {
            kind: InboxAction::MoveTo,
            target_id: Some(folder.id),
            target: folders::path_of(&tx, folder.id)?,
        });
    }
    let rule = NewRule {
        from,
        to,
        subject_contains,
        has_category,
        stop: args.stop,
    };
    let now = time::format(org::load(&tx)?.clock);
    inbox_rules::add(&tx, mailbox.id, &name, &rule, &actions, &now)?;
    let added = inbox_rules::find(&tx, mailbox.id, &name)?.expect("the rule was just added");
    let id = added.id;
    let added = view(&tx, &mailbox, added)?;
    tx.commit()?;
    ctx.out.note(&format!(
        "added inbox rule '{}' to {} (runs {}); it acts on mail arriving from now on",
        added.name,
        mailbox.name,
        ordinal(added.order)
    ));
    print_created(ctx, id, &added)
}

/// Finds a rule, changes it in one transaction and prints what it is now.
fn change(
    ctx: &Context,
    mailbox: &str,
    name: &str,
    dry_run: bool,
    apply: impl FnOnce(&Connection, &InboxRule) -> Result<String>,
) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mailbox = resolve::open_mailbox(&tx, mailbox)?;
    let Some(rule) = inbox_rules::find(&tx, mailbox.id, name)? else {
        let rules = inbox_rules::list(&tx, mailbox.id, false)?;
        let near = names::did_you_mean(name, rules.iter().map(|r| r.name.as_str()));
        return Err(Error::new(
            Code::UnknownInboxRule,
            format!(
                "{} has no inbox rule '{}'{near}; `orgtrack inbox-rule list {}` shows them",
                mailbox.name,
                name.trim(),
                mailbox.name
            ),
        ));
    };
    let note = apply(&tx, &rule)?;
    // Removed, it is shown as it was.
    let shown = match inbox_rules::find(&tx, mailbox.id, &rule.name)? {
        Some(changed) => view(&tx, &mailbox, changed)?,
        None => view(&tx, &mailbox, rule)?,
    };
    super::commit_deletion(ctx, tx, dry_run, &note)?;
    ctx.out.record(&shown)
}

fn non_empty(option: &str, text: &str) -> Result<String> {
    if text.trim().is_empty() {
        return Err(Error::new(
            Code::InvalidValue,
            format!("{option} needs some text"),
        ));
    }
    Ok(text.to_string())
}

fn category_named(
    conn: &Connection,
    mailbox: &Mailbox,
    name: &str,
) -> Result<categories::Category> {
    categories::by_name(conn, mailbox.id, name.trim())?.ok_or_else(|| {
        Error::new(
            Code::UnknownCategory,
            format!(
                "the mailbox {} has no category '{}'{}; `orgtrack category list {}` shows them (the tracking category appears at the first sync cycle)",
                mailbox.name,
                name.trim(),
                categories::suggestions(conn, mailbox.id, name),
                mailbox.name
            ),
        )
    })
}

fn ordinal(order: i64) -> String {
    match order {
        1 => "first".to_string(),
        n => format!("as number {n}"),
    }
}

fn view(conn: &Connection, mailbox: &Mailbox, rule: InboxRule) -> Result<RuleView> {
    let has_category = match &rule.has_category {
        Some((given, id)) => Some(current_category(conn, given, *id)?.0),
        None => None,
    };
    let mut actions = Vec::with_capacity(rule.actions.len());
    for action in &rule.actions {
        let (target, exists) = match action.kind {
            InboxAction::MoveTo => match action.target_id {
                Some(folder) => (folders::path_of(conn, folder)?, true),
                None => (action.target.clone(), false),
            },
            _ => current_category(conn, &action.target, action.target_id)?,
        };
        actions.push(ActionView {
            action: action.kind,
            target_id: action.target_id.filter(|_| exists),
            target,
            exists,
        });
    }
    let summary = summarize(&rule, has_category.as_deref(), &actions);
    Ok(RuleView {
        id: rule.id,
        mailbox: mailbox.name.clone(),
        mailbox_id: mailbox.id,
        name: rule.name,
        order: rule.position,
        from: rule.from,
        to: rule.to,
        subject_contains: rule.subject_contains,
        has_category,
        actions,
        stop: rule.stop,
        enabled: rule.enabled,
        summary,
        created_at: rule.created_at,
    })
}

/// A category's current name, or the name as given once it was deleted.
fn current_category(conn: &Connection, given: &str, id: Option<i64>) -> Result<(String, bool)> {
    Ok(match id {
        Some(id) => match categories::get(conn, id)? {
            Some(category) => (category.name, true),
            None => (given.to_string(), false),
        },
        None => (given.to_string(), false),
    })
}

fn summarize(rule: &InboxRule, has_category: Option<&str>, actions: &[ActionView]) -> String {
    let mut when = Vec::new();
    if let Some(from) = &rule.from {
        when.push(format!("from {from}"));
    }
    if let Some(to) = &rule.to {
        when.push(format!("to {to}"));
    }
    if let Some(text) = &rule.subject_contains {
        when.push(format!("subject contains '{text}'"));
    }
    if let Some(category) = has_category {
        when.push(format!("has category '{category}'"));
    }
    let then: Vec<String> = actions
        .iter()
        .map(|a| {
            let what = match a.action {
                InboxAction::AssignCategory => format!("assign category '{}'", a.target),
                InboxAction::RemoveCategory => format!("remove category '{}'", a.target),
                InboxAction::MoveTo => format!("move to {}", a.target),
            };
            if a.exists {
                what
            } else {
                format!("{what} (deleted)")
            }
        })
        .collect();
    let condition = if when.is_empty() {
        "every message".to_string()
    } else {
        when.join(" and ")
    };
    format!("{condition}: {}", then.join(", "))
}
