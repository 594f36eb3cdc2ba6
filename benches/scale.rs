//! The scale benchmark: `cargo bench --bench scale` (release build), one run printing one table.
//!
//! - Import: an mbox built from the email corpora (`../shared/corpora/eml`, every message
//!   repeated with unique Message-IDs) at 10k and 100k messages, imported by `orgtrack mail
//!   import` and by the Python standard-library baseline `benches/import_baseline.py` on the same
//!   file: messages per second, ratio, peak memory of each.
//! - Sync: for 10k, 100k and 1M emails it generates an org (1000 emails per mailbox, in
//!   threads, all categorized), times the `orgtrack sync` that tracks them all, and compares it
//!   with a minimal writer of each email's activity, its parties and the item's update into a
//!   copy of the same state.
//! - Single commands on the largest state.
//!
//! `SCALE_SIZES=10000,100000` picks other sync sizes, `IMPORT_SIZES=10000` other import sizes,
//! `SCALE_DIR` where the states go, `PYTHON` the interpreter (default `python3`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rusqlite::{Connection, params};

const EMAILS_PER_MAILBOX: u64 = 1000;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_orgtrack")
}

/// Wall time and peak resident memory (MB) of one `orgtrack` run, which must succeed.
fn run(state: &Path, args: &[&str]) -> (Duration, f64) {
    let mut command = Command::new(bin());
    command.arg("--state").arg(state).arg("--quiet").args(args);
    measure(&mut command)
}

/// Wall time and peak resident memory (MB) of a process, which must succeed.
// The child is reaped by `wait_with_rusage`, not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measure(command: &mut Command) -> (Duration, f64) {
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start the benchmarked program");
    let (status, maxrss_kb) = wait_with_rusage(child.id() as libc::pid_t);
    let elapsed = started.elapsed();
    assert!(status == 0, "{command:?} failed with wait status {status}");
    (elapsed, maxrss_kb as f64 / 1024.0)
}

/// `wait4` gives the child's own peak RSS (ru_maxrss, in kB on Linux), which std does not.
fn wait_with_rusage(pid: libc::pid_t) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; pid is our own unwaited child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 failed");
    (status, usage.ru_maxrss)
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// What a sync wrote, counted in rows.
#[derive(Debug, Clone, Copy)]
struct Written {
    items: i64,
    activities: i64,
    parties: i64,
    hashes: i64,
}

impl Written {
    fn rows(&self) -> i64 {
        // Each tracked item is one row updated, besides the rows inserted.
        self.items + self.activities + self.parties + self.hashes
    }
}

fn written(state: &Path) -> Written {
    let conn = Connection::open(state).unwrap();
    Written {
        items: count(&conn, "SELECT count(*) FROM item WHERE tracking_state = 2"),
        activities: count(&conn, "SELECT count(*) FROM activity"),
        parties: count(&conn, "SELECT count(*) FROM activity_party"),
        hashes: count(&conn, "SELECT count(*) FROM email_subject_hash")
            + count(&conn, "SELECT count(*) FROM email_address_hash"),
    }
}

type Values = Vec<rusqlite::types::Value>;

/// What the engine wrote for one item, read back from its state.
struct Step {
    activity: Values,
    parties: Vec<(String, String)>,
    item: Values,
}

const ACTIVITY_COLUMNS: &str = "id, kind, subject, message_id, direction, owner_user_id, \
    regarding_record_id, correlation_method, correlated_activity_id, parent_activity_id, \
    accepting_mailbox_id, receiving_mailbox_id, series_activity_id, state, starts_at, ends_at, \
    organizer, tracking_token, created_at";
const ITEM_COLUMNS: &str = "id, tracking_state, tracking_method, activity_id, record_id, \
    attempts, last_error, pending, note, last_activity_id";

fn row_values(row: &rusqlite::Row, width: usize) -> rusqlite::Result<Values> {
    (0..width).map(|i| row.get(i)).collect()
}

/// The steps of one mailbox, in the order the cycle took them.
fn steps(engine: &Connection, mailbox: i64) -> Vec<Step> {
    let mut items = engine
        .prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} FROM item WHERE mailbox_id = ?1 AND activity_id IS NOT NULL ORDER BY activity_id"
        ))
        .unwrap();
    let mut activity = engine
        .prepare_cached(&format!(
            "SELECT {ACTIVITY_COLUMNS} FROM activity WHERE id = ?1"
        ))
        .unwrap();
    let mut parties = engine
        .prepare_cached("SELECT role, address FROM activity_party WHERE activity_id = ?1")
        .unwrap();
    let rows: Vec<Values> = items
        .query_map([mailbox], |r| row_values(r, 10))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.into_iter()
        .map(|item| {
            let id = match item[3] {
                rusqlite::types::Value::Integer(id) => id,
                _ => unreachable!("tracked items have an activity"),
            };
            Step {
                activity: activity.query_row([id], |r| row_values(r, 19)).unwrap(),
                parties: parties
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect(),
                item,
            }
        })
        .collect()
}

/// The floor: the minimal writer of what tracking an email must write, item by item in the
/// engine's order, into a copy of the state as it was before the sync: the activity the engine
/// wrote, its parties and the item's new tracking facts (no smart-matching hashes, no reads),
/// statements prepared once, one IMMEDIATE transaction per mailbox, the state's own pragmas,
/// indexes and foreign keys. Timed like the engine's run from opening the file to closing it (the last
/// checkpoint); reading each mailbox's rows back from the engine's state is not timed.
fn floor(engine_state: &Path, state: &Path) -> Duration {
    let engine = Connection::open(engine_state).unwrap();
    let mailboxes: Vec<i64> = {
        let mut stmt = engine
            .prepare("SELECT id FROM mailbox ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let started = Instant::now();
    let mut conn = Connection::open(state).unwrap();
    conn.busy_timeout(Duration::from_secs(60)).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    // As `Store::open` configures every connection.
    conn.pragma_update(None, "wal_autocheckpoint", 10_000)
        .unwrap();
    conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)
        .unwrap();
    let mut spent = started.elapsed();
    for mailbox in mailboxes {
        let steps = steps(&engine, mailbox);
        let started = Instant::now();
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .unwrap();
        {
            let mut activity = tx
                .prepare_cached(&format!(
                    "INSERT INTO activity ({ACTIVITY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"
                ))
                .unwrap();
            let mut party = tx
                .prepare_cached(
                    "INSERT INTO activity_party (activity_id, role, address) VALUES (?1, ?2, ?3)",
                )
                .unwrap();
            let mut item = tx
                .prepare_cached("UPDATE item SET tracking_state = ?2, tracking_method = ?3, activity_id = ?4, \
                    record_id = ?5, attempts = ?6, last_error = ?7, pending = ?8, note = ?9, last_activity_id = ?10 \
                    WHERE id = ?1")
                .unwrap();
            for step in &steps {
                activity
                    .execute(rusqlite::params_from_iter(&step.activity))
                    .unwrap();
                let id = &step.activity[0];
                for (role, address) in &step.parties {
                    party.execute(params![id, role, address]).unwrap();
                }
                item.execute(rusqlite::params_from_iter(&step.item))
                    .unwrap();
            }
        }
        tx.commit().unwrap();
        spent += started.elapsed();
    }
    let started = Instant::now();
    drop(conn);
    spent + started.elapsed()
}

/// The best of a few runs: what a person running the command waits for.
fn best_of(state: &Path, args: &[&str]) -> Duration {
    (0..5).map(|_| run(state, args).0).min().unwrap()
}

/// Every message of the email corpora, as read from its file.
fn corpus_messages() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("corpora readable") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "eml") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/eml");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read(f).unwrap())
        .filter(|m| !m.is_empty())
        .collect()
}

/// An mbox of `count` messages: the corpus over and over, each copy with its own Message-ID
/// (the original one dropped), body lines starting with `From ` escaped the mboxrd way.
fn write_mbox(path: &Path, corpus: &[Vec<u8>], count: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for n in 0..count {
        let message = &corpus[n % corpus.len()];
        writeln!(out, "From bench@orgtrack.example Mon Jan  5 09:00:00 2026").unwrap();
        writeln!(out, "Message-ID: <bench-{n}@orgtrack.example>").unwrap();
        let text = String::from_utf8_lossy(message);
        let mut in_headers = true;
        let mut skipping_id = false;
        for line in text.lines() {
            if in_headers {
                if line.is_empty() {
                    in_headers = false;
                } else if skipping_id && line.starts_with([' ', '\t']) {
                    continue;
                } else {
                    skipping_id = line.to_ascii_lowercase().starts_with("message-id:");
                    if skipping_id {
                        continue;
                    }
                }
            }
            let quotes = line.bytes().take_while(|b| *b == b'>').count();
            if line[quotes..].starts_with("From ") {
                out.write_all(b">").unwrap();
            }
            writeln!(out, "{line}").unwrap();
        }
        writeln!(out).unwrap();
    }
    out.flush().unwrap();
}

struct Import {
    messages: usize,
    orgtrack: Duration,
    orgtrack_mb: f64,
    python: Duration,
    python_mb: f64,
}

fn import(dir: &Path, corpus: &[Vec<u8>], messages: usize) -> Import {
    let mbox = dir.join(format!("bench-{messages}.mbox"));
    write_mbox(&mbox, corpus, messages);
    let state = dir.join(format!("import-{messages}.db"));
    run(&state, &["init", "--clock", "2026-01-05T09:00:00Z"]);
    run(
        &state,
        &["user", "add", "Alex Wu", "--email", "alex@contoso.com"],
    );
    eprintln!("import of {messages} messages: orgtrack...");
    let mbox_arg = mbox.to_str().unwrap();
    let mut command = Command::new(bin());
    command.arg("--state").arg(&state).args([
        "--quiet",
        "mail",
        "import",
        "--mailbox",
        "alex@contoso.com",
        mbox_arg,
    ]);
    // Exit 1 only says that some corpus messages are malformed (reported and skipped).
    let (orgtrack, orgtrack_mb) = measure_allowing_failures(&mut command);
    eprintln!("import of {messages} messages: python...");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/import_baseline.py");
    let target = dir.join(format!("python-{messages}.db"));
    let (python, python_mb) = measure(Command::new(python).arg(script).arg(&mbox).arg(&target));
    for file in [&mbox, &state, &target] {
        std::fs::remove_file(file).ok();
    }
    Import {
        messages,
        orgtrack,
        orgtrack_mb,
        python,
        python_mb,
    }
}

/// `measure` for an import, which exits 1 when some messages were bad and the rest imported.
#[allow(clippy::zombie_processes)]
fn measure_allowing_failures(command: &mut Command) -> (Duration, f64) {
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start orgtrack");
    let (status, maxrss_kb) = wait_with_rusage(child.id() as libc::pid_t);
    let elapsed = started.elapsed();
    let code = libc::WEXITSTATUS(status);
    assert!(
        libc::WIFEXITED(status) && code <= 1,
        "{command:?} failed with wait status {status}"
    );
    (elapsed, maxrss_kb as f64 / 1024.0)
}

struct Sync {
    emails: u64,
    sync: Duration,
    floor: Duration,
    peak_mb: f64,
    rows: i64,
}

fn sync(dir: &Path, emails: u64) -> (Sync, PathBuf) {
    let users = (emails / EMAILS_PER_MAILBOX).max(1);
    let per_mailbox = emails / users;
    let engine_state = dir.join(format!("engine-{emails}.db"));
    let floor_state = dir.join(format!("floor-{emails}.db"));
    eprintln!("{emails} emails: generating ({users} mailboxes)...");
    run(
        &engine_state,
        &[
            "generate",
            "--users",
            &users.to_string(),
            "--emails-per-mailbox",
            &per_mailbox.to_string(),
            "--threads",
            "--seed",
            "42",
            "--clock",
            "2026-01-05T09:00:00Z",
        ],
    );
    std::fs::copy(&engine_state, &floor_state).unwrap();
    eprintln!("{emails} emails: sync...");
    let (sync, peak_mb) = run(&engine_state, &["sync"]);
    let target = written(&engine_state);
    assert_eq!(target.items as u64, emails, "every email tracked");
    eprintln!("{emails} emails: floor...");
    let floor = floor(&engine_state, &floor_state);
    std::fs::remove_file(&floor_state).ok();
    let row = Sync {
        emails,
        sync,
        floor,
        peak_mb,
        rows: target.rows(),
    };
    (row, engine_state)
}

fn sizes(variable: &str, default: &str) -> Vec<u64> {
    std::env::var(variable)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().parse().expect("sizes: numbers"))
        .collect()
}

fn main() {
    // `cargo bench` passes `--bench`; this harness takes no arguments.
    let import_sizes = sizes("IMPORT_SIZES", "10000,100000");
    let sync_sizes = sizes("SCALE_SIZES", "10000,100000,1000000");
    let base = std::env::var_os("SCALE_DIR").map(PathBuf::from);
    let dir = match &base {
        Some(path) => tempfile::tempdir_in(path),
        None => tempfile::tempdir(),
    }
    .expect("temp dir");
    let corpus = if import_sizes.is_empty() {
        Vec::new()
    } else {
        corpus_messages()
    };
    let imports: Vec<Import> = import_sizes
        .iter()
        .map(|&n| import(dir.path(), &corpus, n as usize))
        .collect();
    let mut syncs = Vec::new();
    let mut largest = None;
    for &emails in &sync_sizes {
        let (row, state) = sync(dir.path(), emails);
        if let Some(previous) = largest.replace(state) {
            std::fs::remove_file(previous).ok();
        }
        syncs.push(row);
    }

    println!();
    println!(
        "| work | size | orgtrack | reference | orgtrack vs reference | orgtrack peak RSS (MB) | reference peak RSS (MB) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for i in &imports {
        let ours = i.messages as f64 / i.orgtrack.as_secs_f64();
        let theirs = i.messages as f64 / i.python.as_secs_f64();
        println!(
            "| import, msgs/s (reference: Python stdlib) | {} | {ours:.0} | {theirs:.0} | {:.2}x faster | {:.0} | {:.0} |",
            i.messages,
            ours / theirs,
            i.orgtrack_mb,
            i.python_mb
        );
    }
    for r in &syncs {
        let ours = r.sync.as_secs_f64() * 1e6 / r.emails as f64;
        let floor = r.floor.as_secs_f64() * 1e6 / r.emails as f64;
        println!(
            "| sync, µs/email (reference: minimal writer) | {} | {ours:.1} | {floor:.1} | {:.2}x the time | {:.0} | |",
            r.emails,
            ours / floor,
            r.peak_mb
        );
    }
    if let (Some(state), Some(last)) = (largest, syncs.last()) {
        let item = (last.emails / 2).to_string();
        for args in [
            vec!["settings", "get", "TrackCategorizedItems"],
            vec!["item", "show", &item],
            vec!["--json", "item", "list", "--after", &item, "--limit", "100"],
            vec!["--json", "activity", "list", "--limit", "100"],
            vec!["--json", "mailbox", "list", "--limit", "100"],
            vec!["--json", "alerts", "list", "--limit", "100"],
        ] {
            let ms = best_of(&state, &args).as_secs_f64() * 1000.0;
            println!(
                "| `{}`, ms (best of 5) | {} | {ms:.1} | | | | |",
                args.join(" "),
                last.emails
            );
        }
    }
    println!();
    if let (Some(first), Some(last)) = (imports.first(), imports.last()) {
        let per = |i: &Import| i.orgtrack.as_secs_f64() / i.messages as f64;
        println!(
            "import time per message at {} / at {}: {:.2}x",
            last.messages,
            first.messages,
            per(last) / per(first)
        );
    }
    if let (Some(first), Some(last)) = (syncs.first(), syncs.last()) {
        let per = |r: &Sync| r.sync.as_secs_f64() / r.emails as f64;
        println!(
            "sync time per email at {} / at {}: {:.2}x",
            last.emails,
            first.emails,
            per(last) / per(first)
        );
    }
    for r in &syncs {
        println!(
            "sync of {} emails wrote {} rows ({:.1} per email)",
            r.emails,
            r.rows,
            r.rows as f64 / r.emails as f64
        );
    }
}
