//! The integration tests: one binary, one module per command group.

mod util;

mod alerts;
mod directory;
mod folders;
mod import;
mod mailboxes;
mod recurrence;
mod settings;
mod shell;
mod state;
mod thread_index;
mod tokens;
