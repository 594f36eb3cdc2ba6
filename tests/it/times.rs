//! Every time option reads the same forms (README "Times"): absolute, named days, and distances
//! from the simulated clock.

use crate::util::{Env, START};

#[test]
fn sync_until_a_distance_ahead_runs_the_cycles_of_that_hour() {
    let env = Env::new();
    let cycles = env.json(&["sync", "--until", "+1h"]);
    assert_eq!(cycles.as_array().unwrap().len(), 4);
    assert_eq!(env.json(&["org", "show"])["clock"], "2026-01-05T10:00:00Z");
}

#[test]
fn alerts_since_a_distance_ago_keep_only_recent_alerts() {
    let env = Env::new();
    env.run(&["user", "add", "Alex Wu", "--email", "alex@contoso.com"])
        .ok();
    // Test & Enable of an unapproved mailbox raises its alerts at 09:00; four cycles later the
    // clock is 10:00, so `--since 30m` leaves them out and `--since 2h` keeps them.
    env.run(&["mailbox", "test-enable", "alex@contoso.com"]);
    env.run(&["sync", "--cycles", "4"]).ok();
    let recent = env.json(&["alerts", "list", "--since", "30m"]);
    let older = env.json(&["alerts", "list", "--since", "2h"]);
    assert!(!older.as_array().unwrap().is_empty(), "{older}");
    assert_eq!(recent, serde_json::json!([]));
}

#[test]
fn named_days_count_from_the_simulated_clock() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    env.run(&[
        "mail",
        "receive",
        "--to",
        "alex@contoso.com",
        "--from",
        "carl@fabrikam.com",
        "--subject",
        "Offer",
        "--date",
        "yesterday",
    ])
    .ok();
    let item = env.json(&["item", "show", "1"]);
    assert_eq!(item["sent_at"], "2026-01-04T00:00:00Z", "{item}");
    assert_eq!(START, "2026-01-05T09:00:00Z");
}

#[test]
fn an_unreadable_time_names_every_accepted_form_and_changes_nothing() {
    let env = Env::new();
    let run = env.run(&["--json", "sync", "--until", "soon"]).code(4);
    let error = run.error_json();
    assert_eq!(error["error"]["code"], "invalid_time");
    let message = error["error"]["message"].as_str().unwrap();
    for form in ["RFC 3339", "yesterday", "+30m", "-2d"] {
        assert!(message.contains(form), "{message}");
    }
    assert_eq!(env.json(&["org", "show"])["clock"], START);
}
