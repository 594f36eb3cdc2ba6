//! Remote mode (`--env`) against `orgtrack serve` on loopback, end to end, and against small
//! test responders (real servers on 127.0.0.1) where a behaviour needs a service that answers
//! 429, never answers, issues tokens, or changes the row between a client's read and write.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::directory::{add_queue, add_user};
use crate::util::{Env, Run};

pub(crate) const TOKEN: &str = "test-token-0123456789abcdef";

/// `orgtrack serve` on a free loopback port, killed when dropped.
pub(crate) struct Server {
    child: Child,
    pub(crate) url: String,
    pub(crate) stderr: Arc<Mutex<String>>,
}

impl Server {
    /// serve with `TOKEN` as its token.
    pub(crate) fn start(env: &Env, extra: &[&str]) -> Server {
        let token_file = env.file("token", &format!("{TOKEN}\n"));
        let mut args = vec!["--token-file", &token_file];
        args.extend_from_slice(extra);
        Server::spawn(env, &args)
    }

    /// serve on a free loopback port; returns once it says where it listens.
    pub(crate) fn spawn(env: &Env, extra: &[&str]) -> Server {
        let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        Server::launch(env, &args)
    }

    /// orgtrack with `args` (a serve command line); returns once it says where it listens.
    pub(crate) fn launch(env: &Env, args: &[&str]) -> Server {
        let mut child = env
            .command()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start orgtrack serve");
        let stderr = child.stderr.take().expect("piped stderr");
        let (found, lines) = std::sync::mpsc::channel();
        let seen = Arc::new(Mutex::new(String::new()));
        let log = Arc::clone(&seen);
        // Drains stderr for the server's whole life, so it never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                log.lock().unwrap().push_str(&format!("{line}\n"));
                let _ = found.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some(at) = line.find("://") {
                        let scheme_start = line[..at].rfind(' ').map_or(0, |i| i + 1);
                        let rest = &line[at + 3..];
                        let host = rest.split('/').next().unwrap();
                        let url = format!("{}://{host}", &line[scheme_start..at]);
                        return Server {
                            child,
                            url,
                            stderr: seen,
                        };
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("serve did not start:\n{}", seen.lock().unwrap());
                }
            }
        }
    }

    pub(crate) fn addr(&self) -> SocketAddr {
        self.url
            .split("://")
            .nth(1)
            .unwrap()
            .parse()
            .expect("serve listens on an IP address")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs orgtrack against `url` with the test token.
pub(crate) fn remote(env: &Env, url: &str, args: &[&str]) -> Run {
    remote_with(env, url, args, &[("ORGTRACK_TOKEN", TOKEN)])
}

pub(crate) fn remote_with(env: &Env, url: &str, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut all = vec!["--env", url];
    all.extend_from_slice(args);
    let mut cmd = env.command();
    cmd.args(&all);
    for (name, value) in vars {
        cmd.env(name, value);
    }
    Run::from(cmd.output().expect("run orgtrack"), &all)
}

pub(crate) fn remote_json(env: &Env, url: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    remote(env, url, &all).ok().json()
}

/// Alex Wu (a user) and Support (a queue owned by Alex), Support approved, both tested: five
/// alerts of two levels.
fn org() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    env.run(&["mailbox", "approve", "Support"]).ok();
    // Alex Wu is not approved: the test fails (exit 1).
    env.run(&["mailbox", "test-enable", "--all"]).code(1);
    env
}

/// A JSON document without the fields that differ by design between modes (ids are GUIDs
/// remotely; the tracelog keeps no count).
fn without(mut doc: Value, fields: &[&str]) -> Value {
    let strip = |item: &mut Value| {
        if let Some(map) = item.as_object_mut() {
            for field in fields {
                map.remove(*field);
            }
        }
    };
    match &mut doc {
        Value::Array(items) => items.iter_mut().for_each(strip),
        other => strip(other),
    }
    doc
}

// ---- a tiny HTTP/1.1 responder on loopback, for behaviours serve does not have ----

pub(crate) struct Request {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

/// Answers each connection's one request with `answer` and closes it. Stops when dropped, and
/// by itself after a minute in any case.
pub(crate) struct Responder {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    hits: Arc<AtomicUsize>,
}

impl Responder {
    /// A proxy to `upstream` whose first answer is `status` with `headers` (a busy service).
    pub(crate) fn busy_once(
        upstream: SocketAddr,
        status: &'static str,
        headers: &[(&'static str, &'static str)],
    ) -> Responder {
        let headers = headers.to_vec();
        let first = Arc::new(AtomicBool::new(true));
        Responder::start(move |request| {
            if first.swap(false, Ordering::SeqCst) {
                respond(status, &headers, "")
            } else {
                forward(request, upstream)
            }
        })
    }

    pub(crate) fn start(answer: impl Fn(&Request) -> Vec<u8> + Send + 'static) -> Responder {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let hits = Arc::new(AtomicUsize::new(0));
        let (stop2, hits2) = (Arc::clone(&stop), Arc::clone(&hits));
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !stop2.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        stream.set_nonblocking(false).unwrap();
                        stream
                            .set_read_timeout(Some(Duration::from_secs(10)))
                            .unwrap();
                        if let Some(request) = read_request(&mut stream) {
                            hits2.fetch_add(1, Ordering::SeqCst);
                            let _ = stream.write_all(&answer(&request));
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Responder {
            addr,
            stop,
            thread: Some(thread),
            hits,
        }
    }

    pub(crate) fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub(crate) fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request {
        method,
        path,
        headers,
        body,
    })
}

pub(crate) fn respond(status: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut text = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    text.into_bytes()
}

/// Passes a request on to `upstream` and returns its answer, marked to close the connection.
pub(crate) fn forward(request: &Request, upstream: SocketAddr) -> Vec<u8> {
    let mut stream = TcpStream::connect(upstream).unwrap();
    let mut head = format!("{} {} HTTP/1.1\r\n", request.method, request.path);
    for (name, value) in &request.headers {
        if !name.eq_ignore_ascii_case("connection") {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&request.body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (status_line, rest) = text.split_once("\r\n").unwrap();
    format!("{status_line}\r\nConnection: close\r\n{rest}").into_bytes()
}

/// A loopback port with nothing listening on it.
fn closed_port() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}")
}

/// Raw Web API calls, for what the CLI does not show (headers, error documents).
pub(crate) fn http(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String, String) {
    let addr: SocketAddr = url
        .split("://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = format!("/{}", url.splitn(4, '/').nth(3).unwrap_or(""));
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_ascii_lowercase(), body.to_string())
}

pub(crate) const ORG: &str = "organizations(6f726700-0000-4000-8000-000000000001)";

// ---- settings ----

#[test]
fn settings_set_remotely_are_read_locally() {
    let env = org();
    let server = Server::start(&env, &[]);
    let url = server.url.as_str();
    remote(
        &env,
        url,
        &["settings", "set", "TrackCategorizedItems", "false"],
    )
    .ok()
    .stderr_has("TrackCategorizedItems: true -> false");
    remote(&env, url, &["settings", "set", "trackingprefix", "CASE"]).ok();
    let local = env.json(&["settings", "get", "TrackCategorizedItems"]);
    assert_eq!(local["value"], false);
    assert_eq!(
        env.json(&["settings", "get", "trackingprefix"])["value"],
        "CASE"
    );
    // The same transaction as the CLI's: the retired prefix still parses.
    let parsed = env.json(&["token", "parse", "Re: hello CRM:0001001"]);
    assert_eq!(parsed["prefix"], "CRM", "{parsed}");
    // Every view is the same in both modes.
    for name in ["TrackCategorizedItems", "trackingprefix", "hashmaxcount"] {
        assert_eq!(
            remote_json(&env, url, &["settings", "get", name]),
            env.json(&["settings", "get", name]),
            "{name}"
        );
    }
    assert_eq!(
        remote_json(&env, url, &["settings", "list", "--changed"]),
        env.json(&["settings", "list", "--changed"])
    );
    assert_eq!(
        remote_json(&env, url, &["settings", "describe", "trackingprefix"]),
        env.json(&["settings", "describe", "trackingprefix"])
    );
    let remote_export = remote(&env, url, &["settings", "export"]).ok().stdout;
    assert_eq!(remote_export, env.run(&["settings", "export"]).ok().stdout);
}

#[test]
fn import_diff_and_reset_remotely() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let url = server.url.as_str();
    let file = env.file(
        "wanted.toml",
        "AutoTrackSentFolderItems = true\nhashmaxcount = 30\n",
    );
    remote(&env, url, &["settings", "diff", &file, "--exit-code"]).code(1);
    remote(&env, url, &["settings", "import", &file, "--dry-run"])
        .ok()
        .stderr_has("dry run: nothing was changed");
    assert_eq!(env.json(&["settings", "list", "--changed"]), json!([]));
    remote(&env, url, &["settings", "import", &file]).ok();
    remote(&env, url, &["settings", "diff", &file, "--exit-code"]).ok();
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 30);
    // Dataverse cannot delete a setting: a remote reset writes the default value.
    let reset = remote_json(
        &env,
        url,
        &[
            "settings",
            "reset",
            "AutoTrackSentFolderItems",
            "hashmaxcount",
        ],
    );
    assert_eq!(reset[0]["new"], false);
    assert_eq!(reset[1]["new"], 20);
    let exported = env.run(&["settings", "export"]).ok().stdout;
    assert_eq!(
        exported,
        "AutoTrackSentFolderItems = false\nhashmaxcount = 20\n"
    );
    // A column written back to its default no longer counts as changed.
    let changed = remote_json(&env, url, &["settings", "list", "--changed"]);
    assert_eq!(changed, json!([]));
}

#[test]
fn bad_input_is_refused_before_anything_is_written() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let url = server.url.as_str();
    let before = env.run(&["settings", "export", "json"]).ok().stdout;
    remote(&env, url, &["settings", "set", "hashmaxcount", "-5"])
        .code(4)
        .stderr_has("invalid value '-5' for hashmaxcount");
    remote(
        &env,
        url,
        &["settings", "set", "AutoTrackSentFolderItems", "maybe"],
    )
    .code(4)
    .stderr_has("expected true or false");
    // Unknown names are refused before any request: even with the service down.
    remote(
        &env,
        &closed_port(),
        &["settings", "set", "TrackCategorizedItem", "true"],
    )
    .code(3)
    .stderr_has("did you mean TrackCategorizedItems");
    // An OrgDB setting without a default cannot be reset: nothing to write in its place.
    remote(
        &env,
        url,
        &["settings", "set", "JumpBarAlphabetOverride", "ABC"],
    )
    .ok();
    remote(
        &env,
        url,
        &[
            "settings",
            "reset",
            "JumpBarAlphabetOverride",
            "hashmaxcount",
        ],
    )
    .code(4)
    .stderr_has("JumpBarAlphabetOverride has no default");
    assert_eq!(
        env.json(&["settings", "get", "JumpBarAlphabetOverride"])["value"],
        "ABC"
    );
    let after = env.run(&["settings", "export", "json"]).ok().stdout;
    assert_ne!(before, after);
    assert!(after.contains("JumpBarAlphabetOverride"));
    assert!(!after.contains("hashmaxcount"));
}

/// The proxy changes the org (through serve) just before passing the client's PATCH on: the
/// client's If-Match names a version the row no longer has.
#[test]
fn a_row_changed_meanwhile_exits_5_and_writes_nothing() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let upstream = server.addr();
    let serve_url = server.url.clone();
    let proxy = Responder::start(move |request| {
        if request.method == "PATCH" {
            let (status, _, _) = http(
                "PATCH",
                &format!("{serve_url}/api/data/v9.2/{ORG}"),
                &[
                    ("Authorization", &format!("Bearer {TOKEN}")),
                    ("Content-Type", "application/json"),
                ],
                r#"{"hashmaxcount": 25}"#,
            );
            assert_eq!(status, 204);
        }
        forward(request, upstream)
    });
    remote(
        &env,
        &proxy.url(),
        &["settings", "set", "enablesmartmatching", "true"],
    )
    .code(5)
    .stderr_has("changed")
    .stderr_has("nothing was written");
    assert_eq!(
        env.json(&["settings", "get", "enablesmartmatching"])["value"],
        false
    );
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 25);
}

// ---- serve as a Web API ----

#[test]
fn serve_speaks_odata_with_etags_and_dataverse_errors() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let auth = format!("Bearer {TOKEN}");
    let org_url = format!("{}/api/data/v9.2/{ORG}", server.url);
    let (status, head, _) = http("GET", &org_url, &[], "");
    assert_eq!(status, 401);
    assert!(head.contains("odata-version: 4.0"), "{head}");
    let (status, head, body) = http(
        "GET",
        &format!("{org_url}?$select=trackingprefix,orgdborgsettings"),
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(status, 200, "{body}");
    assert!(head.contains("odata-version: 4.0"), "{head}");
    let row: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(row["trackingprefix"], "CRM");
    assert_eq!(row["orgdborgsettings"], "<OrgSettings></OrgSettings>");
    assert!(
        row.get("hashmaxcount").is_none(),
        "$select keeps only what it names"
    );
    let etag = row["@odata.etag"].as_str().unwrap().to_string();
    assert!(
        head.contains(&format!("etag: {}", etag.to_ascii_lowercase())),
        "{head}"
    );

    let patch = |if_match: &str, body: &str| {
        http(
            "PATCH",
            &org_url,
            &[
                ("Authorization", &auth),
                ("Content-Type", "application/json"),
                ("If-Match", if_match),
            ],
            body,
        )
    };
    let (status, _, body) = patch(
        &etag,
        r#"{"orgdborgsettings": "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>", "hashmaxcount": 40}"#,
    );
    assert_eq!(status, 204, "{body}");
    let (status, _, body) = patch(&etag, r#"{"hashmaxcount": 41}"#);
    assert_eq!(status, 412);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"]["code"],
        "0x80060882"
    );
    let (status, _, body) = patch("*", r#"{"hashmaxcount": -1}"#);
    assert_eq!(status, 400);
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(error["error"]["code"], "0x80048514");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("hashmaxcount")
    );
    let (status, _, _) = patch("*", r#"{"nosuchcolumn": 1}"#);
    assert_eq!(status, 400);
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 40);
    assert_eq!(
        env.json(&["settings", "get", "AutoTrackSentFolderItems"])["value"],
        true
    );
    let (status, _, body) = http(
        "GET",
        &format!("{}/api/data/v9.2/WhoAmI", server.url),
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(status, 200);
    let who: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        who["OrganizationId"],
        "6f726700-0000-4000-8000-000000000001"
    );
    let (status, _, body) = http(
        "GET",
        &format!("{}/api/data/v9.2/mailboxes?$filter=name%20eq", server.url),
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(status, 400, "{body}");
}

#[test]
fn serve_makes_up_a_token_when_given_none() {
    let env = Env::new();
    let server = Server::spawn(&env, &[]);
    let log = server.stderr.lock().unwrap().clone();
    let token = log
        .lines()
        .find_map(|l| l.strip_prefix("orgtrack serve: token for clients (ORGTRACK_TOKEN): "))
        .expect("the token is printed")
        .to_string();
    assert_eq!(token.len(), 64, "{log}");
    let run = remote_with(
        &env,
        &server.url,
        &["--json", "settings", "get", "hashmaxcount"],
        &[("ORGTRACK_TOKEN", &token)],
    )
    .ok();
    assert_eq!(run.json()["value"], 20);
    remote(&env, &server.url, &["settings", "list"]).code(6);
    let other = Server::spawn(&env, &[]);
    assert!(
        !other.stderr.lock().unwrap().contains(&token),
        "each serve has its own token"
    );
}

// ---- mailboxes and alerts ----

#[test]
fn mailboxes_and_alerts_read_as_locally_with_guid_ids() {
    let env = org();
    let server = Server::start(&env, &[]);
    let url = server.url.as_str();
    let ids = ["id", "owner_id", "mailbox_id", "profile_id"];
    let remote_list = remote_json(&env, url, &["mailbox", "list"]);
    assert_eq!(
        without(remote_list.clone(), &ids),
        without(env.json(&["mailbox", "list"]), &ids)
    );
    assert_eq!(remote_list[0]["id"], "6d627800-0000-4000-8000-000000000001");
    assert_eq!(remote_list[1]["owner_kind"], "queue");
    assert_eq!(remote_list[1]["act_method"], "none");
    assert_eq!(
        without(
            remote_json(&env, url, &["mailbox", "list", "--status", "failure"]),
            &ids
        ),
        without(env.json(&["mailbox", "list", "--status", "failure"]), &ids)
    );
    for options in [
        ["--incoming-status", "success"],
        ["--act-status", "not-run"],
    ] {
        let mut args = vec!["mailbox", "list"];
        args.extend_from_slice(&options);
        let remote_rows = remote_json(&env, url, &args);
        assert_eq!(
            without(remote_rows.clone(), &ids),
            without(env.json(&args), &ids),
            "{options:?}"
        );
    }

    let shown = remote_json(&env, url, &["mailbox", "show", "support@contoso.com"]);
    assert_eq!(shown["name"], "Support");
    assert_eq!(shown["approval"], "approved");
    assert_eq!(shown["enabled_for_incoming_email"], true);
    let guid = shown["id"].as_str().unwrap();
    assert_eq!(
        remote_json(&env, url, &["mailbox", "show", guid])["name"],
        "Support"
    );
    assert_eq!(
        remote_json(&env, url, &["mailbox", "show", "Alex Wu"])["email"],
        "alex@contoso.com"
    );
    remote(&env, url, &["mailbox", "show", "nobody@contoso.com"])
        .code(3)
        .stderr_has("no mailbox 'nobody@contoso.com'");
    remote(
        &env,
        url,
        &["mailbox", "show", "6d627800-0000-4000-8000-0000000000ff"],
    )
    .code(3);

    let fields = ["id", "mailbox_id", "count"];
    for args in [
        vec!["alerts", "list"],
        vec!["alerts", "list", "--level", "error"],
        vec!["alerts", "list", "--mailbox", "Alex Wu", "--limit", "2"],
        vec!["alerts", "list", "--since", "2026-01-05T09:00:00Z"],
        vec!["alerts", "list", "--since", "2026-01-06"],
    ] {
        let there = remote_json(&env, url, &args);
        assert_eq!(
            without(there.clone(), &fields),
            without(env.json(&args), &fields),
            "{args:?}"
        );
        if let Some(first) = there.as_array().unwrap().first() {
            assert_eq!(first["count"], Value::Null);
        }
    }
}

#[test]
fn collections_are_paged_through_next_links() {
    let env = Env::new();
    for i in 0..7 {
        add_user(&env, &format!("User {i}"), &format!("user{i}@contoso.com"));
    }
    let server = Server::start(&env, &["--max-page-size", "2"]);
    let (status, _, body) = http(
        "GET",
        &format!("{}/api/data/v9.2/mailboxes?$select=name", server.url),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        "",
    );
    assert_eq!(status, 200);
    let page: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(page["value"].as_array().unwrap().len(), 2);
    assert!(
        page["@odata.nextLink"]
            .as_str()
            .unwrap()
            .contains("$skiptoken=2")
    );
    let listed = remote_json(&env, &server.url, &["mailbox", "list"]);
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        (0..7).map(|i| format!("User {i}")).collect::<Vec<_>>()
    );
}

// ---- failures ----

#[test]
fn a_refused_token_exits_6_and_is_never_printed() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let wrong = "wrong-token-must-not-leak-9f8e7d";
    for format in [&[][..], &["--json"][..]] {
        let mut args = format.to_vec();
        args.extend(["settings", "get", "hashmaxcount"]);
        let run = remote_with(&env, &server.url, &args, &[("ORGTRACK_TOKEN", wrong)]).code(6);
        assert!(
            run.stderr.contains("refused the token (HTTP 401)"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains(wrong) && !run.stdout.contains(wrong));
    }
    let run = remote_with(&env, &server.url, &["settings", "list"], &[]).code(6);
    assert!(run.stderr.contains("ORGTRACK_TOKEN"), "{}", run.stderr);
}

#[test]
fn busy_answers_are_retried_after_retry_after() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let proxy = Responder::busy_once(
        server.addr(),
        "429 Too Many Requests",
        &[("Retry-After", "1")],
    );
    let started = Instant::now();
    let run = remote(
        &env,
        &proxy.url(),
        &["--json", "settings", "get", "hashmaxcount"],
    )
    .ok();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );
    assert!(
        run.stderr.contains("busy (HTTP 429); retry 1 of 3"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["value"], 20);

    // Busy for good: a bounded number of retries, then exit 6.
    let always = Responder::start(|_| {
        respond(
            "503 Service Unavailable",
            &[("Retry-After", "0")],
            r#"{"error":{"code":"0x80072321","message":"Server busy"}}"#,
        )
    });
    remote(&env, &always.url(), &["settings", "list"])
        .code(6)
        .stderr_has("still busy after 3 retries (HTTP 503): Server busy (0x80072321)");
    assert_eq!(always.hits(), 4);
}

#[test]
fn a_service_that_is_down_or_silent_fails_within_seconds() {
    let env = Env::new();
    let started = Instant::now();
    remote(&env, &closed_port(), &["mailbox", "list"])
        .code(6)
        .stderr_has("cannot connect to http://127.0.0.1:");
    assert!(started.elapsed() < Duration::from_secs(5));

    let silent = Responder::start(|_| {
        std::thread::sleep(Duration::from_secs(4));
        Vec::new()
    });
    let started = Instant::now();
    remote_with(
        &env,
        &silent.url(),
        &["alerts", "list"],
        &[("ORGTRACK_TOKEN", TOKEN), ("ORGTRACK_TIMEOUT", "1")],
    )
    .code(6)
    .stderr_has("did not answer within 1s");
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[test]
fn odata_errors_exit_6_with_the_service_code_and_message() {
    let env = Env::new();
    let failing = Responder::start(|_| {
        respond(
            "500 Internal Server Error",
            &[("Content-Type", "application/json")],
            r#"{"error":{"code":"0x80040216","message":"An unexpected error occurred."}}"#,
        )
    });
    remote(&env, &failing.url(), &["--json", "mailbox", "list"])
        .code(6)
        .stderr_has("\"code\":\"remote_error\"")
        .stderr_has("HTTP 500: An unexpected error occurred. (0x80040216)");

    // A service that echoes the request back: the token is still never printed.
    let echoing = Responder::start(|request| {
        let auth = request
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("authorization"))
            .map_or(String::new(), |(_, v)| v.clone());
        let body =
            json!({"error": {"code": "0x80040220", "message": format!("denied for {auth}")}});
        respond("400 Bad Request", &[], &body.to_string())
    });
    let run = remote(&env, &echoing.url(), &["settings", "list"])
        .code(6)
        .stderr_has("denied for Bearer <redacted>");
    assert!(!run.stderr.contains(TOKEN) && !run.stdout.contains(TOKEN));
}

// ---- credentials, TLS, environments, and the state file ----

fn client_vars<'a>(secret: &'a str, authority: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("ORGTRACK_TENANT_ID", "contoso.onmicrosoft.com"),
        ("ORGTRACK_CLIENT_ID", "11111111-2222-3333-4444-555555555555"),
        ("ORGTRACK_CLIENT_SECRET", secret),
        ("ORGTRACK_AUTHORITY", authority),
    ]
}

#[test]
fn client_credentials_are_exchanged_for_a_token() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let secret = "client-secret-that-must-not-leak";
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = Arc::clone(&seen);
    let authority = Responder::start(move |request| {
        let form = String::from_utf8_lossy(&request.body).into_owned();
        log.lock()
            .unwrap()
            .push(format!("{} {} {form}", request.method, request.path));
        if form.contains("client_secret=client-secret-that-must-not-leak") {
            respond(
                "200 OK",
                &[("Content-Type", "application/json")],
                &format!(r#"{{"token_type":"Bearer","expires_in":3599,"access_token":"{TOKEN}"}}"#),
            )
        } else {
            respond(
                "401 Unauthorized",
                &[("Content-Type", "application/json")],
                r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1"}"#,
            )
        }
    });
    let authority_url = authority.url();
    let good = client_vars(secret, &authority_url);
    let run = remote_with(
        &env,
        &server.url,
        &["--json", "settings", "get", "hashmaxcount"],
        &good,
    )
    .ok();
    assert_eq!(run.json()["value"], 20);
    let requests = seen.lock().unwrap().clone();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert!(
        request.starts_with("POST /contoso.onmicrosoft.com/oauth2/v2.0/token "),
        "{request}"
    );
    assert!(
        request.contains("grant_type=client_credentials"),
        "{request}"
    );
    assert!(request.contains("client_id=11111111-2222-3333-4444-555555555555"));
    let scope = format!(
        "scope={}",
        server.url.replace(':', "%3A").replace('/', "%2F")
    );
    assert!(
        request.contains(&format!("{scope}%2F.default")),
        "{request}"
    );

    let bad = client_vars("another-secret-that-must-not-leak", &authority_url);
    let run = remote_with(&env, &server.url, &["settings", "list"], &bad)
        .code(6)
        .stderr_has("refused the client credentials (HTTP 401): invalid_client: AADSTS7000215");
    assert!(!run.stderr.contains("another-secret") && !run.stdout.contains("another-secret"));
    assert!(!run.stderr.contains(secret));

    let partial = vec![("ORGTRACK_TENANT_ID", "contoso.onmicrosoft.com")];
    remote_with(&env, &server.url, &["settings", "list"], &partial)
        .code(6)
        .stderr_has("ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET not set");
}

#[test]
fn tls_with_a_self_signed_certificate_authority() {
    let env = Env::new();
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "orgtrack test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf_params =
        rcgen::CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    let leaf = leaf_params.signed_by(&leaf_key, &ca).unwrap();
    let ca_file = env.file("ca.pem", &ca.pem());
    let cert_file = env.file("server.pem", &leaf.pem());
    let key_file = env.file("server.key", &leaf_key.serialize_pem());

    let server = Server::start(&env, &["--tls-cert", &cert_file, "--tls-key", &key_file]);
    assert!(
        server.url.starts_with("https://127.0.0.1:"),
        "{}",
        server.url
    );
    let url = server.url.as_str();
    remote(
        &env,
        url,
        &[
            "--ca-cert",
            &ca_file,
            "settings",
            "set",
            "hashmaxcount",
            "33",
        ],
    )
    .ok();
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 33);
    let run = remote_with(
        &env,
        url,
        &["--json", "settings", "get", "hashmaxcount"],
        &[("ORGTRACK_TOKEN", TOKEN), ("ORGTRACK_CA_CERT", &ca_file)],
    )
    .ok();
    assert_eq!(run.json()["value"], 33);
    // Without the CA the certificate is not trusted.
    remote(&env, url, &["settings", "get", "hashmaxcount"])
        .code(6)
        .stderr_has("cannot connect to https://127.0.0.1:");
    assert!(server.stderr.lock().unwrap().contains("https://"));
}

#[test]
fn named_environments() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    env.run(&["env", "add", "sim", &format!("{}/", server.url)])
        .ok();
    env.run(&["env", "add", "sim", "https://contoso.crm.dynamics.com"])
        .code(5)
        .stderr_has("already");
    env.run(&["env", "add", "prod", "https://contoso.crm.dynamics.com"])
        .ok();
    env.run(&["env", "add", "bad", "http://contoso.crm.dynamics.com"])
        .code(4)
        .stderr_has("loopback");
    let listed = env.json(&["env", "list"]);
    assert_eq!(
        listed,
        json!([
            {"name": "prod", "url": "https://contoso.crm.dynamics.com"},
            {"name": "sim", "url": server.url},
        ])
    );
    let config =
        std::fs::read_to_string(env.dir().join("xdg-config/orgtrack/config.toml")).unwrap();
    assert!(config.contains("[env.sim]"), "{config}");
    assert_eq!(
        remote_json(&env, "sim", &["settings", "get", "hashmaxcount"])["value"],
        20
    );
    env.run(&["env", "remove", "sim"]).ok();
    remote(&env, "sim", &["settings", "list"])
        .code(3)
        .stderr_has("defined environments: prod");
    env.run(&["env", "remove", "sim"]).code(3);
}

#[test]
fn remote_mode_never_creates_or_touches_a_state_file() {
    let env = Env::empty();
    let served = Env::new();
    let server = Server::start(&served, &[]);
    remote(&env, &server.url, &["settings", "list"]).ok();
    remote(
        &env,
        &server.url,
        &["settings", "set", "hashmaxcount", "21"],
    )
    .ok();
    remote(&env, &server.url, &["mailbox", "list"]).ok();
    assert!(!env.state().exists());
    assert!(!env.dir().join("xdg-data/orgtrack/state.db").exists());
    // The only file written is the environment's settings journal.
    let data: Vec<_> = std::fs::read_dir(env.dir().join("xdg-data/orgtrack"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(data, ["journal"]);
    // Local-only commands say so instead of touching anything.
    remote(&env, &server.url, &["user", "list"])
        .code(4)
        .stderr_has("local state only");
    remote(&env, &server.url, &["alerts", "clear"]).code(4);
    assert!(!env.state().exists());
}
