//! Command handlers: one module per group. They validate input, call the store (inside one
//! transaction per state change) and hand results to the renderer. They never write SQL.

mod init;
mod org;
mod settings;
mod shell;
mod thread_index;

use std::path::PathBuf;

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::output::Output;
use crate::store::Store;

pub struct Context {
    pub out: Output,
    state: Option<PathBuf>,
}

impl Context {
    pub fn new(out: Output, state: Option<PathBuf>) -> Self {
        Context { out, state }
    }

    /// `--state`, else `ORGTRACK_STATE` (both via clap), else the XDG data directory.
    pub fn state_path(&self) -> PathBuf {
        if let Some(path) = &self.state {
            return path.clone();
        }
        let data_home = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
            })
            .unwrap_or_else(|| PathBuf::from("."));
        data_home.join("orgtrack").join("state.db")
    }

    pub fn open(&self) -> Result<Store> {
        Store::open(&self.state_path())
    }
}

pub fn dispatch(cli: Cli, ctx: &Context) -> Result<()> {
    match cli.command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Org(cmd) => org::run(ctx, cmd),
        Command::Settings(cmd) => settings::run(ctx, cmd),
        Command::ThreadIndex(cmd) => thread_index::run(ctx, cmd),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man => shell::man(),
    }
}
