//! The integration tests: one binary, one module per command group.

#[allow(dead_code)] // helpers used by some test modules only
mod util;

mod alerts;
mod directory;
mod folders;
mod mailboxes;
mod remote;
mod settings;
mod shell;
mod state;
mod tokens;
