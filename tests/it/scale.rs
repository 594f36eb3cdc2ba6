//! Large states: `generate`, lists that page and stream, sync killed at random moments, and
//! many processes writing while a sync runs.

use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Instant;

use rusqlite::Connection;
use serde_json::Value;

use crate::util::{Env, START};

fn generate(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["--json", "generate", "--clock", START];
    all.extend_from_slice(args);
    env.run(&all).ok().json()
}

fn db(env: &Env) -> Connection {
    Connection::open(env.state()).expect("open state")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}

const CATEGORIZED_NOT_TRACKING: &str = "SELECT count(*) FROM item i
    JOIN item_category ic ON ic.item_id = i.id
    JOIN category c ON c.id = ic.category_id AND c.role = 'tracked'
    WHERE i.tracking_state NOT IN (1, 2, 3, 4)";

const SHARED_MESSAGE_DIRECTION: &str = "SELECT count(*) FROM (SELECT 1 FROM activity
    WHERE message_id IS NOT NULL GROUP BY message_id, direction HAVING count(*) > 1)";

#[test]
fn generate_makes_a_ready_org_that_sync_tracks() {
    let env = Env::empty();
    let made = generate(
        &env,
        &[
            "--users",
            "3",
            "--queues",
            "1",
            "--emails-per-mailbox",
            "20",
            "--categorized",
            "50",
            "--seed",
            "9",
        ],
    );
    assert_eq!(made["mailboxes"], 4);
    assert_eq!(made["emails"], 80);
    assert_eq!(made["seed"], 9);
    let categorized = made["categorized"].as_i64().unwrap();
    assert!(
        (20..=60).contains(&categorized),
        "about half: {categorized}"
    );

    let mailboxes = env.json(&["mailbox", "list"]);
    assert_eq!(mailboxes.as_array().unwrap().len(), 4);
    for m in mailboxes.as_array().unwrap() {
        assert_eq!(m["approval"], "approved");
        assert_eq!(m["enabled"], true);
        assert_eq!(m["incoming_status"], "success");
    }
    let queue = mailboxes
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["owner_kind"] == "queue")
        .unwrap();
    assert_eq!(queue["act_method"], "none");
    assert_eq!(queue["act_status"], "not_run");
    let shown = env.json(&["mailbox", "show", &queue["id"].to_string()]);
    let categories = shown["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 1);
    assert_eq!(categories[0]["name"], "Tracked to Dynamics 365");
    assert_eq!(categories[0]["role"], "tracked");
    assert_eq!(shown["counts"]["items"], 20);

    let pending = env.json(&["item", "list", "--tracking", "pending"]);
    let pending = pending.as_array().unwrap();
    assert_eq!(pending.len() as i64, categorized);
    assert_eq!(pending[0]["pending"], "track");
    assert_eq!(pending[0]["tracking"]["method"], "category");
    assert!(
        pending[0]["categories"]
            .as_array()
            .unwrap()
            .contains(&"Tracked to Dynamics 365".into())
    );

    let cycle = &env.json(&["sync"])[0];
    assert_eq!(cycle["mailboxes"], 4);
    assert_eq!(cycle["tracked"], categorized);
    // The category was already there: the cycle raised no "category enabled" alert.
    assert_eq!(cycle["alerts"], 0);
    assert_eq!(
        env.json(&["item", "list", "--tracking", "tracked"])
            .as_array()
            .unwrap()
            .len() as i64,
        categorized
    );
    assert_eq!(
        env.json(&["item", "list", "--tracking", "pending"]),
        Value::Array(vec![])
    );
}

#[test]
fn generate_is_deterministic_and_refuses_an_existing_file() {
    let listing = |seed: &str, threads: bool| {
        let env = Env::empty();
        let mut args = vec!["--users", "2", "--emails-per-mailbox", "15", "--seed", seed];
        if threads {
            args.push("--threads");
        }
        generate(&env, &args);
        env.run(&["--format", "ndjson", "item", "list"]).ok().stdout
    };
    assert_eq!(listing("5", true), listing("5", true));
    assert_ne!(listing("5", true), listing("6", true));

    let threaded = listing("5", true);
    let rows: Vec<Value> = threaded
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        rows.iter().any(|r| r["in_reply_to"].is_string()),
        "--threads makes replies"
    );
    assert!(rows.iter().any(|r| r["folder"] == "Sent Items"));

    let env = Env::new();
    env.run(&["generate", "--users", "1"])
        .code(5)
        .stderr_has("already exists; use --force");
    assert_eq!(env.json(&["mailbox", "list"]), Value::Array(vec![]));
    env.run(&[
        "generate",
        "--users",
        "1",
        "--emails-per-mailbox",
        "3",
        "--force",
    ])
    .ok();
    assert_eq!(env.json(&["item", "list"]).as_array().unwrap().len(), 3);
}

#[test]
fn generate_refuses_an_org_without_mailboxes() {
    let env = Env::empty();
    env.run(&["generate", "--users", "0"])
        .code(4)
        .stderr_has("at least one mailbox");
    env.run(&["generate", "--users", "0", "--queues", "2"])
        .code(4)
        .stderr_has("queues need users");
    env.run(&["generate", "--categorized", "101"]).code(2);
    assert!(!env.state().exists());
}

#[test]
fn generate_turns_category_tracking_on_for_old_versions() {
    let env = Env::empty();
    generate(
        &env,
        &[
            "--users",
            "1",
            "--emails-per-mailbox",
            "2",
            "--version",
            "9.0.2.100",
        ],
    );
    let setting = env.json(&["settings", "get", "TrackCategorizedItems"]);
    assert_eq!(setting["value"], true);
    assert_eq!(env.json(&["sync"])[0]["tracked"], 2);
}

/// Every page, joined, is the whole list once.
fn pages(env: &Env, list: &[&str], limit: usize) -> Vec<Value> {
    let mut all = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut args = vec!["--json"];
        args.extend_from_slice(list);
        let limit_text = limit.to_string();
        args.extend(["--limit", &limit_text]);
        if let Some(after) = &after {
            args.extend(["--after", after]);
        }
        let page = env.run(&args).ok().json();
        let page = page.as_array().unwrap().clone();
        assert!(page.len() <= limit);
        let Some(last) = page.last() else { break };
        after = Some(last["id"].to_string());
        all.extend(page);
    }
    all
}

#[test]
fn lists_page_with_limit_and_after() {
    let env = Env::empty();
    generate(
        &env,
        &["--users", "5", "--queues", "2", "--emails-per-mailbox", "6"],
    );
    // Names in mixed case page in the order the list shows them.
    env.run(&[
        "user",
        "add",
        "aaron lower",
        "--email",
        "aaron@fabrikam.example",
    ])
    .ok();
    env.run(&["sync"]).ok();
    for list in [
        &["item", "list"][..],
        &["activity", "list"],
        &["mailbox", "list"],
        &["alerts", "list"],
    ] {
        let mut whole = vec!["--json"];
        whole.extend_from_slice(list);
        let whole = env.run(&whole).ok().json();
        assert!(whole.as_array().unwrap().len() > 4, "{list:?}");
        assert_eq!(Value::Array(pages(&env, list, 4)), whole, "{list:?}");
    }
    env.run(&["mailbox", "list", "--after", "999"])
        .code(3)
        .stderr_has("999");
    env.run(&["alerts", "list", "--after", "999"])
        .code(3)
        .stderr_has("no alert 999");
    env.run(&["mailbox", "list", "--limit=-1"])
        .code(4)
        .stderr_has("--limit must be 0 or more");
    assert_eq!(
        env.json(&["mailbox", "list", "--limit", "0"]),
        Value::Array(vec![])
    );
}

#[test]
fn long_lists_stream_in_every_format() {
    let env = Env::empty();
    generate(
        &env,
        &[
            "--users",
            "2",
            "--emails-per-mailbox",
            "700",
            "--categorized",
            "0",
        ],
    );
    // JSON: one document, the same rows as NDJSON.
    let json = env.json(&["item", "list"]);
    let ndjson = env.run(&["--format", "ndjson", "item", "list"]).ok().stdout;
    let rows: Vec<Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1400);
    assert_eq!(json, Value::Array(rows));
    // A table past 1000 rows: a header and one line per row, aligned on the first rows.
    let table = env.run(&["item", "list"]).ok().stdout;
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 1401);
    assert!(lines[0].starts_with("ID  "), "{}", lines[0]);
    assert!(lines[0].contains("SUBJECT"));
    let state_at = lines[0].find("STATE").unwrap();
    assert!(
        lines[1400][state_at..].starts_with("untracked"),
        "{}",
        lines[1400]
    );
    // A short one is laid out the same way, sized on its own rows.
    let short = env.run(&["item", "list", "--limit", "3"]).ok().stdout;
    assert_eq!(short.lines().count(), 4, "{short}");
    assert!(short.starts_with("ID  "), "{short}");
    // A reader that stops early is not an error.
    let mut child = env
        .command()
        .args(["--format", "ndjson", "item", "list"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    assert!(child.wait().unwrap().success());
}

/// Pending tracking work per mailbox, as (mailbox id, items).
fn pending_per_mailbox(conn: &Connection) -> Vec<(i64, i64)> {
    let mut stmt = conn
        .prepare(
            "SELECT m.id, (SELECT count(*) FROM item i WHERE i.mailbox_id = m.id AND i.pending = 1)
             FROM mailbox m ORDER BY m.id",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// splitmix64, for kill moments the seed reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (((z ^ (z >> 31)) as u128 * n as u128) >> 64) as u64
    }
}

const CRASH_ORG: &[&str] = &[
    "--users",
    "12",
    "--queues",
    "2",
    "--emails-per-mailbox",
    "120",
    "--threads",
    "--categorized",
    "70",
    "--force",
];

#[test]
fn sync_killed_at_random_moments_leaves_a_sound_state() {
    let env = Env::empty();
    // How long a whole cycle takes here, so the kills land inside one.
    generate(&env, CRASH_ORG);
    let started = Instant::now();
    env.run(&["sync"]).ok();
    let full = started.elapsed();

    let mut rng = Rng(2026);
    let mut cut_mid_cycle = 0;
    for round in 0..20 {
        let seed = round.to_string();
        let mut args = CRASH_ORG.to_vec();
        args.extend(["--seed", &seed]);
        generate(&env, &args);
        let before = pending_per_mailbox(&db(&env));
        let work: i64 = before.iter().map(|(_, n)| n).sum();

        let mut sync = env
            .command()
            .arg("sync")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let moment = full.mul_f64(0.05 + rng.below(900) as f64 / 1000.0);
        thread::sleep(moment);
        sync.kill().unwrap(); // SIGKILL
        sync.wait().unwrap();

        // The state opens, and each mailbox is wholly before or after its step.
        env.run(&["org", "show"]).ok();
        let conn = db(&env);
        let after = pending_per_mailbox(&conn);
        for ((mailbox, was), (_, now)) in before.iter().zip(&after) {
            assert!(
                *now == 0 || now == was,
                "round {round}: mailbox {mailbox} half processed ({now} of {was} left)"
            );
        }
        let left: i64 = after.iter().map(|(_, n)| n).sum();
        if left > 0 && left < work {
            cut_mid_cycle += 1;
        }
        assert_eq!(count(&conn, SHARED_MESSAGE_DIRECTION), 0, "round {round}");
        assert_eq!(count(&conn, CATEGORIZED_NOT_TRACKING), 0, "round {round}");
        assert_eq!(
            count(&conn, "SELECT count(*) FROM activity"),
            count(&conn, "SELECT count(*) FROM item WHERE tracking_state = 2"),
            "round {round}: one activity per tracked email"
        );
        drop(conn);

        // Running sync again finishes the work.
        env.run(&["sync"]).ok();
        let conn = db(&env);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM item WHERE pending IS NOT NULL"),
            0
        );
        assert_eq!(
            count(&conn, "SELECT count(*) FROM item WHERE tracking_state = 2"),
            work,
            "round {round}"
        );
        assert_eq!(count(&conn, "SELECT count(*) FROM activity"), work);
        assert_eq!(count(&conn, SHARED_MESSAGE_DIRECTION), 0);
    }
    assert!(
        cut_mid_cycle >= 5,
        "only {cut_mid_cycle} of 20 kills landed inside a cycle (a cycle takes {full:?})"
    );
}

/// Settings no engine rule reads, each set by one writer only.
const SETTINGS: [&str; 8] = [
    "ActivityRollupChildRecordLimit",
    "AuthorizationAppLockTimeOutInMilliSeconds",
    "AuthorizationExpiredDataCleanUpInDays",
    "AuthorizationLockUserTimeOutInSeconds",
    "AuthorizationTransactionTimeOutInMilliSeconds",
    "AzureSynapseLinkIncrementalUpdateTimeInterval",
    "BackgroundSendBatchSize",
    "HierarchyLevelForHierarchyFeature",
];

#[test]
fn eight_writers_during_a_sync_lose_nothing() {
    let env = Env::empty();
    generate(
        &env,
        &[
            "--users",
            "8",
            "--emails-per-mailbox",
            "400",
            "--categorized",
            "50",
            "--seed",
            "3",
        ],
    );
    // Each writer owns one mailbox: it categorizes untracked items and uncategorizes pending ones.
    let ids = |mailbox: i64, tracking: &str| -> Vec<String> {
        env.json(&[
            "item",
            "list",
            "--mailbox",
            &mailbox.to_string(),
            "--tracking",
            tracking,
            "--limit",
            "12",
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].to_string())
        .collect()
    };
    let plans: Vec<(Vec<String>, Vec<String>)> = (1..=8)
        .map(|m| (ids(m, "untracked"), ids(m, "pending")))
        .collect();

    // Cycles run back to back for as long as the writers write.
    let writing = AtomicBool::new(true);
    let (runs, syncs) = thread::scope(|scope| {
        let syncer = scope.spawn(|| {
            let mut syncs = Vec::new();
            while writing.load(Ordering::SeqCst) || syncs.is_empty() {
                syncs.push(env.run(&["sync"]));
            }
            syncs
        });
        let writers: Vec<_> = plans
            .iter()
            .enumerate()
            .map(|(n, (to_track, to_drop))| {
                let env = &env;
                scope.spawn(move || {
                    let mut runs = Vec::new();
                    for step in 0..4 {
                        let value = (10 + 3 * step + n).to_string();
                        runs.push(env.run(&["settings", "set", SETTINGS[n], &value]));
                        for (verb, ids) in [("categorize", to_track), ("uncategorize", to_drop)] {
                            let mut args = vec!["item", verb];
                            args.extend(ids[step * 3..step * 3 + 3].iter().map(String::as_str));
                            runs.push(env.run(&args));
                        }
                    }
                    runs
                })
            })
            .collect();
        let runs: Vec<_> = writers
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        writing.store(false, Ordering::SeqCst);
        (runs, syncer.join().unwrap())
    });
    assert_eq!(runs.len(), 8 * 12);
    // The first cycle has real work, so the writers met at least one running cycle.
    assert!(
        syncs.len() >= 2,
        "{} cycles ran during the writes",
        syncs.len()
    );
    for run in runs.into_iter().chain(syncs) {
        assert!(!run.stderr.contains("locked"), "{}", run.stderr);
        run.ok();
    }

    // Every writer's last value is there, and every item change.
    for (n, name) in SETTINGS.iter().enumerate() {
        let setting = env.json(&["settings", "get", name]);
        assert_eq!(setting["value"], 10 + 3 * 3 + n, "{name}");
    }
    env.run(&["sync"]).ok();
    let conn = db(&env);
    assert_eq!(count(&conn, SHARED_MESSAGE_DIRECTION), 0);
    assert_eq!(count(&conn, CATEGORIZED_NOT_TRACKING), 0);
    for (to_track, to_drop) in &plans {
        for id in to_track {
            let item = env.json(&["item", "show", id]);
            assert_eq!(item["state"], "tracked", "item {id}");
            assert!(
                item["categories"]
                    .as_array()
                    .unwrap()
                    .contains(&"Tracked to Dynamics 365".into())
            );
        }
        for id in to_drop {
            let item = env.json(&["item", "show", id]);
            assert_eq!(item["state"], "untracked", "item {id}");
            assert_eq!(item["categories"], Value::Array(vec![]), "item {id}");
        }
    }
    // Nothing waits any more, and every categorized email became exactly one activity.
    assert_eq!(
        count(&conn, "SELECT count(*) FROM item WHERE pending IS NOT NULL"),
        0
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM activity"),
        count(&conn, "SELECT count(DISTINCT last_activity_id) FROM item")
    );
}

#[test]
fn processes_that_meet_an_old_schema_all_upgrade_it_or_wait() {
    for round in 0..5 {
        let env = Env::empty();
        generate(&env, &["--users", "2", "--emails-per-mailbox", "5"]);
        // Back to schema version 12, as a state written by an earlier release: undo the newest
        // migrations (013_settings_journal.sql, 014_compact_hashes.sql, 015_mailbox_service.sql,
        // 016_history.sql, 017_tracking_fidelity.sql, 018_org_source.sql; update this when
        // adding one).
        db(&env)
            .execute_batch(
                "ALTER TABLE org DROP COLUMN source;
                 ALTER TABLE org DROP COLUMN snapshot_at;
                 DROP INDEX record_email2;
                 DROP INDEX record_email3;
                 ALTER TABLE record DROP COLUMN email2;
                 ALTER TABLE record DROP COLUMN email3;
                 ALTER TABLE item DROP COLUMN irm_restricted;
                 ALTER TABLE item DROP COLUMN private;
                 ALTER TABLE item DROP COLUMN copied_from_item_id;
                 ALTER TABLE activity DROP COLUMN private;
                 ALTER TABLE activity DROP COLUMN draft;
                 DROP INDEX item_failure_time;
                 DROP TRIGGER history_item_received;
                 DROP TRIGGER history_item_tracking;
                 DROP TRIGGER history_item_deleted;
                 DROP TRIGGER history_item_removed;
                 DROP TRIGGER history_item_categorized;
                 DROP TRIGGER history_item_uncategorized;
                 DROP TRIGGER history_activity_created;
                 DROP TRIGGER history_activity_deleted;
                 DROP VIEW mailbox_owner;
                 DROP TABLE history_context;
                 DROP TABLE history;
                 ALTER TABLE cycle DROP COLUMN activities_deleted;
                 DROP TABLE item_failure;
                 DROP TABLE pending_send;
                 DROP TABLE fault;
                 DROP INDEX mailbox_profile;
                 DROP INDEX mailbox_retry;
                 ALTER TABLE mailbox DROP COLUMN profile_id;
                 ALTER TABLE mailbox DROP COLUMN incoming_failures;
                 ALTER TABLE mailbox DROP COLUMN outgoing_failures;
                 ALTER TABLE mailbox DROP COLUMN act_failures;
                 ALTER TABLE mailbox DROP COLUMN retry_at;
                 ALTER TABLE mailbox DROP COLUMN test_scheduled;
                 DROP TABLE email_server_profile;
                 DROP TABLE settings_journal;
                 DROP TABLE email_subject_hash;
                 DROP TABLE email_address_hash;
                 CREATE TABLE email_hash (
                     activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
                     kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
                     hash INTEGER NOT NULL,
                     created_at TEXT NOT NULL);
                 CREATE INDEX email_hash_address ON email_hash (hash, created_at) WHERE kind = 1;
                 CREATE INDEX email_hash_activity ON email_hash (activity_id, kind);
                 PRAGMA user_version = 12;",
            )
            .unwrap();
        let children: Vec<_> = (0..8)
            .map(|_| {
                env.command()
                    .args(["org", "show"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let version: i64 = db(&env)
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 18);
    }
}
