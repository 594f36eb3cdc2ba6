//! Mailboxes as the service runs them: email sent from Dynamics 365 waits Pending Send for a
//! mailbox that can send, email server profiles, approval, the error model (permanent and
//! transient errors, retries) and item-level failures, each with the service's alerts.

use serde_json::{Value, json};

use crate::directory::{add_user, snapshot};
use crate::engine::{ALEX, categorize, email, sync};
use crate::schema::{ItemFailure, pin_each};
use crate::util::Env;

const PROFILE: &str = "Microsoft Exchange Online";

/// Alerts of a mailbox, newest first: (level, code, text, count).
fn alerts(env: &Env, mailbox: &str) -> Vec<(String, String, String, i64)> {
    env.json(&["alerts", "list", "--mailbox", mailbox])
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["level"].as_str().unwrap().to_string(),
                a["code"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
                a["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn codes(env: &Env, mailbox: &str) -> Vec<String> {
    alerts(env, mailbox).into_iter().map(|a| a.1).collect()
}

fn status(env: &Env, mailbox: &str, direction: &str) -> String {
    env.json(&["mailbox", "show", mailbox])[format!("{direction}_status")]
        .as_str()
        .unwrap()
        .to_string()
}

fn sent_items(env: &Env, mailbox: &str) -> Vec<Value> {
    env.json(&[
        "item",
        "list",
        "--mailbox",
        mailbox,
        "--folder",
        "Sent Items",
    ])
    .as_array()
    .unwrap()
    .clone()
}

#[test]
fn an_unapproved_mailboxs_email_stays_pending_send_until_approved_and_tested() {
    let env = Env::new();
    add_user(&env, "Dan Ng", "dan@contoso.com");
    let copies = env
        .run(&[
            "--json",
            "mail",
            "send",
            "--from",
            "dan@contoso.com",
            "--to",
            "carl@fabrikam.com",
            "--subject",
            "x",
            "--via-dynamics",
        ])
        .ok()
        .stderr_has("Pending Send")
        .json();
    assert_eq!(copies, json!([]), "nothing reaches Exchange yet");
    let activity = env.json(&["activity", "show", "1"]);
    assert_eq!(activity["status"], "pending_send");
    assert_eq!(activity["state"], "open");
    assert_eq!(activity["direction"], "outgoing");

    sync(&env);
    sync(&env);
    assert_eq!(
        env.json(&["activity", "show", "1"])["status"],
        "pending_send"
    );
    assert!(sent_items(&env, "Dan Ng").is_empty());
    let raised = alerts(&env, "Dan Ng");
    assert_eq!(raised.len(), 1, "{raised:?}");
    assert_eq!(raised[0].0, "error");
    assert_eq!(raised[0].1, "mailbox_not_approved_outgoing");
    assert_eq!(
        raised[0].2,
        format!(
            "Email cannot be sent for the mailbox Dan Ng because the email address of the mailbox Dan Ng is not approved and the mailbox has been disabled. The owner of the associated email server profile {PROFILE} has been notified."
        )
    );
    assert_eq!(raised[0].3, 2, "raised at each outgoing poll");

    // Approved, but not tested: still waiting.
    env.run(&["mailbox", "approve", "Dan Ng"]).ok();
    sync(&env);
    assert_eq!(
        env.json(&["activity", "show", "1"])["status"],
        "pending_send"
    );
    // Tested and enabled: the first outgoing poll sends it.
    env.run(&["mailbox", "test-enable", "Dan Ng"]).ok();
    sync(&env);
    let activity = env.json(&["activity", "show", "1"]);
    assert_eq!(activity["status"], "sent");
    assert_eq!(activity["state"], "completed");
    let sent = sent_items(&env, "Dan Ng");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["subject"], activity["subject"]);
    assert_eq!(sent[0]["tracking"]["activity_id"], 1);
    // Nothing is sent twice.
    sync(&env);
    assert_eq!(sent_items(&env, "Dan Ng").len(), 1);
}

#[test]
fn the_not_approved_alert_is_the_services_naming_the_profile() {
    let env = Env::new();
    add_user(&env, "Dan Ng", "dan@contoso.com");
    env.json(&[
        "server-profile",
        "add",
        "Contoso Online",
        "--type",
        "exchange-online",
    ]);
    env.run(&["mailbox", "set", "Dan Ng", "--profile", "Contoso Online"])
        .ok();
    env.run(&["mailbox", "test-enable", "Dan Ng"])
        .code(1)
        .stderr_has(
            "Email cannot be received for the mailbox Dan Ng because the email address of the mailbox Dan Ng is not approved and the mailbox has been disabled. The owner of the associated email server profile Contoso Online has been notified.",
        );
}

#[test]
fn every_mailbox_has_a_profile_and_new_ones_get_the_default() {
    let env = Env::new();
    let profiles = env.json(&["server-profile", "list"]);
    assert_eq!(profiles.as_array().unwrap().len(), 1, "{profiles}");
    assert_eq!(profiles[0]["name"], PROFILE);
    assert_eq!(profiles[0]["server_type"], "exchange_online");
    assert_eq!(profiles[0]["authentication"], "server_to_server");
    assert_eq!(profiles[0]["is_default"], true);
    add_user(&env, "Dan Ng", "dan@contoso.com");
    assert_eq!(env.json(&["mailbox", "show", "Dan Ng"])["profile"], PROFILE);

    let added = env.json(&[
        "server-profile",
        "add",
        "Contoso Exchange",
        "--type",
        "exchange-server",
        "--authentication",
        "profile",
        "--owner",
        "Dan Ng",
        "--notify-owner",
        "false",
    ]);
    assert_eq!(added["server_type"], "exchange_server");
    assert_eq!(added["owner"], "Dan Ng");
    assert_eq!(added["notify_owner"], false);
    assert_eq!(added["is_default"], false);
    env.json(&["server-profile", "set", "Contoso Exchange", "--default"]);
    add_user(&env, "Eva Ma", "eva@contoso.com");
    assert_eq!(
        env.json(&["mailbox", "show", "Eva Ma"])["profile"],
        "Contoso Exchange"
    );
    let online = env.json(&["server-profile", "show", PROFILE]);
    assert_eq!(online["is_default"], false);
    assert_eq!(online["mailboxes"], 1);

    // Refusals change nothing.
    let before = snapshot(&env);
    env.run(&["server-profile", "show", "Nope"])
        .code(3)
        .stderr_has("no email server profile 'Nope'");
    env.run(&["mailbox", "set", "Dan Ng", "--profile", "Nope"])
        .code(3);
    env.run(&["server-profile", "remove", "Contoso Exchange"])
        .code(5)
        .stderr_has("default");
    env.run(&["server-profile", "remove", PROFILE])
        .code(5)
        .stderr_has("1 mailbox");
    env.run(&["server-profile", "add", "contoso exchange"])
        .code(5);
    assert_eq!(snapshot(&env), before);
    env.json(&["server-profile", "add", "Spare"]);
    env.run(&["server-profile", "remove", "Spare"]).ok();
    env.run(&["server-profile", "show", "Spare"]).code(3);
}

#[test]
fn approval_applies_as_the_org_settings_and_the_profile_say() {
    let env = Env::new();
    add_user(&env, "Dan Ng", "dan@contoso.com");
    env.json(&[
        "server-profile",
        "add",
        "Contoso Exchange",
        "--type",
        "exchange-server",
    ]);
    env.run(&["mailbox", "set", "Dan Ng", "--profile", "Contoso Exchange"])
        .ok();
    // "Process emails only for approved users" is on by default.
    let tested = env
        .run(&["--json", "mailbox", "test-enable", "Dan Ng"])
        .code(1)
        .json();
    assert_eq!(tested[0]["result"], "failure");
    env.run(&["settings", "set", "requireapprovalforuseremail", "false"])
        .ok();
    let tested = env.json(&["mailbox", "test-enable", "Dan Ng"]);
    assert_eq!(tested[0]["result"], "success", "{tested}");
    // With the Exchange Online profile, a Microsoft 365 administrator must approve whatever
    // the setting says.
    env.run(&["mailbox", "set", "Dan Ng", "--profile", PROFILE])
        .ok();
    assert_eq!(status(&env, "Dan Ng", "incoming"), "not_run");
    let tested = env
        .run(&["--json", "mailbox", "test-enable", "Dan Ng"])
        .code(1)
        .json();
    assert_eq!(tested[0]["result"], "failure");
}

/// An org with Alex approved, tested and enabled, after one cycle.
fn ready() -> Env {
    crate::engine::org()
}

#[test]
fn a_permanent_fault_disables_the_direction_at_once_with_an_error_alert() {
    let env = ready();
    let fault = env.json(&[
        "mailbox",
        "fault",
        "add",
        ALEX.0,
        "--permanent",
        "--direction",
        "incoming",
    ]);
    assert_eq!(fault["permanent"], true);
    assert_eq!(fault["direction"], "incoming");
    sync(&env);
    assert_eq!(status(&env, ALEX.0, "incoming"), "failure");
    assert_eq!(status(&env, ALEX.0, "outgoing"), "success");
    let mailbox = env.json(&["mailbox", "show", ALEX.0]);
    assert_eq!(mailbox["enabled_for_incoming_email"], false);
    let raised = alerts(&env, ALEX.0);
    assert_eq!(raised[0].0, "error");
    assert_eq!(raised[0].1, "mailbox_connection_incoming");
    assert_eq!(
        raised[0].2,
        "Email cannot be received for the mailbox because an error occurred while establishing a secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the email server profile has been notified."
    );
    // A disabled direction is not polled: mail waits.
    let id = email(&env, ALEX.1, "Quote");
    categorize(&env, &[id]);
    sync(&env);
    assert_eq!(
        env.json(&["item", "show", &id.to_string()])["tracking"]["state"],
        "pending"
    );
    // Fixed and tested again, it works.
    let faults = env.json(&["mailbox", "fault", "list", ALEX.0]);
    let fault_id = faults[0]["id"].to_string();
    env.run(&["mailbox", "fault", "remove", ALEX.0, &fault_id])
        .ok();
    env.run(&["mailbox", "fault", "remove", ALEX.0, &fault_id])
        .code(3);
    env.run(&["mailbox", "test-enable", ALEX.0]).ok();
    sync(&env);
    assert_eq!(
        env.json(&["item", "show", &id.to_string()])["tracking"]["state"],
        "tracked"
    );
}

#[test]
fn a_transient_fault_is_retried_ten_times_five_minutes_apart_then_disables() {
    let env = ready();
    env.run(&[
        "mailbox",
        "fault",
        "add",
        ALEX.0,
        "--transient",
        "--direction",
        "act",
    ])
    .ok();
    let start = crate::engine::clock(&env);
    // The first attempt and 10 retries fail; each retry comes 5 minutes after the last.
    for attempt in 1..=10 {
        sync(&env);
        assert_eq!(status(&env, ALEX.0, "act"), "success", "attempt {attempt}");
        let raised = alerts(&env, ALEX.0);
        assert_eq!(raised[0].0, "warning");
        assert_eq!(raised[0].1, "mailbox_transient_act");
        assert_eq!(raised[0].3, attempt);
    }
    let after_ten = crate::engine::clock(&env);
    let minutes = (chrono::DateTime::parse_from_rfc3339(&after_ten).unwrap()
        - chrono::DateTime::parse_from_rfc3339(&start).unwrap())
    .num_minutes();
    // After each failure the clock steps to the retry, 5 minutes on (not the 15 of a cycle).
    assert_eq!(minutes, 10 * 5);
    sync(&env);
    assert_eq!(status(&env, ALEX.0, "act"), "failure");
    assert_eq!(status(&env, ALEX.0, "incoming"), "success");
    let raised = alerts(&env, ALEX.0);
    assert_eq!(raised[0].0, "error");
    assert_eq!(raised[0].1, "mailbox_connection_act");
}

#[test]
fn a_success_after_retries_clears_the_state() {
    let env = ready();
    env.run(&[
        "mailbox",
        "fault",
        "add",
        ALEX.0,
        "--transient",
        "--direction",
        "incoming",
        "--times",
        "3",
    ])
    .ok();
    for _ in 0..3 {
        sync(&env);
    }
    assert!(
        env.json(&["mailbox", "fault", "list", ALEX.0])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // The next attempt succeeds: the count starts again, and 10 new failures are needed.
    sync(&env);
    env.run(&[
        "mailbox",
        "fault",
        "add",
        ALEX.0,
        "--transient",
        "--direction",
        "incoming",
        "--times",
        "10",
    ])
    .ok();
    for _ in 0..10 {
        sync(&env);
    }
    assert_eq!(status(&env, ALEX.0, "incoming"), "success");
    let warnings = alerts(&env, ALEX.0)
        .into_iter()
        .find(|a| a.1 == "mailbox_transient_incoming")
        .unwrap();
    assert_eq!(warnings.3, 13);
    assert!(!codes(&env, ALEX.0).contains(&"mailbox_connection_incoming".to_string()));
}

#[test]
fn a_fault_on_the_profile_fails_every_mailbox_on_it() {
    let env = ready();
    env.run(&[
        "server-profile",
        "fault",
        "add",
        PROFILE,
        "--permanent",
        "--direction",
        "outgoing",
    ])
    .ok();
    sync(&env);
    for (name, _) in [crate::engine::ALEX, crate::engine::MARIA] {
        assert_eq!(status(&env, name, "outgoing"), "failure", "{name}");
        let raised = alerts(&env, name);
        assert_eq!(raised[0].1, "profile_credentials_outgoing");
        assert_eq!(
            raised[0].2,
            format!(
                "Email cannot be sent because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending email. The mailbox {name} has been disabled for sending email and the owner of the email server profile {PROFILE} has been notified."
            )
        );
    }
    // The profile's owner is notified too (an org alert).
    let org_alerts = env.json(&["alerts", "list", "--level", "error"]);
    let org_level = org_alerts
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["mailbox"].is_null())
        .count();
    assert_eq!(org_level, 2);
}

#[test]
fn mailbox_owners_hear_of_profile_errors_only_with_the_setting() {
    let env = ready();
    env.run(&[
        "settings",
        "set",
        "notifymailboxownerofemailserverlevelalerts",
        "false",
    ])
    .ok();
    env.run(&["server-profile", "set", PROFILE, "--notify-owner", "false"])
        .ok();
    env.run(&[
        "server-profile",
        "fault",
        "add",
        PROFILE,
        "--permanent",
        "--direction",
        "incoming",
    ])
    .ok();
    sync(&env);
    assert_eq!(status(&env, ALEX.0, "incoming"), "failure");
    assert!(!codes(&env, ALEX.0).contains(&"profile_credentials_incoming".to_string()));
    assert!(
        env.json(&["alerts", "list", "--level", "error"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn fault_refusals_name_what_is_allowed_and_change_nothing() {
    let env = Env::new();
    crate::directory::add_user(&env, "Bea Li", "bea@contoso.com");
    crate::directory::add_queue(&env, "Support", "support@contoso.com", "Bea Li");
    let before = snapshot(&env);
    env.run(&[
        "mailbox",
        "fault",
        "add",
        "Support",
        "--permanent",
        "--direction",
        "act",
    ])
    .code(4)
    .stderr_has("a fault can break incoming, outgoing");
    let run = env
        .run(&[
            "--json",
            "mailbox",
            "fault",
            "add",
            "Support",
            "--permanent",
            "--direction",
            "act",
        ])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_fault_direction");
    env.run(&[
        "mailbox",
        "fault",
        "add",
        "Nobody",
        "--permanent",
        "--direction",
        "act",
    ])
    .code(3);
    env.run(&[
        "server-profile",
        "fault",
        "add",
        "Nope",
        "--permanent",
        "--direction",
        "act",
    ])
    .code(3);
    env.run(&[
        "mailbox",
        "fault",
        "add",
        "Support",
        "--direction",
        "incoming",
    ])
    .code(2);
    env.run(&[
        "mailbox",
        "fault",
        "add",
        "Support",
        "--transient",
        "--direction",
        "incoming",
        "--times",
        "0",
    ])
    .code(4);
    env.run(&["mailbox", "fault", "remove", "Support", "7"])
        .code(3)
        .stderr_has("no fault 7");
    assert_eq!(snapshot(&env), before);
}

#[test]
fn a_plugin_failing_to_undeliverable_leaves_an_alert_and_an_item_failure() {
    let env = ready();
    env.run(&["plugin", "add", "QuoteCheck", "--error", "plugin"])
        .ok();
    let id = email(&env, ALEX.1, "Quote request");
    categorize(&env, &[id]);
    for _ in 0..6 {
        sync(&env);
    }
    assert_eq!(
        env.json(&["item", "show", &id.to_string()])["tracking"]["state"],
        "undeliverable"
    );
    let raised = alerts(&env, ALEX.0);
    assert_eq!(raised[0].0, "error");
    assert_eq!(raised[0].1, "item_failed");
    assert_eq!(
        raised[0].2,
        format!(
            "An unknown error occurred while processing the email message \"Quote request\". Mailbox {} didn't synchronize. The owner of the associated email server profile {PROFILE} has been notified.",
            ALEX.0
        )
    );
    let failures = env.json(&["item", "failures", "--mailbox", ALEX.0]);
    pin_each::<ItemFailure>("item failures", &failures);
    assert_eq!(failures.as_array().unwrap().len(), 1);
    assert_eq!(failures[0]["item_id"], id);
    assert_eq!(failures[0]["error"], "IsvAborted");
    assert_eq!(failures[0]["error_code"], -2147220891);
    assert_eq!(failures[0]["attempts"], 6);
    assert_eq!(failures[0]["subject"], "Quote request");
    assert!(
        env.json(&["item", "failures", "--mailbox", crate::engine::MARIA.0])
            .as_array()
            .unwrap()
            .is_empty()
    );

    // Without item-level monitoring the alert stays, the row does not come.
    env.run(&["settings", "set", "EnableSssItemLevelMonitoring", "false"])
        .ok();
    let other = email(&env, ALEX.1, "Second quote");
    categorize(&env, &[other]);
    for _ in 0..6 {
        sync(&env);
    }
    assert_eq!(env.json(&["item", "failures"]).as_array().unwrap().len(), 1);
    assert!(
        alerts(&env, ALEX.0)
            .iter()
            .any(|a| a.2.contains("\"Second quote\""))
    );
}

/// GET `path` under `serve`'s API root: status and JSON body.
fn served(server: &crate::remote::Server, path: &str) -> (u16, Value) {
    let auth = format!("Bearer {}", crate::remote::TOKEN);
    let (status, _, body) = crate::remote::http(
        "GET",
        &format!("{}/api/data/v9.2/{path}", server.url),
        &[
            ("Authorization", auth.as_str()),
            ("Prefer", "odata.include-annotations=\"*\""),
        ],
        "",
    );
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

#[test]
fn serve_offers_profiles_the_mailboxs_profile_and_fixed_trace_codes() {
    let env = ready();
    env.json(&[
        "server-profile",
        "add",
        "Contoso Exchange",
        "--type",
        "exchange-server",
        "--owner",
        ALEX.0,
    ]);
    let server = crate::remote::Server::start(&env, &[]);
    let (status, body) = served(&server, "emailserverprofiles?$orderby=name");
    assert_eq!(status, 200, "{body}");
    let rows = body["value"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "Contoso Exchange");
    assert_eq!(rows[0]["servertype"], 0);
    assert_eq!(
        rows[0]["servertype@OData.Community.Display.V1.FormattedValue"],
        "Exchange Server"
    );
    assert_eq!(
        rows[0]["_ownerid_value@OData.Community.Display.V1.FormattedValue"],
        ALEX.0
    );
    assert_eq!(rows[1]["name"], PROFILE);
    assert_eq!(rows[1]["incomingcredentialretrieval"], 2);
    assert_eq!(rows[1]["sendemailalert"], true);
    let id = rows[1]["emailserverprofileid"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, one) = served(&server, &format!("emailserverprofiles({id})"));
    assert_eq!(status, 200, "{one}");
    assert_eq!(one["name"], PROFILE);
    let (status, _) = served(
        &server,
        "emailserverprofiles(00000000-0000-4000-8000-000000000009)",
    );
    assert_eq!(status, 404);

    let (_, mailboxes) = served(&server, "mailboxes");
    assert_eq!(mailboxes["value"][0]["_emailserverprofile_value"], id);
    // Every alert kind keeps its trace code: the tracking category alert is 5.
    let (_, logs) = served(&server, "tracelogs");
    let category = logs["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["text"].as_str().unwrap().starts_with("Outlook Category"))
        .expect("the category alert")
        .clone();
    assert_eq!(category["tracecode"], 5);
}

#[test]
fn a_scheduled_test_is_carried_out_by_the_next_cycle() {
    let env = Env::new();
    add_user(&env, "Dan Ng", "dan@contoso.com");
    add_user(&env, "Eva Ma", "eva@contoso.com");
    env.run(&["mailbox", "approve", "Dan Ng"]).ok();
    let rows = env.json(&["mailbox", "test-enable", "--schedule", "--all"]);
    assert_eq!(rows[0]["test_scheduled"], true);
    assert_eq!(rows[1]["test_scheduled"], true);
    assert_eq!(status(&env, "Dan Ng", "incoming"), "not_run");
    assert!(alerts(&env, "Eva Ma").is_empty());
    // The next cycle tests each direction, then polls by the outcome.
    let summary = sync(&env);
    assert_eq!(summary["mailboxes"], 1, "{summary}");
    let dan = env.json(&["mailbox", "show", "Dan Ng"]);
    assert_eq!(dan["test_scheduled"], false);
    for direction in ["incoming", "outgoing", "act"] {
        assert_eq!(status(&env, "Dan Ng", direction), "success");
        assert_eq!(status(&env, "Eva Ma", direction), "failure");
    }
    assert!(codes(&env, "Dan Ng").contains(&"mailbox_test_succeeded".to_string()));
    assert!(codes(&env, "Eva Ma").contains(&"mailbox_not_approved_incoming".to_string()));
    // Once done, it is not done again.
    sync(&env);
    assert_eq!(
        alerts(&env, "Eva Ma")
            .iter()
            .find(|a| a.1 == "mailbox_not_approved_incoming")
            .unwrap()
            .3,
        1
    );
}

#[test]
fn the_profiles_process_email_from_date_holds_back_older_email() {
    let env = ready();
    crate::automatic::tracks(&env, ALEX.0, "all");
    let clock = crate::engine::clock(&env);
    let later = (chrono::DateTime::parse_from_rfc3339(&clock).unwrap() + chrono::Duration::days(1))
        .to_rfc3339();
    env.run(&[
        "server-profile",
        "set",
        PROFILE,
        "--process-email-from",
        &later,
    ])
    .ok();
    let id = email(&env, ALEX.1, "Old news");
    sync(&env);
    let explained = env.run(&["explain", &id.to_string()]).ok();
    explained.stdout_has("received before its email server profile processes email");
    assert_eq!(
        env.json(&["item", "show", &id.to_string()])["tracking"]["state"],
        "untracked"
    );
}

#[test]
fn item_level_monitoring_shows_rejected_email_with_the_services_reason() {
    let env = ready();
    let rows = env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "carl@fabrikam.com",
        "--bcc",
        ALEX.1,
        "--subject",
        "Blind copy",
    ]);
    let id = rows[0]["id"].as_i64().unwrap();
    sync(&env);
    let failures = env.json(&["item", "failures", "--mailbox", ALEX.0]);
    pin_each::<ItemFailure>("item failures", &failures);
    assert_eq!(failures[0]["item_id"], id);
    assert_eq!(failures[0]["error"], "NoRecipientMatch");
    assert_eq!(failures[0]["error_code"], Value::Null);
    // A rejection is no error: no alert.
    assert!(!codes(&env, ALEX.0).contains(&"item_failed".to_string()));
    // Off, nothing is recorded.
    env.run(&["settings", "set", "EnableSssItemLevelMonitoring", "false"])
        .ok();
    env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "carl@fabrikam.com",
        "--bcc",
        ALEX.1,
        "--subject",
        "Another blind copy",
    ]);
    sync(&env);
    assert_eq!(env.json(&["item", "failures"]).as_array().unwrap().len(), 1);
}

#[test]
fn faults_and_profiles_are_local_only() {
    let env = Env::new();
    for args in [
        &["mailbox", "fault", "list", "x"][..],
        &["server-profile", "list"][..],
    ] {
        let mut line = vec!["--json", "--env", "https://contoso.crm.dynamics.com"];
        line.extend_from_slice(args);
        let run = env.run(&line).code(4);
        assert_eq!(run.error_json()["error"]["code"], "local_only", "{args:?}");
    }
}
