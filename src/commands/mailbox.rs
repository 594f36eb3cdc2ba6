//! `orgtrack mailbox ...`: methods, approval, Test & Enable and the enabled switch.

use rusqlite::Connection;
use serde::Serialize;

use super::{Context, resolve_all};
use crate::cli::mailbox::{MailboxCommand, MailboxSetArgs, TestEnableArgs};
use crate::engine::{approval, test_enable};
use crate::error::{Code, Error, Result};
use crate::model::{AlertLevel, Approval, Direction, Status};
use crate::output::write_stdout;
use crate::remote;
use crate::store::categories::{self, Category};
use crate::store::delegates::{self, Delegate};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{self, resolve};
use crate::time;
use crate::view::folder::{self as folder_view, FolderView};

const COLUMNS: &[&str] = &[
    "id",
    "name",
    "email",
    "owner_kind",
    "incoming_method",
    "outgoing_method",
    "act_method",
    "approval",
    "enabled",
    "incoming_status",
    "outgoing_status",
    "act_status",
];

pub fn run(ctx: &Context, cmd: MailboxCommand) -> Result<()> {
    match cmd {
        MailboxCommand::List {
            status,
            limit,
            after,
        } => list(ctx, status, super::check_limit(limit)?, after),
        MailboxCommand::Show { mailbox } => show(ctx, &mailbox),
        MailboxCommand::Set(args) => set(ctx, &args),
        MailboxCommand::Approve {
            mailboxes,
            approver,
        } => change_each(ctx, &mailboxes, "approved", |conn, mailbox| {
            let approver = approver
                .as_deref()
                .map(|u| resolve::user(conn, u))
                .transpose()?;
            approval::check_approver(conn, mailbox, approver)?;
            mailboxes::set_approval(conn, mailbox.id, Approval::Approved)
        }),
        MailboxCommand::TestEnable(args) => test_enable(ctx, &args),
        MailboxCommand::Failures { mailbox } => failures(ctx, mailbox.as_deref()),
        MailboxCommand::Disable { mailboxes } => {
            change_each(ctx, &mailboxes, "disabled", |conn, mailbox| {
                mailboxes::set_enabled(conn, mailbox.id, false)
            })
        }
        MailboxCommand::Enable { mailboxes } => {
            change_each(ctx, &mailboxes, "enabled", |conn, mailbox| {
                mailboxes::set_enabled(conn, mailbox.id, true)
            })
        }
    }
}

fn list(
    ctx: &Context,
    status: Option<Status>,
    limit: Option<i64>,
    after: Option<i64>,
) -> Result<()> {
    if let Some(client) = ctx.remote()? {
        if after.is_some() {
            return Err(super::after_is_local());
        }
        let mut rows = ctx.out.stream(COLUMNS);
        let limit = limit.map(|n| n.max(0) as u64);
        remote::directory::for_each_mailbox(&client, status, limit, |(mailbox, _)| {
            rows.row(&mailbox)
        })?;
        return rows.finish();
    }
    let store = ctx.open()?;
    let conn = store.conn();
    if let Some(after) = after {
        resolve::mailbox(conn, &after.to_string())?;
    }
    let filter = mailboxes::Filter {
        status,
        after_id: after,
        limit,
    };
    let mut rows = ctx.out.stream(COLUMNS);
    mailboxes::for_each(conn, &filter, |mailbox| rows.row(&mailbox))?;
    rows.finish()
}

/// `mailbox show`: the mailbox's own fields, whether cycles process each direction, and (in
/// local mode) what hangs off it.
#[derive(Serialize)]
struct MailboxView<Id: Serialize> {
    #[serde(flatten)]
    mailbox: Mailbox<Id>,
    /// Whether sync cycles process each direction now (see `Mailbox::syncs`; remotely the
    /// mailbox's `enabledfor*` columns).
    enabled_for_incoming_email: bool,
    enabled_for_outgoing_email: bool,
    enabled_for_act: bool,
    /// Exchange-side parts the simulator keeps; a real environment has no such rows.
    #[serde(flatten)]
    local: Option<LocalParts>,
}

#[derive(Serialize)]
struct LocalParts {
    counts: Counts,
    delegates: Vec<Delegate>,
    categories: Vec<Category>,
    folders: Vec<FolderView>,
}

impl<Id: Serialize> MailboxView<Id> {
    fn new(mailbox: Mailbox<Id>, syncs: [bool; 3], local: Option<LocalParts>) -> Self {
        let [
            enabled_for_incoming_email,
            enabled_for_outgoing_email,
            enabled_for_act,
        ] = syncs;
        MailboxView {
            mailbox,
            enabled_for_incoming_email,
            enabled_for_outgoing_email,
            enabled_for_act,
            local,
        }
    }
}

#[derive(Serialize)]
struct Counts {
    folders: usize,
    items: i64,
    alerts: i64,
}

fn show(ctx: &Context, reference: &str) -> Result<()> {
    if let Some(client) = ctx.remote()? {
        let (mailbox, syncs) = remote::directory::mailbox(&client, reference)?;
        return print_view(ctx, &MailboxView::new(mailbox, syncs, None));
    }
    let store = ctx.open()?;
    let conn = store.conn();
    let id = resolve::mailbox(conn, reference)?;
    let mailbox = mailboxes::get(conn, id)?;
    let folders = folder_view::tree(conn, &mailbox)?;
    let syncs = Direction::ALL.map(|direction| mailbox.syncs(direction));
    let local = LocalParts {
        counts: Counts {
            folders: folders.len(),
            items: store::items::count_in_mailbox(conn, id)?,
            alerts: store::alerts::count_for(conn, id)?,
        },
        delegates: delegates::list(conn, id)?,
        categories: categories::list(conn, id)?,
        folders,
    };
    print_view(ctx, &MailboxView::new(mailbox, syncs, Some(local)))
}

fn print_view<Id: Serialize>(ctx: &Context, view: &MailboxView<Id>) -> Result<()> {
    if ctx.out.is_json() {
        return ctx.out.record(view);
    }
    // A table per part: the scalar fields first, then each list under its heading.
    let mut fields = serde_json::to_value(view).map_err(Error::json)?;
    if let Some(map) = fields.as_object_mut() {
        map.retain(|_, v| !v.is_array());
    }
    ctx.out.record(&fields)?;
    let Some(local) = &view.local else {
        return Ok(());
    };
    section(
        ctx,
        "delegates",
        &local.delegates,
        &["user", "email", "permission"],
    )?;
    section(
        ctx,
        "categories",
        &local.categories,
        &["id", "name", "role", "state"],
    )?;
    section(ctx, "folders", &local.folders, folder_view::COLUMNS)
}

/// A titled table under `mailbox show`; an empty one says so on stdout, beside its title.
fn section<T: Serialize>(ctx: &Context, title: &str, rows: &[T], columns: &[&str]) -> Result<()> {
    if rows.is_empty() {
        return write_stdout(&format!("{title}: none\n"));
    }
    write_stdout(&format!("{title}:\n"))?;
    ctx.out.list(rows, columns)
}

fn set(ctx: &Context, args: &MailboxSetArgs) -> Result<()> {
    let watermark = args
        .process_email_after
        .as_deref()
        .map(|t| time::parse_user(t, ctx.now()?))
        .transpose()?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let id = resolve::mailbox(&tx, &args.mailbox)?;
    let before = mailboxes::get(&tx, id)?;
    let mut methods = before.methods();
    if let Some(incoming) = args.incoming {
        methods.incoming = incoming;
    }
    if let Some(outgoing) = args.outgoing {
        methods.outgoing = outgoing;
    }
    if let Some(act) = args.act {
        methods.act = act;
    }
    methods.check(before.owner_kind).map_err(|why| {
        Error::new(
            Code::InvalidMethod,
            format!("mailbox {}: {why}; nothing was changed", before.name),
        )
    })?;
    mailboxes::set_methods(&tx, id, &methods)?;
    if let Some(watermark) = watermark {
        mailboxes::set_watermark(&tx, id, watermark)?;
    }
    // A direction whose method changed has not been tested in its new form.
    let old = before.methods();
    let changed = [
        (Direction::Incoming, old.incoming != methods.incoming),
        (Direction::Outgoing, old.outgoing != methods.outgoing),
        (Direction::Act, old.act != methods.act),
    ];
    for (direction, changed) in changed {
        if changed {
            mailboxes::set_status(&tx, id, direction, Status::NotRun)?;
        }
    }
    let after = mailboxes::get(&tx, id)?;
    tx.commit()?;
    ctx.out.note(&format!(
        "mailbox {}: incoming {}, outgoing {}, ACT {}",
        after.name, after.incoming_method, after.outgoing_method, after.act_method
    ));
    ctx.out.record(&after)
}

/// Applies `change` to each named mailbox in one transaction and lists them afterwards.
/// The failures dashboard, visible only while `EnableSssItemLevelMonitoring` is on.
fn failures(ctx: &Context, mailbox: Option<&str>) -> Result<()> {
    let store = ctx.open()?;
    let conn = store.conn();
    let mailbox_id = mailbox.map(|m| resolve::mailbox(conn, m)).transpose()?;
    if !store::settings::flag(conn, "EnableSssItemLevelMonitoring")? {
        return Err(Error::new(
            Code::MonitoringOff,
            "the server-side sync failures dashboard is off: EnableSssItemLevelMonitoring is false (`orgtrack settings set EnableSssItemLevelMonitoring true`)",
        ));
    }
    let rows = store::sync_failures::list(conn, mailbox_id)?;
    ctx.out.list(&rows, FAILURE_COLUMNS)
}

const FAILURE_COLUMNS: &[&str] = &["failed_at", "mailbox", "item_id", "subject", "error"];

fn change_each(
    ctx: &Context,
    references: &[String],
    done: &str,
    change: impl Fn(&Connection, &Mailbox) -> Result<()>,
) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mut changed = Vec::new();
    for id in resolve_all(&tx, references, resolve::mailbox)? {
        change(&tx, &mailboxes::get(&tx, id)?)?;
        changed.push(mailboxes::get(&tx, id)?);
    }
    tx.commit()?;
    for mailbox in &changed {
        ctx.out.note(&format!("{done} mailbox {}", mailbox.name));
    }
    ctx.out.list(&changed, COLUMNS)
}

fn test_enable(ctx: &Context, args: &TestEnableArgs) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let ids = if args.all {
        mailboxes::ids(&tx)?
    } else {
        resolve_all(&tx, &args.mailboxes, resolve::mailbox)?
    };
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for id in ids {
        let mailbox = mailboxes::get(&tx, id)?;
        let (tested, raised) = test_enable::test(&tx, &mailbox)?;
        failures.extend(
            raised
                .iter()
                .filter(|a| a.level == AlertLevel::Error)
                .map(|a| a.text.clone()),
        );
        results.push(tested);
    }
    tx.commit()?;
    for text in &failures {
        ctx.out.warn(text);
    }
    for tested in &results {
        ctx.out
            .note(&format!("mailbox {}: {}", tested.mailbox, tested.result));
    }
    ctx.out.list(
        &results,
        &[
            "mailbox",
            "incoming_status",
            "outgoing_status",
            "act_status",
            "result",
        ],
    )
}
