//! The integration tests: one binary, one module per command group.

mod util;

mod alerts;
mod deletion;
mod directory;
mod engine;
mod folders;
mod mailboxes;
mod retries;
mod settings;
mod shell;
mod state;
mod tokens;
mod tracking;
