//! `orgtrack activity|plugin ...`: the Dynamics 365 side of tracking.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::Context;
use crate::cli::activity::{ActivityCommand, ActivityListArgs, PluginAddArgs, PluginCommand};
use crate::engine::dynamics;
use crate::error::{Error, Result};
use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, EmailDirection, FilterReason,
};
use crate::store::activities::{self, Activity};
use crate::store::plugins::{self, Plugin};
use crate::store::{mailboxes, org, records, resolve, users};
use crate::time;

#[derive(Debug, Serialize)]
pub struct Party {
    pub role: String,
    pub address: String,
}

/// An activity as `activity list|show --json` prints it.
#[derive(Debug, Serialize)]
pub struct ActivityView {
    pub id: i64,
    pub kind: ActivityKind,
    pub subject: String,
    pub message_id: Option<String>,
    pub direction: Option<EmailDirection>,
    pub owner: Option<String>,
    pub owner_id: Option<i64>,
    pub regarding: Option<String>,
    pub regarding_id: Option<i64>,
    pub correlation_method: CorrelationMethod,
    pub correlated_activity: Option<i64>,
    pub parent_activity: Option<i64>,
    pub accepting_entity: Option<String>,
    pub receiving_mailbox: Option<String>,
    /// Why filtering accepted it (automatically tracked email only).
    pub filter_reason: Option<FilterReason>,
    pub series_activity: Option<i64>,
    pub state: ActivityState,
    #[serde(with = "time::rfc3339_opt")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(with = "time::rfc3339_opt")]
    pub ends_at: Option<DateTime<Utc>>,
    pub tracking_token: Option<String>,
    #[serde(with = "time::rfc3339")]
    pub created_at: DateTime<Utc>,
    pub parties: Vec<Party>,
}

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
        accepting_entity: mailbox_name(a.accepting_mailbox_id)?,
        receiving_mailbox: mailbox_name(a.receiving_mailbox_id)?,
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
        correlated_activity: a.correlated_activity_id,
        parent_activity: a.parent_activity_id,
        filter_reason: a.filter_reason,
        series_activity: a.series_activity_id,
        state: a.state,
        starts_at: a.starts_at,
        ends_at: a.ends_at,
        tracking_token: a.tracking_token,
        created_at: a.created_at,
    })
}

const COLUMNS: &[&str] = &[
    "id",
    "kind",
    "subject",
    "direction",
    "owner",
    "regarding",
    "correlation_method",
    "state",
];

pub fn run(ctx: &Context, cmd: ActivityCommand) -> Result<()> {
    match cmd {
        ActivityCommand::List(args) => list(ctx, &args),
        ActivityCommand::Show { activity } => {
            let store = ctx.open()?;
            let activity = activities::get(store.conn(), activity)?;
            ctx.out.record(&view(store.conn(), activity)?)
        }
        ActivityCommand::Delete { activity } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let now = org::load(&tx)?.clock;
            let effects = dynamics::delete_activity(&tx, activity, now)?;
            tx.commit()?;
            ctx.out.note(&format!("deleted activity {activity}"));
            let rows: Vec<_> = effects
                .into_iter()
                .map(|e| serde_json::json!({"item": e.item_id, "removed_from_outlook": e.removed, "reason": e.reason}))
                .collect();
            ctx.out
                .list(&rows, &["item", "removed_from_outlook", "reason"])
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
            dynamics::set_state(&tx, activity, state)?;
            let updated = view(&tx, activities::get(&tx, activity)?)?;
            tx.commit()?;
            ctx.out.record(&updated)
        }
    }
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
                    "error",
                    "times",
                    "fired",
                ],
            )
        }
        PluginCommand::Remove { name } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            plugins::remove(&tx, &name)?;
            tx.commit()?;
            ctx.out.note(&format!("removed plugin {name}"));
            Ok(())
        }
    }
}

fn add_plugin(ctx: &Context, args: PluginAddArgs) -> Result<()> {
    if args.times.is_some_and(|n| n < 1) {
        return Err(Error::invalid(
            "invalid_times",
            "--times must be 1 or more (leave it out to fail always)",
        ));
    }
    let name = crate::model::names::display_name("plugin", &args.name)?;
    let mut plugin = Plugin {
        id: 0,
        name,
        on: args.on,
        subject_contains: args.subject_contains,
        error: args.error,
        times: args.times,
        fired: 0,
    };
    let mut store = ctx.open()?;
    let tx = store.write()?;
    plugin.id = plugins::add(&tx, &plugin)?;
    tx.commit()?;
    ctx.out
        .note(&format!("added plugin {} ({})", plugin.name, plugin.error));
    ctx.out.record(&plugin)
}
