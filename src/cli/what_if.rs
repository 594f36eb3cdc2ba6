use std::path::PathBuf;

use clap::{ArgGroup, Args};

/// Ask "what if": run the simulation twice from the current state, as it is and with other
/// settings, over the same pending work, messages and cycles, and list what would differ.
/// The state is not changed. Exits 1 when something differs.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).multiple(true).args(["changes", "from_file"])))]
#[command(
    after_help = "Examples:\n  orgtrack what-if TrackCategorizedItems=false\n  \
orgtrack what-if --from-file new.toml --cycles 3\n  \
orgtrack --env prod what-if ignoreinternalemail=true --mail inbox.mbox --mailbox alex@contoso.com"
)]
pub struct WhatIfArgs {
    /// A setting of the second run: NAME=VALUE (any case; values as `settings set` takes them)
    #[arg(value_name = "SETTING=VALUE")]
    pub changes: Vec<String>,
    /// Take the second run's settings from this file too (toml, json or xml, as `settings import`)
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Sync cycles each run goes through, 1 to 100
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub cycles: u32,
    /// Messages (.eml or mbox files, or folders of them) that arrive before the cycles, in both runs
    #[arg(long, value_name = "PATH")]
    pub mail: Vec<PathBuf>,
    /// The mailboxes whose Inbox those messages land in [default: each internal recipient's]
    #[arg(long, value_name = "MAILBOX", requires = "mail")]
    pub mailbox: Vec<String>,
}
