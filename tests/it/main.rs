//! The integration tests: one binary, one module per command group.

mod util;

mod alerts;
mod architecture;
mod automatic;
mod correlation;
mod deletion;
mod directory;
mod engine;
mod errors;
mod folder_tracking;
mod folders;
mod ids;
mod import;
mod import_cli;
mod inbox_rules;
mod mailboxes;
mod record_rules;
mod recurrence;
mod remote;
mod remote_client;
mod retries;
mod scale;
mod serve;
mod settings;
mod settings_changes;
mod settings_remote;
mod shell;
mod state;
mod tables;
mod thread_index;
mod times;
mod tokens;
mod tokens_cli;
mod tracking;
