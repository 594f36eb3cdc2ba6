//! The integration tests: one binary, one module per command group.

mod util;

mod alerts;
mod deletion;
mod directory;
mod engine;
mod folders;
mod import;
mod mailboxes;
mod recurrence;
mod remote;
mod retries;
mod scale;
mod settings;
mod shell;
mod state;
mod thread_index;
mod tokens;
mod tracking;
