//! `orgtrack activity|plugin ...`: the Dynamics 365 side of tracking.

use super::Context;
use crate::cli::activity::{
    ActivityCommand, ActivityListArgs, AddAppointmentArgs, PluginAddArgs, PluginCommand,
};
use crate::engine::dynamics;
use crate::error::{Code, Error, Result};
use crate::model::names;
use crate::store::activities;
use crate::store::plugins::{self, Plugin};
use crate::store::{history, org, resolve};
use crate::time;
use crate::view::history::{COLUMNS as HISTORY_COLUMNS, view as history_view};
use serde::Serialize;

use crate::view::activity::{ActivityView, COLUMNS, DeletionEffect, EFFECT_COLUMNS, view};

/// What `activity delete` prints as JSON: the activity as it was and what becomes of each
/// Outlook item tracked to it.
#[derive(Serialize)]
struct ActivityDeletion {
    activity: ActivityView,
    items: Vec<DeletionEffect>,
}

pub fn run(ctx: &Context, cmd: ActivityCommand) -> Result<()> {
    match cmd {
        ActivityCommand::List(args) => list(ctx, &args),
        ActivityCommand::Show { activity } => {
            let store = ctx.open()?;
            let activity = activities::get(store.conn(), activity)?;
            ctx.out.record(&view(store.conn(), activity)?)
        }
        ActivityCommand::History { activity } => {
            let store = ctx.open()?;
            let events = history::of_activity(store.conn(), activity)?;
            if events.is_empty() {
                // Not known now, nor ever: the usual not-found error.
                activities::get(store.conn(), activity)?;
            }
            let rows: Vec<_> = events.into_iter().map(history_view).collect();
            ctx.out.list(&rows, HISTORY_COLUMNS)
        }
        ActivityCommand::Delete { activity, dry_run } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            // Shown as it was.
            let deleted = view(&tx, activities::get(&tx, activity)?)?;
            let effects = dynamics::delete_activity(&tx, activity, now)?;
            let note = format!("deleted activity {activity} '{}'", deleted.subject);
            super::commit_deletion(ctx, tx, dry_run.dry_run, &note)?;
            let items = effects_rows(effects);
            if !ctx.out.is_json() {
                // The note named the activity; the table tells what becomes of its items.
                return ctx.out.list(&items, EFFECT_COLUMNS);
            }
            ctx.out.record(&ActivityDeletion {
                activity: deleted,
                items,
            })
        }
        ActivityCommand::AddAppointment(args) => add_appointment(ctx, &args),
        ActivityCommand::Send { activity } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            let item = dynamics::send_draft(&tx, activity, now)?;
            let sent = view(&tx, activities::get(&tx, activity)?)?;
            tx.commit()?;
            note_outlook_item(ctx, item);
            ctx.out.record(&sent)
        }
        ActivityCommand::Assign { activity, user } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            let user_id = resolve::user(&tx, &user)?;
            let effects = dynamics::assign(&tx, activity, user_id, now)?;
            tx.commit()?;
            ctx.out
                .note(&format!("activity {activity} assigned to {user}"));
            print_effects(ctx, effects)
        }
        ActivityCommand::SetRegarding {
            activity,
            regarding,
        } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let record = regarding
                .as_deref()
                .map(|r| resolve::record(&tx, r))
                .transpose()?;
            dynamics::set_regarding(&tx, activity, record)?;
            let updated = view(&tx, activities::get(&tx, activity)?)?;
            tx.commit()?;
            ctx.out.record(&updated)
        }
        ActivityCommand::SetState { activity, state } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            let removed = dynamics::set_state(&tx, activity, state, now)?;
            let updated = view(&tx, activities::get(&tx, activity)?)?;
            tx.commit()?;
            if removed > 0 {
                ctx.out.note(&format!(
                    "the next cycle deletes the canceled appointment from the organizer's calendar ({removed} item(s))"
                ));
            }
            ctx.out.record(&updated)
        }
    }
}

fn add_appointment(ctx: &Context, args: &AddAppointmentArgs) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let starts_at = time::parse_user(&args.start, now)?;
    let ends_at = time::parse_user(&args.end, now)?;
    if ends_at < starts_at {
        return Err(Error::new(
            Code::InvalidTime,
            "--end must not be before --start",
        ));
    }
    let attendees = args
        .attendees
        .iter()
        .filter(|a| !a.trim().is_empty())
        .map(|a| names::email(a))
        .collect::<Result<Vec<_>>>()?;
    let new = dynamics::NewAppointment {
        owner_user_id: resolve::user(&tx, &args.owner)?,
        subject: args.subject.clone(),
        starts_at,
        ends_at,
        attendees,
        draft: args.draft,
        parent_record_id: args
            .from_record
            .as_deref()
            .map(|r| resolve::record(&tx, r))
            .transpose()?,
    };
    let (id, item) = dynamics::create_appointment(&tx, &new, now)?;
    let created = view(&tx, activities::get(&tx, id)?)?;
    tx.commit()?;
    if args.draft {
        ctx.out.note(&format!(
            "saved activity {id} as a draft; `orgtrack activity send {id}` sends it"
        ));
    } else {
        note_outlook_item(ctx, item);
    }
    ctx.out.record(&created)
}

/// Says where a Dynamics 365 appointment landed in Outlook.
fn note_outlook_item(ctx: &Context, item: Option<i64>) {
    match item {
        Some(item) => ctx
            .out
            .note(&format!("in the owner's Outlook calendar as item {item}")),
        None => ctx.out.warn(
            "the owner's mailbox does not synchronize appointments, so Outlook does not get it",
        ),
    }
}

/// One row per Outlook item a change in Dynamics 365 reaches.
fn effects_rows(effects: Vec<dynamics::Effect>) -> Vec<DeletionEffect> {
    effects
        .into_iter()
        .map(|e| DeletionEffect {
            item_id: e.item_id,
            removed_at_next_cycle: e.removed,
            reason: e.reason,
        })
        .collect()
}

fn print_effects(ctx: &Context, effects: Vec<dynamics::Effect>) -> Result<()> {
    ctx.out.list(&effects_rows(effects), EFFECT_COLUMNS)
}

fn list(ctx: &Context, args: &ActivityListArgs) -> Result<()> {
    let store = ctx.open()?;
    let conn = store.conn();
    super::check_limit(args.limit)?;
    let filter = activities::Filter {
        kind: args.kind,
        regarding_record_id: args
            .regarding
            .as_deref()
            .map(|r| resolve::record(conn, r))
            .transpose()?,
        owner_user_id: args
            .owner
            .as_deref()
            .map(|u| resolve::user(conn, u))
            .transpose()?,
        after_id: args.after,
        limit: args.limit,
    };
    let mut rows = ctx.out.stream(COLUMNS);
    activities::for_each(conn, &filter, |a| rows.row(&view(conn, a)?))?;
    rows.finish()
}

pub fn run_plugin(ctx: &Context, cmd: PluginCommand) -> Result<()> {
    match cmd {
        PluginCommand::Add(args) => add_plugin(ctx, args),
        PluginCommand::List => {
            let store = ctx.open()?;
            ctx.out.list(
                &plugins::list(store.conn())?,
                &[
                    "id",
                    "name",
                    "on",
                    "subject_contains",
                    "failure",
                    "times",
                    "fired",
                ],
            )
        }
        PluginCommand::Remove { name, dry_run } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let removed = plugins::remove(&tx, &name)?;
            super::commit_deletion(ctx, tx, dry_run.dry_run, &format!("removed plugin {name}"))?;
            ctx.out.text_or("", &removed)
        }
    }
}

fn add_plugin(ctx: &Context, args: PluginAddArgs) -> Result<()> {
    if args.times.is_some_and(|n| n < 1) {
        return Err(Error::new(
            Code::InvalidTimes,
            "--times must be 1 or more (leave it out to fail always)",
        ));
    }
    let name = crate::model::names::display_name("plugin", &args.name)?;
    let mut plugin = Plugin {
        id: 0,
        name,
        on: args.on,
        subject_contains: args.subject_contains,
        failure: args.error,
        times: args.times,
        fired: 0,
    };
    let mut store = ctx.open()?;
    let tx = store.write()?;
    plugin.id = plugins::add(&tx, &plugin)?;
    tx.commit()?;
    ctx.out.note(&format!(
        "added plugin {} (activity creation fails with {})",
        plugin.name, plugin.failure
    ));
    ctx.out.record(&plugin)
}
