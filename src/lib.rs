//! orgtrack: org settings, mailboxes and a server-side synchronization simulator for
//! Dynamics 365 / Dataverse administrators.

pub mod cli;
pub mod commands;
pub mod correlate;
pub mod engine;
pub mod error;
pub mod import;
pub mod model;
pub mod output;
pub mod remote;
pub mod serve;
pub mod settings;
pub mod store;
pub mod synth;
pub mod time;
pub mod version;

use std::process::ExitCode;

use clap::Parser;

use crate::output::{Format, Output};

/// Parses the arguments, runs the command and turns its outcome into the exit code.
pub fn run() -> ExitCode {
    let cli = cli::Cli::parse();
    let format = if cli.global.json {
        Format::Json
    } else {
        cli.global.format
    };
    let out = Output::new(format, cli.global.quiet, cli.global.color);
    let target = cli.global.env.clone().map(|env| remote::Target {
        env,
        ca_cert: cli.global.ca_cert.clone(),
    });
    let ctx = commands::Context::new(out.clone(), cli.global.state.clone(), target);
    match commands::dispatch(cli, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind == error::ExitKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            out.error(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
