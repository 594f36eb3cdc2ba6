//! `orgtrack mailbox ...`: methods, approval, Test & Enable and the enabled switch, on many
//! mailboxes at once, locally and (`--env`) on a real environment.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Value, json};

use super::{Context, resolve_all, run_fault};
use crate::cli::mailbox::{ApproveArgs, MailboxCommand, MailboxSetArgs, Selection, TestEnableArgs};
use crate::engine::{approval, test_enable};
use crate::error::{Code, Error, Result};
use crate::input;
use crate::model::{
    ActMethod, AlertLevel, Approval, Direction, FaultDirection, IncomingMethod, MailboxMethods,
    OutgoingMethod, Status,
};
use crate::output::write_stdout;
use crate::remote;
use crate::remote::directory::RemoteMailbox;
use crate::store::categories::{self, Category};
use crate::store::delegates::{self, Delegate};
use crate::store::faults::On;
use crate::store::mailboxes::{self, Mailbox, Pick};
use crate::store::profiles;
use crate::store::{self, resolve};
use crate::time;
use crate::view::folder::{self as folder_view, FolderView};
use crate::view::mailbox::{
    Outcome, RESET_COLUMNS, ResetAction, ResetStep, TEST_COLUMNS, TestResult,
};

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
            incoming_status,
            outgoing_status,
            act_status,
            limit,
            after,
        } => {
            let pick = Pick {
                status,
                incoming_status,
                outgoing_status,
                act_status,
                ..Pick::default()
            };
            list(ctx, pick, super::check_limit(limit)?, after)
        }
        MailboxCommand::Show { mailbox } => show(ctx, &mailbox),
        MailboxCommand::Set(args) => set(ctx, &args),
        MailboxCommand::Approve(args) => approve(ctx, &args),
        MailboxCommand::TestEnable(args) => test_enable(ctx, &args),
        MailboxCommand::Disable(which) => switch(ctx, &which, false),
        MailboxCommand::Enable(which) => switch(ctx, &which, true),
        MailboxCommand::ResetAfterCopy { keep, dry_run } => {
            reset_after_copy(ctx, keep.as_deref(), dry_run)
        }
        MailboxCommand::Fault(cmd) => run_fault(ctx, cmd, fault_target),
    }
}

/// Where `mailbox fault` puts a fault: on a direction the mailbox synchronizes server-side, or
/// refused (exit 4) naming those it does.
fn fault_target(
    conn: &Connection,
    reference: &str,
    direction: Option<FaultDirection>,
) -> Result<On> {
    let mailbox = mailboxes::get(conn, resolve::mailbox(conn, reference)?)?;
    if let Some(direction) = direction
        && !mailbox.methods().is_server_side(direction.direction())
    {
        let allowed: Vec<&str> = Direction::ALL
            .into_iter()
            .filter(|d| mailbox.methods().is_server_side(*d))
            .map(|d| FaultDirection::of(d).word())
            .collect();
        return Err(Error::new(
            Code::InvalidFaultDirection,
            format!(
                "mailbox {} does not synchronize {direction} server-side; a fault can break {}; nothing was changed",
                mailbox.name,
                match allowed.is_empty() {
                    true => "no direction of it".to_string(),
                    false => allowed.join(", "),
                }
            ),
        ));
    }
    Ok(On::Mailbox(mailbox.id))
}

fn list(ctx: &Context, pick: Pick, limit: Option<i64>, after: Option<i64>) -> Result<()> {
    if let Some(client) = ctx.remote()? {
        if after.is_some() {
            return Err(super::after_is_local());
        }
        let mut rows = ctx.out.stream(COLUMNS);
        let limit = limit.map(|n| n.max(0) as u64);
        remote::directory::for_each_mailbox(&client, &pick, limit, |(mailbox, _)| {
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
        status: pick.status,
        incoming_status: pick.incoming_status,
        outgoing_status: pick.outgoing_status,
        act_status: pick.act_status,
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

/// The references a command was given, `-` replaced by the lines of standard input (blank
/// lines and `#` comments left out).
fn references(given: &[String]) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for reference in given {
        if reference != "-" {
            found.push(reference.clone());
            continue;
        }
        for line in std::io::stdin().lock().lines() {
            let line = line.map_err(|e| {
                Error::new(Code::Io, format!("cannot read standard input: {e}")).because(e)
            })?;
            found.extend(listed(&line));
        }
    }
    Ok(found)
}

/// A line of a list of mailboxes: the reference on it, if any.
fn listed(line: &str) -> Option<String> {
    let text = line.trim();
    (!text.is_empty() && !text.starts_with('#')).then(|| text.to_string())
}

fn pick_of(which: &Selection) -> Pick {
    Pick {
        approval: which.approval,
        status: which.status,
        owner_kind: which.owner_kind,
        ..Pick::default()
    }
}

/// The mailboxes of the local state a command acts on, each once, in the order named (or the
/// list's order), those the filters leave out dropped. Unknown names fail before anything
/// changes.
fn select_local(conn: &Connection, which: &Selection) -> Result<Vec<Mailbox>> {
    let pick = pick_of(which);
    let chosen = if which.mailboxes.is_empty() {
        mailboxes::list(conn, pick.status)?
    } else {
        resolve_all(conn, &references(&which.mailboxes)?, resolve::mailbox)?
            .into_iter()
            .map(|id| mailboxes::get(conn, id))
            .collect::<Result<Vec<_>>>()?
    };
    Ok(chosen.into_iter().filter(|m| pick.keeps(m)).collect())
}

/// The mailboxes of a real environment a command acts on.
fn select_remote(client: &remote::Client, which: &Selection) -> Result<Vec<RemoteMailbox>> {
    let references = references(&which.mailboxes)?;
    if !which.mailboxes.is_empty() && references.is_empty() {
        return Ok(Vec::new());
    }
    remote::mailboxes::select(client, &references, &pick_of(which))
}

/// A bar on stderr for a person watching a long remote run.
fn progress(ctx: &Context, total: usize, what: &str) -> ProgressBar {
    if total < 100 {
        return ProgressBar::hidden();
    }
    super::progress_bar(
        ctx,
        total as u64,
        &format!("{{spinner}} {what}: {{pos}}/{{len}} mailboxes {{wide_bar}} {{eta}}"),
    )
    .unwrap_or_else(ProgressBar::hidden)
}

/// Counts of a command's outcomes, said on stderr; failures make the command exit 1 once its
/// rows are printed.
#[derive(Default)]
struct Tally {
    succeeded: usize,
    unchanged: usize,
    failed: Vec<String>,
}

impl Tally {
    fn finish(self, ctx: &Context, what: &str) -> Result<()> {
        ctx.out.note(&format!(
            "{what}: {} succeeded, {} unchanged, {} failed",
            self.succeeded,
            self.unchanged,
            self.failed.len()
        ));
        if self.failed.is_empty() {
            return Ok(());
        }
        let total = self.succeeded + self.unchanged + self.failed.len();
        Err(Error::new(
            Code::MailboxesFailed,
            format!(
                "{what}: {} of {total} mailboxes failed: {}",
                self.failed.len(),
                self.failed.join(", ")
            ),
        ))
    }
}

/// Sends a PATCH for each mailbox `body_for` asks one of (the others are unchanged), reads
/// each row back and checks it with `refused` (which says why the service left it as it was),
/// then prints every mailbox's row as it now is. A refusal or a failed request is reported with
/// the service's message and makes the command exit 1; the other mailboxes are still written.
fn change_remote(
    ctx: &Context,
    client: &remote::Client,
    targets: Vec<RemoteMailbox>,
    what: &str,
    body_for: impl Fn(&Mailbox<String>) -> Option<Value>,
    refused: impl Fn(&Mailbox<String>) -> Option<String>,
) -> Result<()> {
    let mut tally = Tally::default();
    let changes: Vec<remote::mailboxes::Change> = targets
        .iter()
        .filter_map(|(m, _)| {
            body_for(m).map(|body| remote::mailboxes::Change {
                id: m.id.clone(),
                body,
            })
        })
        .collect();
    let bar = progress(ctx, changes.len(), what);
    let outcomes = remote::mailboxes::apply(client, &changes, true, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    let mut outcomes = changes.iter().map(|c| c.id.clone()).zip(outcomes);
    let mut next = outcomes.next();
    let mut rows = Vec::with_capacity(targets.len());
    for (before, _) in targets {
        let outcome = match &next {
            Some((id, _)) if *id == before.id => next.take().map(|(_, o)| o),
            _ => None,
        };
        if outcome.is_some() {
            next = outcomes.next();
        }
        let row = match outcome {
            None => {
                tally.unchanged += 1;
                before
            }
            Some(remote::mailboxes::Outcome::Done(after)) => {
                let after = after.map_or(before, |(m, _)| m);
                match refused(&after) {
                    Some(why) => {
                        ctx.out.warn(&format!("mailbox {}: {why}", after.name));
                        tally.failed.push(after.name.clone());
                    }
                    None => tally.succeeded += 1,
                }
                after
            }
            Some(remote::mailboxes::Outcome::Failed(why)) => {
                ctx.out.warn(&format!("mailbox {}: {why}", before.name));
                tally.failed.push(before.name.clone());
                before
            }
        };
        rows.push(row);
    }
    ctx.out.list(&rows, COLUMNS)?;
    tally.finish(ctx, what)
}

/// Why the service left a mailbox's address unapproved after orgtrack approved it. Approving
/// takes the privilege "Approve Email Addresses for Users or Queues" and the Exchange or
/// Microsoft 365 Global administrator role, or the Delegated Mailbox Approver role (Microsoft:
/// "Changes to Mailbox approval in Dynamics 365", KB 4506139; "Delegate the Mailbox Approval
/// Process"); Dataverse may accept the write and keep the old value.
fn approval_refused(mailbox: &Mailbox<String>) -> Option<String> {
    (mailbox.approval != Approval::Approved).then(|| {
        format!(
            "the service left its approval {}: approving an email address takes the privilege \
             Approve Email Addresses for Users or Queues and the Exchange or Microsoft 365 Global \
             administrator role (or Delegated Mailbox Approver)",
            mailbox.approval
        )
    })
}

fn approve(ctx: &Context, args: &ApproveArgs) -> Result<()> {
    let which = &args.which;
    if let Some(client) = ctx.remote()? {
        if args.approver.is_some() {
            return Err(Error::new(
                Code::LocalOnly,
                "--as names the approving user in the simulator; with --env the signed-in user approves",
            ));
        }
        let targets = select_remote(&client, which)?;
        return change_remote(
            ctx,
            &client,
            targets,
            "approve",
            |m| {
                (m.approval != Approval::Approved)
                    .then(|| json!({ "emailrouteraccessapproval": Approval::Approved.number() }))
            },
            approval_refused,
        );
    }
    change_each(ctx, which, ("approve", "approved"), |conn, mailbox| {
        if mailbox.approval == Approval::Approved {
            return Ok(false);
        }
        let approver = args
            .approver
            .as_deref()
            .map(|u| resolve::user(conn, u))
            .transpose()?;
        approval::check_approver(conn, mailbox, approver)?;
        mailboxes::set_approval(conn, mailbox.id, Approval::Approved)?;
        Ok(true)
    })
}

/// `enable` and `disable`: the mailbox's state (Active or Inactive remotely).
fn switch(ctx: &Context, which: &Selection, enabled: bool) -> Result<()> {
    let (what, done) = if enabled {
        ("enable", "enabled")
    } else {
        ("disable", "disabled")
    };
    if let Some(client) = ctx.remote()? {
        let targets = select_remote(&client, which)?;
        return change_remote(
            ctx,
            &client,
            targets,
            what,
            |m| (m.enabled != enabled).then(|| remote::odata::state_columns(enabled)),
            |m| {
                (m.enabled != enabled).then(|| {
                    format!(
                        "the service left it {}",
                        if m.enabled { "enabled" } else { "disabled" }
                    )
                })
            },
        );
    }
    change_each(ctx, which, (what, done), |conn, mailbox| {
        if mailbox.enabled == enabled {
            return Ok(false);
        }
        mailboxes::set_enabled(conn, mailbox.id, enabled)?;
        Ok(true)
    })
}

/// The methods `args` asks for a mailbox, checked against its owner's kind.
fn methods_for<Id>(args: &MailboxSetArgs, mailbox: &Mailbox<Id>) -> Result<MailboxMethods> {
    let mut methods = mailbox.methods();
    if let Some(incoming) = args.incoming {
        methods.incoming = incoming;
    }
    if let Some(outgoing) = args.outgoing {
        methods.outgoing = outgoing;
    }
    if let Some(act) = args.act {
        methods.act = act;
    }
    methods.check(mailbox.owner_kind).map_err(|why| {
        Error::new(
            Code::InvalidMethod,
            format!("mailbox {}: {why}; nothing was changed", mailbox.name),
        )
    })?;
    Ok(methods)
}

fn set(ctx: &Context, args: &MailboxSetArgs) -> Result<()> {
    let watermark = args
        .process_email_after
        .as_deref()
        .map(|t| time::parse_user(t, ctx.now()?))
        .transpose()?;
    if let Some(client) = ctx.remote()? {
        if args.profile.is_some() {
            return Err(Error::new(
                Code::LocalOnly,
                "mailbox set --profile works on the local state only",
            ));
        }
        let targets = select_remote(&client, &args.which)?;
        // Every mailbox is checked before anything is sent.
        let wanted: Vec<MailboxMethods> = targets
            .iter()
            .map(|(m, _)| methods_for(args, m))
            .collect::<Result<_>>()?;
        let by_id: HashMap<String, MailboxMethods> = targets
            .iter()
            .zip(&wanted)
            .map(|((m, _), w)| (m.id.clone(), *w))
            .collect();
        return change_remote(
            ctx,
            &client,
            targets,
            "set",
            |m| {
                let methods = by_id[&m.id];
                let mut body = serde_json::Map::new();
                if methods.incoming != m.incoming_method {
                    body.insert(
                        "incomingemaildeliverymethod".into(),
                        methods.incoming.number().into(),
                    );
                }
                if methods.outgoing != m.outgoing_method {
                    body.insert(
                        "outgoingemaildeliverymethod".into(),
                        methods.outgoing.number().into(),
                    );
                }
                if methods.act != m.act_method {
                    body.insert("actdeliverymethod".into(), methods.act.number().into());
                }
                if let Some(at) = watermark
                    && at != m.process_email_after
                {
                    body.insert("processemailreceivedafter".into(), time::format(at).into());
                }
                (!body.is_empty()).then_some(Value::Object(body))
            },
            |m| {
                (m.methods() != by_id[&m.id])
                    .then(|| "the service left its delivery methods as they were".to_string())
            },
        );
    }
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let targets = select_local(&tx, &args.which)?;
    let profile = args
        .profile
        .as_deref()
        .map(|p| profiles::resolve(&tx, p))
        .transpose()?;
    let wanted: Vec<MailboxMethods> = targets
        .iter()
        .map(|m| methods_for(args, m))
        .collect::<Result<_>>()?;
    let mut changed = Vec::with_capacity(targets.len());
    for (before, methods) in targets.iter().zip(&wanted) {
        mailboxes::change_methods(&tx, before, methods)?;
        if let Some(watermark) = watermark {
            mailboxes::set_watermark(&tx, before.id, watermark)?;
        }
        // Every direction goes through the profile: with a new one, none has been tested.
        if let Some(profile) = profile
            && before.profile_id != Some(profile)
        {
            mailboxes::set_profile(&tx, before.id, profile)?;
            for direction in Direction::ALL {
                mailboxes::set_status(&tx, before.id, direction, Status::NotRun)?;
            }
        }
        changed.push(mailboxes::get(&tx, before.id)?);
    }
    tx.commit()?;
    for after in &changed {
        ctx.out.note(&format!(
            "mailbox {}: incoming {}, outgoing {}, ACT {}",
            after.name, after.incoming_method, after.outgoing_method, after.act_method
        ));
    }
    ctx.out.list(&changed, COLUMNS)
}

/// Applies `change` to each selected mailbox in one transaction (`change` says whether it
/// changed anything) and lists them afterwards.
fn change_each(
    ctx: &Context,
    which: &Selection,
    (what, done): (&str, &str),
    change: impl Fn(&Connection, &Mailbox) -> Result<bool>,
) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mut tally = Tally::default();
    let mut rows = Vec::new();
    for mailbox in select_local(&tx, which)? {
        if change(&tx, &mailbox)? {
            ctx.out.note(&format!("{done} mailbox {}", mailbox.name));
            tally.succeeded += 1;
        } else {
            tally.unchanged += 1;
        }
        rows.push(mailboxes::get(&tx, mailbox.id)?);
    }
    tx.commit()?;
    ctx.out.list(&rows, COLUMNS)?;
    tally.finish(ctx, what)
}

fn test_enable(ctx: &Context, args: &TestEnableArgs) -> Result<()> {
    if let Some(client) = ctx.remote()? {
        return test_enable_remote(ctx, &client, args);
    }
    let mut store = ctx.open()?;
    let tx = store.write()?;
    if args.schedule {
        let mut scheduled = Vec::new();
        for mailbox in select_local(&tx, &args.which)? {
            mailboxes::set_test_scheduled(&tx, mailbox.id, true)?;
            scheduled.push(mailboxes::get(&tx, mailbox.id)?);
        }
        tx.commit()?;
        for mailbox in &scheduled {
            ctx.out.note(&format!(
                "Test & Enable of mailbox {} scheduled: the next cycle carries it out",
                mailbox.name
            ));
        }
        return ctx.out.list(&scheduled, COLUMNS);
    }
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for mailbox in select_local(&tx, &args.which)? {
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
    ctx.out.list(&results, TEST_COLUMNS)?;
    let failed: Vec<String> = results
        .iter()
        .filter(|t| t.result == Status::Failure)
        .map(|t| t.mailbox.clone())
        .collect();
    tests_failed(&failed, results.len())
}

/// Exit 1 when a mailbox failed its test.
fn tests_failed(failed: &[String], total: usize) -> Result<()> {
    if failed.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        Code::MailboxesFailed,
        format!(
            "Test & Enable failed for {} of {total} mailboxes: {}",
            failed.len(),
            failed.join(", ")
        ),
    ))
}

/// Test & Enable on a real environment: each mailbox's `testemailconfigurationscheduled` is
/// set, which has the service test it. With `--wait` the mailboxes are polled until the
/// service has carried out every test, then each result is printed with the alerts raised
/// meanwhile.
fn test_enable_remote(ctx: &Context, client: &remote::Client, args: &TestEnableArgs) -> Result<()> {
    let targets = select_remote(client, &args.which)?;
    let mark = match args.wait {
        Some(_) => Some(remote::mailboxes::alert_mark(client)?),
        None => None,
    };
    let changes: Vec<remote::mailboxes::Change> = targets
        .iter()
        .map(|(m, _)| remote::mailboxes::Change {
            id: m.id.clone(),
            body: json!({ "testemailconfigurationscheduled": true }),
        })
        .collect();
    let bar = progress(ctx, changes.len(), "schedule Test & Enable");
    let outcomes = remote::mailboxes::apply(client, &changes, false, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    let mut failed = Vec::new();
    let mut scheduled = Vec::new();
    for ((mailbox, _), outcome) in targets.iter().zip(outcomes) {
        match outcome {
            remote::mailboxes::Outcome::Failed(why) => {
                ctx.out.warn(&format!("mailbox {}: {why}", mailbox.name));
                failed.push(mailbox.name.clone());
            }
            remote::mailboxes::Outcome::Done(_) => scheduled.push(mailbox.id.clone()),
        }
    }
    let (Some(wait), Some(mark)) = (args.wait, mark) else {
        ctx.out.note(&format!(
            "Test & Enable scheduled for {} mailboxes; the service tests them shortly (--wait waits for the results)",
            scheduled.len()
        ));
        let rows: Vec<&Mailbox<String>> = targets.iter().map(|(m, _)| m).collect();
        ctx.out.list(&rows, COLUMNS)?;
        return tests_failed(&failed, targets.len());
    };
    let pending = wait_for_tests(client, &scheduled, Duration::from_secs(wait))?;
    let raised = remote::mailboxes::alerts_since(client, &mark)?;
    let bar = progress(ctx, scheduled.len(), "read results");
    let rows = remote::mailboxes::read(client, &scheduled, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    let mut results = Vec::with_capacity(rows.len());
    for (id, row) in scheduled.iter().zip(rows) {
        let mailbox = match row {
            Ok((mailbox, _)) => mailbox,
            Err(why) => {
                ctx.out.warn(&format!("mailbox {id}: {why}"));
                failed.push(id.clone());
                continue;
            }
        };
        let mut codes = Vec::new();
        for alert in raised.iter().filter(|a| {
            a.mailbox_id
                .as_ref()
                .is_some_and(|m| m.eq_ignore_ascii_case(id))
        }) {
            let line = format!("mailbox {}: {}", mailbox.name, alert.text);
            if alert.level == AlertLevel::Error {
                ctx.out.warn(&line);
            } else {
                ctx.out.note(&line);
            }
            codes.push(alert.code.clone());
        }
        let result = TestResult::of(&mailbox, codes);
        if pending.contains(&id.to_ascii_lowercase()) {
            ctx.out.warn(&format!(
                "mailbox {}: still waiting to be tested after {wait}s",
                mailbox.name
            ));
            failed.push(mailbox.name.clone());
        } else {
            ctx.out
                .note(&format!("mailbox {}: {}", mailbox.name, result.result));
            if result.result == Status::Failure {
                failed.push(mailbox.name.clone());
            }
        }
        results.push(result);
    }
    ctx.out.list(&results, TEST_COLUMNS)?;
    tests_failed(&failed, targets.len())
}

/// Polls until none of `ids` is still scheduled, or `wait` has passed; returns those still
/// scheduled (lowercase).
fn wait_for_tests(
    client: &remote::Client,
    ids: &[String],
    wait: Duration,
) -> Result<HashSet<String>> {
    let deadline = Instant::now() + wait;
    let wanted: HashSet<String> = ids.iter().map(|id| id.to_ascii_lowercase()).collect();
    // Quick at first (a test takes seconds), then slower up to every 5 s: a long wait costs
    // few requests.
    let mut pause = Duration::from_millis(200);
    loop {
        let pending: HashSet<String> = remote::mailboxes::scheduled(client)?
            .intersection(&wanted)
            .cloned()
            .collect();
        let now = Instant::now();
        if pending.is_empty() || now >= deadline {
            return Ok(pending);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 3 / 2).min(Duration::from_secs(5));
    }
}

/// The mailboxes a --keep file lists.
fn kept(path: Option<&Path>) -> Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let text = input::read_text(path, KEEP_LIMIT, "list of mailboxes")?;
    Ok(text.lines().filter_map(listed).collect())
}

/// The largest --keep file read (a line per mailbox).
const KEEP_LIMIT: u64 = 16 * 1024 * 1024;

/// No synchronization at all: what a copied environment's mailboxes get, so that the copy
/// never reads or sends the production mailboxes' email.
const NO_SYNC: MailboxMethods = MailboxMethods {
    incoming: IncomingMethod::None,
    outgoing: OutgoingMethod::None,
    act: ActMethod::None,
};

fn reset_after_copy(ctx: &Context, keep: Option<&Path>, dry_run: bool) -> Result<()> {
    let keep = kept(keep)?;
    if let Some(client) = ctx.remote()? {
        return reset_remote(ctx, &client, &keep, dry_run);
    }
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let kept: HashSet<i64> = resolve_all(&tx, &keep, resolve::mailbox)?
        .into_iter()
        .collect();
    let mut steps = Vec::new();
    let mut tally = Tally::default();
    for mailbox in mailboxes::list(&tx, None)? {
        let action = if kept.contains(&mailbox.id) {
            ResetAction::Keep
        } else {
            ResetAction::Stop
        };
        let mut message = None;
        let outcome = if dry_run {
            Outcome::Planned
        } else if action == ResetAction::Keep {
            mailboxes::set_approval(&tx, mailbox.id, Approval::Approved)?;
            let (tested, _) = test_enable::test(&tx, &mailboxes::get(&tx, mailbox.id)?)?;
            if tested.result == Status::Failure {
                message = Some("Test & Enable failed".to_string());
                Outcome::Failed
            } else {
                Outcome::Succeeded
            }
        } else if mailbox.methods() == NO_SYNC {
            Outcome::Unchanged
        } else {
            mailboxes::change_methods(&tx, &mailbox, &NO_SYNC)?;
            Outcome::Succeeded
        };
        tally.count(outcome, &mailbox.name);
        steps.push(ResetStep {
            mailbox_id: mailbox.id,
            mailbox: mailbox.name,
            action,
            outcome,
            message,
        });
    }
    if !dry_run {
        tx.commit()?;
    }
    ctx.out.list(&steps, RESET_COLUMNS)?;
    finish_reset(ctx, tally, dry_run, &steps)
}

impl Tally {
    fn count(&mut self, outcome: Outcome, name: &str) {
        match outcome {
            Outcome::Planned => {}
            Outcome::Succeeded => self.succeeded += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Failed => self.failed.push(name.to_string()),
        }
    }
}

fn finish_reset<Id: Serialize>(
    ctx: &Context,
    tally: Tally,
    dry_run: bool,
    steps: &[ResetStep<Id>],
) -> Result<()> {
    if dry_run {
        let keep = steps
            .iter()
            .filter(|s| s.action == ResetAction::Keep)
            .count();
        ctx.out.note(&format!(
            "dry run: {keep} mailboxes would be approved and Test & Enabled, {} set to no synchronization; nothing was changed",
            steps.len() - keep
        ));
        return Ok(());
    }
    tally.finish(ctx, "reset-after-copy")
}

/// reset-after-copy on a real environment: one PATCH per mailbox that needs one (the kept
/// ones approved and scheduled for Test & Enable in the same write), read back.
fn reset_remote(
    ctx: &Context,
    client: &remote::Client,
    keep: &[String],
    dry_run: bool,
) -> Result<()> {
    let kept: HashSet<String> = remote::mailboxes::select(client, keep, &Pick::default())?
        .into_iter()
        .map(|(m, _)| m.id)
        .collect();
    let all = remote::mailboxes::select(client, &[], &Pick::default())?;
    let action_of = |m: &Mailbox<String>| {
        if kept.contains(&m.id) {
            ResetAction::Keep
        } else {
            ResetAction::Stop
        }
    };
    let changes: Vec<remote::mailboxes::Change> = if dry_run {
        Vec::new()
    } else {
        all.iter()
            .filter_map(|(m, _)| {
                let body = match action_of(m) {
                    ResetAction::Keep => json!({
                        "emailrouteraccessapproval": Approval::Approved.number(),
                        "testemailconfigurationscheduled": true,
                    }),
                    ResetAction::Stop if m.methods() == NO_SYNC => return None,
                    ResetAction::Stop => json!({
                        "incomingemaildeliverymethod": NO_SYNC.incoming.number(),
                        "outgoingemaildeliverymethod": NO_SYNC.outgoing.number(),
                        "actdeliverymethod": NO_SYNC.act.number(),
                    }),
                };
                Some(remote::mailboxes::Change {
                    id: m.id.clone(),
                    body,
                })
            })
            .collect()
    };
    let bar = progress(ctx, changes.len(), "reset-after-copy");
    let outcomes = remote::mailboxes::apply(client, &changes, true, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    let mut done: HashMap<String, remote::mailboxes::Outcome> =
        changes.iter().map(|c| c.id.clone()).zip(outcomes).collect();
    let mut tally = Tally::default();
    let mut steps = Vec::with_capacity(all.len());
    for (mailbox, _) in all {
        let action = action_of(&mailbox);
        let (outcome, message) = match done.remove(&mailbox.id) {
            _ if dry_run => (Outcome::Planned, None),
            None => (Outcome::Unchanged, None),
            Some(remote::mailboxes::Outcome::Failed(why)) => (Outcome::Failed, Some(why)),
            Some(remote::mailboxes::Outcome::Done(after)) => {
                let refusal = after.and_then(|(after, _)| match action {
                    ResetAction::Keep => approval_refused(&after),
                    ResetAction::Stop => (after.methods() != NO_SYNC)
                        .then(|| "the service left its delivery methods as they were".to_string()),
                });
                match refusal {
                    Some(why) => (Outcome::Failed, Some(why)),
                    None => (Outcome::Succeeded, None),
                }
            }
        };
        if let Some(why) = &message {
            ctx.out.warn(&format!("mailbox {}: {why}", mailbox.name));
        }
        tally.count(outcome, &mailbox.name);
        steps.push(ResetStep {
            mailbox_id: mailbox.id,
            mailbox: mailbox.name,
            action,
            outcome,
            message,
        });
    }
    ctx.out.list(&steps, RESET_COLUMNS)?;
    finish_reset(ctx, tally, dry_run, &steps)
}
