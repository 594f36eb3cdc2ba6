//! The integration tests: one binary, one module per command group.

mod util;

mod settings;
mod shell;
mod state;
