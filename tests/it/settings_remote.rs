//! Settings across environments, through `--env` against `orgtrack serve` on loopback: columns
//! as columns, `diff --against`, `import --prune`, `remove`, `history` and `undo`, and a row
//! changed meanwhile refused with exit 5.

use std::os::unix::fs::PermissionsExt;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::remote::{ORG, Responder, Server, TOKEN, forward, http, remote, remote_json};
use crate::util::{Env, Run};

/// The organization row as serve holds it.
fn row(server: &Server) -> Value {
    let (status, _, body) = http(
        "GET",
        &format!("{}/api/data/v9.2/{ORG}", server.url),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        "",
    );
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// Each write a proxy passed on: method, path and JSON body.
type Writes = Arc<Mutex<Vec<(String, String, Value)>>>;

/// A proxy in front of `server` that records each write's method, path and body.
fn recording(server: &Server) -> (Responder, Writes) {
    let upstream = server.addr();
    let writes = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&writes);
    let proxy = Responder::start(move |request| {
        if request.method != "GET" {
            let body = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
            log.lock()
                .unwrap()
                .push((request.method.clone(), request.path.clone(), body));
        }
        forward(request, upstream)
    });
    (proxy, writes)
}

/// A proxy that, once `on` is set, changes the org through serve just before passing any
/// write on, so the client's If-Match names a version the row no longer has.
fn meddling(server: &Server, on: Arc<AtomicBool>) -> Responder {
    let upstream = server.addr();
    let serve_url = server.url.clone();
    // A new value each time: writing what the row holds would not change it.
    let next = AtomicUsize::new(3);
    Responder::start(move |request| {
        if request.method != "GET" && on.load(Ordering::SeqCst) {
            let value = next.fetch_add(1, Ordering::SeqCst);
            let (status, _, _) = http(
                "PATCH",
                &format!("{serve_url}/api/data/v9.2/{ORG}"),
                &[
                    ("Authorization", &format!("Bearer {TOKEN}")),
                    ("Content-Type", "application/json"),
                ],
                &format!(r#"{{"hashminaddresscount": {value}}}"#),
            );
            assert_eq!(status, 204);
        }
        forward(request, upstream)
    })
}

#[test]
fn a_column_set_remotely_arrives_as_a_column_and_the_blob_is_untouched() {
    let env = Env::new();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    let server = Server::start(&env, &[]);
    let (proxy, writes) = recording(&server);
    remote(
        &env,
        &proxy.url(),
        &["settings", "set", "MaxRecordsForExportToExcel", "50000"],
    )
    .ok();
    let writes = writes.lock().unwrap().clone();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].0, "PATCH");
    assert_eq!(writes[0].2, json!({"maxrecordsforexporttoexcel": 50000}));
    let row = row(&server);
    assert_eq!(row["maxrecordsforexporttoexcel"], 50000);
    assert_eq!(
        row["orgdborgsettings"],
        "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>"
    );
    remote(
        &env,
        &server.url,
        &["settings", "set", "EnableTDSEndpoint", "true"],
    )
    .code(4)
    .stderr_has("read-only");
}

#[test]
fn diff_against_another_environment_lists_exactly_their_differences() {
    let dev = Env::new();
    let prod = Env::new();
    dev.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    dev.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    prod.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    prod.run(&["settings", "set", "trackingprefix", "PRD"]).ok();
    let dev_server = Server::start(&dev, &[]);
    let prod_server = Server::start(&prod, &[]);
    dev.run(&["env", "add", "prod", &prod_server.url]).ok();
    let expected = json!([
        {"name": "hashmaxcount", "org": 30, "other": 20},
        {"name": "trackingprefix", "org": "CRM", "other": "PRD"},
    ]);
    let found = remote_json(
        &dev,
        &dev_server.url,
        &["settings", "diff", "--against", "prod"],
    );
    assert_eq!(found, expected);
    remote(
        &dev,
        &dev_server.url,
        &["settings", "diff", "--against", "prod", "--exit-code"],
    )
    .code(1)
    .stderr_has("2 settings differ");
    // The local state against an environment by URL.
    let args = ["--json", "settings", "diff", "--against", &prod_server.url];
    let output = dev
        .command()
        .args(args)
        .env("ORGTRACK_TOKEN", TOKEN)
        .output()
        .unwrap();
    let local = Run::from(output, &args).ok().json();
    assert_eq!(local, expected);
    dev.run(&["settings", "diff", "--against", "staging"])
        .code(3)
        .stderr_has("'staging' is neither a URL nor a defined environment");
    remote(
        &prod,
        &prod_server.url,
        &[
            "settings",
            "diff",
            "--against",
            &prod_server.url,
            "--exit-code",
        ],
    )
    .ok();
}

#[test]
fn prune_remove_history_and_undo_work_remotely() {
    let env = Env::new();
    env.run(&["settings", "set", "enablesmartmatching", "true"])
        .ok();
    let server = Server::start(&env, &[]);
    let (proxy, writes) = recording(&server);
    let url = proxy.url();
    let url = url.as_str();
    let file = env.file(
        "wanted.toml",
        "AutoTrackSentFolderItems = true\nJumpBarAlphabetOverride = \"ABC\"\nhashmaxcount = 30\n",
    );
    remote(&env, url, &["settings", "import", &file, "--prune"]).ok();
    assert_eq!(writes.lock().unwrap().len(), 1, "one change, one request");
    remote(
        &env,
        url,
        &["settings", "diff", "--against", &file, "--exit-code"],
    )
    .ok();
    assert_eq!(
        env.json(&["settings", "get", "enablesmartmatching"])["value"],
        false
    );

    // remove: one PUT of the whole blob without the element.
    remote(
        &env,
        url,
        &["settings", "remove", "JumpBarAlphabetOverride"],
    )
    .ok();
    let sent = writes.lock().unwrap().clone();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].0, "PUT");
    assert!(sent[1].1.ends_with("/orgdborgsettings"), "{}", sent[1].1);
    assert_eq!(
        sent[1].2,
        json!({"value": "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>"})
    );
    assert_eq!(
        row(&server)["orgdborgsettings"],
        "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>"
    );

    let history = remote_json(&env, url, &["settings", "history"]);
    let entries = history.as_array().unwrap();
    let commands: Vec<&str> = entries
        .iter()
        .map(|e| e["command"].as_str().unwrap())
        .collect();
    assert_eq!(commands, ["import", "import", "import", "import", "remove"]);
    assert!(entries.iter().all(|e| e["target"] == url));
    // The journal is the environment's own file, readable by its owner only.
    let journal = std::fs::read_dir(env.dir().join("xdg-data/orgtrack/journal"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect::<Vec<_>>();
    assert_eq!(journal.len(), 1);
    let mode = std::fs::metadata(&journal[0]).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // The local state's own journal knows nothing of it.
    assert_eq!(
        env.json(&["settings", "history"]),
        json!([{
            "id": 1, "change_id": 1, "at": env.json(&["settings", "history"])[0]["at"],
            "target": env.state().display().to_string(), "setting": "enablesmartmatching",
            "old": false, "new": true, "old_explicit": null, "new_explicit": "true", "command": "set"
        }])
    );

    // Undo the remove (the element comes back), then everything back to before the import.
    remote(&env, url, &["settings", "undo"]).ok();
    assert_eq!(
        env.json(&["settings", "get", "JumpBarAlphabetOverride"])["value"],
        "ABC"
    );
    let first = entries[0]["id"].to_string();
    remote(&env, url, &["settings", "undo", "--to", &first]).ok();
    assert_eq!(
        env.json(&["settings", "get", "enablesmartmatching"])["value"],
        true
    );
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 20);
    assert_eq!(
        row(&server)["orgdborgsettings"],
        "<OrgSettings></OrgSettings>"
    );
}

#[test]
fn a_row_changed_during_import_remove_or_undo_exits_5_and_writes_nothing() {
    let env = Env::new();
    env.run(&["settings", "set", "JumpBarAlphabetOverride", "ABC"])
        .ok();
    let server = Server::start(&env, &[]);
    let on = Arc::new(AtomicBool::new(false));
    let proxy = meddling(&server, Arc::clone(&on));
    remote(
        &env,
        &proxy.url(),
        &["settings", "set", "hashmaxcount", "30"],
    )
    .ok();
    on.store(true, Ordering::SeqCst);
    let before = |env: &Env| env.run(&["settings", "export", "json"]).ok().stdout;

    let file = env.file("wanted.toml", "AutoTrackSentFolderItems = true\n");
    let snapshot = before(&env);
    remote(
        &env,
        &proxy.url(),
        &["settings", "import", &file, "--prune"],
    )
    .code(5)
    .stderr_has("nothing was written");
    let mut after: Value = serde_json::from_str(&before(&env)).unwrap();
    after.as_object_mut().unwrap().remove("hashminaddresscount");
    assert_eq!(after, serde_json::from_str::<Value>(&snapshot).unwrap());

    remote(
        &env,
        &proxy.url(),
        &["settings", "remove", "JumpBarAlphabetOverride"],
    )
    .code(5)
    .stderr_has("nothing was written");
    assert_eq!(
        env.json(&["settings", "get", "JumpBarAlphabetOverride"])["value"],
        "ABC"
    );

    remote(&env, &proxy.url(), &["settings", "undo"])
        .code(5)
        .stderr_has("nothing was written");
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 30);
    // Nothing that failed was journaled.
    let history = remote_json(&env, &proxy.url(), &["settings", "history"]);
    assert_eq!(history.as_array().unwrap().len(), 1);
}

#[test]
fn removing_an_element_and_changing_a_column_is_one_change_set() {
    let env = Env::new();
    env.run(&["settings", "set", "JumpBarAlphabetOverride", "ABC"])
        .ok();
    let server = Server::start(&env, &[]);
    let (proxy, writes) = recording(&server);
    let file = env.file("wanted.toml", "hashmaxcount = 30\n");
    remote(
        &env,
        &proxy.url(),
        &["settings", "import", &file, "--prune"],
    )
    .ok();
    let sent = writes.lock().unwrap().clone();
    let shapes: Vec<(&str, bool)> = sent
        .iter()
        .map(|(method, path, _)| (method.as_str(), path.ends_with("/$batch")))
        .collect();
    assert_eq!(shapes, [("POST", true)], "one $batch and nothing else");
    let row = row(&server);
    assert_eq!(row["orgdborgsettings"], "<OrgSettings></OrgSettings>");
    assert_eq!(row["hashmaxcount"], 30);

    // Undo puts both back, again in one guarded write.
    remote(&env, &proxy.url(), &["settings", "undo"]).ok();
    assert_eq!(writes.lock().unwrap().len(), 2);
    assert_eq!(
        env.json(&["settings", "get", "JumpBarAlphabetOverride"])["value"],
        "ABC"
    );
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 20);
}

/// A `$batch` body holding one change set of `requests` (method, path under the API, JSON).
fn change_set(requests: &[(&str, &str, &str, Option<&str>)]) -> String {
    let mut body =
        String::from("--batch_t\r\nContent-Type: multipart/mixed; boundary=changeset_t\r\n\r\n");
    for (n, (method, path, json, if_match)) in requests.iter().enumerate() {
        body.push_str(&format!(
            "--changeset_t\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: {}\r\n\r\n{method} {path} HTTP/1.1\r\nContent-Type: application/json\r\n",
            n + 1
        ));
        if let Some(tag) = if_match {
            body.push_str(&format!("If-Match: {tag}\r\n"));
        }
        body.push_str(&format!("\r\n{json}\r\n"));
    }
    body.push_str("--changeset_t--\r\n--batch_t--\r\n");
    body
}

fn post_batch(server: &Server, body: &str) -> String {
    let (status, _, text) = http(
        "POST",
        &format!("{}/api/data/v9.2/$batch", server.url),
        &[
            ("Authorization", &format!("Bearer {TOKEN}")),
            ("Content-Type", "multipart/mixed; boundary=batch_t"),
        ],
        body,
    );
    assert_eq!(status, 200, "{text}");
    text
}

#[test]
fn serve_writes_a_change_set_of_org_writes_whole_or_not_at_all() {
    let env = Env::new();
    env.run(&["settings", "set", "JumpBarAlphabetOverride", "ABC"])
        .ok();
    let server = Server::start(&env, &[]);
    let blob = r#"{"value": "<OrgSettings></OrgSettings>"}"#;
    let put = format!("{ORG}/orgdborgsettings");
    let etag = row(&server)["@odata.etag"].as_str().unwrap().to_string();

    // The second request is refused: the first is not written either.
    let text = post_batch(
        &server,
        &change_set(&[
            ("PUT", &put, blob, Some(&etag)),
            ("PATCH", ORG, r#"{"hashmaxcount": "many"}"#, None),
        ]),
    );
    assert!(text.contains("HTTP/1.1 400"), "{text}");
    assert!(!text.contains("HTTP/1.1 204"), "{text}");
    assert_eq!(
        row(&server)["orgdborgsettings"],
        "<OrgSettings><JumpBarAlphabetOverride>ABC</JumpBarAlphabetOverride></OrgSettings>"
    );

    // A stale If-Match on the first request: 412, nothing written.
    let text = post_batch(
        &server,
        &change_set(&[
            ("PUT", &put, blob, Some("W/\"999999\"")),
            ("PATCH", ORG, r#"{"hashmaxcount": 30}"#, None),
        ]),
    );
    assert!(text.contains("HTTP/1.1 412"), "{text}");
    assert_eq!(row(&server)["hashmaxcount"], 20);

    // A change set that writes anything besides the org row is refused whole.
    let text = post_batch(
        &server,
        &change_set(&[
            ("PATCH", ORG, r#"{"hashmaxcount": 30}"#, None),
            ("PATCH", "mailboxes(1)", r#"{"name": "x"}"#, None),
        ]),
    );
    assert!(text.contains("HTTP/1.1 400"), "{text}");
    assert!(text.contains("writes the organization row"), "{text}");
    assert_eq!(row(&server)["hashmaxcount"], 20);

    // Both good: both written, each answered, the row's new ETag on each.
    let text = post_batch(
        &server,
        &change_set(&[
            ("PUT", &put, blob, Some(&etag)),
            ("PATCH", ORG, r#"{"hashmaxcount": 30}"#, None),
        ]),
    );
    assert_eq!(text.matches("HTTP/1.1 204").count(), 2, "{text}");
    let row = row(&server);
    assert_eq!(row["orgdborgsettings"], "<OrgSettings></OrgSettings>");
    assert_eq!(row["hashmaxcount"], 30);
    assert_ne!(row["@odata.etag"], etag.as_str());
}
