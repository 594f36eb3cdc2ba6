//! Alerts: counting repeats, filtering, showing, clearing, and the org settings that decide
//! which levels are recorded.

use serde_json::{Value, json};

use crate::directory::{add_queue, add_user};
use crate::util::{Env, START};

/// Moves the org's simulated clock. No command moves it yet (sync cycles will), so the test
/// writes the state file directly.
fn set_clock(env: &Env, time: &str) {
    let conn = rusqlite::Connection::open(env.state()).expect("open state");
    conn.execute("UPDATE org SET clock = ?1", [time])
        .expect("set clock");
}

/// Alex Wu (mailbox 1, unapproved) and Support (mailbox 2, approved).
fn org() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_queue(&env, "Support", "support@contoso.com", "1");
    env.run(&["mailbox", "approve", "Support"]).ok();
    env
}

fn codes(alerts: &Value) -> Vec<(String, String)> {
    alerts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["mailbox"].as_str().unwrap_or("(org)").to_string(),
                a["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_alert_raised_again_is_counted_not_repeated() {
    let env = org();
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    set_clock(&env, "2026-01-05T09:15:00Z");
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    let alerts = env.json(&["alerts", "list"]);
    assert_eq!(alerts.as_array().unwrap().len(), 1);
    assert_eq!(
        alerts[0],
        json!({
            "id": 1,
            "level": "information",
            "mailbox": "Support",
            "mailbox_id": 2,
            "code": "mailbox_test_succeeded",
            "text": "The mailbox Support was tested and enabled successfully.",
            "count": 2,
            "first_at": START,
            "last_at": "2026-01-05T09:15:00Z",
        })
    );
    assert_eq!(env.json(&["alerts", "show", "1"]), alerts[0]);
}

#[test]
fn the_same_alert_for_another_mailbox_is_another_alert() {
    let env = org();
    add_user(&env, "Bea Li", "bea@contoso.com");
    env.run(&["mailbox", "test-enable", "Alex Wu", "Bea Li"])
        .code(1);
    env.run(&["mailbox", "test-enable", "Alex Wu"]).code(1);
    let alerts = env.json(&["alerts", "list", "--mailbox", "Bea Li"]);
    assert_eq!(alerts.as_array().unwrap().len(), 3);
    assert!(alerts.as_array().unwrap().iter().all(|a| a["count"] == 1));
    let alerts = env.json(&["alerts", "list", "--mailbox", "alex@contoso.com"]);
    assert_eq!(alerts.as_array().unwrap().len(), 3);
    assert!(alerts.as_array().unwrap().iter().all(|a| a["count"] == 2));
}

#[test]
fn alerts_list_is_newest_first_and_filters() {
    let env = org();
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    set_clock(&env, "2026-01-05T10:00:00Z");
    env.run(&["mailbox", "test-enable", "Alex Wu"]).code(1);
    let all = env.json(&["alerts", "list"]);
    assert_eq!(
        codes(&all),
        [
            (
                "Alex Wu".to_string(),
                "mailbox_not_approved_act".to_string()
            ),
            (
                "Alex Wu".to_string(),
                "mailbox_not_approved_outgoing".to_string()
            ),
            (
                "Alex Wu".to_string(),
                "mailbox_not_approved_incoming".to_string()
            ),
            ("Support".to_string(), "mailbox_test_succeeded".to_string()),
        ]
    );
    let errors = env.json(&["alerts", "list", "--level", "error"]);
    assert_eq!(errors.as_array().unwrap().len(), 3);
    assert!(
        errors
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["level"] == "error")
    );
    let info = env.json(&["alerts", "list", "--level", "information"]);
    assert_eq!(
        codes(&info),
        [("Support".to_string(), "mailbox_test_succeeded".to_string())]
    );
    assert_eq!(
        env.json(&["alerts", "list", "--level", "warning"]),
        json!([])
    );
    let support = env.json(&["alerts", "list", "--mailbox", "Support"]);
    assert_eq!(support.as_array().unwrap().len(), 1);
    let recent = env.json(&["alerts", "list", "--since", "2026-01-05 10:00"]);
    assert_eq!(recent.as_array().unwrap().len(), 3);
    let recent = env.json(&[
        "alerts",
        "list",
        "--since",
        "2026-01-05T09:30:00Z",
        "--mailbox",
        "Support",
    ]);
    assert_eq!(recent, json!([]));
    let limited = env.json(&["alerts", "list", "--limit", "2"]);
    assert_eq!(codes(&limited), codes(&all)[..2]);
    env.run(&["alerts", "list"])
        .ok()
        .stdout_has("LEVEL")
        .stdout_has("mailbox_test_succeeded");
}

#[test]
fn alerts_list_refuses_bad_filters() {
    let env = org();
    env.run(&["alerts", "list", "--since", "yesterday-ish"])
        .code(4)
        .stderr_has("invalid time");
    env.run(&["alerts", "list", "--mailbox", "Nobody"]).code(3);
    env.run(&["alerts", "list", "--level", "fatal"]).code(2);
    env.run(&["alerts", "list", "--limit", "-1"]).code(2);
}

#[test]
fn alerts_show_an_unknown_id_exits_3() {
    let env = org();
    let run = env.run(&["--json", "alerts", "show", "9"]).code(3);
    assert_eq!(run.error_json()["error"]["code"], "unknown_alert");
    env.run(&["alerts", "show", "x"]).code(2);
}

#[test]
fn alerts_clear_by_mailbox_and_time() {
    let env = org();
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    set_clock(&env, "2026-01-05T10:00:00Z");
    env.run(&["mailbox", "test-enable", "Alex Wu"]).code(1);

    let run = env
        .run(&[
            "--json",
            "alerts",
            "clear",
            "--before",
            "2026-01-05T10:00:00Z",
        ])
        .ok()
        .stderr_has("removed 1 alert\n");
    // What went, as it was.
    let removed = run.json();
    assert_eq!(removed.as_array().unwrap().len(), 1, "{removed:#}");
    assert_eq!(removed[0]["mailbox"], "Support");
    assert_eq!(env.json(&["alerts", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["alerts", "clear", "--mailbox", "Support"]),
        json!([])
    );
    env.run(&["alerts", "clear", "--mailbox", "Nobody"]).code(3);
    assert_eq!(env.json(&["alerts", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["alerts", "clear", "--mailbox", "Alex Wu"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(env.json(&["alerts", "list"]), json!([]));
    assert_eq!(env.json(&["org", "show"])["counts"]["alerts"], 0);
}

#[test]
fn alerts_clear_without_filters_removes_all() {
    let env = org();
    env.run(&["mailbox", "test-enable", "--all"]).code(1);
    // Every alert goes: not without --yes when nobody is at a terminal to confirm.
    let refused = env.run(&["--json", "alerts", "clear"]).code(2).error_json();
    assert_eq!(refused["error"]["code"], "confirmation_needed");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("every alert (4): add --yes"),
        "{refused:#}"
    );
    let dry = env
        .run(&["--json", "alerts", "clear", "--dry-run"])
        .ok()
        .stderr_has("dry run, nothing was deleted; the real run: removed 4 alerts");
    assert_eq!(dry.json().as_array().unwrap().len(), 4);
    assert_eq!(env.json(&["alerts", "list"]).as_array().unwrap().len(), 4);
    let removed = env.json(&["alerts", "clear", "--yes"]);
    assert_eq!(removed.as_array().unwrap().len(), 4);
    assert_eq!(env.json(&["alerts", "list"]), json!([]));
}

#[test]
fn information_alerts_can_be_switched_off() {
    let env = org();
    env.run(&["settings", "set", "generatealertsforinformation", "false"])
        .ok();
    let results = env.json_failed(&["mailbox", "test-enable", "Support", "Alex Wu"]);
    assert_eq!(results[0]["result"], "success");
    assert_eq!(results[0]["alerts"], json!([]));
    let alerts = env.json(&["alerts", "list"]);
    assert_eq!(alerts.as_array().unwrap().len(), 3);
    assert!(
        alerts
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["level"] == "error")
    );
    env.run(&["settings", "set", "generatealertsforinformation", "true"])
        .ok();
    env.run(&["mailbox", "test-enable", "Support"]).ok();
    assert_eq!(
        env.json(&["alerts", "list", "--level", "information"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn error_alerts_can_be_switched_off_without_changing_the_outcome() {
    let env = org();
    env.run(&["settings", "set", "generatealertsforerrors", "false"])
        .ok();
    let results = env.json_failed(&["mailbox", "test-enable", "Alex Wu", "Support"]);
    assert_eq!(results[0]["result"], "failure");
    assert_eq!(results[0]["incoming_status"], "failure");
    assert_eq!(results[0]["alerts"], json!([]));
    assert_eq!(
        codes(&env.json(&["alerts", "list"])),
        [("Support".to_string(), "mailbox_test_succeeded".to_string())]
    );
}
