//! Each row of the README's exit-status table, shown by a command a user would run. A row added
//! to or dropped from the README without a case here fails the test.

use std::collections::BTreeSet;

use crate::util::Env;

/// The statuses the README's "Exit codes" table lists.
fn readme_statuses() -> BTreeSet<i32> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("## Exit codes")
        .nth(1)
        .expect("an Exit codes section");
    let table = section.split("### ").next().unwrap();
    table
        .lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|row| row.split(" |").next()?.trim().parse().ok())
        .collect()
}

#[test]
fn every_readme_exit_status_is_what_its_example_gives() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    let differing = env.file("differs.toml", "TrackCategorizedItems = false\n");
    let cases: Vec<(i32, Vec<&str>)> = vec![
        (0, vec!["org", "show"]),
        (1, vec!["settings", "diff", &differing, "--exit-code"]),
        (2, vec!["frobnicate"]),
        (3, vec!["settings", "get", "NoSuchSetting"]),
        (
            3,
            vec![
                "mail",
                "import",
                "nothere.eml",
                "--mailbox",
                "alex@contoso.com",
            ],
        ),
        (
            3,
            vec![
                "calendar",
                "import",
                "nothere.ics",
                "--mailbox",
                "alex@contoso.com",
            ],
        ),
        (3, vec!["settings", "import", "nothere.toml"]),
        (4, vec!["settings", "set", "TrackCategorizedItems", "maybe"]),
        (5, vec!["init"]),
    ];
    for (status, args) in &cases {
        env.run(args).code(*status);
    }
    // 6: an environment that cannot be reached (nothing listens on the discard port).
    let remote = env
        .command()
        .env("ORGTRACK_TOKEN", "test-token")
        .args(["--env", "http://127.0.0.1:9", "settings", "list"])
        .output()
        .unwrap();
    assert_eq!(remote.status.code(), Some(6), "{remote:?}");
    // 7: a state file that is not an orgtrack state.
    std::fs::write(env.state(), "not a database ".repeat(400)).unwrap();
    env.run(&["org", "show"]).code(7);
    let shown: BTreeSet<i32> = cases.iter().map(|(s, _)| *s).chain([6, 7]).collect();
    assert_eq!(
        readme_statuses(),
        shown,
        "README rows and the cases here differ"
    );
}

#[test]
fn a_missing_input_file_is_refused_before_anything_is_imported() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    let good = env.file(
        "good.eml",
        "From: carl@fabrikam.com\r\nTo: alex@contoso.com\r\nSubject: Offer\r\n\
Message-ID: <offer-1@fabrikam.com>\r\nDate: Mon, 05 Jan 2026 08:00:00 +0000\r\n\r\nHello\r\n",
    );
    let run = env
        .run(&[
            "--json",
            "mail",
            "import",
            &good,
            "nothere.eml",
            "--mailbox",
            "alex@contoso.com",
        ])
        .code(3);
    let error = run.error_json();
    assert_eq!(error["error"]["code"], "file_not_found");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nothere.eml"),
        "{error}"
    );
    assert_eq!(env.json(&["item", "list"]), serde_json::json!([]));
}
