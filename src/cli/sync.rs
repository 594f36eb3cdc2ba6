//! The simulated clock and the sync cycles that run on it.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("how_long").args(["cycles", "until"])))]
pub struct SyncArgs {
    /// Number of cycles to run [default: 1]
    #[arg(long, value_name = "N", value_parser = super::whole_number::<u32>)]
    pub cycles: Option<u32>,
    /// Run cycles until the clock reaches TIME (like 2026-11-23 09:00 or +1d)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ClockCommand {
    /// Show the simulated time, the cycle interval and the cycles run so far
    #[command(after_help = "Examples:\n  orgtrack clock show")]
    Show,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Keep the demo org in this new state file (it must not exist)
    #[arg(long, value_name = "PATH")]
    pub keep: Option<PathBuf>,
}
