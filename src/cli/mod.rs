//! Command-line structure (clap derive only; no logic). One file per command group.

pub mod activity;
pub mod alerts;
pub mod auth;
pub mod delegate;
pub mod env;
pub mod folder;
pub mod generate;
pub mod inbox_rule;
pub mod item;
pub mod mail;
pub mod mailbox;
pub mod queue;
pub mod record;
pub mod record_rule;
pub mod serve;
pub mod server_profile;
pub mod settings;
pub mod sync;
pub mod thread_index;
pub mod token;
pub mod user;
pub mod what_if;

#[cfg(test)]
mod help_check;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

use crate::output::{ColorChoice, Format};

/// Toggle Dynamics 365 / Dataverse org settings, inspect mailboxes and alerts, and simulate
/// server-side synchronization email tracking.
#[derive(Debug, Parser)]
#[command(name = "orgtrack", version, max_term_width = 100)]
#[command(
    after_help = "Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 invalid value, \
5 conflict, 6 remote unavailable or rejected, 7 state file unusable."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands (and groups of commands) that also work on a real environment with `--env`.
/// On every other command the option is refused, and hidden from its help, man page and
/// completion.
pub const REMOTE_COMMANDS: &[&str] = &[
    "settings",
    "auth",
    "mailbox list",
    "mailbox show",
    "mailbox set",
    "mailbox approve",
    "mailbox test-enable",
    "mailbox disable",
    "mailbox enable",
    "mailbox reset-after-copy",
    "alerts list",
    "what-if",
    "explain",
];

/// Whether the command at `path` (`"alerts list"`) works with `--env`.
pub fn works_remotely(path: &str) -> bool {
    REMOTE_COMMANDS.iter().any(|remote| {
        path == *remote
            || path
                .strip_prefix(remote)
                .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The command line as people and the parser see it: the derive's, with `--env` (and
/// `--ca-cert`, which only serves it) hidden on the commands that refuse it.
pub fn command() -> clap::Command {
    let mut top = <Cli as clap::CommandFactory>::command();
    top.build();
    top.mut_subcommands(|sub| hide_env_where_refused(sub, ""))
}

fn hide_env_where_refused(command: clap::Command, parent: &str) -> clap::Command {
    let path = if parent.is_empty() {
        command.get_name().to_string()
    } else {
        format!("{parent} {}", command.get_name())
    };
    let is_remote = works_remotely(&path);
    let has_env = command.get_arguments().any(|arg| arg.get_id() == "env");
    let command = if has_env
        && !is_remote
        && !REMOTE_COMMANDS
            .iter()
            .any(|r| r.starts_with(&format!("{path} ")))
    {
        // In place: `mut_arg` would move the option to the end, which the parser of a built
        // command does not expect.
        command.mut_args(|arg| {
            if matches!(arg.get_id().as_str(), "env" | "ca_cert") {
                arg.hide(true)
            } else {
                arg
            }
        })
    } else {
        command
    };
    command.mut_subcommands(|sub| hide_env_where_refused(sub, &path))
}

/// The command path the user typed (`"alerts list"`), from what the parser matched.
pub fn path_of(matches: &clap::ArgMatches) -> String {
    let mut words = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        words.push(name.to_string());
        current = sub;
    }
    words.join(" ")
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// State file [default: $XDG_DATA_HOME/orgtrack/state.db]
    #[arg(
        long,
        global = true,
        env = "ORGTRACK_STATE",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub state: Option<PathBuf>,
    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Same as --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Tables: show every column at full width, whatever the terminal's width
    #[arg(long, global = true)]
    pub wide: bool,
    /// Table and CSV columns: these fields, in this order (any field of the JSON rows)
    #[arg(long, global = true, value_name = "FIELD,...", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Print data only: no notes or progress on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Work on a real environment (a URL, a name from `orgtrack env list` or a sign-in profile)
    /// instead of the state file: settings, mailbox, alerts list, what-if. Credentials come from
    /// ORGTRACK_TOKEN, a sign-in profile (`orgtrack auth login`), or ORGTRACK_TENANT_ID,
    /// ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET
    #[arg(long, global = true, value_name = "URL|NAME")]
    pub env: Option<String>,
    /// Also trust the CA certificates in this PEM file for --env
    #[arg(
        long,
        global = true,
        env = "ORGTRACK_CA_CERT",
        hide_env_values = true,
        value_name = "PEM"
    )]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new state file holding an empty org, or a copy of a real environment's org
    #[command(
        after_help = "Examples:\n  orgtrack init --org Contoso --version 9.2.25101.0 --clock 2026-11-21T09:00:00Z\n  orgtrack --state test.db init --force\n  orgtrack --state prod.db init --from-env https://contoso.crm.dynamics.com --records 500"
    )]
    Init(InitCommand),
    /// Create a new state file holding a large synthetic org, ready for `sync`
    #[command(
        after_help = "Examples:\n  orgtrack generate --users 100 --queues 5 --emails-per-mailbox 100 --threads --force\n  orgtrack --state bench.db generate --users 200 --emails-per-mailbox 50 --categorized 10 --seed 7"
    )]
    Generate(generate::GenerateArgs),
    /// Show or change the org itself
    #[command(subcommand)]
    Org(OrgCommand),
    /// List, get, set, reset, describe, export, import and diff org settings
    #[command(subcommand)]
    Settings(settings::SettingsCommand),
    /// Read tracking tokens in email subjects
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Add, list, show and change users, each with a mailbox
    #[command(subcommand)]
    User(user::UserCommand),
    /// Add, list, show and change queues, each with an owner and a mailbox
    #[command(subcommand)]
    Queue(queue::QueueCommand),
    /// Manage the Dynamics records that email resolves to and activities are regarding
    #[command(subcommand)]
    Record(record::RecordCommand),
    /// Manage the automatic record creation and update rules of queues: email to cases, leads, ...
    #[command(subcommand)]
    RecordRule(record_rule::RecordRuleCommand),
    /// Set up mailboxes: methods, approval, Test & Enable, enabled
    #[command(subcommand)]
    Mailbox(mailbox::MailboxCommand),
    /// Manage email server profiles: how mailboxes reach their email server
    #[command(subcommand)]
    ServerProfile(server_profile::ServerProfileCommand),
    /// Let users act in a mailbox, or stop them
    #[command(subcommand)]
    Delegate(delegate::DelegateCommand),
    /// Manage the Exchange folders of a mailbox and their tracking rules
    #[command(subcommand)]
    Folder(folder::FolderCommand),
    /// Manage Outlook inbox rules: categorize or move mail as it arrives
    #[command(subcommand)]
    InboxRule(inbox_rule::InboxRuleCommand),
    /// List, show and clear mailbox and org alerts
    #[command(subcommand)]
    Alerts(alerts::AlertsCommand),
    /// Exchange side: receive, send or import email
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Exchange side: add calendar appointments and recurring series
    #[command(subcommand)]
    Appointment(mail::AppointmentCommand),
    /// Exchange side: import calendars (.ics)
    #[command(subcommand)]
    Calendar(mail::CalendarCommand),
    /// Exchange side: add tasks
    #[command(subcommand)]
    Task(mail::TaskCommand),
    /// Exchange side: add contacts
    #[command(subcommand)]
    Contact(mail::ContactCommand),
    /// Items in mailboxes: list, show, categorize, move, delete, track and untrack
    #[command(subcommand)]
    Item(item::ItemCommand),
    /// List, rename and delete the categories of a mailbox's master list
    #[command(subcommand)]
    Category(item::CategoryCommand),
    /// List, show and change the Dynamics 365 activities created by tracking
    #[command(subcommand)]
    Activity(activity::ActivityCommand),
    /// Register customer plugins that make activity creation fail
    #[command(subcommand)]
    Plugin(activity::PluginCommand),
    /// Run sync cycles (each advances the simulated clock by the cycle interval)
    #[command(
        after_help = "Examples:\n  orgtrack sync\n  orgtrack sync --cycles 3\n  orgtrack sync --until +1d"
    )]
    Sync(sync::SyncArgs),
    /// Show the simulated clock
    #[command(subcommand)]
    Clock(sync::ClockCommand),
    /// Explain why an item was or was not tracked: an item id (5 or item:5), activity:ID, or
    /// with --env an email:GUID; --message-id finds the email by its Message-ID
    #[command(
        after_help = "Examples:\n  orgtrack explain item:1\n  orgtrack explain activity:1\n  orgtrack --env contoso explain --message-id '<offer-1@fabrikam.com>' \\\n    --recipient sam@contoso.com"
    )]
    Explain {
        /// An item id (5 or item:5), an activity id (activity:5), or with --env an email
        /// activity (email:GUID)
        #[arg(
            value_name = "ITEM|activity:ID|email:GUID",
            required_unless_present = "message_id",
            conflicts_with = "message_id"
        )]
        target: Option<String>,
        /// The email's Message-ID (as in its header)
        #[arg(long, value_name = "ID")]
        message_id: Option<String>,
        /// With --env and a Message-ID Dynamics 365 does not have: a recipient whose mailbox to
        /// check for what would stop it (repeatable)
        #[arg(long = "recipient", value_name = "ADDRESS", requires = "message_id")]
        recipients: Vec<String>,
    },
    /// Tell the story of category tracking on a throw-away org
    #[command(after_help = "Examples:\n  orgtrack demo\n  orgtrack demo --keep demo.db")]
    Demo(sync::DemoArgs),
    /// Decode Outlook Thread-Index header values
    #[command(subcommand)]
    ThreadIndex(thread_index::ThreadIndexCommand),
    /// Name real environments for --env
    #[command(subcommand)]
    Env(env::EnvCommand),
    /// Sign in to real environments: named profiles whose tokens --env uses
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client
    #[command(
        after_help = "Examples:\n  orgtrack serve --token-file token.txt\n  orgtrack serve --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem \\\n    --public-url https://orgtrack.contoso.com:8443\n  orgtrack serve --listen 127.0.0.1:0 --max-page-size 500"
    )]
    Serve(serve::ServeArgs),
    WhatIf(what_if::WhatIfArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  orgtrack completions bash > ~/.local/share/bash-completion/completions/orgtrack\n  orgtrack completions fish | source\n  orgtrack completions powershell | Out-String | Invoke-Expression"
    )]
    Completions {
        /// The shell the script is for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff) of orgtrack or of one command, or install them all
    #[command(
        after_help = "Examples:\n  orgtrack man | man -l -\n  orgtrack man settings set\n  orgtrack man --install ~/.local/share/man/man1"
    )]
    Man {
        /// The command whose page to print, e.g. `settings get` [default: orgtrack itself]
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
        /// Write every page (orgtrack.1, orgtrack-settings.1, ...) into this directory
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        install: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct InitCommand {
    #[command(flatten)]
    pub init: InitArgs,
    #[command(flatten)]
    pub snapshot: FromEnvArgs,
}

#[derive(Debug, Args)]
pub struct FromEnvArgs {
    /// Copy the org of a real environment (a URL or a name from `orgtrack env list`): name,
    /// version, settings, email server profiles, enabled users, queues, mailboxes, folder
    /// tracking rules and records. Mail, activities and alerts are not copied
    #[arg(long, value_name = "URL|NAME", conflicts_with_all = ["org", "version"])]
    pub from_env: Option<String>,
    /// With --from-env: copy at most N accounts, N contacts and N leads (0: none)
    #[arg(long, value_name = "N", default_value_t = 1000, requires = "from_env")]
    pub records: u64,
    /// With --from-env: exit 1 when the environment refused a table (the rest is still copied)
    #[arg(long, requires = "from_env")]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Organization name
    #[arg(long, default_value = "Contoso")]
    pub org: String,
    /// Organization version (four numbers); decides which settings apply and their defaults
    #[arg(long, default_value = "9.2.25101.0")]
    pub version: String,
    /// Start of the simulated clock (like 2026-11-21 09:00 or yesterday) [default: now, to the
    /// minute]
    #[arg(long, value_name = "TIME")]
    pub clock: Option<String>,
    /// Replace an existing state file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Show the org's name, version, clock, cycle interval and counts
    #[command(after_help = "Examples:\n  orgtrack org show\n  orgtrack --json org show")]
    Show,
    /// Change the org version (settings defaults and applicability follow it)
    #[command(
        after_help = "Examples:\n  orgtrack org set-version 9.2.25101.0\n  orgtrack org set-version 9.1.0.4039"
    )]
    SetVersion {
        /// Organization version: four numbers, like 9.2.25101.0
        version: String,
    },
}

/// Id arguments take the number or the `KIND:ID` form `explain` and histories print
/// (`item show item:5`); anything else is refused in words, never with a parser's message.
fn id_of(kind: &str, text: &str) -> Result<i64, String> {
    let number = match text.split_once(':') {
        Some((given, number)) if given.trim().eq_ignore_ascii_case(kind) => number,
        Some(_) => {
            return Err(format!(
                "expected an {kind} id: a number like 5, or {kind}:5"
            ));
        }
        None => text,
    };
    number
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id >= 0)
        .ok_or_else(|| format!("expected an {kind} id: a number like 5, or {kind}:5"))
}

/// `--dry-run` of every command that deletes.
#[derive(Debug, Clone, Copy, Args)]
pub struct DryRun {
    /// Show what would be deleted, and delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `--dry-run` and `--yes` of the commands that may delete more than the thing named.
#[derive(Debug, Clone, Copy, Args)]
pub struct Confirm {
    /// Show what would be deleted, and delete nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete without asking (needed when not at a terminal)
    #[arg(long)]
    pub yes: bool,
}

/// Count and number options (`--limit N`, `--cycles N`...): refused in words, with what is
/// expected, never with the parser's "invalid digit found in string".
pub fn whole_number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.trim()
        .parse::<T>()
        .map_err(|_| "expected a whole number like 10".to_string())
}

pub fn item_id(text: &str) -> Result<i64, String> {
    id_of("item", text)
}

pub fn activity_id(text: &str) -> Result<i64, String> {
    id_of("activity", text)
}

pub fn alert_id(text: &str) -> Result<i64, String> {
    id_of("alert", text)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_model_is_consistent() {
        super::Cli::command().debug_assert();
    }

    /// clap hands a global option's value to every subcommand under its id, so a subcommand
    /// argument with the same id (`state`, `format`, ...) panics at run time when read.
    #[test]
    fn no_subcommand_argument_shadows_a_global_option() {
        fn walk(cmd: &clap::Command, globals: &[String], path: &str, found: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if globals.iter().any(|g| g == arg.get_id().as_str()) {
                    found.push(format!("{path}: {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, globals, &format!("{path} {}", sub.get_name()), found);
            }
        }
        let root = super::Cli::command();
        let globals: Vec<String> = root
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().to_string())
            .collect();
        let mut found = Vec::new();
        for sub in root.get_subcommands() {
            walk(sub, &globals, sub.get_name(), &mut found);
        }
        assert!(
            found.is_empty(),
            "arguments shadowing global options: {found:?}"
        );
    }
}
