//! Hostile or broken inputs: refused whole with a clear reason, never half applied, never
//! echoed in bulk, never able to drive the terminal.

use crate::util::{Env, START};

const ALEX: (&str, &str) = ("Alex Wu", "alex@contoso.com");

const BAD_CALENDAR: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20260106T100000Z\r\nDTEND:20260106T110000Z\r\nSUMMARY:Good\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:no-start\r\nDTSTART:not-a-time\r\nSUMMARY:Bad start\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:bad-rule\r\nDTSTART:20260107T100000Z\r\nDTEND:20260107T110000Z\r\nRRULE:FREQ=SOMETIMES\r\nSUMMARY:Bad rule\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn strict_calendar_import_is_all_or_nothing() {
    let env = Env::with_mailboxes(&[ALEX]);
    let file = env.file("bad.ics", BAD_CALENDAR);
    let run = env
        .run(&[
            "--json",
            "calendar",
            "import",
            "--strict",
            "--mailbox",
            ALEX.1,
            &file,
        ])
        .code(1);
    assert_eq!(run.json()["imported"], 0);
    assert!(run.stderr.contains("--strict"), "{}", run.stderr);
    let items = env.json(&["item", "list", "--mailbox", ALEX.1]);
    assert_eq!(items.as_array().unwrap().len(), 0, "{items}");
    // Without --strict the good event comes in and the others are reported.
    env.run(&["calendar", "import", "--mailbox", ALEX.1, &file])
        .ok();
    assert_eq!(
        env.json(&["item", "list", "--mailbox", ALEX.1])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_json_settings_file_with_a_name_twice_is_refused() {
    let env = Env::new();
    let file = env.file(
        "twice.json",
        r#"{"TrackCategorizedItems": false, "TrackCategorizedItems": true}"#,
    );
    refused_and_unchanged(&env, &file, "appears more than once");
}

#[test]
fn an_xml_settings_file_with_two_roots_is_refused() {
    let env = Env::new();
    let file = env.file(
        "two.xml",
        "<OrgSettings><TrackCategorizedItems>false</TrackCategorizedItems></OrgSettings>\
         <OrgSettings><HashMaxCount>50</HashMaxCount></OrgSettings>",
    );
    refused_and_unchanged(&env, &file, "second root element");
}

/// `settings import FILE` exits 4 saying `why`, and TrackCategorizedItems keeps its default.
#[track_caller]
fn refused_and_unchanged(env: &Env, file: &str, why: &str) {
    env.run(&["settings", "import", file])
        .code(4)
        .stderr_has(why);
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems"])["value"],
        true
    );
}

#[test]
fn a_settings_file_that_is_not_utf8_exits_4() {
    let env = Env::new();
    let path = env.dir().join("latin1.toml");
    std::fs::write(&path, b"IfdAuthenticationMethod = \"caf\xe9\"\n").unwrap();
    env.run(&["settings", "import", path.to_str().unwrap()])
        .code(4)
        .stderr_has("not UTF-8");
}

#[test]
fn many_unknown_names_are_counted_not_all_listed() {
    let env = Env::new();
    let body: String = (0..5000)
        .map(|n| format!("NoSuchSetting{n} = 1\n"))
        .collect();
    let file = env.file("many.toml", &body);
    let run = env.run(&["settings", "import", &file]).code(3);
    assert!(
        run.stderr.contains("5000 bad entries"),
        "{}",
        &run.stderr[..200]
    );
    assert!(run.stderr.contains("and 4950 more"), "no count of the rest");
    assert!(
        run.stderr.lines().count() < 60,
        "{} lines",
        run.stderr.lines().count()
    );
}

#[test]
fn a_huge_settings_value_is_refused_without_being_echoed() {
    let env = Env::new();
    let huge = "x".repeat(200_000);
    let file = env.file(
        "huge.toml",
        &format!("IfdAuthenticationMethod = \"{huge}\"\n"),
    );
    let run = env.run(&["settings", "import", &file]).code(4);
    assert!(
        run.stderr.contains("at most 10000"),
        "{}",
        &run.stderr[..200.min(run.stderr.len())]
    );
    assert!(
        run.stderr.len() < 1000,
        "{} bytes of error",
        run.stderr.len()
    );
}

#[test]
fn control_characters_in_setting_values_are_refused() {
    let env = Env::new();
    for value in ["a\u{1}b", "a\u{1b}[2Jb"] {
        env.run(&["settings", "set", "IfdAuthenticationMethod", value])
            .code(4)
            .stderr_has("control character");
    }
    let file = env.file("nul.json", "{\"IfdAuthenticationMethod\": \"a\\u0000b\"}");
    env.run(&["settings", "import", &file])
        .code(4)
        .stderr_has("control character");
    env.run(&[
        "settings",
        "set",
        "IfdAuthenticationMethod",
        "tab\tand\nlines",
    ])
    .ok();
    let xml = env.run(&["settings", "export", "xml"]).ok().stdout;
    assert!(
        !xml.chars()
            .any(|c| c.is_control() && c != '\t' && c != '\n'),
        "{xml:?}"
    );
}

#[test]
fn terminal_escapes_are_shown_not_obeyed_in_tables_and_exact_in_json() {
    let env = Env::with_mailboxes(&[ALEX]);
    let subject = "Hi \u{1b}]0;owned\u{7} \u{1b}[2J there";
    env.run(&[
        "mail",
        "receive",
        "--from",
        "eve@fabrikam.com",
        "--to",
        ALEX.1,
        "--subject",
        subject,
    ])
    .ok();
    let table = env.run(&["item", "list", "--mailbox", ALEX.1]).ok().stdout;
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{7}'),
        "{table:?}"
    );
    assert!(table.contains("\\x1b]0;owned\\x07"), "{table}");
    let json = env.json(&["item", "list", "--mailbox", ALEX.1]);
    assert_eq!(json[0]["subject"], subject);
}

#[test]
fn an_empty_category_name_is_refused() {
    let env = Env::with_mailboxes(&[ALEX]);
    let id = env
        .run(&[
            "mail",
            "receive",
            "--from",
            "eve@fabrikam.com",
            "--to",
            ALEX.1,
            "--subject",
            "x",
        ])
        .ok();
    let _ = id;
    let items = env.json(&["item", "list", "--mailbox", ALEX.1]);
    let item = items[0]["id"].to_string();
    for name in ["", "   "] {
        env.run(&["item", "categorize", &item, "--category", name])
            .code(4)
            .stderr_has("invalid category name");
    }
    let categories = env.json(&["category", "list", ALEX.1]);
    assert!(
        categories
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["name"] != ""),
        "{categories}"
    );
}

#[test]
fn a_count_beyond_the_occurrence_limit_is_refused() {
    let env = Env::with_mailboxes(&[ALEX]);
    let run = env
        .run(&[
            "--json",
            "appointment",
            "add",
            "--mailbox",
            ALEX.1,
            "--subject",
            "Daily",
            "--start",
            START,
            "--end",
            "2026-01-05T09:30:00Z",
            "--rrule",
            "FREQ=DAILY;COUNT=100000",
        ])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "too_many_occurrences");
    assert!(run.stderr.contains("1000"), "{}", run.stderr);
    let open_ended = env
        .run(&[
            "appointment",
            "add",
            "--mailbox",
            ALEX.1,
            "--subject",
            "Daily",
            "--start",
            START,
            "--end",
            "2026-01-05T09:30:00Z",
            "--rrule",
            "FREQ=DAILY",
        ])
        .ok();
    assert!(
        open_ended.stderr.contains("stops at 1000 occurrences"),
        "{}",
        open_ended.stderr
    );
}

#[test]
fn a_thread_index_that_is_not_base64_is_refused() {
    let env = Env::with_mailboxes(&[ALEX]);
    let receive = |value: &str| {
        env.run(&[
            "--json",
            "mail",
            "receive",
            "--from",
            "eve@fabrikam.com",
            "--to",
            ALEX.1,
            "--subject",
            "x",
            "--thread-index",
            value,
        ])
    };
    let run = receive("!!!notbase64").code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_thread_index");
    // Valid base64, but shorter than the 22-byte header.
    receive("AQID").code(4);
    assert_eq!(
        env.json(&["item", "list", "--mailbox", ALEX.1])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn non_regular_input_files_are_refused() {
    let env = Env::with_mailboxes(&[ALEX]);
    env.run(&["settings", "import", "/dev/zero"])
        .code(4)
        .stderr_has("not a regular file");
    env.run(&["calendar", "import", "--mailbox", ALEX.1, "/dev/zero"])
        .code(1)
        .stderr_has("not a regular file");
    env.run(&["mail", "import", "--mailbox", ALEX.1, "/dev/zero"])
        .code(1)
        .stderr_has("not a regular file");
}
