//! Command handlers: one module per group. They validate input, call the store (inside one
//! transaction per state change) and hand results to the renderer. They never write SQL.

mod activity;
mod alerts;
mod auth;
mod delegate;
mod demo;
mod env;
mod explain;
mod folder;
mod generate;
mod import;
mod inbox_rule;
mod init;
mod item;
mod mail;
mod mailbox;
mod org;
mod queue;
mod record;
mod record_rule;
mod serve;
mod server_profile;
mod settings;
pub mod shell;
mod sync;
mod thread_index;
mod token;
mod user;
mod what_if;

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

use rusqlite::{Connection, Transaction};
use serde::Serialize;

use crate::cli::mail::MailCommand;
use crate::cli::mailbox::FaultCommand;
use crate::cli::{Cli, Command, Confirm, InitArgs};
use crate::error::{Code, Error, Result};
use crate::model::ActMethod;
use crate::model::FaultDirection;
use crate::output::Output;
use crate::remote::{self, Target};
use crate::store::faults;
use crate::store::mailboxes::Mailbox;
use crate::store::{NewOrg, Store};
use crate::time;
use crate::version::Version;

pub struct Context {
    pub out: Output,
    state: Option<PathBuf>,
    target: Option<Target>,
    ca_cert: Option<PathBuf>,
}

impl Context {
    pub fn new(out: Output, state: Option<PathBuf>, target: Option<Target>) -> Self {
        let ca_cert = target.as_ref().and_then(|t| t.ca_cert.clone());
        Context {
            out,
            state,
            target,
            ca_cert,
        }
    }

    /// `--ca-cert` for environments named other than by `--env` (`settings diff --against`).
    pub fn with_ca_cert(mut self, ca_cert: Option<PathBuf>) -> Self {
        self.ca_cert = ca_cert;
        self
    }

    /// Another environment than `--env`'s, connected the same way.
    pub fn connect(&self, env: &str) -> Result<remote::Client> {
        let target = Target {
            env: env.to_string(),
            ca_cert: self.ca_cert.clone(),
        };
        remote::Client::connect(&target, &self.out)
    }

    /// `--env` and `--ca-cert` as given, not connected (for `auth`).
    pub fn target(&self) -> Option<&Target> {
        self.target.as_ref()
    }

    /// The environment named by `--env`, connected (credentials read, a token obtained), or
    /// None in local mode. Remote mode never opens or creates a state file.
    pub fn remote(&self) -> Result<Option<remote::Client>> {
        self.target
            .as_ref()
            .map(|target| remote::Client::connect(target, &self.out))
            .transpose()
    }

    /// `--state`, else `ORGTRACK_STATE` (both via clap), else the XDG data directory.
    pub fn state_path(&self) -> PathBuf {
        self.state.clone().unwrap_or_else(default_state_path)
    }

    pub fn open(&self) -> Result<Store> {
        Store::open(&self.state_path())
    }

    /// What relative time options (`--since 1h`, `--until +2h`, `today`) count from: the
    /// simulated clock of the local state, or the wall clock of a remote environment.
    pub fn now(&self) -> Result<DateTime<Utc>> {
        if self.target.is_some() {
            return Ok(Utc::now());
        }
        Ok(crate::store::org::load(self.open()?.conn())?.clock)
    }
}

pub fn dispatch(cli: Cli, path: &str, ctx: &Context) -> Result<()> {
    if ctx.target.is_some() && !crate::cli::works_remotely(path) {
        return Err(Error::new(
            Code::LocalOnly,
            format!(
                "`{path}` works on the local state only; --env applies to {}",
                crate::cli::REMOTE_COMMANDS.join(", ")
            ),
        ));
    }
    match cli.command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Generate(args) => generate::run(ctx, &args),
        Command::Org(cmd) => org::run(ctx, cmd),
        Command::Settings(cmd) => settings::run(ctx, cmd),
        Command::Token(cmd) => token::run(ctx, cmd),
        Command::User(cmd) => user::run(ctx, cmd),
        Command::Queue(cmd) => queue::run(ctx, cmd),
        Command::Record(cmd) => record::run(ctx, cmd),
        Command::RecordRule(cmd) => record_rule::run(ctx, cmd),
        Command::Mailbox(cmd) => mailbox::run(ctx, cmd),
        Command::ServerProfile(cmd) => server_profile::run(ctx, cmd),
        Command::Delegate(cmd) => delegate::run(ctx, cmd),
        Command::Folder(cmd) => folder::run(ctx, cmd),
        Command::InboxRule(cmd) => inbox_rule::run(ctx, cmd),
        Command::Alerts(cmd) => alerts::run(ctx, cmd),
        Command::Mail(MailCommand::Receive(args)) => mail::receive(ctx, &args),
        Command::Mail(MailCommand::Send(args)) => mail::send(ctx, &args),
        Command::Mail(MailCommand::Import(args)) => import::run_mail(ctx, &args),
        Command::Appointment(cmd) => mail::run_appointment(ctx, cmd),
        Command::Calendar(cmd) => import::run_calendar(ctx, cmd),
        Command::Task(cmd) => mail::run_task(ctx, cmd),
        Command::Contact(cmd) => mail::run_contact(ctx, cmd),
        Command::Item(cmd) => item::run(ctx, cmd),
        Command::Category(cmd) => item::run_category(ctx, cmd),
        Command::Activity(cmd) => activity::run(ctx, cmd),
        Command::Plugin(cmd) => activity::run_plugin(ctx, cmd),
        Command::Sync(args) => sync::run(ctx, &args),
        Command::Clock(cmd) => sync::run_clock(ctx, cmd),
        Command::Demo(args) => demo::run(ctx, &args),
        Command::Explain {
            target,
            message_id,
            recipients,
        } => explain::run(ctx, target.as_deref(), message_id.as_deref(), &recipients),
        Command::ThreadIndex(cmd) => thread_index::run(ctx, cmd),
        Command::Env(cmd) => env::run(ctx, cmd),
        Command::Auth(cmd) => auth::run(ctx, cmd),
        Command::Serve(args) => serve::run(ctx, &args),
        Command::WhatIf(args) => what_if::run(ctx, &args),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { command, install } => shell::man(&command, install.as_deref()),
    }
}

/// Ends the transaction of a change: committed with its note, or under `--dry-run` (which every
/// deleting command takes) rolled back after everything was done and shown, so a dry run prints
/// what the real run would. `note` is the command's sentence about what it did.
fn commit_deletion(ctx: &Context, tx: Transaction, dry_run: bool, note: &str) -> Result<()> {
    if dry_run {
        tx.rollback()?;
        ctx.out.note(&format!(
            "dry run, nothing was deleted; the real run: {note}"
        ));
    } else {
        tx.commit()?;
        ctx.out.note(note);
    }
    Ok(())
}

/// A deletion wider than the thing named (`what`, e.g. "every alert (12)") goes ahead with
/// `--yes` or once confirmed at a terminal; a script must say `--yes`. A dry run needs neither.
fn confirm_wide(confirm: Confirm, what: &str) -> Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    if confirm.yes || confirm.dry_run {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::new(
            Code::ConfirmationNeeded,
            format!(
                "this deletes {what}: add --yes to go ahead (--dry-run shows what goes); nothing was deleted"
            ),
        ));
    }
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "Delete {what}? [y/N] ");
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| {
            Error::new(
                Code::NotConfirmed,
                format!("no answer read ({e}); nothing was deleted"),
            )
        })?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Error::new(
            Code::NotConfirmed,
            "not confirmed; nothing was deleted",
        )),
    }
}

/// `mailbox fault ...` and `server-profile fault ...`: `target` finds where the fault goes
/// (and refuses, before anything changes, a direction it cannot break).
fn run_fault(
    ctx: &Context,
    cmd: FaultCommand,
    target: impl Fn(&Connection, &str, Option<FaultDirection>) -> Result<faults::On>,
) -> Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "mailbox_id",
        "profile_id",
        "direction",
        "permanent",
        "times",
    ];
    match cmd {
        FaultCommand::Add(args) => {
            if args.times.is_some_and(|n| n < 1) {
                return Err(Error::new(Code::InvalidTimes, "--times must be 1 or more"));
            }
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let on = target(&tx, &args.target, Some(args.direction))?;
            let fault = faults::add(&tx, on, args.direction, args.permanent, args.times)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "fault {}: {} {} errors from the next attempt",
                fault.id,
                args.direction,
                if args.permanent {
                    "permanent"
                } else {
                    "transient"
                }
            ));
            print_created(ctx, fault.id, &fault)
        }
        FaultCommand::List { target: reference } => {
            let store = ctx.open()?;
            let on = target(store.conn(), &reference, None)?;
            ctx.out.list(&faults::list(store.conn(), on)?, COLUMNS)
        }
        FaultCommand::Remove {
            target: reference,
            id,
        } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let on = target(&tx, &reference, None)?;
            faults::remove(&tx, on, id)?;
            tx.commit()?;
            ctx.out.note(&format!("removed fault {id}"));
            Ok(())
        }
    }
}

/// What `add` commands print: the new id alone in a table view, so `id=$(orgtrack ... add ...)`
/// works, and the whole new object as JSON.
fn print_created<T: Serialize>(ctx: &Context, id: i64, item: &T) -> Result<()> {
    ctx.out.text_or(&format!("{id}\n"), item)
}

/// Resolves every reference before anything changes; a thing named twice counts once.
fn resolve_all(
    conn: &Connection,
    references: &[String],
    resolve: impl Fn(&Connection, &str) -> Result<i64>,
) -> Result<Vec<i64>> {
    let mut ids: Vec<i64> = Vec::with_capacity(references.len());
    for reference in references {
        let id = resolve(conn, reference)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// `--limit N` of the list commands: 0 or more.
fn check_limit(limit: Option<i64>) -> Result<Option<i64>> {
    if limit.is_some_and(|n| n < 0) {
        return Err(Error::new(Code::InvalidLimit, "--limit must be 0 or more"));
    }
    Ok(limit)
}

/// `--after` names a row of the local state; a real environment pages with its own links.
fn after_is_local() -> Error {
    Error::new(
        Code::LocalOnly,
        "--after pages the local state only; with --env use --limit",
    )
}

/// Appointments, tasks and contacts land in Exchange whatever the mailbox's ACT method, but
/// only server-side sync tracks them: say so where it cannot (a queue never can).
fn warn_unless_act_syncs(ctx: &Context, mailbox: &Mailbox) {
    if mailbox.act_method != ActMethod::ServerSideSync {
        ctx.out.warn(&format!(
            "{} synchronizes appointments, contacts and tasks by method {}: the sync engine will not track them",
            mailbox.name, mailbox.act_method
        ));
    }
}

/// The org `init` (and `generate`) create: the version checked, the clock given or now.
pub struct OrgToCreate {
    pub name: String,
    pub version: String,
    pub clock: DateTime<Utc>,
}

impl OrgToCreate {
    pub fn from_args(args: &InitArgs) -> Result<OrgToCreate> {
        let version: Version = args.version.parse()?;
        let clock = match &args.clock {
            Some(text) => time::parse_user(text, Utc::now())?,
            None => Utc::now()
                .duration_trunc(TimeDelta::minutes(1))
                .expect("a minute divides any time"),
        };
        Ok(OrgToCreate {
            name: args.org.clone(),
            version: version.to_string(),
            clock,
        })
    }

    /// The clock is stored as text; keep it beside the org for `NewOrg` to borrow.
    pub fn as_new<'a>(&'a self, clock: &'a str) -> NewOrg<'a> {
        NewOrg {
            name: &self.name,
            version: &self.version,
            clock,
        }
    }
}

/// Removes the half-built states that killed runs of `init` or `generate` left beside `path`,
/// saying so.
/// A new state at `path` copied from the environment behind `client` (`init --from-env`,
/// `what-if --env`): read first, then written into a staging file renamed into place, so a
/// failure or an interruption leaves no state. Refused tables are warned about; rows the state
/// cannot hold are noted.
fn snapshot_into(
    ctx: &Context,
    client: remote::Client,
    path: &std::path::Path,
    force: bool,
    clock: DateTime<Utc>,
    records: u64,
) -> Result<(Store, remote::snapshot::Made)> {
    let source = client.host().to_string();
    let taken_at = Utc::now();
    // A bar over the tables when a person watches (stderr a terminal, not --quiet); a note per
    // table otherwise.
    let bar = progress_bar(
        ctx,
        remote::snapshot::tables(records),
        "{spinner} snapshot: {msg} {wide_bar} {pos}/{len} tables",
    );
    let copied = remote::snapshot::read(client, records, |table, rows| match &bar {
        Some(bar) => {
            bar.set_message(format!("{table}: {rows} rows"));
            bar.inc(1);
        }
        None => ctx.out.note(&format!("read {rows} rows of {table}")),
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let copied = copied?;
    let org = OrgToCreate {
        name: copied.name.clone(),
        version: copied.settings.version.to_string(),
        clock,
    };
    let clock = time::format(org.clock);
    let mut made = remote::snapshot::Made::default();
    let store = Store::create_with(path, force, &org.as_new(&clock), |conn| {
        crate::store::bulk::relax_durability(conn)?;
        made = remote::snapshot::write(conn, &copied, &clock)?;
        crate::store::org::set_origin(conn, &source, taken_at)
    })?;
    made.refused = copied.refused;
    for refused in &made.refused {
        ctx.out.warn(&format!("not copied: {refused}"));
    }
    for skipped in &made.skipped {
        ctx.out.note(&format!("skipped {skipped}"));
    }
    Ok((store, made))
}

fn remove_leftovers(ctx: &Context, path: &std::path::Path) -> Result<()> {
    for leftover in crate::store::remove_stale_staging(path)? {
        ctx.out.note(&format!(
            "removed {}, left by an interrupted init or generate",
            leftover.display()
        ));
    }
    Ok(())
}

/// Tells what was created: a note, and the record (with `extra` fields) on stdout.
fn created(
    ctx: &Context,
    store: &Store,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    let org = crate::store::org::load(store.conn())?;
    ctx.out.note(&format!(
        "created {} for org {} (version {})",
        store.path().display(),
        org.name,
        org.version
    ));
    let mut record = serde_json::json!({
        "state": store.path().display().to_string(),
        "org": org.name,
        "version": org.version,
        "clock": time::format(org.clock),
    });
    if let Some(map) = record.as_object_mut() {
        map.extend(extra);
    }
    ctx.out.record(&record)
}

/// Prints items in the item shape, in the order given: what the commands that create, change
/// or delete items show.
fn print_items(ctx: &Context, conn: &Connection, ids: &[i64]) -> Result<()> {
    let mut viewer = crate::view::item::Viewer::new(conn);
    let mut rows = ctx.out.stream(crate::view::item::COLUMNS);
    for id in ids {
        rows.row(&viewer.by_id(*id)?)?;
    }
    rows.finish()
}

/// The state file when neither `--state` nor `ORGTRACK_STATE` names one.
pub fn default_state_path() -> PathBuf {
    let data_home = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data_home.join("orgtrack").join("state.db")
}

/// A bar on stderr for a person watching a long run, drawn with `template`; none under
/// `--quiet` or when stderr is not a terminal (scripts and logs get no bar).
fn progress_bar(ctx: &Context, len: u64, template: &str) -> Option<indicatif::ProgressBar> {
    if ctx.out.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(indicatif::ProgressStyle::with_template(template).expect("valid template"));
    Some(bar)
}
