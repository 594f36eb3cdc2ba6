//! Safe destructive commands: every delete takes `--dry-run` (shows what goes, changes
//! nothing); one that deletes more than the thing named needs `--yes` when nobody is at a
//! terminal to confirm; each prints what it deleted.

use serde_json::Value;

use crate::engine::{ALEX, categorize, created, email, org, sync, task, tracking};
use crate::util::Env;

/// Everything a delete could touch, to compare before and after.
fn snapshot(env: &Env) -> Vec<Value> {
    vec![
        env.json(&["item", "list"]),
        env.json(&["activity", "list"]),
        env.json(&["record", "list"]),
        env.json(&["category", "list", ALEX.0]),
        env.json(&["folder", "list", ALEX.0]),
        env.json(&["alerts", "list"]),
    ]
}

#[test]
fn every_delete_has_a_dry_run_that_shows_the_same_and_changes_nothing() {
    let env = org();
    let id = task(&env, "Call back", &[]);
    categorize(&env, &[id]).ok();
    sync(&env);
    let activity = tracking(&env, id)["activity_id"].to_string();
    let mail = email(&env, ALEX.1, "Offer").to_string();
    env.run(&["folder", "add", ALEX.1, "Inbox/Old"]).ok();
    env.run(&[
        "record",
        "add",
        "account",
        "Fabrikam",
        "--email",
        "info@fabrikam.com",
    ])
    .ok();
    let start = snapshot(&env);
    for args in [
        vec!["item", "delete", mail.as_str()],
        vec!["activity", "delete", activity.as_str()],
        vec!["record", "delete", "Fabrikam"],
        vec!["folder", "delete", ALEX.1, "Inbox/Old"],
        vec!["category", "delete", ALEX.0, "Tracked to Dynamics 365"],
        vec!["alerts", "clear"],
    ] {
        let before = snapshot(&env);
        let mut dry = vec!["--json"];
        dry.extend(&args);
        dry.push("--dry-run");
        let shown = env
            .run(&dry)
            .ok()
            .stderr_has("dry run, nothing was deleted; the real run: ")
            .json();
        assert_eq!(
            snapshot(&env),
            before,
            "{args:?} --dry-run changed the state"
        );
        let mut real = vec!["--json"];
        real.extend(&args);
        real.push("--yes");
        if !matches!(args[0], "alerts" | "folder" | "record") {
            real.pop();
        }
        let done = env.run(&real).ok().json();
        assert_eq!(done, shown, "{args:?}: the dry run showed something else");
    }
    assert_ne!(snapshot(&env), start);
}

#[test]
fn deleting_a_record_with_activities_or_contacts_needs_yes() {
    let env = org();
    env.run(&[
        "record",
        "add",
        "account",
        "Fabrikam",
        "--email",
        "info@fabrikam.com",
    ])
    .ok();
    let id = email(&env, ALEX.1, "Offer");
    env.run(&["item", "track", &id.to_string(), "--regarding", "Fabrikam"])
        .ok();
    let before = snapshot(&env);
    let refused = env
        .run(&["--json", "record", "delete", "Fabrikam"])
        .code(2)
        .error_json();
    assert_eq!(refused["error"]["code"], "confirmation_needed");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("record Fabrikam, which 1 activit(ies) are regarding"),
        "{message}"
    );
    assert_eq!(snapshot(&env), before);
    let deleted = env.json(&["record", "delete", "Fabrikam", "--yes"]);
    assert_eq!(deleted["name"], "Fabrikam");
    // A record nothing points at goes without asking.
    let lone = created(&serde_json::json!([env.json(&[
        "record",
        "add",
        "account",
        "Lone",
        "--email",
        "lone@fabrikam.com"
    ])]));
    env.run(&["record", "delete", &lone[0].to_string()]).ok();
}

#[test]
fn removing_rules_plugins_and_delegates_has_a_dry_run_too() {
    let env = org();
    env.run(&[
        "inbox-rule",
        "add",
        ALEX.1,
        "Offers",
        "--subject-contains",
        "offer",
        "--assign-category",
        "Tracked to Dynamics 365",
    ])
    .ok();
    env.run(&[
        "queue",
        "add",
        "Support",
        "--email",
        "support@contoso.com",
        "--owner",
        ALEX.0,
    ])
    .ok();
    env.run(&[
        "record-rule",
        "add",
        "Cases",
        "--queue",
        "Support",
        "--create",
        "case",
    ])
    .ok();
    env.run(&["plugin", "add", "QuoteCheck", "--error", "timeout"])
        .ok();
    env.run(&[
        "delegate",
        "add",
        ALEX.1,
        "maria@contoso.com",
        "--permission",
        "editor",
    ])
    .ok();
    let lists = |env: &Env| {
        vec![
            env.json(&["inbox-rule", "list", ALEX.1]),
            env.json(&["record-rule", "list"]),
            env.json(&["plugin", "list"]),
            env.json(&["delegate", "list", ALEX.1]),
        ]
    };
    for args in [
        vec!["inbox-rule", "remove", ALEX.1, "Offers"],
        vec!["record-rule", "remove", "Cases"],
        vec!["plugin", "remove", "QuoteCheck"],
        vec!["delegate", "remove", ALEX.1, "maria@contoso.com"],
    ] {
        let before = lists(&env);
        let mut dry = args.clone();
        dry.push("--dry-run");
        env.run(&dry)
            .ok()
            .stderr_has("dry run, nothing was deleted");
        assert_eq!(lists(&env), before, "{args:?} --dry-run changed the state");
        env.run(&args).ok();
        assert_ne!(lists(&env), before, "{args:?} removed nothing");
    }
}
