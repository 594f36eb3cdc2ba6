//! The integration tests: one binary, one module per command group.

mod util;

mod alerts;
mod directory;
mod folders;
mod mailboxes;
mod settings;
mod shell;
mod state;
mod tokens;
