//! orgtrack: org settings, mailboxes and a server-side synchronization simulator for
//! Dynamics 365 / Dataverse administrators.

pub mod cli;
pub mod commands;
pub mod correlate;
pub mod engine;
pub mod error;
pub mod import;
pub mod input;
pub mod model;
pub mod output;
pub mod remote;
pub mod serve;
pub mod settings;
pub mod store;
pub mod synth;
pub mod time;
pub mod version;
pub mod view;

use std::process::ExitCode;

use crate::output::{Format, Output};

/// Parses the arguments, runs the command and turns its outcome into the exit code.
pub fn run() -> ExitCode {
    // `COMPLETE=bash orgtrack ...`: a shell asking for candidates; answered, then exit.
    clap_complete::CompleteEnv::with_factory(commands::shell::completing_command)
        .var(commands::shell::COMPLETE_VARIABLE)
        .complete();
    let parsed = cli::command().try_get_matches().and_then(|matches| {
        let cli = <cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches)?;
        Ok((cli, cli::path_of(&matches)))
    });
    let (cli, path) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => return usage_error(err),
    };
    let format = if cli.global.json {
        Format::Json
    } else {
        cli.global.format
    };
    let tables = output::TableOptions {
        wide: cli.global.wide,
        columns: cli.global.columns.clone(),
    };
    let out = Output::with_tables(format, cli.global.quiet, cli.global.color, tables);
    let target = cli.global.env.clone().map(|env| remote::Target {
        env,
        ca_cert: cli.global.ca_cert.clone(),
    });
    let ctx = commands::Context::new(out.clone(), cli.global.state.clone(), target)
        .with_ca_cert(cli.global.ca_cert.clone());
    match commands::dispatch(cli, &path, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == error::ExitKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            out.error(&err);
            ExitCode::from(err.exit_code())
        }
    }
}

/// Usage errors come from clap before the options are known; under `--json` (or `--format
/// json|ndjson`) they are JSON on stderr like every other error. Help and version are not errors.
fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().enumerate().any(|(i, arg)| {
        arg == "--json"
            || matches!(arg.as_str(), "--format=json" | "--format=ndjson")
            || (arg == "--format"
                && args
                    .get(i + 1)
                    .is_some_and(|f| f == "json" || f == "ndjson"))
    });
    let informational = matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if !json || informational {
        err.exit();
    }
    // clap's text without its usage and help hints: the lines before the first blank one.
    let text = err.to_string();
    let message = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(|line| line.trim().trim_start_matches("error: "))
        .collect::<Vec<_>>()
        .join(" ");
    let doc = serde_json::json!({"error": {
        "code": error::Code::Usage,
        "message": message,
        "exit_code": error::ExitKind::Usage as u8,
    }});
    eprintln!("{doc}");
    ExitCode::from(error::ExitKind::Usage as u8)
}
