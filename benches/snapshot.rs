//! The snapshot and what-if benchmark: `cargo bench --bench snapshot` (release build), one run
//! printing one table.
//!
//! - snapshot: a generated org of 5,000 users and mailboxes, with 50 queues and 10,000 records
//!   (accounts, contacts and leads), served by `orgtrack serve`, copied with `init --from-env`
//!   through a proxy that counts the HTTP requests;
//! - what-if: `what-if TrackCategorizedItems=false` on a generated state of 10,000 mailboxes and
//!   100,000 pending emails (one cycle), under `/usr/bin/time` for the peak memory.
//!
//! `SNAPSHOT_USERS`, `WHAT_IF_MAILBOXES`, `WHAT_IF_EMAILS` change the sizes, `SNAPSHOT_DIR`
//! where the states go.

mod common;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::Instant;

use common::{Serve, TOKEN, bin, counting_proxy_on};
use rusqlite::Connection;

fn size(var: &str, default: u32) -> u32 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn generate(state: &Path, users: u32, queues: u32, emails: u32) {
    let status = Command::new(bin())
        .arg("--state")
        .arg(state)
        .args(["--quiet", "generate", "--force", "--users"])
        .arg(users.to_string())
        .arg("--queues")
        .arg(queues.to_string())
        .arg("--emails-per-mailbox")
        .arg(emails.to_string())
        .stdout(Stdio::null())
        .status()
        .expect("run orgtrack generate");
    assert!(status.success(), "generate failed");
}

/// `records` accounts, contacts and leads (a third each), owned by the users in turn.
fn add_records(state: &Path, records: u32) {
    let conn = Connection::open(state).unwrap();
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO record (kind, name, email, owner_user_id, created_at)
         SELECT CASE i % 3 WHEN 0 THEN 'account' WHEN 1 THEN 'contact' ELSE 'lead' END,
                'Record ' || i, 'record' || i || '@example.com',
                1 + i % (SELECT count(*) FROM user), '2026-01-05T09:00:00Z'
         FROM n",
        [records],
    )
    .unwrap();
}

struct Snapshot {
    requests: usize,
    wall: f64,
    users: i64,
    records: i64,
}

fn snapshot(dir: &Path, users: u32, queues: u32, records: u32) -> Snapshot {
    let served = dir.join("served.db");
    generate(&served, users, queues, 0);
    add_records(&served, records);
    let token_file = dir.join("token");
    std::fs::write(&token_file, TOKEN).unwrap();
    // Serve's next links name the proxy, so paging goes through it too.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = listener.local_addr().unwrap();
    let public = format!("http://{proxy}");
    let serve = Serve::start_with(&served, &token_file, &["--public-url", &public]);
    let count = counting_proxy_on(listener, serve.addr);
    let copy = dir.join("copy.db");
    let started = Instant::now();
    let status = Command::new(bin())
        .arg("--state")
        .arg(&copy)
        .args(["--quiet", "init", "--force", "--records"])
        .arg(records.to_string())
        .arg("--from-env")
        .arg(format!("http://{proxy}"))
        .env("ORGTRACK_TOKEN", TOKEN)
        .stdout(Stdio::null())
        .status()
        .expect("run orgtrack init --from-env");
    let wall = started.elapsed().as_secs_f64();
    assert!(status.success(), "init --from-env failed");
    let conn = Connection::open(&copy).unwrap();
    let count_of = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    Snapshot {
        requests: count.load(Ordering::SeqCst),
        wall,
        users: count_of("user"),
        records: count_of("record"),
    }
}

/// Wall time (s) and peak resident memory (MB) of one what-if run.
fn what_if(dir: &Path, mailboxes: u32, emails: u32) -> (f64, f64) {
    let state = dir.join("what-if.db");
    generate(&state, mailboxes, 0, emails);
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(bin())
        .arg("--state")
        .arg(&state)
        .args(["--quiet", "what-if", "TrackCategorizedItems=false"])
        .stdout(Stdio::null())
        .output()
        .expect("run /usr/bin/time orgtrack what-if");
    // Exit 1: something differs; anything else is a failure.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "what-if failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().expect("time's line");
    let mut parts = last.split_whitespace();
    let wall: f64 = parts.next().unwrap().parse().unwrap();
    let kib: f64 = parts.next().unwrap().parse().unwrap();
    (wall, kib / 1024.0)
}

fn main() {
    let users = size("SNAPSHOT_USERS", 5000);
    let mailboxes = size("WHAT_IF_MAILBOXES", 10_000);
    let emails = size("WHAT_IF_EMAILS", 100_000);
    let dir = match std::env::var_os("SNAPSHOT_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => std::env::temp_dir().join("orgtrack-bench-snapshot"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    let copied = snapshot(&dir, users, 50, 10_000);
    let (wall, mb) = what_if(&dir, mailboxes, emails / mailboxes.max(1));
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "| run | size | HTTP requests | wall time | peak memory |"
    )
    .unwrap();
    writeln!(out, "|---|---|---:|---:|---:|").unwrap();
    writeln!(
        out,
        "| `init --from-env` of `orgtrack serve` | {} users and mailboxes, 50 queues, {} records | {} | {:.1} s | |",
        copied.users, copied.records, copied.requests, copied.wall
    )
    .unwrap();
    writeln!(
        out,
        "| `what-if TrackCategorizedItems=false` | {mailboxes} mailboxes, {emails} pending emails | | {wall:.1} s | {mb:.0} MB |"
    )
    .unwrap();
}
