//! Automatic record creation and update rules of queues, the queue items of email tracked
//! through queues, and the case lifecycle (`record resolve`).

use serde_json::{Value, json};

use crate::engine::{ALEX, MARIA, activities, created, item, sync};
use crate::util::Env;

/// Alex and Maria, and the Support queue (owned by Alex, converting all email) with an
/// approved, tested mailbox; after the first cycle (clock 09:15). buyer@fabrikam.com is a
/// contact, so a known sender.
fn support() -> Env {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    env.run(&[
        "queue",
        "add",
        "Support",
        "--email",
        "support@contoso.com",
        "--owner",
        "Alex Wu",
    ])
    .ok();
    env.run(&["mailbox", "approve", "support@contoso.com"]).ok();
    env.run(&["mailbox", "test-enable", "support@contoso.com"])
        .ok();
    env.run(&[
        "record",
        "add",
        "contact",
        "Buyer",
        "--email",
        "buyer@fabrikam.com",
    ])
    .ok();
    sync(&env);
    env
}

/// An inactive rule for Support creating cases; `extra` adds options.
fn add_rule(env: &Env, name: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "record-rule",
        "add",
        name,
        "--queue",
        "Support",
        "--create",
        "case",
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn add_item(env: &Env, rule: &str, extra: &[&str]) -> Value {
    let mut args = vec!["record-rule", "item", "add", rule];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn activate(env: &Env, rule: &str) {
    env.run(&["record-rule", "activate", rule]).ok();
}

/// An email to Support; returns its item id.
fn to_support(env: &Env, from: &str, subject: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "mail",
        "receive",
        "--from",
        from,
        "--to",
        "support@contoso.com",
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    created(&env.json(&args))[0]
}

fn evaluation(env: &Env, id: i64) -> Value {
    env.json(&["explain", &id.to_string()])["evaluation"].clone()
}

fn explain(env: &Env, id: i64) -> String {
    env.run(&["explain", &id.to_string()]).ok().stdout
}

fn records(env: &Env, kind: &str) -> Vec<Value> {
    env.json(&["record", "list", "--kind", kind])
        .as_array()
        .unwrap()
        .clone()
}

fn queue_items(env: &Env) -> Vec<Value> {
    env.json(&["queue", "items", "Support"])
        .as_array()
        .unwrap()
        .clone()
}

/// The activity an item was tracked to.
fn activity_of(env: &Env, id: i64) -> Value {
    let activity = item(env, id)["tracking"]["activity_id"].clone();
    assert!(activity.is_i64(), "item {id} is not tracked: {activity}");
    env.json(&["activity", "show", &activity.to_string()])
}

/// The Support rule of most scenarios: printers first (high priority), then anything from
/// fabrikam.com (low).
fn printers_then_fabrikam(env: &Env, extra: &[&str]) {
    add_rule(env, "Support cases", extra);
    add_item(
        env,
        "Support cases",
        &[
            "--name",
            "Printers",
            "--subject-contains",
            "printer",
            "--priority",
            "high",
        ],
    );
    add_item(
        env,
        "Support cases",
        &[
            "--name",
            "Fabrikam",
            "--from-domain",
            "fabrikam.com",
            "--priority",
            "low",
        ],
    );
    activate(env, "Support cases");
}

#[test]
fn the_first_item_that_matches_creates_the_case_and_the_rest_are_skipped() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    let printer = to_support(&env, "buyer@fabrikam.com", "Printer jammed", &[]);
    let invoice = to_support(&env, "buyer@fabrikam.com", "Invoice question", &[]);
    env.run(&[
        "record",
        "add",
        "contact",
        "Reader",
        "--email",
        "reader@northwind.com",
    ])
    .ok();
    let other = to_support(&env, "reader@northwind.com", "Hello", &[]);
    // Nothing happens before the cycle.
    assert!(records(&env, "case").is_empty());
    assert_eq!(sync(&env)["tracked"], 3);

    let cases = records(&env, "case");
    assert_eq!(cases.len(), 2, "{cases:?}");
    // Both items match the printer email: the first wins.
    let ev = evaluation(&env, printer);
    let first = ev["record_rule"]["record_id"].as_i64().unwrap();
    assert_eq!(
        ev["record_rule"],
        json!({
            "rule_id": 1,
            "rule": "Support cases",
            "queue_id": 1,
            "queue": "Support",
            "outcome": "created",
            "item_position": 1,
            "item_name": "Printers",
            "record_id": first,
            "record_kind": "case",
            "contact_id": null,
        })
    );
    assert_eq!(ev["regarding_id"], first);
    let case = env.json(&["record", "show", &first.to_string()]);
    assert_eq!(case["kind"], "case");
    assert_eq!(case["name"], "Printer jammed");
    assert_eq!(case["owner"], "Alex Wu");
    assert_eq!(case["priority"], "high");
    assert_eq!(case["state"], "active");
    assert_eq!(case["resolved_at"], Value::Null);
    assert_eq!(case["email"], Value::Null);
    assert_eq!(activity_of(&env, printer)["regarding_id"], first);

    let ev = evaluation(&env, invoice);
    assert_eq!(ev["record_rule"]["item_position"], 2);
    assert_eq!(ev["record_rule"]["item_name"], "Fabrikam");
    let second = ev["record_rule"]["record_id"].as_i64().unwrap();
    assert_eq!(
        env.json(&["record", "show", &second.to_string()])["priority"],
        "low"
    );
    let text = explain(&env, invoice);
    for line in [
        "Record rule 'Support cases' of Support: item 2 'Fabrikam' matched and created case",
        "- record rule 'Support cases' of Support: item 1 'Printers' does not match: the subject does not contain 'printer'",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }

    // No item matches: nothing is created and the email keeps its queue item active.
    let ev = evaluation(&env, other);
    assert_eq!(ev["record_rule"]["outcome"], "no_item_matched");
    assert_eq!(ev["record_rule"]["record_id"], Value::Null);
    assert_eq!(activity_of(&env, other)["regarding"], Value::Null);
    let text = explain(&env, other);
    assert!(
        text.contains(
            "Record rule 'Support cases' of Support: no item matched, so no case was created."
        ),
        "{text}"
    );
    assert!(text.contains("item 2 'Fabrikam' does not match: the sender is not from fabrikam.com"));
    let states: Vec<(String, String)> = queue_items(&env)
        .iter()
        .map(|q| {
            (
                q["subject"].as_str().unwrap().to_string(),
                q["state"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("Printer jammed".to_string(), "inactive".to_string()),
            ("Invoice question".to_string(), "inactive".to_string()),
            ("Hello".to_string(), "active".to_string()),
        ]
    );
    // Another cycle creates nothing more.
    sync(&env);
    assert_eq!(records(&env, "case").len(), 2);
}

#[test]
fn a_reply_to_an_email_whose_case_is_open_creates_no_second_case() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    let first = to_support(
        &env,
        "buyer@fabrikam.com",
        "Printer jammed",
        &["--message-id", "<p1@fabrikam.com>"],
    );
    sync(&env);
    let case = evaluation(&env, first)["record_rule"]["record_id"].clone();
    let reply = to_support(
        &env,
        "buyer@fabrikam.com",
        "RE: Printer jammed",
        &[
            "--message-id",
            "<p2@fabrikam.com>",
            "--in-reply-to",
            "<p1@fabrikam.com>",
        ],
    );
    sync(&env);
    assert_eq!(records(&env, "case").len(), 1);
    let ev = evaluation(&env, reply);
    assert_eq!(ev["correlation_method"], "in_reply_to");
    assert_eq!(ev["record_rule"]["outcome"], "open_record");
    assert_eq!(ev["record_rule"]["record_id"], case);
    assert_eq!(activity_of(&env, reply)["regarding_id"], case);
    assert!(explain(&env, reply).contains(&format!(
        "case {case} is still open, so the email stays on it (no second case)"
    )));
    // The reply was processed: its queue item is inactive too.
    assert!(queue_items(&env).iter().all(|q| q["state"] == "inactive"));
}

#[test]
fn after_the_case_is_resolved_a_new_one_is_created_only_after_the_wait_time() {
    let env = support();
    printers_then_fabrikam(&env, &["--wait-after-resolved", "1h"]);
    let first = to_support(
        &env,
        "buyer@fabrikam.com",
        "Printer jammed",
        &["--message-id", "<p1@fabrikam.com>"],
    );
    sync(&env);
    let case = evaluation(&env, first)["record_rule"]["record_id"]
        .as_i64()
        .unwrap();
    let resolved = env
        .run(&["--json", "record", "resolve", &case.to_string()])
        .ok()
        .stderr_has(&format!("resolved case {case} 'Printer jammed'"))
        .json();
    assert_eq!(resolved["state"], "resolved");
    assert_eq!(resolved["resolved_at"], "2026-01-05T09:30:00Z");

    // 15 minutes after: within the hour, the reply stays on the resolved case.
    let soon = to_support(
        &env,
        "buyer@fabrikam.com",
        "RE: Printer jammed",
        &[
            "--message-id",
            "<p2@fabrikam.com>",
            "--in-reply-to",
            "<p1@fabrikam.com>",
        ],
    );
    sync(&env);
    let ev = evaluation(&env, soon);
    assert_eq!(ev["evaluated_at"], "2026-01-05T09:30:00Z");
    assert_eq!(ev["record_rule"]["outcome"], "within_wait");
    assert_eq!(ev["record_rule"]["record_id"], case);
    assert_eq!(records(&env, "case").len(), 1);
    assert!(explain(&env, soon).contains("within the wait time (1h) it stays regarding it"));

    // An hour after resolving: the next reply opens a new case.
    env.run(&["sync", "--until", "2026-01-05T10:30:00Z"]).ok();
    let later = to_support(
        &env,
        "buyer@fabrikam.com",
        "RE: Printer jammed",
        &[
            "--message-id",
            "<p3@fabrikam.com>",
            "--in-reply-to",
            "<p2@fabrikam.com>",
        ],
    );
    sync(&env);
    let ev = evaluation(&env, later);
    assert_eq!(ev["evaluated_at"], "2026-01-05T10:30:00Z");
    assert_eq!(ev["record_rule"]["outcome"], "created");
    let new_case = ev["record_rule"]["record_id"].as_i64().unwrap();
    assert_ne!(new_case, case);
    assert_eq!(records(&env, "case").len(), 2);
    assert_eq!(activity_of(&env, later)["regarding_id"], new_case);
    assert!(explain(&env, later).contains("past the wait time (1h): a new case may be created"));
}

#[test]
fn without_a_wait_time_a_reply_after_resolution_opens_a_new_case_at_once() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    let first = to_support(
        &env,
        "buyer@fabrikam.com",
        "Printer jammed",
        &["--message-id", "<p1@fabrikam.com>"],
    );
    sync(&env);
    let case = evaluation(&env, first)["record_rule"]["record_id"].clone();
    env.run(&["record", "resolve", &case.to_string()]).ok();
    let reply = to_support(
        &env,
        "buyer@fabrikam.com",
        "RE: Printer jammed",
        &["--in-reply-to", "<p1@fabrikam.com>"],
    );
    sync(&env);
    assert_eq!(evaluation(&env, reply)["record_rule"]["outcome"], "created");
    assert_eq!(records(&env, "case").len(), 2);
}

#[test]
fn email_from_unknown_senders_is_ignored_unless_the_rule_allows_it() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    let ignored = to_support(&env, "someone@fabrikam.com", "Printer jammed", &[]);
    sync(&env);
    let ev = evaluation(&env, ignored);
    assert_eq!(ev["record_rule"]["outcome"], "unknown_sender");
    assert_eq!(ev["record_rule"]["record_id"], Value::Null);
    assert!(records(&env, "case").is_empty());
    assert!(explain(&env, ignored).contains(
        "the sender someone@fabrikam.com is no record, user or queue, and the rule does not allow unknown senders: ignored"
    ));
    assert_eq!(queue_items(&env)[0]["state"], "active");
    // A colleague is a known sender.
    let internal = to_support(&env, MARIA.1, "Printer on floor 2", &[]);
    sync(&env);
    assert_eq!(
        evaluation(&env, internal)["record_rule"]["outcome"],
        "created"
    );

    // Allowed: the case is created, no contact unless asked.
    env.run(&["record-rule", "deactivate", "Support cases"])
        .ok();
    add_rule(&env, "Open door", &["--allow-unknown-senders"]);
    add_item(&env, "Open door", &[]);
    activate(&env, "Open door");
    let allowed = to_support(&env, "first@northwind.com", "Hi", &[]);
    sync(&env);
    let ev = evaluation(&env, allowed);
    assert_eq!(ev["record_rule"]["outcome"], "created");
    assert_eq!(ev["record_rule"]["contact_id"], Value::Null);
    assert!(
        records(&env, "contact")
            .iter()
            .all(|c| c["email"] != "first@northwind.com")
    );

    // Allowed and asked: a contact for the sender, owned by the rule's owner.
    env.run(&["record-rule", "deactivate", "Open door"]).ok();
    add_rule(
        &env,
        "Welcome",
        &[
            "--allow-unknown-senders",
            "--create-contact-for-unknown-sender",
            "--owner",
            "Maria Garcia",
        ],
    );
    add_item(&env, "Welcome", &[]);
    activate(&env, "Welcome");
    let welcomed = to_support(&env, "new@northwind.com", "Question", &[]);
    sync(&env);
    let ev = evaluation(&env, welcomed);
    let contact = ev["record_rule"]["contact_id"].as_i64().unwrap();
    let shown = env.json(&["record", "show", &contact.to_string()]);
    assert_eq!(shown["kind"], "contact");
    assert_eq!(shown["email"], "new@northwind.com");
    assert_eq!(shown["owner"], "Maria Garcia");
    let case = ev["record_rule"]["record_id"].as_i64().unwrap();
    assert_eq!(
        env.json(&["record", "show", &case.to_string()])["owner"],
        "Maria Garcia"
    );
    // Now known: the next email from them creates no second contact.
    let again = to_support(&env, "new@northwind.com", "Another", &[]);
    sync(&env);
    assert_eq!(
        evaluation(&env, again)["record_rule"]["contact_id"],
        Value::Null
    );
    let theirs = records(&env, "contact")
        .into_iter()
        .filter(|c| c["email"] == "new@northwind.com")
        .count();
    assert_eq!(theirs, 1);

    // Asking for contacts needs unknown senders allowed.
    env.run(&[
        "record-rule",
        "add",
        "X",
        "--queue",
        "Support",
        "--create",
        "case",
        "--create-contact-for-unknown-sender",
    ])
    .code(2);
}

#[test]
fn rules_create_other_kinds_with_the_senders_address() {
    let env = support();
    env.run(&[
        "record-rule",
        "add",
        "Leads",
        "--queue",
        "Support",
        "--create",
        "lead",
    ])
    .ok();
    add_item(&env, "Leads", &["--subject-contains", "pricing"]);
    activate(&env, "Leads");
    let id = to_support(&env, "buyer@fabrikam.com", "Pricing for 200 seats", &[]);
    sync(&env);
    let lead = evaluation(&env, id)["record_rule"]["record_id"].clone();
    let shown = env.json(&["record", "show", &lead.to_string()]);
    assert_eq!(shown["kind"], "lead");
    assert_eq!(shown["name"], "Pricing for 200 seats");
    assert_eq!(shown["email"], "buyer@fabrikam.com");
    assert_eq!(shown["owner"], "Alex Wu");
    assert_eq!(shown["priority"], Value::Null);
}

#[test]
fn a_queue_that_accepts_email_synchronized_by_a_user_mailbox_applies_its_rule_once() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    // The queue's own mailbox waits; Alex tracks responses only, so in Alex's mailbox Support
    // is the accepting entity.
    env.run(&["mailbox", "disable", "support@contoso.com"]).ok();
    let rows = env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "alex@contoso.com,support@contoso.com",
        "--subject",
        "Printer offline",
    ]);
    let [alex, queue] = [0, 1].map(|i| rows[i]["id"].as_i64().unwrap());
    sync(&env);
    let ev = evaluation(&env, alex);
    assert_eq!(ev["receiving_mailbox"], "Alex Wu");
    assert_eq!(ev["accepting_mailbox"], "Support");
    assert_eq!(ev["record_rule"]["outcome"], "created");
    assert_eq!(ev["record_rule"]["queue"], "Support");
    assert_eq!(origins(&env), ["recipient"]);

    // Auto-categorization has linked the queue's copy to the same activity: once its mailbox
    // syncs again nothing more happens, and the rule does not run twice.
    let activity = item(&env, alex)["tracking"]["activity_id"].clone();
    assert_eq!(item(&env, queue)["tracking"]["activity_id"], activity);
    env.run(&["mailbox", "enable", "support@contoso.com"]).ok();
    assert_eq!(sync(&env)["tracked"], 0);
    assert_eq!(records(&env, "case").len(), 1);
    assert_eq!(activities(&env).len(), 1);
    assert_eq!(queue_items(&env).len(), 1);
}

#[test]
fn a_copy_linked_in_a_queue_mailbox_does_not_run_the_rule_again() {
    let env = support();
    printers_then_fabrikam(&env, &[]);
    // No auto-categorization: the queue's copy goes through its own evaluation.
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    env.run(&["mailbox", "disable", "support@contoso.com"]).ok();
    let rows = env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "alex@contoso.com,support@contoso.com",
        "--subject",
        "Printer offline",
    ]);
    let [alex, queue] = [0, 1].map(|i| rows[i]["id"].as_i64().unwrap());
    sync(&env);
    assert_eq!(evaluation(&env, alex)["record_rule"]["outcome"], "created");
    env.run(&["mailbox", "enable", "support@contoso.com"]).ok();
    sync(&env);
    let ev = evaluation(&env, queue);
    assert_eq!(ev["outcome"], "linked");
    assert_eq!(ev["record_rule"], Value::Null);
    assert!(
        ev["reasons"].as_array().unwrap().iter().any(|r| r
            .as_str()
            .unwrap()
            .starts_with("record rule 'Support cases' already processed activity")),
        "{ev}"
    );
    assert_eq!(records(&env, "case").len(), 1);
    assert_eq!(activities(&env).len(), 1);
}

#[test]
fn without_an_active_rule_nothing_is_created_and_explain_says_why() {
    let env = support();
    add_rule(&env, "Draft", &[]);
    add_item(&env, "Draft", &[]);
    let id = to_support(&env, "buyer@fabrikam.com", "Printer jammed", &[]);
    sync(&env);
    let ev = evaluation(&env, id);
    assert_eq!(ev["record_rule"], Value::Null);
    assert!(
        explain(&env, id)
            .contains("no record creation rule is active for Support: no record created")
    );
    assert!(records(&env, "case").is_empty());
    // Email tracked in a user mailbox alone involves no queue: no word about rules.
    env.run(&["user", "set", "Alex Wu", "--track-email", "all"])
        .ok();
    let mine = created(&env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        ALEX.1,
        "--subject",
        "Hi",
    ]))[0];
    sync(&env);
    let ev = evaluation(&env, mine);
    assert_eq!(ev["outcome"], "tracked");
    assert_eq!(ev["queue_item_ids"], json!([]));
    assert!(!explain(&env, mine).contains("record"));
}

fn queue_item_settings(env: &Env, recipients: bool, syncing: bool, already: bool) {
    for (name, value) in [
        ("CreateQueueItemsForAcceptingQueueRecipients", recipients),
        ("CreateQueueItemForSynchronizingMailbox", syncing),
        (
            "SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail",
            already,
        ),
    ] {
        env.run(&["settings", "set", name, &value.to_string()]).ok();
    }
}

fn origins(env: &Env) -> Vec<String> {
    queue_items(env)
        .iter()
        .map(|q| q["origin"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn queue_items_follow_the_three_settings() {
    // Defaults at 9.2.25101.0: recipients on, synchronizing mailbox on, already tracked off.
    let env = support();
    to_support(&env, "buyer@fabrikam.com", "One", &[]);
    sync(&env);
    let items = queue_items(&env);
    assert_eq!(items.len(), 1);
    let activity = activities(&env)[0]["id"].clone();
    assert_eq!(
        items[0],
        json!({
            "id": items[0]["id"],
            "queue": "Support",
            "queue_id": 1,
            "activity_id": activity,
            "subject": "One",
            "state": "active",
            "origin": "recipient",
            "created_at": "2026-01-05T09:15:00Z",
        })
    );

    let env = support();
    queue_item_settings(&env, false, true, false);
    let id = to_support(&env, "buyer@fabrikam.com", "One", &[]);
    sync(&env);
    assert_eq!(origins(&env), ["synchronizing_mailbox"]);
    assert!(explain(&env, id).contains("(CreateQueueItemForSynchronizingMailbox)"));

    let env = support();
    queue_item_settings(&env, false, false, false);
    to_support(&env, "buyer@fabrikam.com", "One", &[]);
    sync(&env);
    assert_eq!(env.json(&["queue", "items", "Support"]), json!([]));
    assert!(
        env.run(&["queue", "items", "Support"])
            .ok()
            .stderr
            .contains("(none)")
    );

    // Tracked first by Alex (who tracks all email): for the queue the email is already
    // tracked, whether auto-categorization links its copy at once or its own cycle finds it.
    for category_tracking in [true, false] {
        for already in [false, true] {
            let env = support();
            queue_item_settings(&env, false, false, already);
            env.run(&[
                "settings",
                "set",
                "TrackCategorizedItems",
                &category_tracking.to_string(),
            ])
            .ok();
            env.run(&["user", "set", "Alex Wu", "--track-email", "all"])
                .ok();
            env.run(&["mailbox", "disable", "support@contoso.com"]).ok();
            env.run(&[
                "mail",
                "receive",
                "--from",
                "buyer@fabrikam.com",
                "--to",
                "alex@contoso.com,support@contoso.com",
                "--subject",
                "Both",
            ])
            .ok();
            sync(&env);
            env.run(&["mailbox", "enable", "support@contoso.com"]).ok();
            sync(&env);
            assert_eq!(activities(&env).len(), 1);
            let expected: &[&str] = if already { &["already_tracked"] } else { &[] };
            assert_eq!(
                origins(&env),
                expected,
                "already tracked {already}, category tracking {category_tracking}"
            );
        }
    }
}

#[test]
fn record_rule_show_and_list_print_every_field() {
    let env = support();
    let run = env
        .run(&[
            "record-rule",
            "add",
            "Support cases",
            "--queue",
            "support@contoso.com",
            "--create",
            "Case",
            "--owner",
            "maria@contoso.com",
            "--allow-unknown-senders",
            "--create-contact-for-unknown-sender",
            "--wait-after-resolved",
            "1d",
        ])
        .ok()
        .stderr_has("added record rule 'Support cases' for Support (inactive)");
    let id: i64 = run.stdout.trim().parse().expect("add prints the id");
    add_item(&env, "support cases", &["--subject-contains", "printer"]);
    add_item(
        &env,
        "Support cases",
        &[
            "--name",
            "VIP",
            "--from-domain",
            "@Fabrikam.com",
            "--priority",
            "high",
        ],
    );
    let expected = json!({
        "id": id,
        "name": "Support cases",
        "queue": "Support",
        "queue_id": 1,
        "create": "case",
        "owner": "Maria Garcia",
        "owner_id": 2,
        "allow_unknown_senders": true,
        "create_contact_for_unknown_sender": true,
        "wait_after_resolved": "1d",
        "wait_after_resolved_minutes": 1440,
        "state": "inactive",
        "item_count": 2,
        "items": [
            {"position": 1, "name": "Item 1", "subject_contains": "printer", "from_domain": null, "priority": null},
            {"position": 2, "name": "VIP", "subject_contains": null, "from_domain": "Fabrikam.com", "priority": "high"},
        ],
        "created_at": "2026-01-05T09:15:00Z",
    });
    assert_eq!(
        env.json(&["record-rule", "show", "Support cases"]),
        expected
    );
    assert_eq!(env.json(&["record-rule", "list"]), json!([expected]));
    let table = env
        .run(&["record-rule", "show", "Support cases"])
        .ok()
        .stdout;
    assert!(
        table.contains("VIP") && table.contains("POSITION"),
        "{table}"
    );

    // Removing an item moves the later ones up.
    let shown = env.json(&["record-rule", "item", "remove", "Support cases", "1"]);
    assert_eq!(shown["items"][0]["position"], 1);
    assert_eq!(shown["items"][0]["name"], "VIP");
    assert_eq!(shown["item_count"], 1);
}

#[test]
fn the_rule_lifecycle_follows_dynamics() {
    let env = support();
    add_rule(&env, "A", &[]);
    add_rule(&env, "B", &[]);
    env.run(&["record-rule", "activate", "A"])
        .ok()
        .stderr_has("it has no items yet, so it creates nothing");
    assert_eq!(env.json(&["record-rule", "show", "A"])["state"], "active");
    let before = env.json(&["record-rule", "list"]);
    let conflicts: [(&[&str], &str, &str); 4] = [
        (
            &["record-rule", "activate", "B"],
            "queue_rule_active",
            "Support already has an active record rule, 'A'",
        ),
        (
            &["record-rule", "item", "add", "A", "--subject-contains", "x"],
            "record_rule_active",
            "record rule 'A' is active and cannot be changed",
        ),
        (
            &["record-rule", "remove", "A"],
            "record_rule_active",
            "cannot be removed",
        ),
        (
            &[
                "record-rule",
                "add",
                "a",
                "--queue",
                "Support",
                "--create",
                "lead",
            ],
            "record_rule_exists",
            "a record rule named 'A' already exists",
        ),
    ];
    for (args, code, message) in conflicts {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let run = env.run(&all).code(5);
        let error = &run.error_json()["error"];
        assert_eq!(error["code"], code);
        assert!(
            error["message"].as_str().unwrap().contains(message),
            "{error}"
        );
        assert_eq!(env.json(&["record-rule", "list"]), before);
    }
    env.run(&["record-rule", "activate", "A"])
        .ok()
        .stderr_has("already active");
    env.run(&["record-rule", "deactivate", "A"]).ok();
    activate(&env, "B");
    env.run(&["record-rule", "remove", "A"])
        .ok()
        .stderr_has("removed record rule 'A'");
    let names: Vec<Value> = env
        .json(&["record-rule", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].clone())
        .collect();
    assert_eq!(names, [json!("B")]);
}

#[test]
fn bad_record_rules_are_refused_and_change_nothing() {
    let env = support();
    add_rule(&env, "Existing", &[]);
    let cases: [(&[&str], i32, &str, &str); 12] = [
        (
            &[
                "record-rule",
                "add",
                "X",
                "--queue",
                "Nope",
                "--create",
                "case",
            ],
            3,
            "unknown_queue",
            "no queue 'Nope'",
        ),
        (
            &[
                "record-rule",
                "add",
                "X",
                "--queue",
                "Support",
                "--create",
                "case",
                "--owner",
                "Nobody",
            ],
            3,
            "unknown_user",
            "no user 'Nobody'",
        ),
        (
            &[
                "record-rule",
                "add",
                "X",
                "--queue",
                "Support",
                "--create",
                "widget",
            ],
            4,
            "invalid_record_kind",
            "unknown record kind 'widget'",
        ),
        (
            &[
                "record-rule",
                "add",
                "X",
                "--queue",
                "Support",
                "--create",
                "case",
                "--wait-after-resolved",
                "2 weeks",
            ],
            4,
            "invalid_duration",
            "invalid duration '2 weeks'",
        ),
        (
            &[
                "record-rule",
                "add",
                "X",
                "--queue",
                "Support",
                "--create",
                "case",
                "--wait-after-resolved=-1h",
            ],
            4,
            "invalid_duration",
            "30m, 2h, 1d",
        ),
        (
            &[
                "record-rule",
                "add",
                "123",
                "--queue",
                "Support",
                "--create",
                "case",
            ],
            4,
            "invalid_name",
            "made of digits",
        ),
        (
            &["record-rule", "show", "Nope"],
            3,
            "unknown_record_rule",
            "no record rule 'Nope'",
        ),
        (
            &["record-rule", "activate", "Nope"],
            3,
            "unknown_record_rule",
            "'Nope'",
        ),
        (
            &[
                "record-rule",
                "item",
                "add",
                "Nope",
                "--subject-contains",
                "x",
            ],
            3,
            "unknown_record_rule",
            "'Nope'",
        ),
        (
            &[
                "record-rule",
                "item",
                "add",
                "Existing",
                "--from-domain",
                "fabrikam",
            ],
            4,
            "invalid_domain",
            "fabrikam",
        ),
        (
            &[
                "record-rule",
                "item",
                "add",
                "Existing",
                "--subject-contains",
                " ",
            ],
            4,
            "invalid_value",
            "--subject-contains",
        ),
        (
            &["record-rule", "item", "remove", "Existing", "3"],
            3,
            "unknown_rule_item",
            "record rule 'Existing' has no item 3",
        ),
    ];
    for (args, exit, code, message) in cases {
        let before = env.json(&["record-rule", "list"]);
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let run = env.run(&all).code(exit);
        let error = &run.error_json()["error"];
        assert_eq!(error["code"], code, "{args:?}: {error}");
        assert!(
            error["message"].as_str().unwrap().contains(message),
            "{args:?}: {error}"
        );
        assert_eq!(env.json(&["record-rule", "list"]), before);
    }
    env.run(&[
        "record-rule",
        "item",
        "add",
        "Existing",
        "--priority",
        "urgent",
    ])
    .code(2);
}

#[test]
fn record_resolve_closes_cases_only_once() {
    let env = support();
    let case = env.run(&["record", "add", "case", "Broken"]).ok().stdout;
    let case = case.trim();
    let opened = env.json(&["record", "show", case]);
    assert_eq!(opened["state"], "active");
    assert_eq!(opened["resolved_at"], Value::Null);
    assert_eq!(opened["priority"], Value::Null);
    let resolved = env.json(&["record", "resolve", case]);
    assert_eq!(resolved["state"], "resolved");
    assert_eq!(resolved["resolved_at"], "2026-01-05T09:15:00Z");
    assert_eq!(env.json(&["record", "show", case]), resolved);

    let again = env.run(&["--json", "record", "resolve", case]).code(5);
    assert_eq!(again.error_json()["error"]["code"], "already_resolved");
    let lead = env.run(&["record", "add", "lead", "Prospect"]).ok().stdout;
    let not_case = env
        .run(&["--json", "record", "resolve", lead.trim()])
        .code(4);
    assert_eq!(not_case.error_json()["error"]["code"], "not_a_case");
    assert_eq!(
        env.json(&["record", "show", lead.trim()])["state"],
        "active"
    );
    let unknown = env.run(&["--json", "record", "resolve", "999"]).code(3);
    assert_eq!(unknown.error_json()["error"]["code"], "unknown_record");
}

#[test]
fn queue_items_of_an_unknown_queue_is_refused() {
    let env = support();
    let run = env.run(&["--json", "queue", "items", "Sales"]).code(3);
    assert_eq!(run.error_json()["error"]["code"], "unknown_queue");
}
