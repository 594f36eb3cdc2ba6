//! `orgtrack record-rule ...`: automatic record creation and update rules of queues (see
//! `engine::record_rules`). As in Dynamics 365, a rule is changed or removed only while it is
//! inactive, and a queue has at most one active rule.

use rusqlite::Connection;
use serde::Serialize;

use super::{Context, print_created};
use crate::cli::record_rule::{
    RecordRuleAddArgs, RecordRuleCommand, RecordRuleItemArgs, RecordRuleItemCommand,
};
use crate::error::{Code, Error, Result};
use crate::model::names;
use crate::model::rules::domain;
use crate::store::record_rules::{self, NewRecordRule, RecordRule, RuleItem};
use crate::store::{org, queues, resolve, users};
use crate::time;

const COLUMNS: &[&str] = &[
    "name",
    "queue",
    "create",
    "owner",
    "state",
    "item_count:ITEMS",
    "wait_after_resolved",
];
const ITEM_COLUMNS: &[&str] = &[
    "position",
    "name",
    "subject_contains",
    "from_domain",
    "priority",
];

#[derive(Serialize)]
struct RuleView {
    id: i64,
    name: String,
    queue: String,
    queue_id: i64,
    /// The kind of record its items create.
    create: String,
    owner: String,
    owner_id: i64,
    allow_unknown_senders: bool,
    create_contact_for_unknown_sender: bool,
    /// `30m`, `2h`, `1d` or `0`.
    wait_after_resolved: String,
    wait_after_resolved_minutes: i64,
    /// `active` or `inactive`.
    state: &'static str,
    item_count: usize,
    /// In the order they are evaluated.
    items: Vec<RuleItem>,
    created_at: String,
}

pub fn run(ctx: &Context, cmd: RecordRuleCommand) -> Result<()> {
    match cmd {
        RecordRuleCommand::Add(args) => add(ctx, &args),
        RecordRuleCommand::List => {
            let store = ctx.open()?;
            let conn = store.conn();
            let rows = record_rules::list(conn)?
                .into_iter()
                .map(|rule| view(conn, rule))
                .collect::<Result<Vec<_>>>()?;
            ctx.out.list(&rows, COLUMNS)
        }
        RecordRuleCommand::Show { name } => {
            let store = ctx.open()?;
            let shown = view(store.conn(), record_rules::by_name(store.conn(), &name)?)?;
            show(ctx, &shown)
        }
        RecordRuleCommand::Activate { name } => change(ctx, &name, false, |conn, rule| {
            if rule.active {
                return Ok(format!("record rule '{}' is already active", rule.name));
            }
            if let Some(other) = record_rules::active_for_queue(conn, rule.queue_id)? {
                return Err(Error::new(
                    Code::QueueRuleActive,
                    format!(
                        "{} already has an active record rule, '{}': deactivate it first (one active rule per queue)",
                        queues::get(conn, rule.queue_id)?.name,
                        other.name
                    ),
                ));
            }
            record_rules::set_active(conn, rule.id, true)?;
            let empty = record_rules::items(conn, rule.id)?.is_empty();
            Ok(format!(
                "record rule '{}' applies to email tracked through its queue from the next cycle{}",
                rule.name,
                if empty {
                    "; it has no items yet, so it creates nothing"
                } else {
                    ""
                }
            ))
        }),
        RecordRuleCommand::Deactivate { name } => change(ctx, &name, false, |conn, rule| {
            record_rules::set_active(conn, rule.id, false)?;
            Ok(format!(
                "record rule '{}' is inactive: it can be changed or removed",
                rule.name
            ))
        }),
        RecordRuleCommand::Remove { name, dry_run } => {
            change(ctx, &name, dry_run.dry_run, |conn, rule| {
                editable(rule, "removed")?;
                record_rules::remove(conn, rule.id)?;
                Ok(format!(
                    "removed record rule '{}'; records it created stay",
                    rule.name
                ))
            })
        }
        RecordRuleCommand::Item(RecordRuleItemCommand::Add(args)) => add_item(ctx, &args),
        RecordRuleCommand::Item(RecordRuleItemCommand::Remove {
            rule,
            position,
            dry_run,
        }) => change(ctx, &rule, dry_run.dry_run, |conn, rule| {
            editable(rule, "changed")?;
            if !record_rules::remove_item(conn, rule.id, position)? {
                return Err(Error::new(
                    Code::UnknownRuleItem,
                    format!(
                        "record rule '{}' has no item {position}; `orgtrack record-rule show {}` lists them",
                        rule.name, rule.name
                    ),
                ));
            }
            Ok(format!(
                "removed item {position} of record rule '{}'",
                rule.name
            ))
        }),
    }
}

fn add(ctx: &Context, args: &RecordRuleAddArgs) -> Result<()> {
    let name = names::display_name("record rule", &args.name)?;
    let kind = names::record_kind(&args.create)?;
    let wait_minutes = time::parse_duration(&args.wait_after_resolved)?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let queue = queues::get(&tx, resolve::queue(&tx, &args.queue)?)?;
    let owner = match &args.owner {
        Some(owner) => resolve::user(&tx, owner)?,
        None => queue.owner_id,
    };
    if let Some(existing) = record_rules::find(&tx, &name)? {
        return Err(Error::new(
            Code::RecordRuleExists,
            format!("a record rule named '{}' already exists", existing.name),
        ));
    }
    let now = time::format(org::load(&tx)?.clock);
    let id = record_rules::add(
        &tx,
        &NewRecordRule {
            name: &name,
            queue_id: queue.id,
            create_kind: &kind.name,
            owner_user_id: owner,
            allow_unknown_senders: args.allow_unknown_senders,
            create_contact: args.create_contact_for_unknown_sender,
            wait_minutes,
        },
        &now,
    )?;
    let added = view(&tx, record_rules::by_name(&tx, &name)?)?;
    tx.commit()?;
    ctx.out.note(&format!(
        "added record rule '{name}' for {} (inactive): add its items with `orgtrack record-rule item add '{name}' ...`, then `orgtrack record-rule activate '{name}'`",
        queue.name
    ));
    print_created(ctx, id, &added)
}

fn add_item(ctx: &Context, args: &RecordRuleItemArgs) -> Result<()> {
    let name = args
        .name
        .as_deref()
        .map(|n| names::display_name("rule item", n))
        .transpose()?;
    let from_domain = args.from_domain.as_deref().map(domain).transpose()?;
    let subject_contains = match &args.subject_contains {
        Some(text) if text.trim().is_empty() => {
            return Err(Error::new(
                Code::InvalidValue,
                "--subject-contains needs some text",
            ));
        }
        other => other.clone(),
    };
    change(ctx, &args.rule, false, |conn, rule| {
        editable(rule, "changed")?;
        let position = record_rules::next_position(conn, rule.id)?;
        let item = RuleItem {
            position,
            name: name.unwrap_or_else(|| format!("Item {position}")),
            subject_contains,
            from_domain,
            priority: args.priority,
        };
        record_rules::add_item(conn, rule.id, &item)?;
        Ok(format!(
            "added item {position} '{}' to record rule '{}'",
            item.name, rule.name
        ))
    })
}

/// Only an inactive rule is changed, as in Dynamics 365.
fn editable(rule: &RecordRule, change: &str) -> Result<()> {
    if rule.active {
        return Err(Error::new(
            Code::RecordRuleActive,
            format!(
                "record rule '{}' is active and cannot be {change}: `orgtrack record-rule deactivate '{}'` first",
                rule.name, rule.name
            ),
        ));
    }
    Ok(())
}

/// Finds a rule, changes it in one transaction and prints it as it is now (as it was, once
/// removed).
fn change(
    ctx: &Context,
    name: &str,
    dry_run: bool,
    apply: impl FnOnce(&Connection, &RecordRule) -> Result<String>,
) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let rule = record_rules::by_name(&tx, name)?;
    let before = view(&tx, rule.clone())?;
    let note = apply(&tx, &rule)?;
    let shown = match record_rules::find(&tx, &rule.name)? {
        Some(now) => view(&tx, now)?,
        None => before,
    };
    super::commit_deletion(ctx, tx, dry_run, &note)?;
    show(ctx, &shown)
}

/// The rule, then its items as a table (one document under --json).
fn show(ctx: &Context, rule: &RuleView) -> Result<()> {
    if ctx.out.is_json() {
        return ctx.out.record(rule);
    }
    let mut fields = serde_json::to_value(rule).expect("a rule serializes");
    if let Some(map) = fields.as_object_mut() {
        map.remove("items");
    }
    ctx.out.record(&fields)?;
    ctx.out.list(&rule.items, ITEM_COLUMNS)
}

fn view(conn: &Connection, rule: RecordRule) -> Result<RuleView> {
    let queue = queues::get(conn, rule.queue_id)?;
    let items = record_rules::items(conn, rule.id)?;
    Ok(RuleView {
        id: rule.id,
        name: rule.name,
        queue: queue.name,
        queue_id: queue.id,
        create: rule.create_kind,
        owner: users::get(conn, rule.owner_user_id)?.name,
        owner_id: rule.owner_user_id,
        allow_unknown_senders: rule.allow_unknown_senders,
        create_contact_for_unknown_sender: rule.create_contact,
        wait_after_resolved: time::format_duration(rule.wait_minutes),
        wait_after_resolved_minutes: rule.wait_minutes,
        state: if rule.active { "active" } else { "inactive" },
        item_count: items.len(),
        items,
        created_at: rule.created_at,
    })
}
