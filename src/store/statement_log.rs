//! For the query-plan test (`tests/it/query_plans.rs`): with `ORGTRACK_TEST_SQL_LOG=FILE` set,
//! every statement the store runs is appended to FILE, one line per execution, exactly as the
//! code prepared it (parameters unbound). The test replays them under `EXPLAIN QUERY PLAN`, so
//! the statements it checks are the ones the commands really run, never copies.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::{Mutex, OnceLock};

use rusqlite::Connection;
use rusqlite::trace::{TraceEvent, TraceEventCodes};

const VARIABLE: &str = "ORGTRACK_TEST_SQL_LOG";

static LOG: OnceLock<Option<Mutex<File>>> = OnceLock::new();

/// Starts logging the statements of `conn` when the variable names a file.
pub fn attach(conn: &Connection) {
    let log = LOG.get_or_init(|| {
        let path = std::env::var_os(VARIABLE)?;
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok()?;
        Some(Mutex::new(file))
    });
    if log.is_some() {
        conn.trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(record));
    }
}

fn record(event: TraceEvent<'_>) {
    let TraceEvent::Stmt(_, sql) = event else {
        return;
    };
    // Statements of triggers are reported as `-- TRIGGER name` comments: not ours.
    if sql.starts_with("--") {
        return;
    }
    if let Some(Some(file)) = LOG.get()
        && let Ok(mut file) = file.lock()
    {
        let line = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(file, "{line}");
    }
}
