//! Users, queues, records, and how a reference (id, email address, name) finds one of them.

use serde_json::{Value, json};

use crate::util::{Env, START};

/// Adds a user and returns the id `user add` prints.
pub fn add_user(env: &Env, name: &str, email: &str) -> i64 {
    let run = env.run(&["user", "add", name, "--email", email]).ok();
    run.stdout.trim().parse().expect("user add prints the id")
}

pub fn add_queue(env: &Env, name: &str, email: &str, owner: &str) -> i64 {
    let run = env
        .run(&["queue", "add", name, "--email", email, "--owner", owner])
        .ok();
    run.stdout.trim().parse().expect("queue add prints the id")
}

/// Everything the directory holds, to show that a refused command changed nothing.
pub fn snapshot(env: &Env) -> Value {
    json!({
        "users": env.json(&["user", "list"]),
        "queues": env.json(&["queue", "list"]),
        "mailboxes": env.json(&["mailbox", "list"]),
        "records": env.json(&["record", "list"]),
        "alerts": env.json(&["alerts", "list"]),
        "counts": env.json(&["org", "show"])["counts"],
    })
}

#[test]
fn user_add_creates_the_user_and_its_mailbox() {
    let env = Env::new();
    let run = env
        .run(&["user", "add", "Alex Wu", "--email", "alex@contoso.com"])
        .ok()
        .stderr_has("added user Alex Wu <alex@contoso.com> (id 1)");
    assert_eq!(run.stdout, "1\n");

    let user = env.json(&["user", "show", "1"]);
    assert_eq!(
        user,
        json!({
            "id": 1,
            "name": "Alex Wu",
            "email": "alex@contoso.com",
            "track_email": "responses",
            "mailbox_id": 1,
            "mailbox": "Alex Wu",
            "created_at": START,
        })
    );

    let mailbox = env.json(&["mailbox", "show", "Alex Wu"]);
    assert_eq!(mailbox["name"], "Alex Wu");
    assert_eq!(mailbox["email"], "alex@contoso.com");
    assert_eq!(mailbox["owner_kind"], "user");
    assert_eq!(mailbox["owner_id"], 1);
    assert_eq!(mailbox["owner"], "Alex Wu");
    for method in ["incoming_method", "outgoing_method", "act_method"] {
        assert_eq!(mailbox[method], "server_side_sync", "{method}");
    }
    for status in ["incoming_status", "outgoing_status", "act_status"] {
        assert_eq!(mailbox[status], "not_run", "{status}");
    }
    assert_eq!(mailbox["approval"], "pending");
    assert_eq!(mailbox["enabled"], true);
    assert_eq!(mailbox["process_email_after"], START);
    assert_eq!(mailbox["last_sync_at"], Value::Null);
    let folders: Vec<&str> = mailbox["folders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        folders,
        [
            "Inbox",
            "Sent Items",
            "Calendar",
            "Tasks",
            "Contacts",
            "Deleted Items"
        ]
    );
}

#[test]
fn user_add_json_prints_the_whole_user() {
    let env = Env::new();
    let user = env.json(&[
        "user",
        "add",
        "Bea Li",
        "--email",
        "bea@contoso.com",
        "--track-email",
        "email-enabled",
    ]);
    assert_eq!(user["id"], 1);
    assert_eq!(user["track_email"], "email_enabled");
}

#[test]
fn every_track_email_choice_is_accepted_and_shown_as_a_word() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    // "No email messages" is offered while DoNotAutoTrackEmail is on.
    env.run(&["settings", "set", "DoNotAutoTrackEmail", "true"])
        .ok();
    for (given, shown) in [
        ("all", "all"),
        ("responses", "responses"),
        ("leads-contacts-accounts", "leads_contacts_accounts"),
        ("email-enabled", "email_enabled"),
        ("none", "none"),
    ] {
        let user = env.json(&["user", "set", "alex wu", "--track-email", given]);
        assert_eq!(user["track_email"], shown);
    }
    env.run(&["user", "set", "1", "--track-email", "some"])
        .code(2);
}

#[test]
fn user_set_renames_the_user_and_its_mailbox() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    let user = env.json(&["user", "set", "alex@contoso.com", "--name", "Alexandra Wu"]);
    assert_eq!(user["name"], "Alexandra Wu");
    assert_eq!(user["track_email"], "responses");
    assert_eq!(env.json(&["mailbox", "show", "1"])["name"], "Alexandra Wu");
    env.run(&["user", "show", "Alex Wu"]).code(3);
}

#[test]
fn user_set_needs_something_to_change() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    env.run(&["user", "set", "1"]).code(2);
}

#[test]
fn user_list_is_sorted_by_name() {
    let env = Env::new();
    add_user(&env, "Zoe Park", "zoe@contoso.com");
    add_user(&env, "Alex Wu", "alex@contoso.com");
    let users = env.json(&["user", "list"]);
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Alex Wu", "Zoe Park"]);
    env.run(&["user", "list"])
        .ok()
        .stdout_has("TRACK EMAIL")
        .stdout_has("zoe@contoso.com");
}

#[test]
fn bad_email_addresses_are_refused() {
    let env = Env::new();
    for bad in [
        "alex",
        "alex@",
        "@contoso.com",
        "a@b@contoso.com",
        "alex wu@contoso.com",
        "",
    ] {
        let run = env
            .run(&["--json", "user", "add", "Alex Wu", "--email", bad])
            .code(4);
        assert_eq!(
            run.error_json()["error"]["code"],
            "invalid_email",
            "{bad:?}"
        );
    }
    env.run(&["user", "add", "Alex Wu", "--email", "alex"])
        .code(4)
        .stderr_has("invalid email address 'alex'");
    assert_eq!(env.json(&["user", "list"]), json!([]));
    assert_eq!(env.json(&["mailbox", "list"]), json!([]));
}

#[test]
fn bad_names_are_refused() {
    let env = Env::new();
    env.run(&["user", "add", "  ", "--email", "a@contoso.com"])
        .code(4)
        .stderr_has("invalid user name");
    env.run(&["user", "add", "1234", "--email", "a@contoso.com"])
        .code(4)
        .stderr_has("would read as an id");
    add_user(&env, "Alex Wu", "alex@contoso.com");
    let before = snapshot(&env);
    env.run(&["user", "set", "1", "--name", ""]).code(4);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn an_email_address_belongs_to_one_user_or_queue() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    let before = snapshot(&env);
    env.run(&["user", "add", "Other", "--email", "ALEX@contoso.com"])
        .code(5)
        .stderr_has("already used by user Alex Wu (id 1)");
    env.run(&["user", "add", "Other", "--email", "support@contoso.com"])
        .code(5)
        .stderr_has("already used by queue Support (id 1)");
    let run = env
        .run(&[
            "--json",
            "queue",
            "add",
            "Q2",
            "--email",
            "alex@contoso.com",
            "--owner",
            "1",
        ])
        .code(5);
    assert_eq!(run.error_json()["error"]["code"], "email_taken");
    assert_eq!(snapshot(&env), before);
}

#[test]
fn references_are_ids_emails_or_names_in_any_case() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_user(&env, "Bea Li", "bea@contoso.com");
    for reference in [
        "2",
        "bea@contoso.com",
        "BEA@Contoso.COM",
        "bea li",
        "Bea Li",
        " Bea Li ",
    ] {
        assert_eq!(
            env.json(&["user", "show", reference])["id"],
            2,
            "{reference}"
        );
        assert_eq!(
            env.json(&["mailbox", "show", reference])["id"],
            2,
            "{reference}"
        );
    }
}

#[test]
fn an_ambiguous_name_is_refused_with_the_candidates() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_user(&env, "alex wu", "alex.wu@fabrikam.com");
    let run = env
        .run(&["user", "show", "ALEX WU"])
        .code(4)
        .stderr_has("Alex Wu <alex@contoso.com> (id 1)")
        .stderr_has("alex wu <alex.wu@fabrikam.com> (id 2)");
    assert!(run.stdout.is_empty());
    let run = env.run(&["--json", "mailbox", "show", "Alex Wu"]).code(4);
    assert_eq!(run.error_json()["error"]["code"], "ambiguous_name");
    // The id and the address still find each one.
    assert_eq!(env.json(&["user", "show", "alex.wu@fabrikam.com"])["id"], 2);
    let before = snapshot(&env);
    env.run(&["user", "set", "Alex Wu", "--track-email", "all"])
        .code(4);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn a_mailbox_name_shared_by_a_user_and_a_queue_is_ambiguous() {
    let env = Env::new();
    add_user(&env, "Support", "support.lead@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "1");
    env.run(&["mailbox", "show", "support"])
        .code(4)
        .stderr_has("Support <support.lead@contoso.com> (id 1)")
        .stderr_has("Support <support@contoso.com> (id 2)");
    // As a user or as a queue, the name is not ambiguous.
    assert_eq!(env.json(&["user", "show", "Support"])["id"], 1);
    assert_eq!(env.json(&["queue", "show", "Support"])["id"], 1);
}

#[test]
fn unknown_references_exit_3() {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    for (group, code) in [
        ("user", "unknown_user"),
        ("queue", "unknown_queue"),
        ("mailbox", "unknown_mailbox"),
        ("record", "unknown_record"),
    ] {
        for reference in ["Nobody", "42", "nobody@contoso.com"] {
            let run = env.run(&["--json", group, "show", reference]).code(3);
            assert_eq!(
                run.error_json()["error"]["code"],
                code,
                "{group} {reference}"
            );
        }
    }
    env.run(&["user", "show", "Nobody"])
        .code(3)
        .stderr_has("no user 'Nobody'");
}

#[test]
fn queue_add_makes_a_queue_with_its_mailbox() {
    let env = Env::new();
    add_user(&env, "Bea Li", "bea@contoso.com");
    let run = env
        .run(&[
            "queue",
            "add",
            "Support",
            "--email",
            "support@contoso.com",
            "--owner",
            "bea li",
        ])
        .ok()
        .stderr_has("owned by Bea Li");
    assert_eq!(run.stdout, "1\n");
    let queue = env.json(&["queue", "show", "support"]);
    assert_eq!(
        queue,
        json!({
            "id": 1,
            "name": "Support",
            "email": "support@contoso.com",
            "owner_id": 1,
            "owner": "Bea Li",
            "convert_email": "all",
            "mailbox_id": 2,
            "mailbox": "Support",
            "created_at": START,
        })
    );
    let mailbox = env.json(&["mailbox", "show", "support@contoso.com"]);
    assert_eq!(mailbox["name"], "Support");
    assert_eq!(mailbox["owner_kind"], "queue");
    assert_eq!(mailbox["incoming_method"], "server_side_sync");
    assert_eq!(mailbox["outgoing_method"], "server_side_sync");
    assert_eq!(mailbox["act_method"], "none");
    assert_eq!(mailbox["approval"], "pending");
    assert_eq!(mailbox["folders"].as_array().unwrap().len(), 6);
}

#[test]
fn queue_add_refusals_change_nothing() {
    let env = Env::new();
    add_user(&env, "Bea Li", "bea@contoso.com");
    let before = snapshot(&env);
    env.run(&[
        "queue",
        "add",
        "Support",
        "--email",
        "support@contoso.com",
        "--owner",
        "Nobody",
    ])
    .code(3)
    .stderr_has("no user 'Nobody'");
    env.run(&[
        "queue",
        "add",
        "Support",
        "--email",
        "support@contoso.com",
        "--owner",
        "1",
        "--convert-email",
        "nothing",
    ])
    .code(2)
    .stderr_has("none");
    env.run(&[
        "queue", "add", "Support", "--email", "support", "--owner", "1",
    ])
    .code(4);
    env.run(&["queue", "add", "Support", "--email", "support@contoso.com"])
        .code(2);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn queue_set_and_list() {
    let env = Env::new();
    add_user(&env, "Bea Li", "bea@contoso.com");
    add_user(&env, "Carl Ito", "carl@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "1");
    let queue = env.json(&[
        "queue",
        "set",
        "Support",
        "--owner",
        "carl@contoso.com",
        "--convert-email",
        "responses",
    ]);
    assert_eq!(queue["owner"], "Carl Ito");
    assert_eq!(queue["owner_id"], 2);
    assert_eq!(queue["convert_email"], "responses");
    let queue = env.json(&["queue", "set", "1", "--name", "Help Desk"]);
    assert_eq!(queue["name"], "Help Desk");
    assert_eq!(queue["convert_email"], "responses");
    assert_eq!(
        env.json(&["mailbox", "show", "support@contoso.com"])["name"],
        "Help Desk"
    );
    // "No email messages" is a queue's choice too (queue table reference, option 4).
    let queue = env.json(&["queue", "set", "1", "--convert-email", "none"]);
    assert_eq!(queue["convert_email"], "none");
    assert_eq!(env.json(&["queue", "show", "1"])["convert_email"], "none");
    let before = snapshot(&env);
    env.run(&["queue", "set", "1", "--owner", "Nobody"]).code(3);
    env.run(&["queue", "set", "1"]).code(2);
    assert_eq!(snapshot(&env), before);
    let queues = env.json(&["queue", "list"]);
    assert_eq!(queues.as_array().unwrap().len(), 1);
    env.run(&["queue", "list"])
        .ok()
        .stdout_has("Help Desk")
        .stdout_has("CONVERT EMAIL");
}

#[test]
fn records_are_added_listed_shown_and_deleted() {
    let env = Env::new();
    add_user(&env, "Bea Li", "bea@contoso.com");
    let run = env
        .run(&[
            "record",
            "add",
            "account",
            "Contoso Ltd",
            "--email",
            "info@contoso.com",
            "--owner",
            "Bea Li",
        ])
        .ok();
    assert_eq!(run.stdout, "1\n");
    for kind in ["contact", "lead", "opportunity", "case"] {
        env.run(&["record", "add", kind, &format!("A {kind}")]).ok();
    }
    let record = env.json(&["record", "show", "contoso ltd"]);
    assert_eq!(
        record,
        json!({
            "id": 1,
            "kind": "account",
            "name": "Contoso Ltd",
            "email": "info@contoso.com",
            "email2": null,
            "email3": null,
            "owner_id": 1,
            "owner": "Bea Li",
            "state": "active",
            "resolved_at": null,
            "priority": null,
            "created_at": START,
        })
    );
    assert_eq!(env.json(&["record", "show", "INFO@contoso.com"])["id"], 1);
    assert_eq!(env.json(&["record", "show", "3"])["kind"], "lead");
    assert_eq!(env.json(&["record", "list"]).as_array().unwrap().len(), 5);
    let leads = env.json(&["record", "list", "--kind", "Lead"]);
    assert_eq!(leads.as_array().unwrap().len(), 1);
    assert_eq!(leads[0]["name"], "A lead");
    env.run(&["record", "list"])
        .ok()
        .stdout_has("Contoso Ltd")
        .stdout_has("OWNER");

    let deleted = env.json(&["record", "delete", "Contoso Ltd"]);
    assert_eq!(deleted["id"], 1);
    env.run(&["record", "show", "1"]).code(3);
    assert_eq!(env.json(&["org", "show"])["counts"]["records"], 4);
}

#[test]
fn custom_record_kinds_are_email_enabled() {
    let env = Env::new();
    let before = snapshot(&env);
    env.run(&["record", "add", "new_project", "Apollo"])
        .code(4)
        .stderr_has("need --email");
    assert_eq!(snapshot(&env), before);
    let record = env.json(&[
        "record",
        "add",
        "new_project",
        "Apollo",
        "--email",
        "apollo@contoso.com",
    ]);
    assert_eq!(record["kind"], "new_project");
    assert_eq!(record["email"], "apollo@contoso.com");
    assert_eq!(record["owner"], Value::Null);
}

#[test]
fn record_add_refusals_change_nothing() {
    let env = Env::new();
    let before = snapshot(&env);
    let run = env
        .run(&["--json", "record", "add", "project", "Apollo"])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_record_kind");
    env.run(&["record", "add", "widget", "X"])
        .code(4)
        .stderr_has("account, contact, lead, opportunity, case");
    env.run(&["record", "add", "account", "X", "--email", "nope"])
        .code(4);
    env.run(&["record", "add", "account", "X", "--owner", "Nobody"])
        .code(3);
    env.run(&["record", "add", "account", "2024"]).code(4);
    env.run(&["record", "list", "--kind", "widget"]).code(4);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn ambiguous_record_names_are_refused() {
    let env = Env::new();
    env.run(&[
        "record",
        "add",
        "account",
        "Contoso",
        "--email",
        "a@contoso.com",
    ])
    .ok();
    env.run(&["record", "add", "contact", "contoso"]).ok();
    let before = snapshot(&env);
    env.run(&["record", "delete", "Contoso"])
        .code(4)
        .stderr_has("Contoso <a@contoso.com> (id 1)")
        .stderr_has("contoso (id 2)");
    assert_eq!(snapshot(&env), before);
    env.run(&["record", "delete", "2"]).ok();
    assert_eq!(env.json(&["record", "show", "contoso"])["id"], 1);
}

#[test]
fn org_show_counts_the_directory() {
    let env = Env::new();
    add_user(&env, "Bea Li", "bea@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "1");
    env.run(&["record", "add", "account", "Contoso"]).ok();
    env.run(&["mailbox", "test-enable", "Support"]).code(1);
    let counts = env.json(&["org", "show"])["counts"].clone();
    assert_eq!(
        counts,
        json!({
            "settings_changed": 0,
            "users": 1,
            "queues": 1,
            "mailboxes": 2,
            "records": 1,
            "alerts": 2,
        })
    );
}
