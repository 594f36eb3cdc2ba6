//! Mailbox administration on a real environment (`--env`), end to end against `orgtrack serve`:
//! approve, Test & Enable with --wait, enable, disable, set and reset-after-copy on many
//! mailboxes at once in `$batch`es, refusals and failures reported per mailbox, throttling.
//! The same selection (names, `-`, `--all`, filters) locally.

use serde_json::Value;

use crate::directory::{add_queue, add_user};
use crate::remote::{Responder, Server, TOKEN, http, remote};
use crate::util::Env;

/// Three users and a queue, none approved.
fn org() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_user(&env, "Bea Li", "bea@contoso.com");
    add_user(&env, "Cy Ng", "cy@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    env
}

fn names(rows: &Value) -> Vec<&str> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r["mailbox"].as_str().or(r["name"].as_str()).unwrap())
        .collect()
}

fn field<'a>(rows: &'a Value, name: &str, field: &str) -> &'a Value {
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name || r["mailbox"] == name)
        .unwrap_or_else(|| panic!("no row for {name}: {rows:#}"));
    &row[field]
}

#[test]
fn every_pending_mailbox_is_approved_and_tested_with_wait() {
    let env = org();
    let server = Server::start(&env, &["--test-delay", "0"]);
    let run = remote(
        &env,
        &server.url,
        &[
            "--json",
            "mailbox",
            "approve",
            "--approval",
            "pending",
            "--owner-kind",
            "user",
        ],
    )
    .ok()
    .stderr_has("approve: 3 succeeded, 0 unchanged, 0 failed");
    let approved = run.json();
    assert_eq!(names(&approved), ["Alex Wu", "Bea Li", "Cy Ng"]);
    assert!(
        approved
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["approval"] == "approved")
    );
    // Again: nothing left to do, nothing sent.
    remote(&env, &server.url, &["mailbox", "approve", "Alex Wu"])
        .ok()
        .stderr_has("approve: 0 succeeded, 1 unchanged, 0 failed");

    // Support stays unapproved: its test fails, and the alerts raised say why.
    let run = remote(
        &env,
        &server.url,
        &["--json", "mailbox", "test-enable", "--all", "--wait", "60"],
    )
    .code(1)
    .stderr_has("mailbox Support: Email cannot be received for the mailbox Support")
    .stderr_has("Test & Enable failed for 1 of 4 mailboxes: Support");
    let results = run.json();
    assert_eq!(names(&results), ["Alex Wu", "Bea Li", "Cy Ng", "Support"]);
    assert_eq!(field(&results, "Alex Wu", "result"), "success");
    assert_eq!(field(&results, "Alex Wu", "act_status"), "success");
    assert_eq!(
        field(&results, "Alex Wu", "alerts"),
        &serde_json::json!(["mailbox_test_succeeded"])
    );
    assert_eq!(field(&results, "Support", "result"), "failure");
    assert_eq!(
        field(&results, "Support", "alerts"),
        &serde_json::json!([
            "mailbox_not_approved_incoming",
            "mailbox_not_approved_outgoing"
        ])
    );
    assert!(
        field(&results, "Alex Wu", "mailbox_id")
            .as_str()
            .unwrap()
            .contains('-')
    );
    // The served state holds the results the engine wrote.
    let local = env.json(&["mailbox", "list", "--status", "success"]);
    assert_eq!(names(&local), ["Alex Wu", "Bea Li", "Cy Ng"]);

    // Without --wait the test is only scheduled; the rows are as they were.
    remote(&env, &server.url, &["mailbox", "test-enable", "Bea Li"])
        .ok()
        .stderr_has("Test & Enable scheduled for 1 mailboxes");
}

#[test]
fn a_refused_approval_exits_1_naming_the_mailbox() {
    let env = org();
    let server = Server::start(&env, &["--refuse-approval"]);
    let run = remote(
        &env,
        &server.url,
        &["--json", "mailbox", "approve", "Bea Li", "Cy Ng"],
    )
    .code(1)
    .stderr_has("mailbox Bea Li: the service left its approval pending")
    .stderr_has("Approve Email Addresses for Users or Queues")
    .stderr_has("approve: 2 of 2 mailboxes failed: Bea Li, Cy Ng");
    let rows = run.json();
    assert_eq!(field(&rows, "Cy Ng", "approval"), "pending");
    assert_eq!(
        env.json(&["mailbox", "show", "Bea Li"])["approval"],
        "pending"
    );
}

#[test]
fn enable_disable_and_set_remotely_as_locally() {
    let env = org();
    let server = Server::start(&env, &[]);
    let rows = crate::remote::remote_json(
        &env,
        &server.url,
        &["mailbox", "disable", "Alex Wu", "Support"],
    );
    assert_eq!(field(&rows, "Support", "enabled"), false);
    assert_eq!(env.json(&["mailbox", "show", "Support"])["enabled"], false);
    crate::remote::remote_json(&env, &server.url, &["mailbox", "enable", "--all"]);
    assert_eq!(env.json(&["mailbox", "show", "Support"])["enabled"], true);

    // A queue's ACT is refused before anything is sent, for every mailbox named.
    remote(
        &env,
        &server.url,
        &["mailbox", "set", "Alex Wu", "Support", "--act", "outlook"],
    )
    .code(4)
    .stderr_has("mailbox Support: a queue mailbox has no appointment");
    assert_eq!(
        env.json(&["mailbox", "show", "Alex Wu"])["act_method"],
        "server_side_sync"
    );
    let rows = crate::remote::remote_json(
        &env,
        &server.url,
        &[
            "mailbox",
            "set",
            "--owner-kind",
            "user",
            "--incoming",
            "outlook",
        ],
    );
    assert_eq!(names(&rows), ["Alex Wu", "Bea Li", "Cy Ng"]);
    assert_eq!(field(&rows, "Cy Ng", "incoming_method"), "outlook");
    assert_eq!(
        env.json(&["mailbox", "show", "Cy Ng"])["incoming_method"],
        "outlook"
    );
}

#[test]
fn mailboxes_come_from_standard_input_and_filters_locally() {
    let env = org();
    let mut cmd = env.command();
    cmd.args(["--json", "mailbox", "approve", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"# new hires\nbea@contoso.com\n\nCy Ng\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(names(&rows), ["Bea Li", "Cy Ng"]);
    let pending = env.json(&["mailbox", "disable", "--approval", "pending"]);
    assert_eq!(names(&pending), ["Alex Wu", "Support"]);
    let queues = env.json(&["mailbox", "enable", "--owner-kind", "queue"]);
    assert_eq!(names(&queues), ["Support"]);
    env.run(&["mailbox", "approve", "--all", "Alex Wu"]).code(2);
    env.run(&["mailbox", "approve"]).code(2);
}

#[test]
fn reset_after_copy_plans_then_stops_all_but_the_kept() {
    let env = org();
    let keep = env.file("keep.txt", "# still synchronizing\nbea@contoso.com\n");
    let plan = env.json(&["mailbox", "reset-after-copy", "--keep", &keep, "--dry-run"]);
    assert_eq!(field(&plan, "Bea Li", "action"), "keep");
    assert_eq!(field(&plan, "Alex Wu", "action"), "stop");
    assert_eq!(field(&plan, "Alex Wu", "outcome"), "planned");
    assert_eq!(
        env.json(&["mailbox", "show", "Alex Wu"])["incoming_method"],
        "server_side_sync"
    );

    let server = Server::start(&env, &["--test-delay", "0"]);
    let plan = crate::remote::remote_json(
        &env,
        &server.url,
        &["mailbox", "reset-after-copy", "--keep", &keep, "--dry-run"],
    );
    assert_eq!(field(&plan, "Bea Li", "action"), "keep");
    let done = crate::remote::remote_json(
        &env,
        &server.url,
        &["mailbox", "reset-after-copy", "--keep", &keep],
    );
    assert_eq!(field(&done, "Alex Wu", "outcome"), "succeeded");
    assert_eq!(field(&done, "Bea Li", "outcome"), "succeeded");
    let alex = env.json(&["mailbox", "show", "Alex Wu"]);
    assert_eq!(
        [
            &alex["incoming_method"],
            &alex["outgoing_method"],
            &alex["act_method"]
        ],
        ["none", "none", "none"]
    );
    assert_eq!(
        env.json(&["mailbox", "show", "Bea Li"])["approval"],
        "approved"
    );
    // Again: the stopped ones are unchanged.
    let again = crate::remote::remote_json(
        &env,
        &server.url,
        &["mailbox", "reset-after-copy", "--keep", &keep],
    );
    assert_eq!(field(&again, "Alex Wu", "outcome"), "unchanged");
    // An unknown mailbox in the file changes nothing.
    let bad = env.file("bad.txt", "nobody@contoso.com\n");
    env.run(&["mailbox", "reset-after-copy", "--keep", &bad])
        .code(3);
}

#[test]
fn serve_batches_change_sets_and_goes_on_past_a_failure_when_asked() {
    let env = org();
    let server = Server::start(&env, &[]);
    let api = format!("{}/api/data/v9.2/", server.url);
    let alex = "6d627800-0000-4000-8000-000000000001";
    let bea = "6d627800-0000-4000-8000-000000000002";
    let part = |id: &str, body: &str, n: usize| {
        format!(
            "--batch_t\r\nContent-Type: multipart/mixed; boundary=cs_{n}\r\n\r\n--cs_{n}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: {n}\r\n\r\nPATCH {api}mailboxes({id}) HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{body}\r\n--cs_{n}--\r\n"
        )
    };
    let body = format!(
        "{}{}--batch_t--\r\n",
        part(alex, "{\"emailrouteraccessapproval\": 9}", 1),
        part(bea, "{\"emailrouteraccessapproval\": 1}", 2)
    );
    let bearer = format!("Bearer {TOKEN}");
    let headers = [
        ("Authorization", bearer.as_str()),
        ("Content-Type", "multipart/mixed; boundary=batch_t"),
    ];
    // Without odata.continue-on-error the batch stops at the failure.
    let (status, _, text) = http("POST", &format!("{api}$batch"), &headers, &body);
    assert_eq!(status, 200);
    assert!(text.contains("HTTP/1.1 400"), "{text}");
    assert!(
        text.contains("emailrouteraccessapproval: 9 is not one of"),
        "{text}"
    );
    assert!(!text.contains("HTTP/1.1 204"), "{text}");
    assert_eq!(
        env.json(&["mailbox", "show", "Bea Li"])["approval"],
        "pending"
    );
    let mut go_on = headers.to_vec();
    go_on.push(("Prefer", "odata.continue-on-error"));
    let (_, _, text) = http("POST", &format!("{api}$batch"), &go_on, &body);
    assert!(text.contains("HTTP/1.1 204"), "{text}");
    assert_eq!(
        env.json(&["mailbox", "show", "Bea Li"])["approval"],
        "approved"
    );
    assert_eq!(
        env.json(&["mailbox", "show", "Alex Wu"])["approval"],
        "pending"
    );
}

#[test]
fn a_throttled_service_is_waited_for() {
    let env = org();
    let server = Server::start(&env, &["--throttle", "1/s"]);
    remote(&env, &server.url, &["mailbox", "approve", "--all"])
        .ok()
        .stderr_has("is busy (HTTP 429)")
        .stderr_has("approve: 4 succeeded");
    assert_eq!(
        env.json(&["mailbox", "list", "--status", "not_run"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    env.run(&["serve", "--throttle", "fast"]).code(4);
}

#[test]
fn a_batch_where_one_mailbox_fails_reports_it_and_applies_the_others() {
    let env = org();
    let server = Server::start(&env, &[]);
    // Between orgtrack and serve: Bea Li's approval is turned into a value the service refuses
    // (same length, so the request stays well formed); everything else passes unchanged.
    let bea = "6d627800-0000-4000-8000-000000000002";
    let upstream = server.addr();
    let proxy = Responder::start(move |request| {
        let mut request = crate::remote::Request {
            method: request.method.clone(),
            path: request.path.clone(),
            headers: request.headers.clone(),
            body: request.body.clone(),
        };
        let text = String::from_utf8_lossy(&request.body).into_owned();
        if let Some(at) = text.find(&format!("mailboxes({bea})"))
            && let Some(offset) = text[at..].find("\"emailrouteraccessapproval\":1")
        {
            let digit = at + offset + "\"emailrouteraccessapproval\":".len();
            request.body[digit] = b'9';
        }
        crate::remote::forward(&request, upstream)
    });
    let run = remote(
        &env,
        &proxy.url(),
        &["--json", "mailbox", "approve", "--all"],
    )
    .code(1)
    .stderr_has("mailbox Bea Li: ")
    .stderr_has("emailrouteraccessapproval: 9 is not one of the column's options")
    .stderr_has("(0x80048514)")
    .stderr_has("approve: 3 succeeded, 0 unchanged, 1 failed")
    .stderr_has("approve: 1 of 4 mailboxes failed: Bea Li");
    let rows = run.json();
    assert_eq!(names(&rows).len(), 4, "a row for every mailbox");
    assert_eq!(field(&rows, "Bea Li", "approval"), "pending");
    assert_eq!(
        env.json(&["mailbox", "show", "Cy Ng"])["approval"],
        "approved"
    );
    assert_eq!(
        env.json(&["mailbox", "show", "Bea Li"])["approval"],
        "pending"
    );
}

#[test]
fn rows_a_service_does_not_return_with_the_write_are_read_afterwards() {
    let env = org();
    let server = Server::start(&env, &[]);
    // A service that ignores `Prefer: return=representation` (the header renamed on the way,
    // same length) answers 204; orgtrack then reads the rows itself.
    let upstream = server.addr();
    let reads = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = std::sync::Arc::clone(&reads);
    let proxy = Responder::start(move |request| {
        let text = String::from_utf8_lossy(&request.body).replace(
            "Prefer: return=representation",
            "Prefex: return=representation",
        );
        counted.fetch_add(
            text.matches("\r\n\r\nGET ").count(),
            std::sync::atomic::Ordering::SeqCst,
        );
        let request = crate::remote::Request {
            method: request.method.clone(),
            path: request.path.clone(),
            headers: request.headers.clone(),
            body: text.into_bytes(),
        };
        crate::remote::forward(&request, upstream)
    });
    let rows = crate::remote::remote_json(
        &env,
        &proxy.url(),
        &["mailbox", "approve", "Alex Wu", "Support"],
    );
    assert_eq!(field(&rows, "Support", "approval"), "approved");
    assert_eq!(field(&rows, "Alex Wu", "approval"), "approved");
    assert_eq!(
        reads.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "one GET per mailbox written"
    );
}
