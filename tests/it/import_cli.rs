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
    assert_eq!(summary["item_ids"].as_array().unwrap().len(), 352);
    assert_eq!(summary["items"], 352);
    let bad = format!("{dir}/{BAD_EML}");
    assert_eq!(
        summary["problems"],
        json!([{"path": bad, "code": "invalid_message", "message": "empty file"}])
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
    assert_eq!(summary["item_ids"], json!([]));
    assert_eq!(summary["items"], 0);
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
    assert_eq!(summary["problems"][0]["path"], bad.as_str());
    assert_eq!(summary["problems"][0]["code"], "invalid_message");
    assert_eq!(summary["problems"][0]["message"], "empty file");
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
    assert_eq!(summary["item_ids"].as_array().unwrap().len(), 2);
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
    let ids: Vec<i64> = summary["item_ids"]
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
    assert_eq!(activity["parent_activity_id"], parent_activity);
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
    let created = summary["item_ids"].as_array().unwrap().len();
    assert_eq!(summary["items"], created);
    let all = items(&env, ALEX.1);
    assert_eq!(all.len(), created);
    assert!(
        all.iter()
            .all(|i| i["kind"] == "appointment" && i["folder"] == "Calendar")
    );
    // Warnings about the files are told, not fatal; every zone of these files is known.
    assert!(
        stderr.contains("more VEVENTs without RECURRENCE-ID share this UID"),
        "{stderr}"
    );
    assert!(!stderr.contains("time zone"), "{stderr}");

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

/// The start of each appointment imported into Alex's calendar, by subject.
fn starts(env: &Env) -> BTreeMap<String, Vec<String>> {
    let mut starts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in items(env, ALEX.1) {
        if item["rrule"].is_null() {
            starts
                .entry(text(&item["subject"]))
                .or_default()
                .push(text(&item["starts_at"]));
        }
    }
    starts
}

fn real_calendar(name: &str) -> String {
    corpora()
        .join("ics/real")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn real_exchange_calendars_import_at_the_right_instants() {
    let env = Env::with_mailboxes(&[ALEX]);
    let (code, _, stderr) = calendar_import(
        &env,
        &[
            // TZID "GMT +0100 (Standard) / GMT +0200 (Daylight)": only its VTIMEZONE's rules
            // say what it is (summer time in July).
            real_calendar("pyicalendar_issue_165_missing_event.ics"),
            // Windows ids, quoted and not, with Exchange's VTIMEZONEs.
            real_calendar("pyicalendar_issue_836_do_not_quote_tzid.ics"),
            real_calendar("pyicalendar_timezone_same_start.ics"),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("time zone"), "{stderr}");
    let starts = starts(&env);
    let standup = &starts["Sprint 25 Daily Standup"];
    // Weekdays from Friday 3 July 2015 to Wednesday 22 July, 10:00 at UTC+02:00.
    assert_eq!(standup.len(), 14, "{standup:?}");
    assert_eq!(standup[0], "2015-07-03T08:00:00Z");
    assert_eq!(standup[1], "2015-07-06T08:00:00Z");
    assert_eq!(standup[13], "2015-07-22T08:00:00Z");
    // 17:00 on 28 October 2024 in New York is still daylight time.
    assert_eq!(
        starts["Anonymous Test Event for TZID"],
        ["2024-10-28T21:00:00Z"]
    );
    assert_eq!(starts["Test 4"], ["2017-02-24T20:00:00Z"]);
}

/// An Outlook-style calendar: events whose TZIDs are display names, one whose zone only its
/// VTIMEZONE defines, and one zone nobody knows.
const DISPLAY_NAMES: &str = "BEGIN:VCALENDAR\r\nPRODID:-//orgtrack tests//EN\r\nVERSION:2.0\r\n\
BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\n\
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\r\nEND:STANDARD\r\n\
BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\n\
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nUID:bangkok\r\nSUMMARY:Bangkok\r\n\
DTSTART;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20260115T090000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:eastern\r\nSUMMARY:Eastern\r\n\
DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260715T090000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:sydney\r\nSUMMARY:Sydney\r\n\
DTSTART;TZID=\"(GMT+10:00) Canberra, Melbourne, Sydney\":20260115T090000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:custom\r\nSUMMARY:Custom\r\n\
DTSTART;TZID=Customized Time Zone:20260115T090000\r\n\
RRULE:FREQ=MONTHLY;COUNT=4\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:mars\r\nSUMMARY:Mars\r\n\
DTSTART;TZID=Olympus Mons Time:20260115T090000\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn display_names_and_vtimezone_rules_give_the_right_instants() {
    let env = Env::with_mailboxes(&[ALEX]);
    let file = env.file("outlook.ics", DISPLAY_NAMES);
    let (code, summary, stderr) = calendar_import(&env, std::slice::from_ref(&file));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(counts(&summary), (5, 0, 0));
    let starts = starts(&env);
    assert_eq!(starts["Bangkok"], ["2026-01-15T02:00:00Z"]);
    assert_eq!(starts["Eastern"], ["2026-07-15T13:00:00Z"]);
    assert_eq!(starts["Sydney"], ["2026-01-14T22:00:00Z"]);
    // Daylight time (+11:00) until the first Sunday of April, then standard time (+10:00).
    assert_eq!(
        starts["Custom"],
        [
            "2026-01-14T22:00:00Z",
            "2026-02-14T22:00:00Z",
            "2026-03-14T22:00:00Z",
            "2026-04-14T23:00:00Z"
        ]
    );
    // An unknown zone is never taken for UTC silently: the warning names the file and the zone.
    assert_eq!(starts["Mars"], ["2026-01-15T09:00:00Z"]);
    assert!(
        stderr.contains(&format!(
            "{file}: event mars: time zone 'Olympus Mons Time' is unknown"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("read as UTC"), "{stderr}");
    assert_eq!(stderr.matches("time zone").count(), 1, "{stderr}");
}

/// A calendar with a quoted property name and an unterminated quoted TZID (lines 5 and 10).
const MALFORMED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:kept\r\nORGANIZER=\"mailto:ann@example.com\"\r\nSUMMARY:Kept\r\n\
DTSTART:20260105T090000Z\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=\"W. Europe Standard Time:20260106T090000\r\nUID:lost\r\n\
SUMMARY:Lost\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:also-kept\r\nSUMMARY:Also kept\r\nDTSTART:20260107T090000Z\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn a_malformed_line_loses_only_itself_unless_strict() {
    let env = Env::with_mailboxes(&[ALEX]);
    let file = env.file("malformed.ics", MALFORMED);

    let run = env.run(&[
        "--json",
        "calendar",
        "import",
        "--strict",
        "--mailbox",
        ALEX.1,
        &file,
    ]);
    assert_eq!(run.code, 1);
    let summary = run.json();
    assert_eq!(counts(&summary), (0, 0, 1));
    assert_eq!(summary["problems"][0]["code"], "invalid_calendar");
    assert_eq!(
        summary["problems"][0]["message"],
        "line 5: 'ORGANIZER=\"MAILTO' is not a property name"
    );
    assert!(items(&env, ALEX.1).is_empty());

    let (code, summary, stderr) = calendar_import(&env, std::slice::from_ref(&file));
    assert_eq!(code, 0, "{stderr}");
    // The organizer line is dropped from its event; the event whose DTSTART is broken is left
    // out; the rest imports.
    assert_eq!(counts(&summary), (2, 0, 0));
    let starts = starts(&env);
    assert_eq!(starts["Kept"], ["2026-01-05T09:00:00Z"]);
    assert_eq!(starts["Also kept"], ["2026-01-07T09:00:00Z"]);
    assert!(!starts.contains_key("Lost"));
    for expected in [
        format!(
            "{file}: line 5: 'ORGANIZER=\"MAILTO' is not a property name; that line is left out"
        ),
        format!(
            "{file}: line 10: unterminated quote in parameter TZID of DTSTART; that line is left out"
        ),
        format!("{file}: event lost: no DTSTART; left out"),
    ] {
        assert!(stderr.contains(&expected), "{expected} not in {stderr}");
    }
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
    assert_eq!(summary["problems"][0]["path"], bad.as_str());
    assert_eq!(summary["problems"][0]["code"], "invalid_calendar");
    let reason = text(&summary["problems"][0]["message"]);
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
    // A named file that is not there is refused before anything is imported (exit 3).
    let missing = env.dir().join("missing.ics").to_string_lossy().into_owned();
    env.run(&["calendar", "import", "--mailbox", ALEX.1, &good, &missing])
        .code(3)
        .stderr_has("missing.ics");
}

/// An mbox of `count` small messages with Message-IDs `<n@bulk.example>`; message `bad` (from 1)
/// is empty when given.
fn bulk_mbox(count: usize, bad: Option<usize>) -> String {
    let mut text = String::new();
    for n in 1..=count {
        text.push_str("From sender@fabrikam.com Mon Jan  5 08:00:00 2026\n");
        if Some(n) != bad {
            text.push_str(&format!(
                "From: buyer@fabrikam.com\nTo: alex@contoso.com\nSubject: Order {n}\n\
                 Message-ID: <{n}@bulk.example>\nDate: Mon, 5 Jan 2026 08:00:00 +0000\n\nBody {n}\n"
            ));
        }
        text.push('\n');
    }
    text
}

#[test]
fn a_bad_message_of_an_mbox_is_named_by_file_and_number_and_the_rest_imports() {
    let env = Env::with_mailboxes(&[ALEX]);
    let mbox = env.file("three.mbox", &bulk_mbox(3, Some(2)));
    let (code, summary, stderr) = import(&env, &["--mailbox", ALEX.1, &mbox]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(counts(&summary), (2, 0, 1));
    // Message 2 starts at line 10: the first takes 9 lines (separator, 5 headers, blank line,
    // body, blank line).
    let problem = &summary["problems"][0];
    assert_eq!(problem["path"], format!("{mbox}:10"));
    assert_eq!(problem["code"], "invalid_message");
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .starts_with("message 2: "),
        "{problem}"
    );
    assert!(
        stderr.contains(&format!("{mbox}:10: message 2: ")),
        "{stderr}"
    );
    assert_eq!(items(&env, ALEX.1).len(), 2);
}

/// More messages than one transaction of a plain import holds: the batches together import
/// every message once, a second import finds every one a duplicate, and `--strict` still
/// imports nothing when the very last message is bad.
#[test]
fn a_large_mbox_imports_in_batches_with_duplicates_and_strict_kept_exact() {
    let env = Env::with_mailboxes(&[ALEX]);
    let count = 2600;
    let bad_last = env.file("bad-last.mbox", &bulk_mbox(count, Some(count)));
    let (code, summary, _) = import(&env, &["--strict", "--mailbox", ALEX.1, &bad_last]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (0, 0, 1));
    let last = format!("message {count}: ");
    let problem = summary["problems"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(problem.starts_with(&last), "{problem}");
    assert!(items(&env, ALEX.1).is_empty());

    let (code, summary, stderr) = import(&env, &["--mailbox", ALEX.1, &bad_last]);
    assert_eq!(code, 1);
    assert_eq!(counts(&summary), (count as i64 - 1, 0, 1));
    // stderr is not a terminal here: no progress bar, only the failure, the summary and the error.
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
    let all = env.file("all.mbox", &bulk_mbox(count, None));
    let (code, summary, _) = import(&env, &["--mailbox", ALEX.1, &all]);
    assert_eq!(code, 0);
    assert_eq!(counts(&summary), (1, count as i64 - 1, 0));
    assert_eq!(items(&env, ALEX.1).len(), count);
}

/// The state's size in pages, as SQLite counts it (the WAL included).
fn page_count(env: &Env) -> i64 {
    let conn = rusqlite::Connection::open(env.state()).expect("opens");
    conn.query_row("PRAGMA page_count", [], |row| row.get(0))
        .expect("page_count")
}

/// A full disk (SQLite's SQLITE_FULL, forced here by capping the file's pages) stops an import
/// with exit 7 and `disk_full`: `--strict` leaves nothing behind; a plain import keeps the
/// batches it committed, says how many, and the state stays usable for the next command.
#[test]
fn a_full_disk_stops_an_import_without_losing_the_state() {
    let count = 5000;
    // How many pages 3000 of these messages take: room for the first batch of 2000, not for
    // the second.
    let measure = Env::with_mailboxes(&[ALEX]);
    let three_thousand = measure.file("3000.mbox", &bulk_mbox(3000, None));
    import(&measure, &["--mailbox", ALEX.1, &three_thousand]);
    let limit = page_count(&measure).to_string();

    let env = Env::with_mailboxes(&[ALEX]);
    let mbox = env.file("all.mbox", &bulk_mbox(count, None));
    let full = [("ORGTRACK_TEST_MAX_PAGES", limit.as_str())];
    let strict = env
        .run_with(
            &[
                "--json",
                "mail",
                "import",
                "--strict",
                "--mailbox",
                ALEX.1,
                &mbox,
            ],
            &full,
        )
        .code(7);
    let error = strict.error_json();
    assert_eq!(error["error"]["code"], "disk_full");
    assert!(
        !error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("stay imported"),
        "{error}"
    );
    assert!(items(&env, ALEX.1).is_empty());

    env.run_with(&["mail", "import", "--mailbox", ALEX.1, &mbox], &full)
        .code(7)
        .stderr_has("the disk holding the state file is full")
        .stderr_has("the 2000 messages imported before it stay imported");
    assert_eq!(items(&env, ALEX.1).len(), 2000);
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();

    let (code, summary, _) = import(&env, &["--mailbox", ALEX.1, &mbox]);
    assert_eq!(code, 0);
    assert_eq!(counts(&summary), (count as i64 - 2000, 2000, 0));
}

/// A plain import commits every 2000 messages, so another writer gets its turn while a long
/// import runs: `settings set` goes through between two batches, not after the import. (Seen
/// from outside: the setting is written while the import is still running; with one
/// transaction for the whole file the first items would only show once the import is over.)
#[test]
fn a_writer_gets_through_while_a_long_import_runs() {
    let env = Env::with_mailboxes(&[ALEX]);
    let mbox = env.file("big.mbox", &bulk_mbox(30_000, None));
    let mut import = env
        .command()
        .args(["mail", "import", "--mailbox", ALEX.1, &mbox])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts");
    // Wait for the first committed batch.
    let items_now = || env.json(&["mailbox", "show", ALEX.1, "--json"])["counts"]["items"].clone();
    while items_now() == 0 {
        assert!(
            import.try_wait().expect("waits").is_none(),
            "the import ended before its first batch showed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    assert!(
        import.try_wait().expect("waits").is_none(),
        "the setting was only written once the import was over"
    );
    assert!(import.wait().expect("waits").success());
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems", "--json"])["value"],
        false
    );
    assert_eq!(items_now(), 30_000);
}
