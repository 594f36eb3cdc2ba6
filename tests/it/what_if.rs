//! `what-if`: the simulation twice from copies of the state, as it is and with other
//! settings; what differs is listed, the exit status says whether anything did, and the state
//! file is byte for byte the same afterwards.

use serde_json::Value;

use crate::util::{Env, corpora};

const ALEX: (&str, &str) = ("Alex Wu", "alex@contoso.com");
const BEA: (&str, &str) = ("Bea Ode", "bea@contoso.com");

/// The state file's bytes, and its write-ahead log's if it has one.
fn bytes_of(env: &Env) -> (Vec<u8>, Option<Vec<u8>>) {
    let wal = env.state().with_extension("db-wal");
    (std::fs::read(env.state()).unwrap(), std::fs::read(wal).ok())
}

fn changes(answer: &Value) -> Vec<(Value, Value, String, Value, Value)> {
    answer["changes"]
        .as_array()
        .expect("a list of changes")
        .iter()
        .map(|c| {
            (
                c["mailbox"].clone(),
                c["item_id"].clone(),
                c["what"].as_str().unwrap().to_string(),
                c["before"].clone(),
                c["after"].clone(),
            )
        })
        .collect()
}

#[test]
fn turning_category_tracking_off_lists_each_mailbox_and_changes_nothing() {
    let env = Env::with_mailboxes(&[ALEX, BEA]);
    env.run(&[
        "record",
        "add",
        "contact",
        "Carl Ito",
        "--email",
        "carl@fabrikam.com",
    ])
    .ok();
    env.run(&["sync"]).ok();
    env.run(&[
        "mail",
        "receive",
        "--from",
        "carl@fabrikam.com",
        "--to",
        ALEX.1,
        "--subject",
        "Quote",
    ])
    .ok();
    env.run(&["item", "categorize", "1"]).ok();
    let before = bytes_of(&env);

    let run = env
        .run(&["--json", "what-if", "TrackCategorizedItems=false"])
        .code(1);
    let answer = run.json();
    assert_eq!(answer["settings"][0]["name"], "TrackCategorizedItems");
    assert_eq!(answer["settings"][0]["new"], false);
    assert_eq!(answer["cycles"], 1);
    let found = changes(&answer);
    // The category leaves every mailbox's master list; Alex's categorized email is not tracked.
    for name in [ALEX.0, BEA.0] {
        assert!(
            found.contains(&(
                Value::from(name),
                Value::Null,
                "categories".into(),
                Value::from("Tracked to Dynamics 365"),
                Value::Null
            )),
            "{name}: {found:?}"
        );
    }
    let item = found
        .iter()
        .find(|c| c.1 == 1 && c.2 == "tracking")
        .unwrap_or_else(|| panic!("no tracking change of item 1: {found:?}"));
    assert_eq!(item.3, "tracked (category)");
    assert_ne!(item.4, "tracked (category)");
    assert_eq!(run.error_json()["error"]["code"], "what_if_differs");
    assert!(before == bytes_of(&env), "the state file changed");
    // The real cycle still tracks it: nothing of the what-if run stayed behind.
    env.run(&["sync"]).ok();
    assert_eq!(env.json(&["item", "show", "1"])["state"], "tracked");
}

/// Two contacts share Carl's address: the sender resolves to both unless
/// `UnresolveSenderInCaseOfMultipleMatch` leaves it unresolved, and Alex (tracking email from
/// leads, contacts and accounts) then no longer tracks Carl's message. A real third-party
/// message from an unknown sender is not tracked either way, so it is not listed.
#[test]
fn mail_shows_which_messages_would_be_tracked_differently_and_why() {
    let env = Env::with_mailboxes(&[ALEX]);
    env.run(&[
        "user",
        "set",
        ALEX.1,
        "--track-email",
        "leads-contacts-accounts",
    ])
    .ok();
    for name in ["Carl Ito", "Carl Ito (old)"] {
        env.run(&[
            "record",
            "add",
            "contact",
            name,
            "--email",
            "carl@fabrikam.com",
        ])
        .ok();
    }
    env.run(&["sync"]).ok();
    let from_carl = env.file(
        "carl.eml",
        "From: carl@fabrikam.com\r\nTo: alex@contoso.com\r\nSubject: Order\r\n\
         Message-ID: <order@fabrikam.com>\r\nDate: Mon, 5 Jan 2026 08:00:00 +0000\r\n\r\nTen units\r\n",
    );
    let external = corpora().join("eml/talon-replies/android.eml");
    let answer = env
        .run(&[
            "--json",
            "what-if",
            "UnresolveSenderInCaseOfMultipleMatch=true",
            "--mail",
            &from_carl,
            "--mail",
            external.to_str().unwrap(),
            "--mailbox",
            ALEX.1,
        ])
        .code(1)
        .json();
    let tracking: Vec<&Value> = answer["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["what"] == "tracking")
        .collect();
    assert_eq!(tracking.len(), 1, "{answer:#}");
    let change = tracking[0];
    assert_eq!(change["mailbox"], ALEX.0);
    assert_eq!(
        change["item_id"], 1,
        "Carl's message is the first of --mail"
    );
    assert!(
        change["before"].as_str().unwrap().starts_with("tracked"),
        "{change}"
    );
    assert_eq!(change["after"], "untracked");
    assert!(
        change["why"].as_str().is_some_and(|w| !w.is_empty()),
        "{change}"
    );
    // The messages are only in the what-if runs, not in the state.
    assert!(
        env.json(&["item", "list", "--mailbox", ALEX.1])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn nothing_differs_exits_zero_and_bad_settings_run_nothing() {
    let env = Env::with_mailboxes(&[ALEX]);
    let answer = env
        .run(&["--json", "what-if", "AllowClientMessageBarAd=true"])
        .ok()
        .json();
    assert_eq!(answer["changes"], serde_json::json!([]));
    let before = bytes_of(&env);
    let bad = env
        .run(&[
            "--json",
            "what-if",
            "TrackCategorizedItems=maybe",
            "NoSuchSetting=1",
        ])
        .code(4)
        .error_json();
    let names: Vec<&str> = bad["error"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["TrackCategorizedItems", "NoSuchSetting"]);
    // An unknown name is a bad question too (exit 4), its own code in the problems.
    let unknown = env
        .run(&["--json", "what-if", "NoSuchSetting=1"])
        .code(4)
        .error_json();
    assert_eq!(unknown["error"]["problems"][0]["code"], "unknown_setting");
    env.run(&["what-if", "TrackCategorizedItems"])
        .code(4)
        .stderr_has("is not SETTING=VALUE");
    env.run(&["what-if"]).code(2);
    assert!(
        before == bytes_of(&env),
        "a refused what-if changed the state"
    );
    Env::empty()
        .run(&["what-if", "TrackCategorizedItems=false"])
        .code(7);
}
