//! Shell integration: completion scripts and the man page, both generated from the clap model
//! so they never drift from the real options.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Result;
use crate::output::write_stdout;

pub fn completions(shell: Shell) -> Result<()> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "orgtrack", &mut buffer);
    write_stdout(&String::from_utf8_lossy(&buffer))
}

pub fn man() -> Result<()> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buffer)?;
    write_stdout(&String::from_utf8_lossy(&buffer))
}
