//! Shell integration: completion scripts and the man page, both generated from the clap model
//! so they never drift from the real options.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Code, Error, Result};
use crate::output::write_stdout;

pub fn completions(shell: Shell) -> Result<()> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "orgtrack", &mut buffer);
    write_stdout(&String::from_utf8_lossy(&buffer))
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
