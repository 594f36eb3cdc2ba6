//! The state file on disk, before and around SQLite: what may be opened (a regular, writable
//! orgtrack file), how a new state replaces an old one (built beside it, renamed over it while
//! holding the old one's write lock), and what interrupted replacements leave behind.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::{APPLICATION_ID, BUSY_TIMEOUT};
use crate::error::{Code, Error, Result};

/// Crash injection for the replacement steps: with this set to a step name (`staging-created`,
/// `staging-filled`, `staging-ready`, `locked`, `renamed`), the process aborts at that step as a
/// crash would, so tests can check that every interruption leaves a state that opens.
const ABORT_AT: &str = "ORGTRACK_TEST_ABORT_AT";

/// The SQLite companions of a database: every one of them belongs to the file it sits beside.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Marks the end of the staging file's name; the pid of the process building it follows.
const STAGING_MARK: &str = ".new-";

pub(super) fn abort_at(step: &str) {
    if std::env::var_os(ABORT_AT).is_some_and(|wanted| wanted == step) {
        std::process::abort();
    }
}

/// What `--state` names, checked without opening it: whether there is something, whether it is a
/// regular file (a FIFO would hang, a device would be replaced), and whether it holds an
/// orgtrack state according to its header.
pub(super) enum Existing {
    Nothing,
    /// A regular file of no bytes (as `mktemp` leaves): nothing to lose, nothing to open.
    Empty,
    Ours,
}

/// Refuses anything at `path` that orgtrack must not open or replace; tells whether a state is
/// there. Reads at most the 100-byte SQLite header, so a refused file is never modified.
pub(super) fn inspect(path: &Path) -> Result<Existing> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        // A file where a directory of the path should be: nothing there either (creating it
        // then names the blocking path).
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Existing::Nothing);
        }
        Err(e) => {
            return Err(Error::new(
                Code::UnreadableState,
                format!("cannot read {}: {e}", path.display()),
            ));
        }
    };
    if !meta.is_file() {
        return Err(Error::new(
            Code::NotARegularFile,
            format!(
                "{} is {}, not a state file; --state must name a regular file",
                path.display(),
                kind_of(&meta.file_type())
            ),
        ));
    }
    let mut header = [0u8; 100];
    let read = fs::File::open(path)
        .and_then(|mut file| read_up_to(&mut file, &mut header))
        .map_err(|e| {
            Error::new(
                Code::UnreadableState,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
    if read == 0 {
        return Ok(Existing::Empty);
    }
    if read < header.len() || &header[..16] != b"SQLite format 3\0" {
        return Err(foreign(path, "it is not an SQLite database"));
    }
    // The header holds `PRAGMA application_id` at offset 68 (big-endian), so another program's
    // database is told apart before SQLite opens it (and could create -wal/-shm beside it).
    let app_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if i64::from(app_id) != APPLICATION_ID {
        return Err(foreign(path, "it is an SQLite database of another program"));
    }
    Ok(Existing::Ours)
}

fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn kind_of(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "not a regular file"
    }
}

pub(super) fn foreign(path: &Path, why: &str) -> Error {
    Error::new(
        Code::NotAState,
        format!(
            "{} is not an orgtrack state file ({why}); it was left untouched",
            path.display()
        ),
    )
}

/// Refuses a state orgtrack could read but not write: every command may write (WAL, upgrades),
/// and SQLite creates `-wal` and `-shm` files beside the state. Judged by permission bits, which
/// say what the owner intends even where the superuser could write anyway.
pub(super) fn check_writable(path: &Path) -> Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(read_only(format!(
            "{} is read-only; orgtrack writes to its state, make it writable (chmod u+w)",
            path.display()
        )));
    }
    let dir = directory_of(path);
    if fs::metadata(dir).is_ok_and(|m| m.permissions().readonly()) {
        return Err(read_only(format!(
            "the directory {} is read-only; orgtrack needs to create the state's -wal and -shm \
             files beside it, make it writable (chmod u+w)",
            dir.display()
        )));
    }
    Ok(())
}

pub(super) fn read_only(message: String) -> Error {
    Error::new(Code::ReadOnly, message)
}

fn directory_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// What an SQLite error while opening our own state means to the user.
pub(super) fn open_error(path: &Path, err: rusqlite::Error) -> Error {
    use rusqlite::ffi::ErrorCode;
    match err.sqlite_error_code() {
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            read_only(format!(
                "cannot write to {} or create its -wal and -shm files beside it ({err}); check \
                 that the file and its directory are writable",
                path.display()
            ))
        }
        Some(ErrorCode::DiskFull) => Error::new(
            Code::DiskFull,
            format!(
                "the disk holding {} is full; free some space and run the command again",
                path.display()
            ),
        ),
        Some(ErrorCode::NotADatabase) => foreign(path, &err.to_string()),
        _ => err.into(),
    }
}

/// The file's identity (device and inode) while it is open: a replacement renames another file
/// to the same path, and a writer holding the old one must notice before it writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Identity(u64, u64);

pub(super) fn identity(path: &Path) -> Option<Identity> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).ok().map(|m| Identity(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Where a new state for `path` is built: beside it (same file system, so the rename is atomic),
/// named for the building process so that concurrent runs never share one.
pub(super) fn staging_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!("{STAGING_MARK}{}", std::process::id()));
    path.with_file_name(name)
}

/// Removes the staging files (and their companions) of runs for `path` that were killed: those
/// whose process is gone. Returns what it removed, so the caller can say so.
pub fn remove_stale_staging(path: &Path) -> Result<Vec<PathBuf>> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Ok(Vec::new());
    };
    let prefix = format!("{name}{STAGING_MARK}");
    let entries = match fs::read_dir(directory_of(path)) {
        Ok(entries) => entries,
        Err(_) => return Ok(Vec::new()),
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let pid = COMPANIONS
            .iter()
            .find_map(|suffix| rest.strip_suffix(suffix))
            .unwrap_or(rest);
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if process_alive(pid) {
            continue;
        }
        fs::remove_file(entry.path()).map_err(|e| Error::io(&entry.path(), e))?;
        removed.push(entry.path());
    }
    removed.sort();
    Ok(removed)
}

/// Whether a process of this id runs (Linux `/proc`); where that cannot be told, every process
/// counts as running, so no other run's staging file is ever removed.
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// Removes a database file and its companions; missing ones are fine.
pub(super) fn remove_database_files(path: &Path) -> Result<()> {
    for suffix in std::iter::once("").chain(COMPANIONS) {
        let companion = companion(path, suffix);
        match fs::remove_file(&companion) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&companion, e)),
        }
    }
    Ok(())
}

fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

pub(super) fn journal_exists(path: &Path) -> bool {
    companion(path, "-journal").exists()
}

/// Makes a finished staging file ready to be renamed into place: in WAL mode already (so no
/// first open ever converts it through a rollback journal), closed cleanly, with nothing beside
/// it, and on disk.
pub(super) fn seal(conn: Connection, staging: &Path) -> Result<()> {
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // The last connection to close checkpoints the WAL into the file and deletes -wal and -shm.
    conn.close().map_err(|(_, e)| Error::from(e))?;
    for suffix in COMPANIONS {
        if companion(staging, suffix).exists() {
            return Err(Error::new(
                Code::StagingUnfinished,
                format!(
                    "the new state {} could not be closed cleanly ({suffix} file left)",
                    staging.display()
                ),
            ));
        }
    }
    fs::File::open(staging)
        .and_then(|file| file.sync_all())
        .map_err(|e| Error::io(staging, e))?;
    Ok(())
}

/// The old state's write lock, held while the new file is renamed over it: writers in progress
/// finish first, and writers that come later find the path renamed (see `Store::write`).
pub(super) struct ReplaceLock {
    conn: Connection,
}

/// How often the WAL is emptied and the lock taken again when a writer slipped in between.
const LOCK_ATTEMPTS: usize = 20;

impl ReplaceLock {
    /// Takes the write lock of the state at `path` with its WAL emptied into the file, so the
    /// `-wal` and `-shm` left beside the path describe no pages the new file could pick up. A
    /// state so damaged that SQLite cannot open it is replaced without a lock (None).
    pub(super) fn take(path: &Path) -> Result<Option<ReplaceLock>> {
        let conn = match Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        ) {
            Ok(conn) => conn,
            Err(e) => return Self::unusable(path, e),
        };
        // Closing must not checkpoint: after the rename the companions belong to the new file.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Opening read-write rolls back a hot journal left by a crash; WAL is every state's mode.
        if let Err(e) = conn.pragma_update(None, "journal_mode", "WAL") {
            return Self::unusable(path, e);
        }
        let wal = companion(path, "-wal");
        for _ in 0..LOCK_ATTEMPTS {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(busy_while_replacing)?;
            conn.execute_batch("BEGIN IMMEDIATE")
                .map_err(busy_while_replacing)?;
            if fs::metadata(&wal).map_or(0, |m| m.len()) == 0 {
                return Ok(Some(ReplaceLock { conn }));
            }
            conn.execute_batch("ROLLBACK")?;
        }
        Err(Error::new(
            Code::StateBusy,
            format!(
                "{} is being written to without pause; stop the other orgtrack and run --force again",
                path.display()
            ),
        ))
    }

    fn unusable(path: &Path, err: rusqlite::Error) -> Result<Option<ReplaceLock>> {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                // Nothing can be saved of it; its companions would only confuse the new file.
                for suffix in COMPANIONS {
                    let _ = fs::remove_file(companion(path, suffix));
                }
                Ok(None)
            }
            _ => Err(busy_while_replacing(err)),
        }
    }

    /// Releases the lock on the old file (now renamed away) without touching the companions.
    pub(super) fn release(self) {
        let _ = self.conn.execute_batch("ROLLBACK");
        drop(self.conn);
    }
}

fn busy_while_replacing(err: rusqlite::Error) -> Error {
    let err = Error::from(err);
    if err.kind() == crate::error::ExitKind::Conflict {
        return Error::new(
            Code::StateBusy,
            "another orgtrack kept writing to the state for 60 s; --force replaces it only \
             when no command is writing: try again when it is done",
        );
    }
    err
}

/// A rollback journal beside a state is the old file's alone: once the lock is held it is not
/// hot (the lock's open rolled it back), and beside the new file it would be played over it.
pub(super) fn remove_journal(path: &Path) -> Result<()> {
    let journal = companion(path, "-journal");
    match fs::remove_file(&journal) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(&journal, e)),
    }
}

/// Makes a rename durable: the directory entry is on disk once this returns.
pub(super) fn sync_directory(path: &Path) {
    if let Ok(dir) = fs::File::open(directory_of(path)) {
        let _ = dir.sync_all();
    }
}
