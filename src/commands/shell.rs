//! Shell integration: completion scripts and the man page, both generated from the clap model
//! so they never drift from the real options.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::{Arg, Command};
use clap_complete::Shell;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

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
        .write_registration(
            COMPLETE_VARIABLE,
            "orgtrack",
            "orgtrack",
            "orgtrack",
            &mut buffer,
        )
        .map_err(Error::stdout)?;
    write_stdout(&String::from_utf8_lossy(&buffer))
}

/// The command line as completion sees it: every argument that names something of the state
/// (a setting, user, mailbox, queue, folder or item) offers those names.
pub fn completing_command() -> Command {
    with_completers(crate::cli::command(), &[])
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
        (_, Some("PROFILE")) | ("profile", _) => Names::Profiles,
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
    if words
        .iter()
        .any(|w| w == "--env" || w.to_string_lossy().starts_with("--env="))
    {
        return Vec::new();
    }
    let state = state_named(&words)
        .or_else(|| {
            std::env::var_os("ORGTRACK_STATE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
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
    let text: Vec<String> = words
        .iter()
        .map(|w| w.to_string_lossy().into_owned())
        .collect();
    text.iter().enumerate().find_map(|(i, word)| {
        if word == "--state" {
            text.get(i + 1).map(PathBuf::from)
        } else {
            word.strip_prefix("--state=").map(PathBuf::from)
        }
    })
}

/// `orgtrack man [COMMAND...]`: the page of the top command or of any command below it;
/// with `install`, every page into that directory instead (printing the files written).
pub fn man(words: &[String], install: Option<&Path>) -> Result<()> {
    let top = crate::cli::command().disable_help_subcommand(true);
    if let Some(dir) = install {
        return install_pages(&top, dir);
    }
    let mut command = &top;
    for word in words {
        command = command
            .get_subcommands()
            .find(|sub| sub.get_name() == word || sub.get_all_aliases().any(|a| a == word))
            .ok_or_else(|| {
                let known: Vec<&str> = command.get_subcommands().map(Command::get_name).collect();
                Error::new(
                    Code::Usage,
                    format!(
                        "man: '{}' has no command '{word}'; it has: {}",
                        command.get_bin_name().unwrap_or("orgtrack"),
                        known.join(", ")
                    ),
                )
            })?;
    }
    write_stdout(&page(command, words.is_empty())?)
}

/// One roff page. The top page adds what concerns every command (environment, files, exit
/// status, examples); a command's page shows its examples (`after_help`) as EXAMPLES.
fn page(command: &Command, top: bool) -> Result<String> {
    // A command's page leaves the global options to the top page, where they are listed once.
    let shown = if top {
        command.clone()
    } else {
        command.clone().mut_args(|arg| {
            if arg.is_global_set() {
                arg.hide(true)
            } else {
                arg
            }
        })
    };
    let man = clap_mangen::Man::new(shown)
        .source(format!("orgtrack {}", env!("CARGO_PKG_VERSION")))
        .manual("orgtrack manual");
    let mut buffer = Vec::new();
    let rendered = if top {
        // Rendered section by section: the top command's `after_help` (the exit codes in
        // short) would repeat EXIT STATUS.
        man.render_title(&mut buffer)
            .and_then(|()| man.render_name_section(&mut buffer))
            .and_then(|()| man.render_synopsis_section(&mut buffer))
            .and_then(|()| man.render_description_section(&mut buffer))
            .and_then(|()| man.render_options_section(&mut buffer))
            .and_then(|()| man.render_subcommands_section(&mut buffer))
    } else {
        man.render(&mut buffer)
    };
    rendered.map_err(|e| {
        Error::new(Code::Internal, format!("cannot render the man page: {e}")).because(e)
    })?;
    let mut text = String::from_utf8_lossy(&buffer)
        .replace(".SH SUBCOMMANDS", ".SH COMMANDS")
        // A command's `after_help` is its examples, headed "Examples:" for --help.
        .replace(".SH EXTRA\nExamples:\n", ".SH EXAMPLES\n")
        .replace(".SH EXTRA", ".SH EXAMPLES");
    if !top {
        text.push_str(GLOBAL_OPTIONS);
    }
    if top {
        text.push_str(ENVIRONMENT);
        text.push_str(FILES);
        text.push_str(EXIT_STATUS);
        text.push_str(EXAMPLES);
    }
    Ok(text)
}

/// Writes the page of every command (`orgtrack.1`, `orgtrack-settings.1`,
/// `orgtrack-settings-get.1`...) into `dir`, which must exist, and lists the files on stdout.
fn install_pages(top: &Command, dir: &Path) -> Result<()> {
    if !dir.is_dir() {
        return Err(Error::new(
            Code::FileNotFound,
            format!("man --install: {} is not a directory", dir.display()),
        ));
    }
    let mut written = Vec::new();
    let mut pending = vec![(top, true)];
    while let Some((command, is_top)) = pending.pop() {
        let name = command.get_display_name().unwrap_or(command.get_name());
        let path = dir.join(format!("{name}.1"));
        std::fs::write(&path, page(command, is_top)?).map_err(|e| Error::io(&path, e))?;
        written.push(path.display().to_string());
        pending.extend(
            command
                .get_subcommands()
                .filter(|sub| !sub.is_hide_set())
                .map(|sub| (sub, false)),
        );
    }
    written.sort();
    write_stdout(&format!("{}\n", written.join("\n")))
}

const GLOBAL_OPTIONS: &str = r#".SH "GLOBAL OPTIONS"
\fB--state\fR, \fB--format\fR, \fB--json\fR, \fB--wide\fR, \fB--columns\fR, \fB--quiet\fR
and \fB--color\fR work with every command, \fB--env\fR and \fB--ca-cert\fR with the commands
that work on a real environment: see \fBorgtrack\fR(1).
"#;

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBORGTRACK_STATE\fR
the state file, as \fB--state\fR
.TP
\fBORGTRACK_TOKEN\fR
a bearer token for \fB--env\fR; wins over any sign-in profile
.TP
\fBORGTRACK_TENANT_ID\fR, \fBORGTRACK_CLIENT_ID\fR, \fBORGTRACK_CLIENT_SECRET\fR
an app registration's client-credentials sign-in for \fB--env\fR
.TP
\fBORGTRACK_CERTIFICATE_PASSWORD\fR
the password of a PFX file given to \fBauth login --certificate\fR
.TP
\fBORGTRACK_AUTHORITY\fR
the identity platform (default https://login.microsoftonline.com)
.TP
\fBORGTRACK_CA_CERT\fR
a PEM file of CA certificates to trust besides the system's, as \fB--ca-cert\fR
.TP
\fBORGTRACK_TIMEOUT\fR
seconds to wait for an answer of an environment (default 60)
.TP
\fBORGTRACK_MAX_PAGES\fR
the most pages one remote listing follows (default 10000)
.TP
\fBCOLUMNS\fR
the width tables fit, piped or not
.TP
\fBNO_COLOR\fR
no colour under \fB--color auto\fR
.TP
\fBXDG_DATA_HOME\fR, \fBXDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME\fR
where the files below live
"#;

const FILES: &str = r#".SH FILES
.TP
\fB$XDG_DATA_HOME/orgtrack/state.db\fR
the default state file (~/.local/share/orgtrack/state.db)
.TP
\fB$XDG_DATA_HOME/orgtrack/journal/\fR\fIHOST\fR\fB.jsonl\fR
the settings journal of each environment changed with \fB--env\fR
.TP
\fB$XDG_CONFIG_HOME/orgtrack/config.toml\fR
named environments (\fBorgtrack env add\fR)
.TP
\fB$XDG_STATE_HOME/orgtrack/auth.json\fR
sign-in profiles and their tokens, readable by their owner only
"#;

const EXAMPLES: &str = r#".SH EXAMPLES
.TP
\fBorgtrack demo\fR
a tour of category tracking on a new org
.TP
\fBorgtrack init && orgtrack settings set TrackCategorizedItems false\fR
a new state, then one setting changed
.TP
\fBorgtrack --env prod settings diff --against dev --exit-code\fR
compare two environments' settings in CI
.TP
\fBorgtrack man --install ~/.local/share/man/man1\fR
install every page
"#;

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
