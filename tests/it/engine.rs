//! The sync cycle (SPEC section 2): pending until the next cycle, the clock, idempotence,
//! atomicity per mailbox, `sync` summaries; and the `demo` story. Shared helpers for the other
//! engine modules (`tracking`, `retries`, `deletion`) live here too.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::util::{Env, Run, START};

pub const ALEX: (&str, &str) = ("Alex Wu", "alex@contoso.com");
pub const MARIA: (&str, &str) = ("Maria Garcia", "maria@contoso.com");
pub const TRACKED: &str = "Tracked to Dynamics 365";
pub const UNDELIVERABLE: &str = "Tracked to Dynamics 365 (Undeliverable)";

/// Alex and Maria with approved, tested mailboxes, after the first cycle created their tracking
/// categories: the clock is at 09:15.
pub fn org() -> Env {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    sync(&env);
    env
}

/// Delivers an email from buyer@fabrikam.com; returns the item ids, one per internal recipient.
pub fn receive(env: &Env, to: &str, subject: &str, extra: &[&str]) -> Vec<i64> {
    let mut args = vec![
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        to,
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    created(&env.json(&args))
}

/// One email to one mailbox: its item id.
pub fn email(env: &Env, to: &str, subject: &str) -> i64 {
    receive(env, to, subject, &[])[0]
}

/// The item ids of a `mail|appointment|task|contact` creation list.
pub fn created(rows: &Value) -> Vec<i64> {
    rows.as_array()
        .expect("a list of created items")
        .iter()
        .map(|row| row["id"].as_i64().expect("an item id"))
        .collect()
}

/// An appointment in Alex's calendar; `extra` adds e.g. `--organizer`.
pub fn appointment(env: &Env, subject: &str, start: &str, end: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "appointment",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        subject,
        "--start",
        start,
        "--end",
        end,
    ];
    args.extend_from_slice(extra);
    created(&env.json(&args))[0]
}

/// A task in Alex's mailbox; `extra` adds e.g. `--completed`.
pub fn task(env: &Env, subject: &str, extra: &[&str]) -> i64 {
    let mut args = vec!["task", "add", "--mailbox", "Alex Wu", "--subject", subject];
    args.extend_from_slice(extra);
    created(&env.json(&args))[0]
}

/// Runs `orgtrack [--json] WORDS.. IDS..` with item or activity ids appended.
pub fn with_ids(env: &Env, words: &[&str], ids: &[i64]) -> Run {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut args: Vec<&str> = words.to_vec();
    args.extend(ids.iter().map(String::as_str));
    env.run(&args)
}

pub fn categorize(env: &Env, ids: &[i64]) -> Run {
    with_ids(env, &["--json", "item", "categorize"], ids).ok()
}

pub fn uncategorize(env: &Env, ids: &[i64]) -> Run {
    with_ids(env, &["--json", "item", "uncategorize"], ids).ok()
}

pub fn item(env: &Env, id: i64) -> Value {
    env.json(&["item", "show", &id.to_string()])
}

pub fn tracking(env: &Env, id: i64) -> Value {
    item(env, id)["tracking"].clone()
}

pub fn activity(env: &Env, id: &Value) -> Value {
    env.json(&[
        "activity",
        "show",
        &id.as_i64().expect("an activity id").to_string(),
    ])
}

pub fn activities(env: &Env) -> Vec<Value> {
    env.json(&["activity", "list"])
        .as_array()
        .expect("a list")
        .clone()
}

/// One cycle; returns its summary.
pub fn sync(env: &Env) -> Value {
    let summaries = env.json(&["sync"]);
    assert_eq!(summaries.as_array().map(Vec::len), Some(1), "{summaries}");
    summaries[0].clone()
}

pub fn clock(env: &Env) -> String {
    env.json(&["clock", "show"])["clock"]
        .as_str()
        .unwrap()
        .to_string()
}

/// (name, state) of each category in a mailbox's master list.
pub fn categories(env: &Env, mailbox: &str) -> Vec<(String, String)> {
    env.json(&["category", "list", mailbox])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The summary counters of a cycle, in a fixed order, for compact assertions.
pub fn counts(summary: &Value) -> [i64; 7] {
    [
        "tracked",
        "untracked",
        "retried",
        "failed",
        "undeliverable",
        "deleted",
        "alerts",
    ]
    .map(|f| summary[f].as_i64().unwrap())
}

#[test]
fn a_categorized_item_is_pending_until_the_next_cycle_which_tracks_it_within_15_minutes() {
    let env = org();
    assert_eq!(
        env.json(&["clock", "show"]),
        json!({
            "clock": "2026-01-05T09:15:00Z",
            "cycle_minutes": 15,
            "next_cycle_ends": "2026-01-05T09:30:00Z",
            "cycles_run": 1,
        })
    );
    let id = receive(
        &env,
        "alex@contoso.com",
        "Quote request",
        &["--message-id", "<quote-1@fabrikam.com>"],
    )[0];

    let run = categorize(&env, &[id]).stderr_has("the next sync cycle acts on them");
    let shown = &run.json()[0];
    assert_eq!(shown["categories"], json!([TRACKED]));
    assert_eq!(shown["pending"], "track");
    let pending = json!({"state": "pending", "method": "category", "activity_id": null,
        "record_id": null, "record": null, "attempts": 0, "last_error": null});
    assert_eq!(shown["tracking"], pending);
    // Nothing reaches Dynamics 365 before the cycle, however often one looks.
    assert_eq!(tracking(&env, id), pending);
    assert!(activities(&env).is_empty());

    let summary = sync(&env);
    assert_eq!(summary["started_at"], "2026-01-05T09:15:00Z");
    assert_eq!(counts(&summary), [1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(clock(&env), "2026-01-05T09:30:00Z");

    let tracked = item(&env, id);
    assert_eq!(tracked["state"], "tracked");
    assert_eq!(tracked["pending"], Value::Null);
    assert_eq!(tracked["note"], "tracked: activity created");
    assert_eq!(tracked["tracking"]["state"], "tracked");
    assert_eq!(tracked["tracking"]["method"], "category");
    assert_eq!(tracked["tracking"]["attempts"], 1);
    assert_eq!(tracked["tracking"]["last_error"], Value::Null);
    let activity = activity(&env, &tracked["tracking"]["activity_id"]);
    assert_eq!(activity["kind"], "email");
    assert_eq!(activity["subject"], "Quote request");
    assert_eq!(activity["message_id"], "quote-1@fabrikam.com");
    assert_eq!(activity["direction"], "incoming");
    assert_eq!(activity["owner"], "Alex Wu");
    assert_eq!(activity["regarding"], Value::Null);
    assert_eq!(activity["correlation_method"], "none");
    // Categorized at 09:15, tracked by the cycle that ended at 09:30.
    assert_eq!(activity["created_at"], "2026-01-05T09:15:00Z");
    assert_eq!(
        activity["parties"],
        json!([
            {"role": "from", "address": "buyer@fabrikam.com"},
            {"role": "to", "address": "alex@contoso.com"},
        ])
    );
}

#[test]
fn sync_runs_cycles_each_moving_the_clock_by_the_interval() {
    let env = Env::with_mailboxes(&[ALEX]);
    assert_eq!(clock(&env), START);

    let three = env.json(&["sync", "--cycles", "3"]);
    let started: Vec<&str> = three
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["started_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        started,
        [
            "2026-01-05T09:00:00Z",
            "2026-01-05T09:15:00Z",
            "2026-01-05T09:30:00Z"
        ]
    );
    assert_eq!(three[2]["id"], 3);
    assert_eq!(env.json(&["clock", "show"])["cycles_run"], 3);
    assert_eq!(clock(&env), "2026-01-05T09:45:00Z");

    let until = env.json(&["sync", "--until", "2026-01-05T10:30:00Z"]);
    assert_eq!(until.as_array().unwrap().len(), 3, "{until}");
    assert_eq!(until[0]["started_at"], "2026-01-05T09:45:00Z");
    assert_eq!(clock(&env), "2026-01-05T10:30:00Z");

    // A time already reached runs nothing.
    assert_eq!(
        env.json(&["sync", "--until", "2026-01-05T10:00:00Z"]),
        json!([])
    );
    assert_eq!(clock(&env), "2026-01-05T10:30:00Z");
}

#[test]
fn sync_refuses_bad_lengths_and_changes_nothing() {
    let env = Env::with_mailboxes(&[ALEX]);
    let run = env.run(&["--json", "sync", "--cycles", "0"]).code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_cycles");
    env.run(&["sync", "--until", "next tuesday"]).code(4);
    env.run(&["sync", "--cycles", "2", "--until", "2026-01-06T00:00:00Z"])
        .code(2);
    assert_eq!(clock(&env), START);
    assert_eq!(env.json(&["clock", "show"])["cycles_run"], 0);
}

#[test]
fn sync_summaries_have_every_field_in_json_ndjson_and_tables() {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    let summaries = env.json(&["sync", "--cycles", "2"]);
    let fields: BTreeSet<&str> = summaries[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from([
            "id",
            "started_at",
            "mailboxes",
            "tracked",
            "untracked",
            "retried",
            "failed",
            "undeliverable",
            "deleted",
            "activities_deleted",
            "alerts",
        ])
    );
    assert_eq!(summaries[0]["id"], 1);
    assert_eq!(summaries[0]["mailboxes"], 2);
    assert_eq!(summaries[0]["alerts"], 2);
    assert_eq!(summaries[1]["alerts"], 0);

    let ndjson = env
        .run(&["--format", "ndjson", "sync", "--cycles", "2"])
        .ok();
    let lines: Vec<Value> = ndjson
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["id"], 4);
    assert_eq!(lines[1]["started_at"], "2026-01-05T09:45:00Z");

    env.run(&["sync"])
        .ok()
        .stdout_has("CYCLE")
        .stdout_has("STARTED AT")
        .stdout_has("UNDELIVERABLE")
        .stdout_has("2026-01-05T10:00:00Z");
}

#[test]
fn a_cycle_run_twice_creates_nothing_new() {
    let env = org();
    let mail = email(&env, "alex@contoso.com", "Quote request");
    let meeting = appointment(
        &env,
        "Review",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &[],
    );
    let todo = task(&env, "Call back", &[]);
    categorize(&env, &[mail, meeting, todo]);
    assert_eq!(sync(&env)["tracked"], 3);
    let items = env.json(&["item", "list"]);
    let tracked = activities(&env);
    assert_eq!(tracked.len(), 3);

    let again = sync(&env);
    assert_eq!(counts(&again), [0; 7]);
    assert_eq!(activities(&env), tracked);
    assert_eq!(env.json(&["item", "list"]), items);
}

#[test]
fn one_message_is_one_activity_per_direction_whoever_tracks_it() {
    let env = org();
    let copies = receive(
        &env,
        "alex@contoso.com,maria@contoso.com",
        "Quote request",
        &["--message-id", "quote-1@fabrikam.com"],
    );
    assert_eq!(copies.len(), 2);
    categorize(&env, &copies);
    assert_eq!(sync(&env)["tracked"], 2);
    let all = activities(&env);
    assert_eq!(all.len(), 1, "{all:?}");
    let (alex, maria) = (item(&env, copies[0]), item(&env, copies[1]));
    assert_eq!(alex["tracking"]["activity_id"], all[0]["id"]);
    assert_eq!(maria["tracking"]["activity_id"], all[0]["id"]);
    assert_eq!(alex["note"], "tracked: activity created");
    assert_eq!(maria["note"], "tracked: linked to the existing activity");

    // Sent internally: the sender's copy is outgoing, the recipient's incoming.
    let sent = created(&env.json(&[
        "mail",
        "send",
        "--from",
        "Alex Wu",
        "--to",
        "maria@contoso.com",
        "--subject",
        "Internal note",
    ]));
    categorize(&env, &sent);
    sync(&env);
    let all = activities(&env);
    assert_eq!(all.len(), 3);
    assert_eq!(all[1]["message_id"], all[2]["message_id"]);
    let directions: BTreeSet<&str> = all[1..]
        .iter()
        .map(|a| a["direction"].as_str().unwrap())
        .collect();
    assert_eq!(directions, BTreeSet::from(["incoming", "outgoing"]));
}

#[test]
fn tracking_the_same_item_again_links_its_activity_instead_of_creating_another() {
    let env = org();
    let mail = email(&env, "alex@contoso.com", "Quote request");
    let meeting = appointment(
        &env,
        "Review",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &[],
    );
    let todo = task(&env, "Call back", &[]);
    let ids = [mail, meeting, todo];
    categorize(&env, &ids);
    sync(&env);
    let first: Vec<Value> = ids
        .iter()
        .map(|&id| tracking(&env, id)["activity_id"].clone())
        .collect();

    // Through the category: removed, cycle, assigned again, cycle.
    uncategorize(&env, &ids);
    assert_eq!(sync(&env)["untracked"], 3);
    categorize(&env, &ids);
    assert_eq!(sync(&env)["tracked"], 3);
    // Through the App for Outlook.
    for id in ids {
        with_ids(&env, &["item", "untrack"], &[id]).ok();
        with_ids(&env, &["item", "track"], &[id]).ok();
    }
    let last: Vec<Value> = ids
        .iter()
        .map(|&id| tracking(&env, id)["activity_id"].clone())
        .collect();
    assert_eq!(last, first);
    assert_eq!(activities(&env).len(), 3);
    assert_eq!(
        item(&env, meeting)["note"],
        "tracked with the App for Outlook"
    );
}

#[test]
fn a_cycle_is_atomic_per_mailbox() {
    let env = org();
    let copies = receive(
        &env,
        "alex@contoso.com,maria@contoso.com",
        "Quote request",
        &[],
    );
    categorize(&env, &copies);
    // The process dies right after Alex's mailbox (the first) committed its step.
    let crashed = Run::from(
        env.command()
            .env("ORGTRACK_TEST_ABORT_AFTER_MAILBOXES", "1")
            .arg("sync")
            .output()
            .unwrap(),
        &["sync"],
    );
    assert_ne!(crashed.code, 0);
    assert_eq!(tracking(&env, copies[0])["state"], "tracked");
    assert_eq!(tracking(&env, copies[1])["state"], "pending");
    assert_eq!(activities(&env).len(), 1);
    // The cycle did not finish: the clock did not move and no cycle was recorded.
    assert_eq!(clock(&env), "2026-01-05T09:15:00Z");
    assert_eq!(env.json(&["clock", "show"])["cycles_run"], 1);

    // Running it again finishes Maria's step and links the same activity.
    let summary = sync(&env);
    assert_eq!(summary["tracked"], 1);
    assert_eq!(tracking(&env, copies[1])["state"], "tracked");
    assert_eq!(
        tracking(&env, copies[1])["activity_id"],
        tracking(&env, copies[0])["activity_id"]
    );
    assert_eq!(activities(&env).len(), 1);
    assert_eq!(clock(&env), "2026-01-05T09:30:00Z");
}

#[test]
fn cycles_process_only_enabled_mailboxes() {
    let env = org();
    let copies = receive(
        &env,
        "alex@contoso.com,maria@contoso.com",
        "Quote request",
        &[],
    );
    categorize(&env, &copies);
    env.run(&["mailbox", "disable", "Maria Garcia"]).ok();
    let summary = sync(&env);
    assert_eq!(summary["mailboxes"], 1);
    assert_eq!(tracking(&env, copies[0])["state"], "tracked");
    assert_eq!(tracking(&env, copies[1])["state"], "pending");

    env.run(&["mailbox", "enable", "Maria Garcia"]).ok();
    assert_eq!(sync(&env)["mailboxes"], 2);
    assert_eq!(tracking(&env, copies[1])["state"], "tracked");
}

#[test]
fn mailbox_show_counts_its_items() {
    let env = org();
    receive(&env, "alex@contoso.com,maria@contoso.com", "One", &[]);
    email(&env, "alex@contoso.com", "Two");
    task(&env, "Three", &[]);
    assert_eq!(
        env.json(&["mailbox", "show", "Alex Wu"])["counts"]["items"],
        3
    );
    assert_eq!(
        env.json(&["mailbox", "show", "Maria Garcia"])["counts"]["items"],
        1
    );
}

#[test]
fn item_list_filters_by_mailbox_kind_folder_and_tracking_state() {
    let env = org();
    let copies = receive(
        &env,
        "alex@contoso.com,maria@contoso.com",
        "Quote request",
        &[],
    );
    let todo = task(&env, "Call back", &[]);
    categorize(&env, &[copies[0]]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["item", "list"];
        all.extend_from_slice(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&[]), [copies[0], copies[1], todo]);
    assert_eq!(ids(&["--mailbox", "Maria Garcia"]), [copies[1]]);
    assert_eq!(ids(&["--kind", "task"]), [todo]);
    assert_eq!(
        ids(&["--mailbox", "Alex Wu", "--folder", "Inbox"]),
        [copies[0]]
    );
    assert_eq!(ids(&["--tracking", "pending"]), [copies[0]]);
    assert_eq!(ids(&["--tracking", "untracked"]), [copies[1], todo]);
    sync(&env);
    assert_eq!(ids(&["--tracking", "tracked"]), [copies[0]]);
    let table = env.run(&["item", "list"]).ok();
    assert!(table.stdout.contains("PENDING") && table.stdout.contains("Quote request"));
}

/// Runs `orgtrack demo ...` with ORGTRACK_STATE pointing at `configured` (which must stay
/// untouched) and without the harness's `--state`.
fn demo(env: &Env, configured: &std::path::Path, args: &[&str]) -> Run {
    let mut cmd = std::process::Command::new(crate::util::bin());
    cmd.env("ORGTRACK_STATE", configured)
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", env.dir().join("xdg-data"))
        .arg("demo")
        .args(args);
    let mut shown = vec!["demo"];
    shown.extend_from_slice(args);
    Run::from(cmd.output().unwrap(), &shown)
}

#[test]
fn demo_tells_the_story_and_exits_0() {
    let env = Env::empty();
    let configured = env.dir().join("configured.db");
    let run = demo(&env, &configured, &[]).ok();
    for line in [
        "$ orgtrack sync",
        "Outlook Category \"Tracked To Dynamics 365\" has been enabled for the mailbox Alex Wu as the OrgDBOrgSetting is enabled. Use this Outlook category to track emails, appointments and tasks.",
        "tracked",
        "undeliverable",
        UNDELIVERABLE,
        "recurring_appointment",
        "That is the story.",
    ] {
        assert!(
            run.stdout.contains(line),
            "demo lacks {line:?}:\n{}",
            run.stdout
        );
    }
    assert!(!configured.exists(), "the demo wrote ORGTRACK_STATE");
    assert!(
        !env.dir().join("xdg-data").exists(),
        "the demo wrote the default state"
    );
}

#[test]
fn demo_keep_leaves_a_state_file_that_other_commands_read() {
    let env = Env::empty();
    let configured = env.dir().join("configured.db");
    let kept = env.dir().join("demo.db");
    demo(&env, &configured, &["--keep", kept.to_str().unwrap()])
        .ok()
        .stderr_has("kept in");
    let out = std::process::Command::new(crate::util::bin())
        .args(["--json", "--state", kept.to_str().unwrap(), "item", "list"])
        .output()
        .unwrap();
    let items: Value = serde_json::from_slice(&out.stdout).unwrap();
    let subjects: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["subject"].as_str().unwrap())
        .collect();
    assert!(subjects.contains(&"Quote request"), "{subjects:?}");
    assert!(!configured.exists());
}

#[test]
fn demo_keep_refuses_an_existing_file_and_leaves_it_alone() {
    let env = Env::new();
    let before = std::fs::read(env.state()).unwrap();
    let configured = env.dir().join("configured.db");
    let run = demo(
        &env,
        &configured,
        &["--keep", env.state().to_str().unwrap()],
    )
    .code(5);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(std::fs::read(env.state()).unwrap(), before);
    assert!(!configured.exists());
}

#[test]
fn demo_never_opens_the_configured_state() {
    // Whatever the story does, the state named by --state and ORGTRACK_STATE stays as it was.
    let env = Env::new();
    let before = std::fs::read(env.state()).unwrap();
    let configured = env.dir().join("configured.db");
    let out = env
        .command()
        .env("ORGTRACK_STATE", &configured)
        .arg("demo")
        .output()
        .unwrap();
    assert!(!out.stdout.is_empty(), "the demo told nothing");
    assert_eq!(std::fs::read(env.state()).unwrap(), before);
    assert!(!configured.exists());
    assert_eq!(env.json(&["item", "list"]), json!([]));
}

#[test]
fn demo_refuses_json_output() {
    let env = Env::empty();
    let configured = env.dir().join("configured.db");
    let mut cmd = std::process::Command::new(crate::util::bin());
    cmd.env("ORGTRACK_STATE", &configured)
        .args(["--json", "demo"]);
    let run = Run::from(cmd.output().unwrap(), &["--json", "demo"]).code(4);
    assert_eq!(run.error_json()["error"]["code"], "demo_is_text");
    assert!(run.stdout.is_empty());
}

#[test]
fn calendar_items_in_a_mailbox_without_act_sync_come_with_a_warning() {
    let env = org();
    crate::directory::add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    let args = [
        "--mailbox",
        "Support",
        "--subject",
        "Standup",
        "--start",
        "2026-01-06T10:00:00Z",
        "--end",
        "2026-01-06T10:15:00Z",
    ];
    let mut appointment = vec!["appointment", "add"];
    appointment.extend(args);
    let run = env.run(&appointment).ok();
    assert!(
        run.stderr
            .contains("Support synchronizes appointments, contacts and tasks by method none"),
        "{}",
        run.stderr
    );
    let run = env
        .run(&["task", "add", "--mailbox", "Alex Wu", "--subject", "Call"])
        .ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}
