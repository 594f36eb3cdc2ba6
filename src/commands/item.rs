//! `orgtrack item|category ...`: items as Outlook shows them, and what users do to them.

use rusqlite::Connection;
use serde::Serialize;

use super::Context;
use crate::cli::item::{CategoryArgs, CategoryCommand, ItemCommand, ItemListArgs};
use crate::engine::app::{self, Untracked};
use crate::engine::outlook::{self, Touched};
use crate::error::{Code, Error, Result};
use crate::model::names;
use crate::store::item_failures;
use crate::store::items;
use crate::store::{Store, categories, history, mailboxes, org, resolve, users};
use crate::view::history::{COLUMNS as HISTORY_COLUMNS, view as history_view};
use crate::view::item::{COLUMNS as LIST_COLUMNS, ItemView, Viewer};

pub fn run(ctx: &Context, cmd: ItemCommand) -> Result<()> {
    match cmd {
        ItemCommand::List(args) => list(ctx, &args),
        ItemCommand::Show { item } => {
            let store = ctx.open()?;
            ctx.out.record(&Viewer::new(store.conn()).by_id(item)?)
        }
        ItemCommand::History { item } => {
            let store = ctx.open()?;
            let events = history::of_item(store.conn(), item)?;
            if events.is_empty() {
                // Not known now, nor ever: the usual not-found error.
                items::get(store.conn(), item)?;
            }
            let rows: Vec<_> = events.into_iter().map(history_view).collect();
            ctx.out.list(&rows, HISTORY_COLUMNS)
        }
        ItemCommand::Categorize(args) => change_categories(ctx, &args, true),
        ItemCommand::Uncategorize(args) => change_categories(ctx, &args, false),
        ItemCommand::Move { item, path } => move_item(ctx, item, &path),
        ItemCommand::Copy { item, path } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            let original = items::get(&tx, item)?;
            let folder =
                resolve::folder_at(&tx, &mailboxes::get(&tx, original.mailbox_id)?, &path)?;
            let copy = outlook::copy_item(&tx, &original, folder.id, now)?;
            tx.commit()?;
            ctx.out.note(&format!("copied item {item} as item {copy}"));
            print_touched(
                ctx,
                &store,
                &[Touched {
                    item_id: copy,
                    warning: None,
                }],
            )
        }
        ItemCommand::Delete { item, dry_run } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let deleted = outlook::delete(&tx, item)?;
            // As they are now: hidden, waiting for the next cycle's deletion rules.
            let mut viewer = Viewer::new(&tx);
            let rows = deleted
                .iter()
                .map(|id| viewer.view(items::get_deleted(&tx, *id)?))
                .collect::<Result<Vec<_>>>()?;
            drop(viewer);
            let note = format!(
                "deleted {} item(s) in Outlook; the next cycle applies the deletion rules",
                deleted.len()
            );
            super::commit_deletion(ctx, tx, dry_run.dry_run, &note)?;
            ctx.out.list(&rows, LIST_COLUMNS)
        }
        ItemCommand::Track { item, regarding } => track(ctx, item, regarding.as_deref()),
        ItemCommand::Failures { mailbox } => {
            let store = ctx.open()?;
            let mailbox = mailbox
                .as_deref()
                .map(|m| resolve::mailbox(store.conn(), m))
                .transpose()?;
            ctx.out.list(
                &item_failures::list(store.conn(), mailbox)?,
                &[
                    "id",
                    "mailbox",
                    "item_id",
                    "subject",
                    "error",
                    "attempts",
                    "failed_at",
                ],
            )
        }
        ItemCommand::Untrack {
            item,
            delete_activity,
        } => untrack(ctx, item, delete_activity),
    }
}

fn list(ctx: &Context, args: &ItemListArgs) -> Result<()> {
    let store = ctx.open()?;
    let conn = store.conn();
    let mailbox_id = args
        .mailbox
        .as_deref()
        .map(|m| resolve::mailbox(conn, m))
        .transpose()?;
    let folder_id = match (&args.folder, mailbox_id) {
        (Some(path), Some(mailbox)) => {
            Some(resolve::folder_at(conn, &mailboxes::get(conn, mailbox)?, path)?.id)
        }
        _ => None,
    };
    super::check_limit(args.limit)?;
    let filter = items::Filter {
        mailbox_id,
        folder_id,
        kind: args.kind,
        state: args.tracking,
        after_id: args.after,
        limit: args.limit,
    };
    let mut viewer = Viewer::new(conn);
    let mut rows = ctx.out.stream(LIST_COLUMNS);
    items::for_each(conn, &filter, |item| rows.row(&viewer.view(item)?))?;
    rows.finish()
}

/// What `item untrack` did: the item as it is now (none when it left Outlook) and what went.
#[derive(Serialize)]
struct Untrack {
    item: Option<ItemView>,
    deleted_activity_id: Option<i64>,
    deleted_record_id: Option<i64>,
    contact_removed: bool,
}

/// Prints the items an action touched, and its warnings on stderr.
fn print_touched(ctx: &Context, store: &Store, touched: &[Touched]) -> Result<()> {
    let mut viewer = Viewer::new(store.conn());
    let mut rows = Vec::new();
    for t in touched {
        if let Some(warning) = &t.warning {
            ctx.out.warn(warning);
        }
        rows.push(viewer.view(items::get(store.conn(), t.item_id)?)?);
    }
    ctx.out.list(&rows, LIST_COLUMNS)
}

fn change_categories(ctx: &Context, args: &CategoryArgs, assign: bool) -> Result<()> {
    let category = args.category.as_deref().map(names::category).transpose()?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let as_user = args
        .as_user
        .as_deref()
        .map(|u| resolve::user(&tx, u))
        .transpose()?;
    if let Some(delegate) = as_user {
        history::act_as(&tx, &users::get(&tx, delegate)?.name)?;
    }
    let category = category.as_deref();
    let touched = if assign {
        outlook::categorize(&tx, &args.items, category, args.thread, as_user, now)?
    } else {
        outlook::uncategorize(&tx, &args.items, category, args.thread, as_user, now)?
    };
    tx.commit()?;
    let verb = if assign {
        "categorized"
    } else {
        "uncategorized"
    };
    // Only what the next cycle will really do: a contact, an item tracked already or a category
    // other than the tracking one leaves it nothing to do.
    let mut waiting = 0;
    for t in &touched {
        let item = items::get(store.conn(), t.item_id)?;
        let mailbox = mailboxes::get(store.conn(), item.mailbox_id)?;
        if item.pending.is_some() && mailbox.syncs(item.kind.direction()) {
            waiting += 1;
        }
    }
    let next = match waiting {
        0 => "the next sync cycle has nothing to do for them".to_string(),
        n if n == touched.len() => "the next sync cycle acts on them".to_string(),
        n => format!("the next sync cycle acts on {n} of them"),
    };
    ctx.out
        .note(&format!("{verb} {} item(s); {next}", touched.len()));
    print_touched(ctx, &store, &touched)
}

fn move_item(ctx: &Context, item_id: i64, path: &str) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let item = items::get(&tx, item_id)?;
    let folder = resolve::folder_at(&tx, &mailboxes::get(&tx, item.mailbox_id)?, path)?;
    outlook::move_item(&tx, &item, folder.id)?;
    tx.commit()?;
    print_touched(
        ctx,
        &store,
        &[Touched {
            item_id,
            warning: None,
        }],
    )
}

fn track(ctx: &Context, item_id: i64, regarding: Option<&str>) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let regarding = regarding.map(|r| resolve::record(&tx, r)).transpose()?;
    history::act_as(&tx, history::APP_FOR_OUTLOOK)?;
    let outcome = app::track(&tx, item_id, regarding, now)?;
    // A failure is committed too: it counts as an attempt (plugins firing "the first N times").
    tx.commit()?;
    match outcome {
        Ok(ids) => {
            let touched: Vec<Touched> = ids
                .into_iter()
                .map(|item_id| Touched {
                    item_id,
                    warning: None,
                })
                .collect();
            ctx.out
                .note(&format!("tracked item {item_id} now (App for Outlook)"));
            print_touched(ctx, &store, &touched)
        }
        Err(failure) => Err(Error::new(
            Code::TrackingFailed,
            format!("item {item_id} could not be tracked: {}", failure.0),
        )),
    }
}

fn untrack(ctx: &Context, item_id: i64, delete_activity: bool) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    history::act_as(&tx, history::APP_FOR_OUTLOOK)?;
    let outcome = app::untrack(&tx, item_id, delete_activity, now)?;
    tx.commit()?;
    let mut result = Untrack {
        item: None,
        deleted_activity_id: None,
        deleted_record_id: None,
        contact_removed: false,
    };
    let note = match outcome {
        Untracked::Kept => "untracked now; the activity is kept".to_string(),
        Untracked::ActivityDeleted(id) => {
            result.deleted_activity_id = Some(id);
            format!("untracked now; activity {id} deleted")
        }
        Untracked::RecordDeleted(id) => {
            result.deleted_record_id = Some(id);
            format!("untracked now; record {id} deleted")
        }
        Untracked::ContactRemoved => {
            result.contact_removed = true;
            "untracked now; you do not own the record, so the tracked contact left your Outlook"
                .to_string()
        }
    };
    ctx.out.note(&note);
    result.item = match items::get(store.conn(), item_id) {
        Ok(item) => Some(Viewer::new(store.conn()).view(item)?),
        Err(_) => None,
    };
    if !ctx.out.is_json() {
        // The note above told what went; a table shows the item as `item list` does.
        return ctx.out.list(result.item.as_slice(), LIST_COLUMNS);
    }
    ctx.out.record(&result)
}

pub fn run_category(ctx: &Context, cmd: CategoryCommand) -> Result<()> {
    match cmd {
        CategoryCommand::List { mailbox } => {
            let store = ctx.open()?;
            let id = resolve::mailbox(store.conn(), &mailbox)?;
            ctx.out.list(
                &categories::list(store.conn(), id)?,
                &["id", "name", "state", "role"],
            )
        }
        CategoryCommand::Rename { mailbox, old, new } => {
            let new = names::display_name("category", &new)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox_id = resolve::mailbox(&tx, &mailbox)?;
            let category = find_category(&tx, mailbox_id, &old)?;
            categories::rename(&tx, mailbox_id, category.id, &new)?;
            tx.commit()?;
            ctx.out
                .note(&format!("renamed '{}' to '{new}'", category.name));
            ctx.out.record(&categories::Category {
                name: new,
                ..category
            })
        }
        CategoryCommand::Delete {
            mailbox,
            name,
            dry_run,
        } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox_id = resolve::mailbox(&tx, &mailbox)?;
            let category = find_category(&tx, mailbox_id, &name)?;
            // The tracking category leaves the master list but keeps its id and its items, so the
            // next cycle can bring it back while the setting is on; deleted while it is soft-deleted
            // (the setting off), or any user category, it goes for good.
            let gone_for_good =
                category.role.as_deref() != Some("tracked") || category.state == "soft_deleted";
            if gone_for_good {
                categories::delete(&tx, category.id)?;
            } else {
                categories::set_state(&tx, category.id, "soft_deleted")?;
            }
            let what = if gone_for_good {
                "deleted for good"
            } else {
                "removed from the master list; the next cycle creates it again while TrackCategorizedItems is on"
            };
            let note = format!("'{}' {what}", category.name);
            super::commit_deletion(ctx, tx, dry_run.dry_run, &note)?;
            let state = if gone_for_good {
                "deleted"
            } else {
                "soft_deleted"
            };
            ctx.out.record(&categories::Category {
                state: state.into(),
                ..category
            })
        }
    }
}

fn find_category(conn: &Connection, mailbox_id: i64, name: &str) -> Result<categories::Category> {
    categories::by_name(conn, mailbox_id, name)?.ok_or_else(|| {
        Error::new(
            Code::UnknownCategory,
            format!(
                "no category '{name}' in this mailbox{}; `orgtrack category list` shows them",
                categories::suggestions(conn, mailbox_id, name)
            ),
        )
    })
}
