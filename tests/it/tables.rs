//! Tables fit the terminal (README "Output"): COLUMNS or the terminal's width, identifiers never
//! cut, the last columns hidden when wrapping is not enough; CSV and chosen columns for scripts.

use crate::util::Env;

fn narrow(env: &Env, args: &[&str], width: &str) -> (String, String) {
    let output = env
        .command()
        .env("COLUMNS", width)
        .args(args)
        .output()
        .expect("run orgtrack");
    assert!(output.status.success(), "{args:?}: {output:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "a line is wider than {width} columns:\n{line}\n\n{text}"
        );
    }
}

fn alerting_org() -> Env {
    let env = Env::new();
    for (name, email) in [
        (
            "Alex Wu",
            "alex.wu.with.a.long.address@contoso-eastus.example.com",
        ),
        ("Bea Ito", "bea@contoso.com"),
    ] {
        env.run(&["user", "add", name, "--email", email]).ok();
    }
    env.run(&["mailbox", "test-enable", "--all"]);
    env
}

#[test]
fn at_80_columns_no_line_is_wider_and_every_name_and_address_is_whole() {
    let env = alerting_org();
    for args in [
        &["settings", "list", "--all"][..],
        &["mailbox", "list"],
        &["alerts", "list"],
        &["user", "list"],
    ] {
        let (table, _) = narrow(&env, args, "80");
        assert_fits(&table, 80);
    }
    let (settings, _) = narrow(&env, &["settings", "list", "--all"], "80");
    let names = env.json(&["settings", "list", "--all"]);
    for setting in names.as_array().unwrap() {
        let name = setting["name"].as_str().unwrap();
        assert!(
            settings
                .lines()
                .any(|l| l.split_whitespace().any(|w| w == name)),
            "{name} is not whole in:\n{settings}"
        );
    }
    let (mailboxes, _) = narrow(&env, &["mailbox", "list"], "80");
    assert!(
        mailboxes.contains("alex.wu.with.a.long.address@contoso-eastus.example.com"),
        "{mailboxes}"
    );
}

#[test]
fn columns_that_cannot_fit_are_hidden_with_one_note_and_wide_shows_them() {
    let env = alerting_org();
    let (table, notes) = narrow(&env, &["mailbox", "list"], "80");
    assert!(!table.contains("ACT STATUS"), "{table}");
    assert_eq!(
        notes.matches("--wide shows every column").count(),
        1,
        "{notes}"
    );
    let (wide, notes) = narrow(&env, &["--wide", "mailbox", "list"], "80");
    assert!(wide.contains("ACT STATUS"), "{wide}");
    assert!(!notes.contains("--wide"), "{notes}");
}

#[test]
fn a_long_alert_text_wraps_between_words_inside_its_column() {
    let env = alerting_org();
    let (table, _) = narrow(&env, &["alerts", "list"], "80");
    assert_fits(&table, 80);
    assert!(table.contains("TEXT"), "{table}");
    // The sentence is longer than the line, so it continues on the next lines, word by word.
    assert!(table.lines().count() > 7, "{table}");
    assert!(table.contains("notified."), "{table}");
}

#[test]
fn key_value_tables_start_with_id_and_name_and_nest_objects_as_rows() {
    let env = alerting_org();
    let (table, _) = narrow(&env, &["mailbox", "show", "bea@contoso.com"], "100");
    let keys: Vec<&str> = table
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect();
    assert_eq!(&keys[..2], ["id", "name"], "{table}");
    assert!(!table.contains('{'), "no JSON in a cell:\n{table}");
    let (org, _) = narrow(&env, &["org", "show"], "100");
    assert!(org.lines().any(|l| l.starts_with("counts")), "{org}");
    assert!(org.lines().any(|l| l.starts_with("  users ")), "{org}");
}

#[test]
fn a_weekly_series_lists_each_occurrence_with_its_start() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    env.run(&[
        "appointment",
        "add",
        "--mailbox",
        "alex@contoso.com",
        "--subject",
        "Weekly",
        "--start",
        "2026-01-06T10:00:00Z",
        "--end",
        "2026-01-06T11:00:00Z",
        "--rrule",
        "FREQ=WEEKLY;COUNT=3",
    ])
    .ok();
    let (table, _) = narrow(&env, &["item", "list"], "120");
    assert!(table.lines().next().unwrap().contains("WHEN"), "{table}");
    for start in ["2026-01-13T10:00:00Z", "2026-01-20T10:00:00Z"] {
        assert!(table.contains(start), "{table}");
    }
}

#[test]
fn csv_and_chosen_columns_for_spreadsheets() {
    let env = alerting_org();
    let csv = env
        .run(&[
            "--format",
            "csv",
            "--columns",
            "id,level,text",
            "alerts",
            "list",
        ])
        .ok()
        .stdout;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,level,text"));
    let first = lines.next().unwrap();
    assert!(
        first.contains(",error,\""),
        "texts with commas are quoted: {first}"
    );
    let run = env
        .run(&["--columns", "id,nope", "--format", "csv", "alerts", "list"])
        .code(4);
    assert!(run.stderr.contains("no column 'nope'"), "{}", run.stderr);
    assert!(
        run.stderr.contains("level"),
        "the message lists the fields: {}",
        run.stderr
    );
}
