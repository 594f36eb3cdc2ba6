//! `orgtrack serve` as an HTTP service on loopback: hostile queries, concurrent writers,
//! binding rules, links and ETags, and what OData clients discover (service document,
//! `$metadata`, `$count`, string functions, `Prefer`, formatted values).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::remote::{ORG, Server, TOKEN, http};
use crate::util::Env;

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

/// GET `path` under the API root with the test token: status, lower-case head, body.
fn get(server: &Server, path: &str) -> (u16, String, String) {
    get_with(server, path, &[])
}

fn get_with(server: &Server, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    let auth = bearer();
    let mut all = vec![("Authorization", auth.as_str())];
    all.extend_from_slice(headers);
    http(
        "GET",
        &format!("{}/api/data/v9.2/{path}", server.url),
        &all,
        "",
    )
}

fn json_of(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[test]
fn deep_or_long_filters_are_answered_400_and_the_server_lives_on() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let deep = format!(
        "{}name%20eq%20'x'{}",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let (status, _, body) = get(&server, &format!("mailboxes?$filter={deep}"));
    assert_eq!(status, 400, "{body}");
    let error = json_of(&body);
    assert_eq!(error["error"]["code"], "0x80060888");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nested deeper than 100 levels"),
        "{body}"
    );
    let nots = "not%20".repeat(5_000);
    let (status, _, body) = get(&server, &format!("mailboxes?$filter={nots}name%20eq%20'x'"));
    assert_eq!(status, 400, "{body}");
    let long = "x".repeat(40_000);
    let (status, _, body) = get(&server, &format!("mailboxes?$filter=name%20eq%20'{long}'"));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("characters long"), "{body}");
    // Still serving, and the message does not echo the whole query back.
    assert!(body.len() < 1_000, "{} bytes", body.len());
    let (status, _, _) = get(&server, "WhoAmI");
    assert_eq!(status, 200);
}

/// PATCH the organization row: status, lower-case head, body.
fn patch(server: &Server, if_match: &[&str], body: &str) -> (u16, String, String) {
    let auth = bearer();
    let mut headers = vec![
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    for tag in if_match {
        headers.push(("If-Match", tag));
    }
    http(
        "PATCH",
        &format!("{}/api/data/v9.2/{ORG}", server.url),
        &headers,
        body,
    )
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines()
        .find_map(|line| line.strip_prefix(&format!("{name}: ")))
        .map(str::trim)
}

/// The organization row's current ETag.
fn etag(server: &Server) -> String {
    let (status, _, body) = get(server, ORG);
    assert_eq!(status, 200, "{body}");
    json_of(&body)["@odata.etag"].as_str().unwrap().to_string()
}

#[test]
fn reads_go_on_while_the_write_lock_is_held_and_writes_answer_503() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    // Another program holds the state's write lock (as a long import does).
    let holder = rusqlite::Connection::open(env.state()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let url = server.url.clone();
    let waiting_write = std::thread::spawn(move || {
        let started = Instant::now();
        let auth = bearer();
        let answer = http(
            "PATCH",
            &format!("{url}/api/data/v9.2/{ORG}"),
            &[
                ("Authorization", auth.as_str()),
                ("Content-Type", "application/json"),
            ],
            r#"{"hashmaxcount": 30}"#,
        );
        (answer, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    for path in ["WhoAmI", "RetrieveVersion", ORG, "mailboxes", "tracelogs"] {
        let (status, _, body) = get(&server, path);
        assert_eq!(status, 200, "{path}: {body}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "reads are answered while a write waits for the lock"
    );
    let ((status, head, body), took) = waiting_write.join().unwrap();
    assert_eq!(status, 503, "{body}");
    assert_eq!(header(&head, "retry-after"), Some("1"), "{head}");
    assert_eq!(json_of(&body)["error"]["code"], "0x80040216");
    assert!(took < Duration::from_secs(20), "the write gave up early");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    let (status, _, body) = patch(&server, &[], r#"{"hashmaxcount": 30}"#);
    assert_eq!(status, 204, "{body}");
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 30);
}

#[test]
fn other_machines_get_tls_or_an_explicit_clear_text() {
    let env = Env::new();
    let run = env.run(&["serve", "--listen", "0.0.0.0:0"]).code(4);
    assert!(
        run.stderr.contains("--tls-cert and --tls-key")
            && run.stderr.contains("--allow-clear-text"),
        "{}",
        run.stderr
    );
    env.run(&["serve", "--listen", "[::]:0", "--json"])
        .code(4)
        .stderr_has("\"code\":\"clear_text_refused\"");
    let token_file = env.file("token", &format!("{TOKEN}\n"));
    let server = Server::launch(
        &env,
        &[
            "serve",
            "--listen",
            "0.0.0.0:0",
            "--allow-clear-text",
            "--token-file",
            &token_file,
        ],
    );
    let log = server.stderr.lock().unwrap().clone();
    assert!(log.contains("in plain HTTP"), "{log}");
    let port = server.url.rsplit(':').next().unwrap().to_string();
    let (status, _, body) = get(&server, "WhoAmI");
    assert_eq!(status, 200, "{body}");
    assert!(
        json_of(&body)["@odata.context"]
            .as_str()
            .unwrap()
            .starts_with(&format!("http://127.0.0.1:{port}/api/data/v9.2/$metadata#")),
        "{body}"
    );
}

/// One raw HTTP/1.1 exchange, as written: the whole answer.
fn raw(server: &Server, request: &str) -> String {
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn links_name_the_server_not_the_host_header() {
    let env = Env::new();
    for i in 0..3 {
        crate::directory::add_user(&env, &format!("User {i}"), &format!("user{i}@contoso.com"));
    }
    let server = Server::start(&env, &["--max-page-size", "2"]);
    let answer = raw(
        &server,
        &format!(
            "GET /api/data/v9.2/mailboxes HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: {}\r\nConnection: close\r\n\r\n",
            bearer()
        ),
    );
    let body = json_of(answer.split_once("\r\n\r\n").unwrap().1);
    let base = format!("{}/api/data/v9.2/", server.url);
    assert!(
        body["@odata.context"].as_str().unwrap().starts_with(&base),
        "{body}"
    );
    assert!(
        body["@odata.nextLink"].as_str().unwrap().starts_with(&base),
        "{body}"
    );
    assert!(!answer.contains("attacker.example"), "{answer}");

    let public = Server::start(
        &env,
        &["--public-url", "https://orgtrack.example.com:8443/"],
    );
    let (_, _, body) = get(&public, "WhoAmI");
    assert!(
        json_of(&body)["@odata.context"]
            .as_str()
            .unwrap()
            .starts_with("https://orgtrack.example.com:8443/api/data/v9.2/$metadata#"),
        "{body}"
    );
    env.run(&["serve", "--public-url", "https://user:pw@example.com/x"])
        .code(4)
        .stderr_has("--public-url 'https://<redacted>@example.com/x'");
}

#[test]
fn a_client_trickling_its_headers_is_cut_off() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    stream
        .write_all(b"GET /api/data/v9.2/WhoAmI HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let started = Instant::now();
    let mut buffer = [0u8; 512];
    let closed = loop {
        if started.elapsed() > Duration::from_secs(40) {
            break false;
        }
        // One more header byte now and then: never the end of the headers.
        if stream.write_all(b"X").is_err() {
            break true;
        }
        match stream.read(&mut buffer) {
            Ok(0) => break true,
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break true,
        }
    };
    assert!(closed, "the connection stayed open for 40 s");
    // Whoever sends a whole request is still answered.
    let (status, _, _) = get(&server, "WhoAmI");
    assert_eq!(status, 200);
}

#[test]
fn etags_stay_when_nothing_changes_and_if_match_takes_a_list() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let first = etag(&server);
    let (status, head, body) = patch(&server, &[&first], r#"{"hashmaxcount": 40}"#);
    assert_eq!(status, 204, "{body}");
    let second = etag(&server);
    assert_ne!(second, first);
    assert_eq!(
        header(&head, "etag"),
        Some(second.to_ascii_lowercase().as_str())
    );
    // The same value again: nothing changes, so neither does the ETag.
    let (status, head, body) = patch(&server, &[&second], r#"{"hashmaxcount": 40}"#);
    assert_eq!(status, 204, "{body}");
    assert_eq!(
        header(&head, "etag"),
        Some(second.to_ascii_lowercase().as_str())
    );
    assert_eq!(etag(&server), second);
    // A list matches when any of its tags does (RFC 9110), in one field or in several.
    let list = format!("W/\"999999\", {second}");
    let (status, _, body) = patch(&server, &[&list], r#"{"hashmaxcount": 41}"#);
    assert_eq!(status, 204, "{body}");
    let third = etag(&server);
    let (status, _, body) = patch(&server, &["W/\"1\"", &third], r#"{"hashmaxcount": 42}"#);
    assert_eq!(status, 204, "{body}");
    let (status, _, body) = patch(&server, &["W/\"1\", W/\"2\""], r#"{"hashmaxcount": 43}"#);
    assert_eq!(status, 412, "{body}");
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 42);
}
