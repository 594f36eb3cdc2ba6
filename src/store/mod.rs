//! The state file: one SQLite database per simulated org. This module owns opening, creating and
//! migrating it; the submodules hold the typed queries of each area. Nothing else writes SQL.

pub mod activities;
pub mod alerts;
pub mod bulk;
pub mod categories;
pub mod completion;
pub mod cycles;
pub mod delegates;
pub mod faults;
pub mod folder_rules;
pub mod folders;
pub mod hashes;
pub mod history;
mod ids;
pub mod inbox_rules;
pub mod item_failures;
pub mod items;
pub mod mailboxes;
pub mod org;
pub mod outcomes;
pub mod pending_sends;
pub mod plugins;
pub mod profiles;
pub mod queue_items;
pub mod queues;
pub mod record_rules;
pub mod records;
pub mod resolve;
pub mod settings;
pub mod statement_log;
pub mod tokens;
pub mod users;

mod file;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Row, Transaction, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

use crate::error::{Code, Error, Result};
use file::Existing;
pub use file::remove_stale_staging;

/// `PRAGMA application_id` of every orgtrack state ("ORGT"): tells our files from any other
/// SQLite database before anything is written.
const APPLICATION_ID: i64 = 0x4F52_4754;

/// How long a command waits for another orgtrack holding the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// How often a command waiting for the write lock tries again (`poll_for_lock`).
const LOCK_POLL: Duration = Duration::from_millis(1);

/// A command that writes in many transactions (an import's batches, a cycle's mailboxes) takes
/// the lock again right after each commit, faster than SQLite's own busy handler (which sleeps
/// up to 100 ms) ever notices it was free: a waiter would starve until the whole job is over.
/// So at least once per `WRITER_TURN` such a command leaves the lock free for `WRITER_PAUSE`,
/// several of the waiters' polls, which costs it about 1.5% of its time.
const WRITER_TURN: Duration = Duration::from_millis(200);
const WRITER_PAUSE: Duration = Duration::from_millis(3);

/// Pages of WAL between automatic checkpoints (see `configure`).
const WAL_CHECKPOINT_PAGES: i64 = 10_000;

/// Ordered schema steps; the schema version recorded in the file (`user_version`) is the
/// number applied. Never edit a released step: add the next one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_org_settings.sql"),
    include_str!("migrations/002_directory.sql"),
    include_str!("migrations/003_token_prefixes.sql"),
    include_str!("migrations/004_engine.sql"),
    include_str!("migrations/005_item_links.sql"),
    include_str!("migrations/006_automatic_tracking.sql"),
    include_str!("migrations/007_row_versions.sql"),
    include_str!("migrations/008_scale.sql"),
    include_str!("migrations/009_rules.sql"),
    include_str!("migrations/010_automatic_tracking_facts.sql"),
    include_str!("migrations/011_delete_paths.sql"),
    include_str!("migrations/012_ids_never_reused.sql"),
    include_str!("migrations/013_settings_journal.sql"),
    include_str!("migrations/014_compact_hashes.sql"),
    include_str!("migrations/015_mailbox_service.sql"),
    include_str!("migrations/016_history.sql"),
    include_str!("migrations/017_tracking_fidelity.sql"),
    include_str!("migrations/018_org_source.sql"),
];

/// The step whose SQL is followed by Rust: rebuilding tables with AUTOINCREMENT (`ids`).
const IDS_NEVER_REUSED: usize = 12;

fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATIONS
            .iter()
            .enumerate()
            .map(|(index, sql)| match index + 1 {
                IDS_NEVER_REUSED => M::up_with_hook(sql, ids::never_reused),
                _ => M::up(sql),
            })
            .collect(),
    )
}

fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The file opened, to tell when `--force` renamed another one over it meanwhile.
    identity: Option<file::Identity>,
    /// When this command last left the write lock to waiting writers (see `WRITER_TURN`).
    turn_started: Instant,
}

/// What `init` records about the new org.
pub struct NewOrg<'a> {
    pub name: &'a str,
    pub version: &'a str,
    pub clock: &'a str,
}

impl Store {
    /// Opens an existing state, refusing (exit 7, file untouched, nothing created beside it)
    /// anything that is not a writable orgtrack state of a schema this binary knows.
    pub fn open(path: &Path) -> Result<Store> {
        match file::inspect(path)? {
            Existing::Nothing => {
                return Err(Error::new(
                    Code::NoState,
                    format!(
                        "no state file at {}; run `orgtrack init` to create one",
                        path.display()
                    ),
                ));
            }
            Existing::Empty => return Err(file::foreign(path, "it is empty")),
            Existing::Ours => {}
        }
        file::check_writable(path)?;
        if file::journal_exists(path) {
            // A crash in rollback mode left a journal: only a read-write open plays it back
            // (a read-only one fails with "attempt to write a readonly database").
            let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
                .map_err(|e| file::open_error(path, e))?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
                .map_err(|e| file::open_error(path, e))?;
        }
        // Read-only first: nothing below may write to a file of a schema we do not know.
        let probe = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| file::open_error(path, e))?;
        let version: i64 = probe
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| file::open_error(path, e))?;
        drop(probe);
        if version == 0 {
            return Err(Error::new(
                Code::NoSchema,
                format!(
                    "{} carries orgtrack's mark but no schema version (user_version 0): it was \
                     damaged or not written by orgtrack; it was left untouched",
                    path.display()
                ),
            ));
        }
        if version > schema_version() {
            return Err(Error::new(
                Code::NewerSchema,
                format!(
                    "{} has schema version {version}, newer than this orgtrack understands ({}); upgrade orgtrack",
                    path.display(),
                    schema_version()
                ),
            ));
        }
        let identity = file::identity(path);
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| file::open_error(path, e))?;
        if version < schema_version()
            && let Err(e) = upgrade(&mut conn)
        {
            // Another orgtrack that opened the file at the same time may have upgraded it
            // first (its steps then fail here, rolled back whole): that is success too.
            let now: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if now != schema_version() {
                return Err(Error::new(
                    Code::MigrationFailed,
                    format!(
                        "could not upgrade {} from schema version {version}: {}",
                        path.display(),
                        migration_cause(&e)
                    ),
                ));
            }
        }
        configure(&conn).map_err(|e| file::open_error(path, e))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            identity,
            turn_started: Instant::now(),
        })
    }

    /// Creates a new state at `path`. The database is built beside it and renamed into place, so
    /// an existing file is replaced whole (with `force`) or not at all.
    pub fn create(path: &Path, force: bool, org: &NewOrg) -> Result<Store> {
        Store::create_with(path, force, org, |_| Ok(()))
    }

    /// `create`, with `fill` writing the new org's contents before the file is renamed into
    /// place. Nothing else can see the staging file, so `fill` may trade durability for speed
    /// (journal and syncs off): a crash or an error leaves no state behind, never half of one.
    ///
    /// The old state is replaced by renaming the finished file over it while holding its write
    /// lock: a kill at any moment leaves the old state or the new one at `path`, never neither.
    pub fn create_with(
        path: &Path,
        force: bool,
        org: &NewOrg,
        fill: impl FnOnce(&mut Connection) -> Result<()>,
    ) -> Result<Store> {
        let existing = file::inspect(path)?;
        if !matches!(existing, Existing::Nothing) && !force {
            return Err(Error::new(
                Code::StateExists,
                format!(
                    "{} already exists; use --force to replace it",
                    path.display()
                ),
            ));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let staging = file::staging_path(path);
        file::remove_database_files(&staging)?;
        let built = build(&staging, org, fill);
        if let Err(err) = built {
            let _ = file::remove_database_files(&staging);
            return Err(err);
        }
        file::abort_at("staging-ready");
        let lock = match existing {
            Existing::Ours => file::ReplaceLock::take(path),
            Existing::Nothing | Existing::Empty => Ok(None),
        };
        let lock = match lock {
            Ok(lock) => lock,
            Err(err) => {
                let _ = file::remove_database_files(&staging);
                return Err(err);
            }
        };
        file::abort_at("locked");
        let placed = file::remove_journal(path).and_then(|()| place(&staging, path, force));
        if let Some(lock) = lock {
            lock.release();
        }
        if let Err(err) = placed {
            let _ = file::remove_database_files(&staging);
            return Err(err);
        }
        file::abort_at("renamed");
        file::sync_directory(path);
        Store::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A write transaction that takes the write lock up front, so concurrent commands queue on
    /// the busy timeout instead of failing when a read would upgrade to a write.
    ///
    /// Once the lock is held, the path must still name the file this store opened: `--force`
    /// renames a new state over it while holding the same lock, and whatever were written to the
    /// old file after that would be lost without a word.
    pub fn write(&mut self) -> Result<Transaction<'_>> {
        if self.turn_started.elapsed() >= WRITER_TURN {
            std::thread::sleep(WRITER_PAUSE);
            self.turn_started = Instant::now();
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if self.identity.is_some() && file::identity(&self.path) != self.identity {
            // The companions beside the path are the new file's now: closing must not
            // checkpoint into the old file and delete them.
            let _ = tx.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
            drop(tx);
            return Err(Error::new(
                Code::StateReplaced,
                format!(
                    "{} was replaced (init or generate --force) while this command ran; \
                     nothing more was written, run the command again",
                    self.path.display()
                ),
            ));
        }
        // Each change's events name who made it: nobody in particular until the command says.
        history::reset_context(&tx)?;
        Ok(tx)
    }
}

/// Writes a new state at `staging`: created private, schema and org, `fill`, then sealed
/// (WAL mode, closed, synced) so that it can be renamed into place as it is.
fn build(
    staging: &Path,
    org: &NewOrg,
    fill: impl FnOnce(&mut Connection) -> Result<()>,
) -> Result<()> {
    create_private_file(staging)?;
    file::abort_at("staging-created");
    let mut conn = Connection::open(staging)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    migrations().to_latest(&mut conn).map_err(|e| {
        Error::new(
            Code::SchemaCreateFailed,
            format!("could not create the schema: {}", migration_cause(&e)),
        )
    })?;
    org::insert(&conn, org)?;
    fill(&mut conn)?;
    file::abort_at("staging-filled");
    file::seal(conn, staging)
}

/// Moves the finished staging file to `path`: over an old state with `force` (one atomic
/// rename), else only if nothing appeared at `path` meanwhile (a hard link fails on an existing
/// name, where a rename would replace it).
fn place(staging: &Path, path: &Path, force: bool) -> Result<()> {
    if !force {
        match fs::hard_link(staging, path) {
            Ok(()) => {
                fs::remove_file(staging).map_err(|e| Error::io(staging, e))?;
                return Ok(());
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::new(
                    Code::StateExists,
                    format!(
                        "{} already exists; use --force to replace it",
                        path.display()
                    ),
                ));
            }
            // File systems without hard links: the check at the start has to do.
            Err(_) => {}
        }
    }
    fs::rename(staging, path).map_err(|e| Error::io(path, e))?;
    Ok(())
}

/// A failed migration step, without the step's SQL (which `rusqlite_migration` includes).
fn migration_cause(err: &rusqlite_migration::Error) -> String {
    match err {
        rusqlite_migration::Error::RusqliteError { err, .. } => err.to_string(),
        other => other.to_string(),
    }
}

/// A WHERE clause made of only the conditions given, so that the planner can use the index of
/// each (a `(?1 IS NULL OR col = ?1)` form hides them all); values are bound by number.
#[derive(Default)]
struct Where<'a> {
    conditions: Vec<String>,
    values: Vec<&'a dyn rusqlite::ToSql>,
}

impl<'a> Where<'a> {
    /// Adds `condition` (ending with its operator, `"id >"`) compared with `value`.
    fn with(mut self, condition: &str, value: &'a dyn rusqlite::ToSql) -> Self {
        let number = self.bind(value);
        self.conditions.push(format!("{condition} ?{number}"));
        self
    }

    /// `column = value` when a value is given.
    fn equal<T: rusqlite::ToSql>(self, column: &str, value: &'a Option<T>) -> Self {
        match value {
            Some(value) => self.with(&format!("{column} ="), value),
            None => self,
        }
    }

    fn fixed(mut self, condition: &str) -> Self {
        self.conditions.push(condition.to_string());
        self
    }

    /// Binds a value used elsewhere in the statement (a LIMIT); returns its number.
    fn bind(&mut self, value: &'a dyn rusqlite::ToSql) -> usize {
        self.values.push(value);
        self.values.len()
    }

    fn clause(&self) -> String {
        if self.conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.conditions.join(" AND "))
        }
    }
}

/// A stored RFC 3339 time, read inside a row mapper.
fn time_at(row: &Row, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(index)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, e.into())
        })
}

fn optional_time_at(row: &Row, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get_ref(index)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => time_at(row, index).map(Some),
    }
}

/// The org's simulated time, as stored: the time of every directory change and alert.
fn now(conn: &Connection) -> Result<String> {
    Ok(crate::time::format(org::load(conn)?.clock))
}

/// Runs the pending schema steps with foreign keys off: a table rebuilt with them on would
/// cascade its drop into every table that references it (`ids`). The steps that rebuild check
/// the keys themselves before they commit; `configure` turns them back on.
fn upgrade(conn: &mut Connection) -> std::result::Result<(), rusqlite_migration::Error> {
    conn.busy_handler(Some(poll_for_lock))?;
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    migrations().to_latest(conn)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    statement_log::attach(conn);
    conn.busy_handler(Some(poll_for_lock))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A cycle commits once per mailbox; checkpointing after every commit (the default, 1000
    // pages) writes the hot index pages back and syncs the file a thousand times on a large
    // org. Every 10000 pages (~40 MB of WAL) it costs a fraction, and the WAL file is cut back
    // to 64 MB after each checkpoint. Durability is unchanged (WAL, synchronous NORMAL).
    conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES)?;
    conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)?;
    // The disk-full tests cap the file's size in pages: SQLite then answers a write past it
    // with the same error a full disk gives, without needing a full file system.
    if let Some(pages) = std::env::var_os(MAX_PAGES_FOR_TESTS).and_then(|v| v.into_string().ok()) {
        conn.pragma_update(None, "max_page_count", pages)?;
    }
    Ok(())
}

/// See `configure`: test runs only.
const MAX_PAGES_FOR_TESTS: &str = "ORGTRACK_TEST_MAX_PAGES";

/// SQLite's busy handler for our connections: try again every `LOCK_POLL` until
/// `BUSY_TIMEOUT`, so a free moment between another command's transactions is not missed.
fn poll_for_lock(attempts: i32) -> bool {
    if u128::from(attempts.unsigned_abs()) * LOCK_POLL.as_millis() >= BUSY_TIMEOUT.as_millis() {
        return false;
    }
    std::thread::sleep(LOCK_POLL);
    true
}

/// State files hold an org's configuration: readable by their owner only.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| Error::io(path, e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str) -> NewOrg<'_> {
        NewOrg {
            name,
            version: "9.2.25101.0",
            clock: "2026-01-05T09:00:00Z",
        }
    }

    #[test]
    fn a_writer_on_a_replaced_state_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        let mut old = Store::create(&path, false, &org("Old")).unwrap();
        Store::create(&path, true, &org("New")).unwrap();
        let err = old
            .write()
            .map(|_| ())
            .expect_err("the old file took a write");
        assert_eq!(err.code, Code::StateReplaced);
        drop(old);
        let reopened = Store::open(&path).unwrap();
        assert_eq!(org::load(reopened.conn()).unwrap().name, "New");
    }
}
