//! No statement that runs per message, item or mailbox reads a whole table that grows with the
//! org. The commands run on a generated org with `ORGTRACK_TEST_SQL_LOG` set, so the store logs
//! every statement it really runs (parameters unbound); each is then planned with
//! `EXPLAIN QUERY PLAN` on that state and may not `SCAN` a growing table, nor look a message up
//! by Message-ID through another index.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::Connection;

use crate::util::{Env, START};

/// Tables whose rows grow with the org's mail and directory.
const GROWING: &[&str] = &[
    "item",
    "activity",
    "activity_party",
    "email_hash",
    "alert",
    "queue_item",
    "record",
    "folder",
    "category",
    "mailbox",
    "user",
    "queue",
    "delegate",
    "item_category",
    "fault",
    "pending_send",
    "item_failure",
    "history",
];

/// Statements that read every row by design, once per command: the lists a user asked for
/// whole and the set of mailboxes a cycle visits. Matched by their start.
const WHOLE_LISTS: &[(&str, &str)] = &[
    (
        "SELECT m.id FROM mailbox m LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id ORDER BY",
        "a cycle visits every mailbox, once per cycle",
    ),
    (
        "SELECT u.id, u.name, m.email, u.track_email, m.id, u.created_at FROM user u JOIN mailbox m",
        "`user list` without --limit lists every user",
    ),
    (
        "SELECT m.id, coalesce(u.name, q.name), m.email,",
        "`mailbox list` without --limit lists every mailbox",
    ),
];

const MBOX: &str = "From a@b Mon Jan  5 08:00:00 2026
From: Buyer <buyer@fabrikam.com>
To: ALEX
Subject: Offer
Message-ID: <m1@fabrikam.com>
Thread-Index: AQHZ1234567890abcdefABCDEFGHIJ==
Date: Mon, 5 Jan 2026 08:00:00 +0000

Hello

From a@b Mon Jan  5 08:00:00 2026
From: Buyer <buyer@fabrikam.com>
To: ALEX, LENA
Subject: RE: Offer
Message-ID: <m2@fabrikam.com>
Thread-Index: AQHZ1234567890abcdefABCDEFGHIJAAAAAAAA
Date: Mon, 5 Jan 2026 09:00:00 +0000

Hello again
";

/// What each command of the scenario ran: statement -> executions.
fn scenario(env: &Env, log: &Path) -> BTreeMap<String, usize> {
    let mailboxes = env.json(&["mailbox", "list"]);
    let email = |i: usize| mailboxes[i]["email"].as_str().expect("email").to_string();
    let (alex, lena) = (email(0), email(1));
    #[allow(non_snake_case)]
    let (ALEX, LENA) = (alex.as_str(), lena.as_str());
    let mbox = env.file(
        "box.mbox",
        &MBOX.replace("ALEX", ALEX).replace("LENA", LENA),
    );
    let run = |args: &[&str]| {
        let out = env
            .command()
            .env("ORGTRACK_TEST_SQL_LOG", log)
            .args(args)
            .output()
            .expect("run orgtrack");
        assert!(
            out.status.success(),
            "`orgtrack {}` failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["sync"]);
    run(&[
        "record",
        "add",
        "contact",
        "Buyer",
        "--email",
        "buyer@fabrikam.com",
    ]);
    run(&["user", "set", "1", "--track-email", "all"]);
    run(&["settings", "set", "AutoTrackSentFolderItems", "true"]);
    run(&["settings", "set", "enablesmartmatching", "true"]);
    run(&["mail", "import", "--mailbox", ALEX, &mbox]);
    run(&["mail", "import", "--mailbox", ALEX, "--deliver", &mbox]);
    run(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        ALEX,
        "--cc",
        LENA,
        "--subject",
        "Price list",
        "--in-reply-to",
        "<m1@fabrikam.com>",
    ]);
    run(&[
        "mail",
        "send",
        "--from",
        LENA,
        "--to",
        "buyer@fabrikam.com",
        "--subject",
        "RE: Price list",
    ]);
    run(&[
        "mail",
        "send",
        "--from",
        LENA,
        "--to",
        ALEX,
        "--subject",
        "Terms",
        "--via-dynamics",
    ]);
    run(&[
        "mailbox",
        "fault",
        "add",
        ALEX,
        "--transient",
        "--direction",
        "incoming",
        "--times",
        "1",
    ]);
    run(&["mailbox", "fault", "list", ALEX]);
    run(&["item", "categorize", "5"]);
    run(&["item", "track", "7"]);
    run(&["item", "move", "9", "Deleted Items"]);
    run(&["item", "delete", "11"]);
    run(&["sync", "--cycles", "2"]);
    run(&["item", "untrack", "7", "--delete-activity"]);
    run(&["folder", "add", ALEX, "Archive"]);
    run(&["item", "move", "13", "Archive"]);
    run(&["folder", "delete", ALEX, "Archive"]);
    run(&["sync"]);
    run(&["explain", "5"]);
    run(&["explain", "activity:3"]);
    run(&["item", "history", "11"]);
    // Deleted in Outlook and removed by a cycle above: explained from its history.
    run(&["explain", "11"]);
    run(&["activity", "history", "3"]);
    run(&["item", "show", "9"]);
    run(&["item", "list", "--limit", "5"]);
    run(&[
        "item",
        "list",
        "--mailbox",
        ALEX,
        "--after",
        "50",
        "--limit",
        "5",
    ]);
    run(&["activity", "list", "--after", "10", "--limit", "5"]);
    run(&["mailbox", "list", "--limit", "2"]);
    run(&["mailbox", "show", ALEX]);
    run(&["item", "failures", "--mailbox", ALEX]);
    run(&["activity", "list", "--limit", "5"]);
    run(&["alerts", "list", "--limit", "3"]);
    run(&["user", "list"]);
    run(&["mailbox", "list"]);
    let mut counts = BTreeMap::new();
    for line in std::fs::read_to_string(log).expect("statement log").lines() {
        *counts.entry(line.to_string()).or_insert(0) += 1;
    }
    counts
}

/// The `SCAN` steps of a statement's plan that read a growing table (by name or alias).
fn growing_scans(conn: &Connection, sql: &str) -> Vec<String> {
    let steps = plan(conn, sql);
    // A page read in the order of an index, stopped by LIMIT, is not a whole-table read.
    let paged = sql.contains(" LIMIT ") && !steps.iter().any(|s| s.contains("TEMP B-TREE"));
    steps
        .into_iter()
        .filter(|step| {
            let Some(rest) = step.strip_prefix("SCAN ") else {
                return false;
            };
            let name = rest.split_whitespace().next().unwrap_or_default();
            let table = table_of(sql, name);
            GROWING.contains(&table.as_str()) && !(paged && rest.contains(" USING "))
        })
        .collect()
}

/// The plan steps of a statement that looks an item or activity up by Message-ID but searches
/// by another index (a folder's or a mailbox's, which hold ever more rows).
fn misses_the_message_id(conn: &Connection, sql: &str) -> Vec<String> {
    if !sql.contains("message_id = ?") {
        return Vec::new();
    }
    plan(conn, sql)
        .into_iter()
        .filter(|step| {
            (step.starts_with("SEARCH item ") || step.starts_with("SEARCH activity "))
                && !step.contains("(message_id=")
        })
        .collect()
}

fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("cannot plan {sql}: {e}"));
    // Unbound parameters plan as they do bound: the plan depends on the statement only.
    let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
    stmt.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))
        .expect("plan")
        .collect::<Result<_, _>>()
        .expect("plan rows")
}

/// The table a plan step names: itself, or the table an alias stands for in `sql`.
fn table_of(sql: &str, name: &str) -> String {
    let words: Vec<&str> = sql.split_whitespace().collect();
    for pair in words.windows(2) {
        if pair[1] == name && GROWING.contains(&pair[0]) {
            return pair[0].to_string();
        }
    }
    name.to_string()
}

fn is_data_statement(sql: &str) -> bool {
    let first = sql.split_whitespace().next().unwrap_or_default();
    ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "REPLACE"]
        .iter()
        .any(|k| first.eq_ignore_ascii_case(k))
}

#[test]
fn no_statement_of_a_command_reads_a_whole_growing_table() {
    let env = Env::empty();
    env.run(&[
        "generate",
        "--users",
        "3",
        "--emails-per-mailbox",
        "60",
        "--threads",
        "--seed",
        "7",
        "--clock",
        START,
    ])
    .ok();
    let log = env.dir().join("statements.log");
    let counts = scenario(&env, &log);
    let conn = Connection::open(env.state()).expect("open state");

    let statements: Vec<&String> = counts.keys().filter(|s| is_data_statement(s)).collect();
    // The scenario must really have run the per-message paths it is meant to guard.
    for needle in [
        "INSERT INTO item",
        "INSERT INTO activity",
        "INSERT INTO email_address_hash",
        "FROM email_address_hash h JOIN activity a",
        "substr(conversation_index, 1, 44) = ?1",
        "FROM history WHERE item_id = ?1",
        "FROM history WHERE activity_id = ?1",
        "FROM history WHERE item_id = ?1 AND event = 'removed'",
    ] {
        assert!(
            statements.iter().any(|s| s.contains(needle)),
            "no logged statement contains {needle:?}; {} statements logged",
            statements.len()
        );
    }
    // Each exception must still name a statement the commands run.
    for (start, why) in WHOLE_LISTS {
        assert!(
            statements.iter().any(|s| s.starts_with(start)),
            "no logged statement starts with {start:?} ({why})"
        );
    }
    let mut offenders = Vec::new();
    for sql in statements {
        if WHOLE_LISTS.iter().any(|(start, _)| sql.starts_with(start)) {
            continue;
        }
        let mut bad = growing_scans(&conn, sql);
        bad.extend(misses_the_message_id(&conn, sql));
        if !bad.is_empty() {
            offenders.push(format!("{bad:?} ({}x): {sql}", counts[sql]));
        }
    }
    assert!(
        offenders.is_empty(),
        "statements that read a whole growing table:\n{}",
        offenders.join("\n")
    );
}

/// The statements of the triggers that write the history run inside every change of an item
/// or activity: the trace reports them only by name, so each is planned from the schema, with
/// the trigger's `NEW.x` and `OLD.x` as parameters.
#[test]
fn no_history_trigger_reads_a_whole_growing_table() {
    let env = Env::empty();
    env.run(&[
        "generate",
        "--users",
        "2",
        "--emails-per-mailbox",
        "5",
        "--clock",
        START,
    ])
    .ok();
    let conn = Connection::open(env.state()).expect("open state");
    let mut stmt = conn
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'history%'",
        )
        .expect("triggers");
    let triggers: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("triggers")
        .collect::<Result<_, _>>()
        .expect("trigger rows");
    assert!(triggers.len() >= 8, "history triggers: {triggers:?}");
    let mut offenders = Vec::new();
    for (name, sql) in triggers {
        let (head, body) = sql.split_once("\nBEGIN").expect("a trigger body");
        let mut statements: Vec<String> = body
            .trim_end()
            .trim_end_matches("END")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if let Some((_, when)) = head.split_once("\nWHEN ") {
            statements.push(format!("SELECT {when}"));
        }
        for statement in statements {
            let bound = parameters_for_row_refs(&statement);
            let bad = growing_scans(&conn, &bound);
            if !bad.is_empty() {
                offenders.push(format!("{name}: {bad:?}: {bound}"));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

/// `NEW.col` and `OLD.col` replaced by `?`, so the statement plans outside its trigger.
fn parameters_for_row_refs(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(at) = ["NEW.", "OLD."].iter().filter_map(|p| rest.find(p)).min() {
        out.push_str(&rest[..at]);
        out.push('?');
        let after = &rest[at + 4..];
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
