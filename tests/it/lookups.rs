//! Lookups that help: a name that matches nothing suggests the near ones.

use crate::engine::{ALEX, org};

#[test]
fn every_name_lookup_suggests_near_matches() {
    let env = org();
    env.run(&["user", "show", "Alex"])
        .code(3)
        .stderr_has("no user 'Alex'; did you mean Alex Wu?");
    env.run(&["mailbox", "show", "alex@contoso.co"])
        .code(3)
        .stderr_has("did you mean alex@contoso.com");
    env.run(&[
        "record",
        "add",
        "account",
        "Fabrikam",
        "--email",
        "info@fabrikam.com",
    ])
    .ok();
    env.run(&["record", "show", "Fabrikan"])
        .code(3)
        .stderr_has("did you mean Fabrikam?");
    env.run(&["folder", "add", ALEX.1, "Inbox/Contoso"]).ok();
    env.run(&[
        "item",
        "list",
        "--mailbox",
        ALEX.1,
        "--folder",
        "Inbox/Contosso",
    ])
    .code(3)
    .stderr_has("did you mean Contoso?");
    env.run(&["folder", "rules", ALEX.1]).ok();
    env.run(&["item", "list", "--mailbox", ALEX.1, "--folder", "Inbx"])
        .code(3)
        .stderr_has("did you mean Inbox?");
    env.run(&[
        "category",
        "rename",
        ALEX.1,
        "Tracked to Dynamics",
        "Tracked",
    ])
    .code(3)
    .stderr_has("did you mean Tracked to Dynamics 365?");
    env.run(&["plugin", "add", "QuoteCheck", "--error", "timeout"])
        .ok();
    env.run(&["plugin", "remove", "QuoteChek"])
        .code(3)
        .stderr_has("did you mean QuoteCheck?");
    // Nothing near: no suggestion, just where to look.
    env.run(&["user", "show", "Zygmunt"])
        .code(3)
        .stderr_has("no user 'Zygmunt' (give an id");
}

#[test]
fn malformed_numbers_and_ids_are_refused_in_our_words() {
    let env = org();
    for (args, expected) in [
        (
            vec!["item", "show", "item:x"],
            "expected an item id: a number like 5, or item:5",
        ),
        (
            vec!["activity", "show", "3a"],
            "expected an activity id: a number like 5, or activity:5",
        ),
        (vec!["alerts", "show", "alert"], "expected an alert id"),
        (
            vec!["item", "list", "--limit", "ten"],
            "expected a whole number like 10",
        ),
        (
            vec!["sync", "--cycles", "two"],
            "expected a whole number like 10",
        ),
    ] {
        let run = env.run(&args).code(2).stderr_has(expected);
        assert!(!run.stderr.contains("invalid digit"), "{}", run.stderr);
    }
    // The kind:ID form works wherever an id is taken.
    env.run(&["item", "list", "--after", "item:0"]).ok();
    assert_eq!(env.json(&["user", "show", "user:1"])["name"], "Alex Wu");
    assert_eq!(
        env.json(&["mailbox", "show", "mailbox:2"])["name"],
        "Maria Garcia"
    );
    env.run(&["user", "show", "user:99"]).code(3);
    env.run(&["alerts", "show", "alert:1"]).ok();
}
