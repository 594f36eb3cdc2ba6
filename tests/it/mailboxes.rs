//! Mailboxes: listing, every field of one, methods, approval, Test & Enable, the enabled switch,
//! and delegates.

use serde_json::{Value, json};

use crate::directory::{add_queue, add_user, snapshot};
use crate::util::Env;

/// An org with a user "Alex Wu" (mailbox 1) and a queue "Support" (mailbox 2) owned by him.
fn org() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    env
}

fn statuses(mailbox: &Value) -> [&str; 3] {
    ["incoming_status", "outgoing_status", "act_status"].map(|f| mailbox[f].as_str().unwrap())
}

fn alert_texts(env: &Env, mailbox: &str) -> Vec<(String, String, String)> {
    let alerts = env.json(&["alerts", "list", "--mailbox", mailbox]);
    let mut texts: Vec<(String, String, String)> = alerts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["level"].as_str().unwrap().to_string(),
                a["code"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    texts.sort();
    texts
}

/// The service's alerts ("Troubleshooting and monitoring server-side synchronization", "Email
/// addresses must be approved"), naming the mailbox's email server profile.
pub const NOT_APPROVED_INCOMING: &str = "Email cannot be received for the mailbox Alex Wu because the email address of the mailbox Alex Wu is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified.";
const NOT_APPROVED_OUTGOING: &str = "Email cannot be sent for the mailbox Alex Wu because the email address of the mailbox Alex Wu is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified.";
const NOT_APPROVED_ACT: &str = "Appointments, contacts, and tasks cannot be synchronized for the mailbox Alex Wu because the email address of the mailbox Alex Wu is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified.";

#[test]
fn mailbox_list_has_the_contract_fields() {
    let env = org();
    let list = env.json(&["mailbox", "list"]);
    let first = &list[0];
    for field in [
        "id",
        "name",
        "email",
        "owner_kind",
        "incoming_method",
        "outgoing_method",
        "act_method",
        "incoming_status",
        "outgoing_status",
        "act_status",
        "approval",
        "enabled",
        "process_email_after",
        "last_sync_at",
    ] {
        assert!(
            first.get(field).is_some(),
            "mailbox JSON lacks {field}: {first}"
        );
    }
    assert_eq!(list[0]["name"], "Alex Wu");
    assert_eq!(list[1]["owner_kind"], "queue");
    env.run(&["mailbox", "list"])
        .ok()
        .stdout_has("OWNER KIND")
        .stdout_has("INCOMING METHOD")
        .stdout_has("APPROVAL")
        .stdout_has("support@contoso.com");
    let run = env.run(&["--format", "ndjson", "mailbox", "list"]).ok();
    assert_eq!(run.stdout.lines().count(), 2);
}

#[test]
fn mailbox_list_filters_by_status() {
    let env = org();
    env.run(&["mailbox", "approve", "Support"]).ok();
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    let names = |status: &str| -> Vec<String> {
        env.json(&["mailbox", "list", "--status", status])
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("success"), ["Support"]);
    // The queue's ACT direction stays Not Run.
    assert_eq!(names("not-run"), ["Alex Wu", "Support"]);
    assert!(names("failure").is_empty());
    env.run(&["mailbox", "list", "--status", "broken"]).code(2);

    // Per direction: Alex is Not Run in every direction, the queue only for ACT.
    let by = |options: &[&str]| -> Vec<String> {
        let mut args = vec!["mailbox", "list"];
        args.extend_from_slice(options);
        env.json(&args)
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(by(&["--incoming-status", "not-run"]), ["Alex Wu"]);
    assert_eq!(by(&["--outgoing-status", "success"]), ["Support"]);
    assert_eq!(by(&["--act-status", "not_run"]), ["Alex Wu", "Support"]);
    assert_eq!(
        by(&["--incoming-status", "success", "--act-status", "not-run"]),
        ["Support"]
    );
    assert!(by(&["--incoming-status", "success", "--act-status", "success"]).is_empty());
    // `--status` is any direction: with a per-direction option both must hold.
    assert_eq!(
        by(&["--status", "success", "--act-status", "not-run"]),
        ["Support"]
    );
}

#[test]
fn mailbox_show_has_every_part() {
    let env = org();
    add_user(&env, "Bea Li", "bea@contoso.com");
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Bea Li",
        "--permission",
        "editor",
    ])
    .ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Contoso"]).ok();
    let shown = env.json(&["mailbox", "show", "alex@contoso.com"]);
    assert_eq!(
        shown["counts"],
        json!({"folders": 7, "items": 0, "alerts": 0})
    );
    assert_eq!(
        shown["delegates"],
        json!([{"mailbox_id": 1, "mailbox": "Alex Wu", "user_id": 2, "user": "Bea Li", "email": "bea@contoso.com", "permission": "editor"}])
    );
    assert_eq!(shown["categories"], json!([]));
    assert_eq!(shown["folders"][1]["path"], "Inbox/Contoso");
    assert_eq!(shown["folders"][1]["depth"], 1);
    for flag in [
        "enabled_for_incoming_email",
        "enabled_for_outgoing_email",
        "enabled_for_act",
    ] {
        assert_eq!(shown[flag], false, "{flag}");
    }
    env.run(&["mailbox", "show", "Alex Wu"])
        .ok()
        .stdout_has("process_email_after")
        .stdout_has("delegates:")
        .stdout_has("Bea Li")
        .stdout_has("categories: none")
        .stdout_has("Inbox/Contoso");
}

#[test]
fn mailbox_set_changes_methods() {
    let env = org();
    let mailbox = env.json(&[
        "mailbox",
        "set",
        "Alex Wu",
        "--incoming",
        "outlook",
        "--outgoing",
        "none",
        "--act",
        "outlook",
    ])[0]
        .clone();
    assert_eq!(mailbox["incoming_method"], "outlook");
    assert_eq!(mailbox["outgoing_method"], "none");
    assert_eq!(mailbox["act_method"], "outlook");
    let mailbox = env.json(&["mailbox", "set", "1", "--incoming", "server_side_sync"])[0].clone();
    assert_eq!(mailbox["incoming_method"], "server_side_sync");
    assert_eq!(mailbox["act_method"], "outlook");
    let mailbox = env.json(&["mailbox", "set", "1", "--incoming", "forward"])[0].clone();
    assert_eq!(mailbox["incoming_method"], "forward");
    env.run(&["mailbox", "set", "1"]).code(2);
    env.run(&["mailbox", "set", "1", "--outgoing", "forward"])
        .code(2);
    env.run(&["mailbox", "set", "1", "--act", "forward"])
        .code(2);
}

#[test]
fn a_queue_mailbox_refuses_act() {
    let env = org();
    let before = snapshot(&env);
    for method in ["server-side-sync", "outlook"] {
        let run = env
            .run(&["--json", "mailbox", "set", "Support", "--act", method])
            .code(4);
        assert_eq!(run.error_json()["error"]["code"], "invalid_method");
    }
    env.run(&[
        "mailbox",
        "set",
        "Support",
        "--act",
        "sss",
        "--incoming",
        "none",
    ])
    .code(4)
    .stderr_has(
        "mailbox Support: a queue mailbox has no appointment, contact and task synchronization",
    );
    assert_eq!(snapshot(&env), before);
    let mailbox = env.json(&[
        "mailbox",
        "set",
        "Support",
        "--act",
        "none",
        "--incoming",
        "forward",
        "--outgoing",
        "none",
    ])[0]
        .clone();
    assert_eq!(mailbox["incoming_method"], "forward");
}

#[test]
fn a_queue_mailbox_offers_only_the_queue_methods() {
    let env = org();
    let before = snapshot(&env);
    let run = env
        .run(&[
            "--json",
            "mailbox",
            "set",
            "Support",
            "--incoming",
            "outlook",
        ])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_method");
    env.run(&["mailbox", "set", "Support", "--incoming", "outlook"])
        .code(4)
        .stderr_has("the incoming method must be none, server-side-sync or forward");
    env.run(&["mailbox", "set", "Support", "--outgoing", "outlook"])
        .code(4)
        .stderr_has("the outgoing method must be none or server-side-sync");
    assert_eq!(snapshot(&env), before);
    for (method, word) in [("none", "none"), ("server-side-sync", "server_side_sync")] {
        let mailbox = env.json(&["mailbox", "set", "Support", "--incoming", method]);
        assert_eq!(mailbox[0]["incoming_method"], word);
    }
    let mailbox = env.json(&["mailbox", "set", "Support", "--outgoing", "none"]);
    assert_eq!(mailbox[0]["outgoing_method"], "none");
}

#[test]
fn a_forward_mailbox_refuses_outgoing() {
    let env = org();
    let before = snapshot(&env);
    env.run(&["mailbox", "set", "Alex Wu", "--incoming", "forward"])
        .code(4)
        .stderr_has("a forward mailbox has no outgoing email");
    assert_eq!(snapshot(&env), before);
    env.json(&[
        "mailbox",
        "set",
        "Alex Wu",
        "--incoming",
        "forward",
        "--outgoing",
        "none",
    ]);
    let before = snapshot(&env);
    env.run(&[
        "mailbox",
        "set",
        "Alex Wu",
        "--outgoing",
        "server-side-sync",
    ])
    .code(4)
    .stderr_has("the outgoing method must be none");
    env.run(&["mailbox", "set", "Alex Wu", "--outgoing", "outlook"])
        .code(4);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn a_changed_method_must_be_tested_again() {
    let env = org();
    env.run(&["mailbox", "approve", "Alex Wu"]).ok();
    env.run(&["mailbox", "test-enable", "Alex Wu"]).ok();
    let mailbox = env.json(&["mailbox", "set", "Alex Wu", "--outgoing", "outlook"])[0].clone();
    assert_eq!(statuses(&mailbox), ["success", "not_run", "success"]);
    // Setting the method it already has is no change.
    let mailbox = env.json(&[
        "mailbox",
        "set",
        "Alex Wu",
        "--incoming",
        "server-side-sync",
    ])[0]
        .clone();
    assert_eq!(statuses(&mailbox), ["success", "not_run", "success"]);
}

#[test]
fn approve_is_all_or_nothing() {
    let env = org();
    let before = snapshot(&env);
    env.run(&["mailbox", "approve", "Alex Wu", "Nobody"])
        .code(3)
        .stderr_has("no mailbox 'Nobody'");
    assert_eq!(snapshot(&env), before);
    let approved = env.json(&["mailbox", "approve", "Alex Wu", "support@contoso.com", "1"]);
    assert_eq!(approved.as_array().unwrap().len(), 2);
    for mailbox in env.json(&["mailbox", "list"]).as_array().unwrap() {
        assert_eq!(mailbox["approval"], "approved");
    }
    env.run(&["mailbox", "approve"]).code(2);
}

#[test]
fn test_enable_fails_an_unapproved_mailbox_with_error_alerts() {
    let env = org();
    let results = env.json_failed(&["mailbox", "test-enable", "Alex Wu"]);
    assert_eq!(results[0]["result"], "failure");
    assert_eq!(
        results[0]["alerts"],
        json!([
            "mailbox_not_approved_incoming",
            "mailbox_not_approved_outgoing",
            "mailbox_not_approved_act"
        ])
    );
    let mailbox = env.json(&["mailbox", "show", "Alex Wu"]);
    assert_eq!(statuses(&mailbox), ["failure", "failure", "failure"]);
    assert_eq!(mailbox["enabled_for_incoming_email"], false);
    let mut expected = vec![
        (
            "error".to_string(),
            "mailbox_not_approved_act".to_string(),
            NOT_APPROVED_ACT.to_string(),
        ),
        (
            "error".to_string(),
            "mailbox_not_approved_incoming".to_string(),
            NOT_APPROVED_INCOMING.to_string(),
        ),
        (
            "error".to_string(),
            "mailbox_not_approved_outgoing".to_string(),
            NOT_APPROVED_OUTGOING.to_string(),
        ),
    ];
    expected.sort();
    assert_eq!(alert_texts(&env, "Alex Wu"), expected);
    // The table run warns with the alert text.
    env.run(&["mailbox", "test-enable", "Alex Wu"])
        .code(1)
        .stderr_has(NOT_APPROVED_INCOMING)
        .stderr_has("Test & Enable failed for 1 of 1 mailboxes: Alex Wu")
        .stdout_has("failure");
}

#[test]
fn test_enable_of_an_unapproved_queue_skips_act() {
    let env = org();
    let results = env.json_failed(&["mailbox", "test-enable", "Support"]);
    assert_eq!(statuses(&results[0]), ["failure", "failure", "not_run"]);
    let alerts = alert_texts(&env, "Support");
    assert_eq!(alerts.len(), 2);
    assert_eq!(
        alerts[0].2,
        "Email cannot be received for the mailbox Support because the email address of the mailbox Support is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified."
    );
    assert_eq!(alerts[1].1, "mailbox_not_approved_outgoing");
}

#[test]
fn test_enable_succeeds_for_an_approved_mailbox() {
    let env = org();
    env.run(&["mailbox", "approve", "Alex Wu", "Support"]).ok();
    let results = env.json(&["mailbox", "test-enable", "Alex Wu", "Support"]);
    assert_eq!(results[0]["result"], "success");
    assert_eq!(results[0]["alerts"], json!(["mailbox_test_succeeded"]));
    assert_eq!(statuses(&results[1]), ["success", "success", "not_run"]);
    let mailbox = env.json(&["mailbox", "show", "Alex Wu"]);
    assert_eq!(statuses(&mailbox), ["success", "success", "success"]);
    for flag in [
        "enabled_for_incoming_email",
        "enabled_for_outgoing_email",
        "enabled_for_act",
    ] {
        assert_eq!(mailbox[flag], true, "{flag}");
    }
    assert_eq!(
        alert_texts(&env, "Alex Wu"),
        [(
            "information".to_string(),
            "mailbox_test_succeeded".to_string(),
            "The mailbox Alex Wu was tested and enabled successfully.".to_string()
        )]
    );
    assert_eq!(
        alert_texts(&env, "Support")[0].2,
        "The mailbox Support was tested and enabled successfully."
    );
}

#[test]
fn test_enable_leaves_directions_not_synchronized_server_side_not_run() {
    let env = org();
    env.run(&["mailbox", "approve", "Alex Wu"]).ok();
    env.run(&[
        "mailbox",
        "set",
        "Alex Wu",
        "--outgoing",
        "outlook",
        "--act",
        "none",
    ])
    .ok();
    let results = env.json(&["mailbox", "test-enable", "Alex Wu"]);
    assert_eq!(statuses(&results[0]), ["success", "not_run", "not_run"]);
    assert_eq!(results[0]["result"], "success");
    // Nothing synchronized server-side: nothing tested, nothing alerted.
    env.run(&["mailbox", "set", "Alex Wu", "--incoming", "none"])
        .ok();
    env.run(&["alerts", "clear", "--yes"]).ok();
    let results = env.json(&["mailbox", "test-enable", "Alex Wu"]);
    assert_eq!(statuses(&results[0]), ["not_run", "not_run", "not_run"]);
    assert_eq!(results[0]["result"], "not_run");
    assert_eq!(env.json(&["alerts", "list"]), json!([]));
}

#[test]
fn test_enable_all_and_its_arguments() {
    let env = org();
    env.run(&["mailbox", "approve", "Support"]).ok();
    let results = env.json_failed(&["mailbox", "test-enable", "--all"]);
    let outcome: Vec<(&str, &str)> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["mailbox"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(outcome, [("Alex Wu", "failure"), ("Support", "success")]);
    env.run(&["mailbox", "test-enable"]).code(2);
    env.run(&["mailbox", "test-enable", "Support", "--all"])
        .code(2);
    let before = snapshot(&env);
    env.run(&["mailbox", "test-enable", "Support", "Nobody"])
        .code(3);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn disable_and_enable() {
    let env = org();
    env.run(&["mailbox", "approve", "Alex Wu"]).ok();
    env.run(&["mailbox", "test-enable", "Alex Wu"]).ok();
    let disabled = env.json(&["mailbox", "disable", "Alex Wu"]);
    assert_eq!(disabled[0]["enabled"], false);
    let mailbox = env.json(&["mailbox", "show", "1"]);
    assert_eq!(mailbox["enabled"], false);
    assert_eq!(mailbox["enabled_for_incoming_email"], false);
    assert_eq!(mailbox["incoming_status"], "success");
    env.run(&["mailbox", "enable", "alex@contoso.com"])
        .ok()
        .stderr_has("enabled mailbox Alex Wu");
    let mailbox = env.json(&["mailbox", "show", "1"]);
    assert_eq!(mailbox["enabled"], true);
    assert_eq!(mailbox["enabled_for_incoming_email"], true);
    env.run(&["mailbox", "disable", "Nobody"]).code(3);
}

#[test]
fn delegates_are_added_changed_listed_and_removed() {
    let env = org();
    add_user(&env, "Bea Li", "bea@contoso.com");
    add_user(&env, "Carl Ito", "carl@contoso.com");
    let added = env.json(&[
        "delegate",
        "add",
        "Alex Wu",
        "Bea Li",
        "--permission",
        "reviewer",
    ]);
    assert_eq!(
        added,
        json!({
            "mailbox_id": 1,
            "mailbox": "Alex Wu",
            "user_id": 2,
            "user": "Bea Li",
            "email": "bea@contoso.com",
            "permission": "reviewer",
        })
    );
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "carl@contoso.com",
        "--permission",
        "author",
    ])
    .ok();
    // Adding again changes the permission.
    env.run(&["delegate", "add", "1", "2", "--permission", "editor"])
        .ok();
    let list = env.json(&["delegate", "list", "Alex Wu"]);
    let rows: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["user"].as_str().unwrap(),
                d["permission"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows, [("Bea Li", "editor"), ("Carl Ito", "author")]);
    // A queue mailbox may have delegates too.
    env.run(&[
        "delegate",
        "add",
        "Support",
        "Bea Li",
        "--permission",
        "author",
    ])
    .ok();
    env.run(&["delegate", "list", "Support"])
        .ok()
        .stdout_has("Bea Li");

    env.json(&["delegate", "remove", "Alex Wu", "Bea Li"]);
    let list = env.json(&["delegate", "list", "Alex Wu"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    env.run(&["delegate", "remove", "Alex Wu", "Bea Li"])
        .code(3)
        .stderr_has("Bea Li is not a delegate of mailbox Alex Wu");
}

#[test]
fn delegate_refusals_change_nothing() {
    let env = org();
    add_user(&env, "Bea Li", "bea@contoso.com");
    let before = env.json(&["mailbox", "show", "Alex Wu"]);
    let run = env
        .run(&[
            "--json",
            "delegate",
            "add",
            "Alex Wu",
            "alex@contoso.com",
            "--permission",
            "editor",
        ])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "own_mailbox");
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Alex Wu",
        "--permission",
        "editor",
    ])
    .code(4)
    .stderr_has("cannot be a delegate of their own mailbox");
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Nobody",
        "--permission",
        "editor",
    ])
    .code(3);
    env.run(&[
        "delegate",
        "add",
        "Nobody",
        "Bea Li",
        "--permission",
        "editor",
    ])
    .code(3);
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Bea Li",
        "--permission",
        "owner",
    ])
    .code(2);
    env.run(&["delegate", "add", "Alex Wu", "Bea Li"]).code(2);
    assert_eq!(env.json(&["mailbox", "show", "Alex Wu"]), before);
}
