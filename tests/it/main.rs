//! The integration tests: one binary, one module per command group.

#[allow(dead_code)] // helpers used by some test modules only
mod util;

mod import;
mod recurrence;
mod settings;
mod shell;
mod state;
mod thread_index;
