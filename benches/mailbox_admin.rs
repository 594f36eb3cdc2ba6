//! The mailbox administration benchmark: `cargo bench --bench mailbox_admin` (release build),
//! one run printing one table.
//!
//! A generated org of 5,000 users whose mailboxes are all pending approval is served by
//! `orgtrack serve --test-delay 0`. Two copies of it are then approved and Test & Enabled with
//! `--wait`:
//!
//! - batched: `orgtrack --env ... mailbox approve --approval pending`, then `mailbox test-enable
//!   --all --wait` (OData `$batch`es, a change set per mailbox);
//! - naive: the same work done one request per mailbox, as a script would: one listing, then for
//!   each mailbox a PATCH of the approval and a GET reading it back, a PATCH scheduling the test,
//!   polling until none is scheduled, and a GET of each result.
//!
//! Every request goes through a counting proxy that closes each connection after one answer,
//! so the connections it accepts are the HTTP requests made. `ADMIN_MAILBOXES=N` changes the
//! number of mailboxes, `ADMIN_DIR` where the states go.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use serde_json::{Value, json};

const TOKEN: &str = "bench-token-0123456789abcdef";

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_orgtrack")
}

/// `orgtrack serve` on a free loopback port, stopped when dropped.
struct Serve {
    child: Child,
    addr: SocketAddr,
}

impl Serve {
    fn start(state: &Path, token_file: &Path) -> Serve {
        let mut child = Command::new(bin())
            .arg("--state")
            .arg(state)
            .args(["serve", "--listen", "127.0.0.1:0", "--test-delay", "0"])
            .arg("--token-file")
            .arg(token_file)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start orgtrack serve");
        let stderr = child.stderr.take().expect("piped stderr");
        let mut lines = BufReader::new(stderr).lines();
        let addr = loop {
            let line = lines
                .next()
                .expect("serve says where it listens")
                .expect("serve's stderr");
            if let Some(at) = line.find("http://") {
                let rest = &line[at + 7..];
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep draining stderr so serve never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Serve { child, addr }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Forwards each connection's one request to `upstream` and closes it, counting requests.
fn counting_proxy(upstream: SocketAddr) -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            seen.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || forward(stream, upstream));
        }
    });
    (addr, count)
}

fn forward(mut client: TcpStream, upstream: SocketAddr) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if let Some(value) = line
            .to_ascii_lowercase()
            .strip_prefix("content-length:")
            .map(|v| v.trim().to_string())
        {
            length = value.parse().unwrap_or(0);
        }
        if line.to_ascii_lowercase().starts_with("connection:") {
            continue;
        }
        if line == "\r\n" {
            head.push_str("Connection: close\r\n\r\n");
            break;
        }
        head.push_str(&line);
    }
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let Ok(mut server) = TcpStream::connect(upstream) else {
        return;
    };
    let _ = server.write_all(head.as_bytes());
    let _ = server.write_all(&body);
    let mut answer = Vec::new();
    let _ = server.read_to_end(&mut answer);
    // The answer goes back with `Connection: close`: the client opens a new connection for
    // its next request, so each request is counted.
    let text = String::from_utf8_lossy(&answer);
    let answer = match text.split_once("\r\n") {
        Some((status, rest)) => format!("{status}\r\nConnection: close\r\n{rest}").into_bytes(),
        None => answer,
    };
    let _ = client.write_all(&answer);
}

/// A state of `mailboxes` users, every mailbox pending approval and untested.
fn pending_org(dir: &Path, mailboxes: u32) -> std::path::PathBuf {
    let state = dir.join("admin.db");
    let status = Command::new(bin())
        .arg("--state")
        .arg(&state)
        .args(["--quiet", "generate", "--force", "--users"])
        .arg(mailboxes.to_string())
        .args(["--emails-per-mailbox", "0"])
        .stdout(Stdio::null())
        .status()
        .expect("run orgtrack generate");
    assert!(status.success(), "generate failed");
    let conn = Connection::open(&state).unwrap();
    conn.execute_batch(
        "UPDATE mailbox SET approval = 2, incoming_status = 0, outgoing_status = 0, act_status = 0;",
    )
    .unwrap();
    state
}

struct Measured {
    wall: Duration,
    requests: usize,
}

/// Runs `work` against a fresh copy of `state` behind serve and the counting proxy.
fn measure(dir: &Path, state: &Path, name: &str, work: impl FnOnce(&str)) -> Measured {
    let copy = dir.join(format!("{name}.db"));
    // A journal left by an earlier run would be played back into the fresh copy.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.join(format!("{name}.db{suffix}")));
    }
    std::fs::copy(state, &copy).unwrap();
    let token_file = dir.join("token");
    std::fs::write(&token_file, TOKEN).unwrap();
    let serve = Serve::start(&copy, &token_file);
    let (proxy, count) = counting_proxy(serve.addr);
    let url = format!("http://{proxy}");
    let started = Instant::now();
    work(&url);
    let wall = started.elapsed();
    let conn = Connection::open(&copy).unwrap();
    let passed: i64 = conn
        .query_row(
            "SELECT count(*) FROM mailbox WHERE approval = 1 AND incoming_status = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let total: i64 = conn
        .query_row("SELECT count(*) FROM mailbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(passed, total, "{name}: every mailbox approved and tested");
    Measured {
        wall,
        requests: count.load(Ordering::SeqCst),
    }
}

fn orgtrack(url: &str, args: &[&str]) {
    let status = Command::new(bin())
        .args(["--quiet", "--env", url])
        .args(args)
        .env("ORGTRACK_TOKEN", TOKEN)
        .stdout(Stdio::null())
        .status()
        .expect("run orgtrack");
    assert!(status.success(), "orgtrack {args:?} failed");
}

fn batched(url: &str) {
    orgtrack(url, &["mailbox", "approve", "--approval", "pending"]);
    orgtrack(url, &["mailbox", "test-enable", "--all", "--wait", "3600"]);
}

/// One request per mailbox and step, with the same client library, no concurrency.
fn naive(url: &str) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::blocking::Client::new();
    let api = format!("{url}/api/data/v9.2/");
    let get = |path: &str| -> Value {
        http.get(format!("{api}{path}"))
            .bearer_auth(TOKEN)
            .send()
            .unwrap()
            .error_for_status()
            .unwrap()
            .json()
            .unwrap()
    };
    let patch = |id: &str, body: Value| {
        http.patch(format!("{api}mailboxes({id})"))
            .bearer_auth(TOKEN)
            .json(&body)
            .send()
            .unwrap()
            .error_for_status()
            .unwrap();
    };
    let ids: Vec<String> =
        get("mailboxes?$select=mailboxid&$filter=emailrouteraccessapproval%20eq%202")["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row["mailboxid"].as_str().unwrap().to_string())
            .collect();
    for id in &ids {
        patch(id, json!({ "emailrouteraccessapproval": 1 }));
        let row = get(&format!(
            "mailboxes({id})?$select=emailrouteraccessapproval"
        ));
        assert_eq!(row["emailrouteraccessapproval"], 1);
    }
    for id in &ids {
        patch(id, json!({ "testemailconfigurationscheduled": true }));
    }
    loop {
        let left =
            get("mailboxes?$select=mailboxid&$filter=testemailconfigurationscheduled%20eq%20true")
                ["value"]
                .as_array()
                .unwrap()
                .len();
        if left == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    for id in &ids {
        get(&format!(
            "mailboxes({id})?$select=incomingemailstatus,outgoingemailstatus,actstatus"
        ));
    }
}

fn main() {
    let mailboxes: u32 = std::env::var("ADMIN_MAILBOXES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let dir = match std::env::var_os("ADMIN_DIR") {
        Some(dir) => std::path::PathBuf::from(dir),
        None => std::env::temp_dir().join("orgtrack-bench-admin"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    let state = pending_org(&dir, mailboxes);
    let batch = measure(&dir, &state, "batched", batched);
    let each = measure(&dir, &state, "naive", naive);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "approve + Test & Enable --wait of {mailboxes} mailboxes against orgtrack serve --test-delay 0\n"
    )
    .unwrap();
    writeln!(out, "| way | HTTP requests | wall time |").unwrap();
    writeln!(out, "|---|---:|---:|").unwrap();
    for (name, m) in [
        ("batched (`$batch`)", &batch),
        ("one request per mailbox", &each),
    ] {
        writeln!(
            out,
            "| {name} | {} | {:.1} s |",
            m.requests,
            m.wall.as_secs_f64()
        )
        .unwrap();
    }
    writeln!(
        out,
        "\nbatched: {:.1}x faster, {:.0}x fewer requests",
        each.wall.as_secs_f64() / batch.wall.as_secs_f64(),
        each.requests as f64 / batch.requests.max(1) as f64
    )
    .unwrap();
}
