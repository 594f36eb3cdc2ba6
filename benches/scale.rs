//! The scale benchmark: `cargo bench --bench scale` (release build). For 10k, 100k and 1M emails
//! it generates an org (1000 emails per mailbox, in threads, all categorized), times the
//! `orgtrack sync` that tracks them all, and compares it with the floor: the same rows written
//! into the same tables by a minimal rusqlite loop, one transaction per mailbox as the engine
//! does. It also reports the sync's peak memory and the wall time of single commands on the
//! largest state. `SCALE_SIZES=10000,100000` picks other sizes; `SCALE_DIR` where the states go.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rusqlite::{Connection, params};

const EMAILS_PER_MAILBOX: u64 = 1000;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_orgtrack")
}

/// Wall time and peak resident memory (MB) of one `orgtrack` run, which must succeed.
// The child is reaped by `wait_with_rusage`, not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run(state: &Path, args: &[&str]) -> (Duration, f64) {
    let started = Instant::now();
    let child = Command::new(bin())
        .arg("--state")
        .arg(state)
        .arg("--quiet")
        .args(args)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start orgtrack");
    let (status, maxrss_kb) = wait_with_rusage(child.id() as libc::pid_t);
    let elapsed = started.elapsed();
    assert!(
        status == 0,
        "orgtrack {args:?} failed with wait status {status}"
    );
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
        hashes: count(&conn, "SELECT count(*) FROM email_hash"),
    }
}

type Values = Vec<rusqlite::types::Value>;

/// What the engine wrote for one item, read back from its state.
struct Step {
    activity: Values,
    parties: Vec<(String, String)>,
    hashes: Vec<(i64, i64, String)>,
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
    let mut hashes = engine
        .prepare_cached("SELECT kind, hash, created_at FROM email_hash WHERE activity_id = ?1")
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
                hashes: hashes
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect(),
                item,
            }
        })
        .collect()
}

/// The floor: exactly the rows the engine wrote, item by item in its order, written into a copy
/// of the state as it was before the sync by a minimal loop: statements prepared once, one
/// IMMEDIATE transaction per mailbox, the state's own pragmas, indexes and foreign keys, and no
/// reads. Timed like the engine's run from opening the file to closing it (the last
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
            let mut hash = tx
                .prepare_cached("INSERT INTO email_hash (activity_id, kind, hash, created_at) VALUES (?1, ?2, ?3, ?4)")
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
                for (kind, value, at) in &step.hashes {
                    hash.execute(params![id, kind, value, at]).unwrap();
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

struct Row {
    emails: u64,
    generate: Duration,
    sync: Duration,
    floor: Duration,
    peak_mb: f64,
    rows: i64,
}

fn main() {
    // `cargo bench` passes `--bench`; this harness takes no arguments.
    let sizes: Vec<u64> = std::env::var("SCALE_SIZES")
        .unwrap_or_else(|_| "10000,100000,1000000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("SCALE_SIZES: numbers"))
        .collect();
    let base = std::env::var_os("SCALE_DIR").map(PathBuf::from);
    let dir = match &base {
        Some(path) => tempfile::tempdir_in(path),
        None => tempfile::tempdir(),
    }
    .expect("temp dir");
    let mut table = Vec::new();
    let mut largest = None;
    for &emails in &sizes {
        let users = (emails / EMAILS_PER_MAILBOX).max(1);
        let per_mailbox = emails / users;
        let engine_state = dir.path().join(format!("engine-{emails}.db"));
        let floor_state = dir.path().join(format!("floor-{emails}.db"));
        eprintln!("{emails} emails: generating ({users} mailboxes)...");
        let (generate, _) = run(
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
        table.push(Row {
            emails,
            generate,
            sync,
            floor,
            peak_mb,
            rows: target.rows(),
        });
        largest = Some(engine_state);
    }
    println!();
    println!(
        "| emails | generate (s) | sync (s) | sync items/s | µs per email | floor (s) | floor items/s | engine/floor | rows written | sync peak RSS (MB) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in &table {
        let sync = r.sync.as_secs_f64();
        let floor = r.floor.as_secs_f64();
        println!(
            "| {} | {:.2} | {:.2} | {:.0} | {:.1} | {:.2} | {:.0} | {:.2}x | {} | {:.0} |",
            r.emails,
            r.generate.as_secs_f64(),
            sync,
            r.emails as f64 / sync,
            sync * 1e6 / r.emails as f64,
            floor,
            r.emails as f64 / floor,
            sync / floor,
            r.rows,
            r.peak_mb,
        );
    }
    if let (Some(first), Some(last)) = (table.first(), table.last()) {
        let per = |r: &Row| r.sync.as_secs_f64() / r.emails as f64;
        println!(
            "\ntime per email at {} / at {}: {:.2}x",
            last.emails,
            first.emails,
            per(last) / per(first)
        );
    }
    if let (Some(state), Some(last)) = (largest, table.last()) {
        let item = (last.emails / 2).to_string();
        println!(
            "\nsingle commands on the {}-email state (best of 5, wall time with process start):",
            last.emails
        );
        println!("| command | ms |");
        println!("|---|---:|");
        for args in [
            vec!["settings", "get", "TrackCategorizedItems"],
            vec!["item", "show", &item],
            vec!["--json", "item", "list", "--after", &item, "--limit", "100"],
            vec!["--json", "activity", "list", "--limit", "100"],
            vec!["--json", "mailbox", "list", "--limit", "100"],
            vec!["--json", "alerts", "list", "--limit", "100"],
        ] {
            let ms = best_of(&state, &args).as_secs_f64() * 1000.0;
            println!("| `{}` | {ms:.1} |", args.join(" "));
        }
    }
}
