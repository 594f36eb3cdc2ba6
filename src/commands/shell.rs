//! Shell integration: completion scripts and the man page, both generated from the clap model
//! so they never drift from the real options.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, Command, CommandFactory};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Code, Error, Result};
use crate::output::write_stdout;
use crate::settings::catalog::Catalog;
use crate::store::completion::{Names, candidates};

/// The variable that turns a run of orgtrack into a completion request (`COMPLETE=bash`).
pub const COMPLETE_VARIABLE: &str = "COMPLETE";

/// The script a shell sources once: it asks orgtrack itself for candidates at every <TAB>, so
/// names come from the current state and options from this very binary.
pub fn completions(shell: Shell) -> Result<()> {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        Shell::Elvish => &Elvish,
        _ => {
            return Err(Error::new(
                Code::InvalidValue,
                "completions: use bash, zsh, fish, powershell or elvish",
            ));
        }
    };
    let mut buffer = Vec::new();
    completer
        .write_registration(COMPLETE_VARIABLE, "orgtrack", "orgtrack", "orgtrack", &mut buffer)
        .map_err(Error::stdout)?;
    write_stdout(&String::from_utf8_lossy(&buffer))
}

/// The command line as completion sees it: every argument that names something of the state
/// (a setting, user, mailbox, queue, folder or item) offers those names.
pub fn completing_command() -> Command {
    with_completers(Cli::command(), &[])
}

fn with_completers(command: Command, parents: &[String]) -> Command {
    let mut path = parents.to_vec();
    path.push(command.get_name().to_string());
    let group = path.get(1).cloned();
    command
        .mut_args(|arg| match names_of(group.as_deref(), &arg) {
            Some(completer) => arg.add(completer),
            None => arg,
        })
        .mut_subcommands(|sub| with_completers(sub, &path))
}

/// Which names an argument takes, by its id or value name (the same words name the same
/// things in every command group).
fn names_of(group: Option<&str>, arg: &Arg) -> Option<ArgValueCandidates> {
    let id = arg.get_id().as_str();
    let value_name = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.as_str());
    if group == Some("settings") && matches!(id, "name" | "names") {
        return Some(ArgValueCandidates::new(setting_names));
    }
    let names = match (id, value_name) {
        (_, Some("USER")) | ("user" | "users" | "owner" | "as_user", _) => Names::Users,
        (_, Some("MAILBOX")) | ("mailbox" | "mailboxes", _) => Names::Mailboxes,
        (_, Some("QUEUE")) | ("queue" | "queues", _) => Names::Queues,
        (_, Some("ITEM")) | ("item" | "items", _) => Names::Items,
        ("folder", _) => Names::Folders,
        _ => return None,
    };
    Some(ArgValueCandidates::new(move || state_names(names)))
}

fn setting_names() -> Vec<CompletionCandidate> {
    Catalog::get()
        .definitions()
        .iter()
        .map(|def| CompletionCandidate::new(&def.name).help(Some(def.description.clone().into())))
        .collect()
}

/// Names from the state the command line being completed names. With `--env` the names
/// would be the environment's, which completion does not ask for over the network: none.
fn state_names(names: Names) -> Vec<CompletionCandidate> {
    let words: Vec<OsString> = std::env::args_os().collect();
    if words.iter().any(|w| w == "--env" || w.to_string_lossy().starts_with("--env=")) {
        return Vec::new();
    }
    let state = state_named(&words)
        .or_else(|| std::env::var_os("ORGTRACK_STATE").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(super::default_state_path);
    candidates(&state, names)
        .into_iter()
        .map(|(value, help)| {
            let candidate = CompletionCandidate::new(value);
            if help.is_empty() {
                candidate
            } else {
                candidate.help(Some(help.into()))
            }
        })
        .collect()
}

/// The value of `--state PATH` or `--state=PATH` among the words being completed.
fn state_named(words: &[OsString]) -> Option<PathBuf> {
    let text: Vec<String> = words.iter().map(|w| w.to_string_lossy().into_owned()).collect();
    text.iter().enumerate().find_map(|(i, word)| {
        if word == "--state" {
            text.get(i + 1).map(PathBuf::from)
        } else {
            word.strip_prefix("--state=").map(PathBuf::from)
        }
    })
}

pub fn man() -> Result<()> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buffer)
        .map_err(|e| {
            Error::new(Code::Internal, format!("cannot render the man page: {e}")).because(e)
        })?;
    let mut page = String::from_utf8_lossy(&buffer).into_owned();
    page.push_str(EXIT_STATUS);
    write_stdout(&page)
}

/// The exit-code contract, also in the README.
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
success (also when the reader of stdout closes the pipe early)
.TP
\fB1\fR
failure (including `settings diff --exit-code` finding differences)
.TP
\fB2\fR
usage error: unknown command or option, missing argument
.TP
\fB3\fR
not found: unknown setting, mailbox, user, item or file
.TP
\fB4\fR
invalid value: wrong type, out of range, not applicable, ambiguous name
.TP
\fB5\fR
conflict: state file busy, already exists, remote row changed meanwhile
.TP
\fB6\fR
remote environment unavailable or request rejected
.TP
\fB7\fR
state file unusable: missing, corrupt, not an orgtrack state, newer schema
"#;
