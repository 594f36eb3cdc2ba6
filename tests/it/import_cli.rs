//! `mail import` and `calendar import` through the CLI, over the real corpora and small files
//! written here: summaries, failures named with their reason, duplicates, `--strict`,
//! `--folder`, `--deliver`, processing order and conversations.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::automatic::{activity_of, evaluation, org, text, tracks};
use crate::engine::{ALEX, MARIA, sync};
use crate::util::{Env, corpora};

/// The one file of the email corpora that cannot be imported.
const BAD_EML: &str = "ruby-mail/sample_output_multipart.eml";

fn eml(from: &str, to: &str, subject: &str, message_id: &str, date: &str, extra: &str) -> String {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\n\
         Date: {date}\r\n{extra}\r\nHello\r\n"
    )
}

fn import(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["--json", "mail", "import"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    (run.code, run.json(), run.stderr.clone())
}

fn counts(summary: &Value) -> (i64, i64, i64) {
    (
        summary["imported"].as_i64().unwrap(),
        summary["duplicates"].as_i64().unwrap(),
        summary["failed"].as_i64().unwrap(),
    )
}

fn items(env: &Env, mailbox: &str) -> Vec<Value> {
    env.json(&["item", "list", "--mailbox", mailbox])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn importing_every_corpus_email_names_the_bad_file_and_counts_exactly() {
    let env = Env::with_mailboxes(&[ALEX]);
    let dir = corpora().join("eml");
    let dir = dir.to_str().unwrap();
    let (code, summary, stderr) = import(&env, &["--mailbox", ALEX.1, dir]);
    assert_eq!(code, 1, "{stderr}");
    // 422 messages: 352 distinct Message-IDs, 69 copies of one already imported, 1 bad file.
    assert_eq!(counts(&summary), (352, 69, 1));
    assert_eq!(summary["items"].as_array().unwrap().len(), 352);
    let bad = format!("{dir}/{BAD_EML}");
    assert_eq!(
        summary["failures"],
        json!([{"path": bad, "reason": "empty file"}])
    );
    assert!(stderr.contains(&format!("{bad}: empty file")), "{stderr}");
    assert!(
        stderr.contains("imported 352, 69 duplicate(s), 1 failed"),
        "{stderr}"
    );
    let err: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
    assert_eq!(err["error"]["code"], "import_failed");
    assert_eq!(items(&env, ALEX.1).len(), 352);

    // Again: everything is a duplicate, nothing new.
    let (code, summary, _) = import(&env, &["--mailbox", ALEX.1, dir]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (0, 421, 1));
    assert_eq!(summary["items"], json!([]));
    assert_eq!(items(&env, ALEX.1).len(), 352);
}

#[test]
fn strict_imports_nothing_when_one_file_is_bad() {
    let env = Env::with_mailboxes(&[ALEX]);
    let good = env.file(
        "good.eml",
        &eml(
            "buyer@fabrikam.com",
            "alex@contoso.com",
            "Good",
            "good@fabrikam.com",
            "Mon, 5 Jan 2026 08:00:00 +0000",
            "",
        ),
    );
    let bad = env.file("bad.eml", "");
    let (code, summary, stderr) = import(&env, &["--strict", "--mailbox", ALEX.1, &good, &bad]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (0, 0, 1));
    assert_eq!(summary["failures"][0]["path"], bad.as_str());
    assert_eq!(summary["failures"][0]["reason"], "empty file");
    assert!(stderr.contains(&format!("{bad}: empty file")), "{stderr}");
    assert!(stderr.contains("--strict"), "{stderr}");
    assert!(items(&env, ALEX.1).is_empty());
    // Without --strict the good one goes in.
    let (code, summary, _) = import(&env, &["--mailbox", ALEX.1, &good, &bad]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (1, 0, 1));
    assert_eq!(items(&env, ALEX.1).len(), 1);
    // A strict import of good files only succeeds.
    let (code, summary, _) = import(&env, &["--strict", "--mailbox", ALEX.1, &good]);
    assert_eq!(code, 0);
    assert_eq!(counts(&summary), (0, 1, 0));
}

#[test]
fn folder_puts_the_messages_in_that_folder() {
    let env = Env::with_mailboxes(&[ALEX]);
    env.run(&["folder", "add", ALEX.1, "Inbox/Lists"]).ok();
    let file = env.file(
        "list.eml",
        &eml(
            "list@lists.example",
            "alex@contoso.com",
            "Digest",
            "digest@lists.example",
            "Mon, 5 Jan 2026 08:00:00 +0000",
            "",
        ),
    );
    let (code, summary, _) = import(
        &env,
        &["--mailbox", ALEX.1, "--folder", "Inbox/Lists", &file],
    );
    assert_eq!(code, 0);
    assert_eq!(counts(&summary), (1, 0, 0));
    let all = items(&env, ALEX.1);
    assert_eq!(all[0]["folder"], "Inbox/Lists");
    assert_eq!(all[0]["subject"], "Digest");
    assert_eq!(all[0]["sent_at"], "2026-01-05T08:00:00Z");
    // The same message in another folder is not a duplicate there.
    let (_, summary, _) = import(&env, &["--mailbox", ALEX.1, &file]);
    assert_eq!(counts(&summary), (1, 0, 0));
    let err = env
        .run(&[
            "--json",
            "mail",
            "import",
            "--mailbox",
            ALEX.1,
            "--folder",
            "Inbox/Nope",
            &file,
        ])
        .code(3)
        .error_json();
    assert_eq!(err["error"]["code"], "unknown_folder");
    assert_eq!(items(&env, ALEX.1).len(), 2);
}

#[test]
fn deliver_routes_each_message_to_its_internal_recipients() {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    let both = env.file(
        "both.eml",
        &eml(
            "buyer@fabrikam.com",
            "Alex Wu <alex@contoso.com>, someone@else.example",
            "For both",
            "both@fabrikam.com",
            "Mon, 5 Jan 2026 08:00:00 +0000",
            "Cc: maria@contoso.com\r\n",
        ),
    );
    let outside = env.file(
        "outside.eml",
        &eml(
            "buyer@fabrikam.com",
            "someone@else.example",
            "Not for us",
            "outside@fabrikam.com",
            "Mon, 5 Jan 2026 08:00:00 +0000",
            "",
        ),
    );
    let (code, summary, stderr) =
        import(&env, &["--deliver", "--mailbox", ALEX.1, &both, &outside]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (1, 0, 1));
    assert_eq!(summary["items"].as_array().unwrap().len(), 2);
    assert!(
        stderr.contains(&format!(
            "{outside}: none of its recipients has a mailbox in this org"
        )),
        "{stderr}"
    );
    for mailbox in [ALEX.1, MARIA.1] {
        let all = items(&env, mailbox);
        assert_eq!(all.len(), 1, "{mailbox}");
        assert_eq!(all[0]["folder"], "Inbox");
        assert_eq!(all[0]["message_id"], "both@fabrikam.com");
    }
    let (_, summary, _) = import(&env, &["--deliver", "--mailbox", ALEX.1, &both]);
    assert_eq!(counts(&summary), (0, 1, 0));
}

#[test]
fn a_reply_imported_with_its_parent_is_processed_after_it() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let reply = env.file(
        "1-reply.eml",
        &eml(
            "buyer@fabrikam.com",
            "alex@contoso.com",
            "RE: Plans",
            "reply@fabrikam.com",
            "Mon, 5 Jan 2026 08:05:00 +0000",
            "In-Reply-To: <parent@fabrikam.com>\r\n",
        ),
    );
    let parent = env.file(
        "2-parent.eml",
        &eml(
            "buyer@fabrikam.com",
            "alex@contoso.com",
            "Plans",
            "parent@fabrikam.com",
            "Mon, 5 Jan 2026 08:00:00 +0000",
            "",
        ),
    );
    // The reply is created first; both are received together; the earlier sent goes first.
    let (_, summary, _) = import(&env, &["--mailbox", ALEX.1, &reply, &parent]);
    let ids: Vec<i64> = summary["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_i64().unwrap())
        .collect();
    let (reply, parent) = (ids[0], ids[1]);
    sync(&env);
    let parent_activity = activity_of(&env, parent)["id"].clone();
    let activity = activity_of(&env, reply);
    assert_eq!(activity["correlation_method"], "in_reply_to");
    assert_eq!(activity["parent_activity"], parent_activity);
    assert!(parent_activity.as_i64() < activity["id"].as_i64());
    assert_eq!(evaluation(&env, reply)["filter_reason"], "accept_all");
}

#[test]
fn the_conversation_of_an_lkml_reply_includes_its_parent() {
    let env = Env::with_mailboxes(&[ALEX]);
    let dir = corpora().join("eml/notmuch-lkml");
    let (code, _, _) = import(&env, &["--mailbox", ALEX.1, dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    let all = items(&env, ALEX.1);
    let by_message: BTreeMap<String, &Value> =
        all.iter().map(|i| (text(&i["message_id"]), i)).collect();
    let mut pairs = 0;
    for item in &all {
        let Some(parent) = item["in_reply_to"].as_str().and_then(|p| by_message.get(p)) else {
            continue;
        };
        assert_eq!(
            item["conversation_id"], parent["conversation_id"],
            "{} replies to {}",
            item["id"], parent["id"]
        );
        pairs += 1;
    }
    assert_eq!(pairs, 136);
    // So categorizing a reply's thread reaches its parent too, even one imported after it.
    let reply = all
        .iter()
        .find(|i| {
            i["in_reply_to"]
                .as_str()
                .and_then(|p| by_message.get(p))
                .is_some_and(|p| p["id"].as_i64() > i["id"].as_i64())
        })
        .expect("a reply imported before its parent");
    let parent = by_message[reply["in_reply_to"].as_str().unwrap()]["id"].clone();
    sync(&env);
    let touched = env.json(&["item", "categorize", "--thread", &reply["id"].to_string()]);
    let touched: Vec<&Value> = touched
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["id"])
        .collect();
    assert!(touched.contains(&&parent), "{touched:?} lacks {parent}");
}

// ---- calendars ----

fn calendar_import(env: &Env, files: &[String]) -> (i32, Value, String) {
    let mut args = vec!["--json", "calendar", "import", "--mailbox", ALEX.1];
    args.extend(files.iter().map(String::as_str));
    let run = env.run(&args);
    (run.code, run.json(), run.stderr.clone())
}

fn real_calendars() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(corpora().join("ics/real"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".ics"))
        .collect();
    files.sort();
    files
}

#[test]
fn importing_every_real_calendar_counts_events_series_and_duplicates() {
    let env = Env::with_mailboxes(&[ALEX]);
    let files = real_calendars();
    assert_eq!(files.len(), 19);
    let (code, summary, stderr) = calendar_import(&env, &files);
    assert_eq!(code, 0, "{stderr}");
    // 21 events; 3 share a UID with one imported before (the same event in two files).
    assert_eq!(counts(&summary), (18, 3, 0));
    let created = summary["items"].as_array().unwrap().len();
    let all = items(&env, ALEX.1);
    assert_eq!(all.len(), created);
    assert!(
        all.iter()
            .all(|i| i["kind"] == "appointment" && i["folder"] == "Calendar")
    );
    // Warnings about the files are told, not fatal.
    assert!(
        stderr.contains("is unknown; times in it are read as UTC"),
        "{stderr}"
    );

    let (code, summary, _) = calendar_import(&env, &files);
    assert_eq!(code, 0);
    assert_eq!(counts(&summary), (0, 21, 0));
    assert_eq!(items(&env, ALEX.1).len(), created);
}

#[test]
fn a_recurring_event_becomes_a_series_item_with_its_occurrences() {
    let env = Env::with_mailboxes(&[ALEX]);
    let file = corpora()
        .join("ics/real/icaljs_recur_instances_finite.ics")
        .to_string_lossy()
        .into_owned();
    let (_, summary, _) = calendar_import(&env, &[file]);
    assert_eq!(counts(&summary), (1, 0, 0));
    let all = items(&env, ALEX.1);
    let series = &all[0];
    assert_eq!(
        series["rrule"],
        "FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;UNTIL=20121231T100000"
    );
    assert_eq!(series["message_id"], "623c13c0-6c2b-45d6-a12b-c33ad61c4868");
    let occurrences: Vec<&str> = all[1..]
        .iter()
        .map(|o| {
            assert_eq!(o["series_item_id"], series["id"]);
            assert_eq!(o["subject"], "Crazy Event Thingy!");
            o["starts_at"].as_str().unwrap()
        })
        .collect();
    // The first Tuesdays until December, and the two RDATEs, in Los Angeles time.
    assert_eq!(
        occurrences,
        [
            "2012-10-02T17:00:00Z",
            "2012-11-05T18:00:00Z",
            "2012-11-06T18:00:00Z",
            "2012-11-10T18:00:00Z",
            "2012-12-04T18:00:00Z",
        ]
    );
}

#[test]
fn a_bad_calendar_is_reported_and_the_good_ones_imported() {
    let env = Env::with_mailboxes(&[ALEX]);
    let bad = env.file("bad.ics", "this is not a calendar\r\n");
    let good = corpora()
        .join("ics/real/icaljs_daily_recur.ics")
        .to_string_lossy()
        .into_owned();
    let (code, summary, stderr) = calendar_import(&env, &[bad.clone(), good.clone()]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (1, 0, 1));
    assert_eq!(summary["failures"][0]["path"], bad.as_str());
    let reason = text(&summary["failures"][0]["reason"]);
    assert!(!reason.is_empty());
    assert!(stderr.contains(&format!("{bad}: {reason}")), "{stderr}");
    let run = env.run(&[
        "calendar",
        "import",
        "--strict",
        "--mailbox",
        ALEX.1,
        &bad,
        &good,
    ]);
    assert_eq!(run.code, 1);
    let missing = env.dir().join("missing.ics").to_string_lossy().into_owned();
    let (code, summary, _) = calendar_import(&env, &[missing]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (0, 0, 1));
}
