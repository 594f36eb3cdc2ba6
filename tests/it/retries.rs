//! Failed tracking (SPEC section 3): a retryable failure is retried once per cycle, five times
//! after the first attempt; then `Tracked to Dynamics 365 (Undeliverable)` replaces the tracking
//! category and the item is never retried. Each failure is visible on the item.

use serde_json::{Value, json};

use crate::engine::{
    TRACKED, UNDELIVERABLE, activities, categories, categorize, counts, email, item, org, sync,
    tracking, with_ids,
};
use crate::util::Env;

const PLUGIN_ERROR: &str =
    "A customer plugin failed: QuoteCheck threw an exception during activity creation";

fn plugin(env: &Env, error: &str, extra: &[&str]) {
    let mut args = vec!["plugin", "add", "QuoteCheck", "--error", error];
    args.extend_from_slice(extra);
    env.run(&args).ok();
}

/// One email, categorized, with a plugin failing with `error`: after the first failed cycle.
fn failing(error: &str) -> (Env, i64) {
    let env = org();
    plugin(&env, error, &[]);
    let id = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[id]);
    (env, id)
}

#[test]
fn a_failing_item_is_retried_once_per_cycle_then_becomes_undeliverable() {
    let (env, id) = failing("plugin");
    // The first attempt and 5 retries, one per cycle: [tracked, untracked, retried, failed,
    // undeliverable, deleted, alerts].
    for attempt in 1..=5 {
        let summary = sync(&env);
        let retried = i64::from(attempt > 1);
        assert_eq!(
            counts(&summary),
            [0, 0, retried, 1, 0, 0, 0],
            "cycle {attempt}"
        );
        let shown = item(&env, id);
        assert_eq!(
            shown["tracking"],
            json!({"state": "failed", "method": "category", "activity_id": null,
                "record_id": null, "record": null, "attempts": attempt, "last_error": PLUGIN_ERROR}),
            "after attempt {attempt}"
        );
        assert_eq!(shown["pending"], "track");
        assert_eq!(shown["categories"], json!([TRACKED]));
        assert_eq!(
            shown["note"],
            format!("attempt {attempt} failed; retried at the next cycle")
        );
    }
    // The 5th retry (6th attempt) fails: undeliverable.
    let summary = sync(&env);
    assert_eq!(counts(&summary), [0, 0, 1, 0, 1, 0, 0]);
    let shown = item(&env, id);
    assert_eq!(shown["tracking"]["state"], "undeliverable");
    assert_eq!(shown["tracking"]["attempts"], 6);
    assert_eq!(shown["tracking"]["last_error"], PLUGIN_ERROR);
    assert_eq!(shown["categories"], json!([UNDELIVERABLE]));
    assert_eq!(shown["pending"], Value::Null);
    assert!(
        categories(&env, "Alex Wu").contains(&(UNDELIVERABLE.to_string(), "active".to_string()))
    );
    let failed = env.json(&["item", "list", "--tracking", "undeliverable"]);
    assert_eq!(failed[0]["id"], id);

    // Never retried again.
    let summary = sync(&env);
    assert_eq!(counts(&summary), [0; 7]);
    assert_eq!(tracking(&env, id)["attempts"], 6);
    assert_eq!(env.json(&["plugin", "list"])[0]["fired"], 6);
    assert!(activities(&env).is_empty());
}

#[test]
fn timeouts_and_invalid_senders_are_retried_too_with_their_error_visible() {
    for (error, text) in [
        ("timeout", "The request to Dynamics 365 timed out"),
        (
            "invalid-sender",
            "InvalidSender: the sender could not be resolved",
        ),
    ] {
        let (env, id) = failing(error);
        sync(&env);
        sync(&env);
        let tracked = tracking(&env, id);
        assert_eq!(tracked["state"], "failed", "{error}");
        assert_eq!(tracked["attempts"], 2, "{error}");
        assert_eq!(tracked["last_error"], text, "{error}");
        env.run(&["item", "show", &id.to_string()])
            .ok()
            .stdout_has(text);
    }
}

#[test]
fn a_plugin_failing_twice_lets_the_third_attempt_track() {
    let env = org();
    plugin(&env, "plugin", &["--times", "2"]);
    let id = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[id]);
    sync(&env);
    sync(&env);
    assert_eq!(tracking(&env, id)["attempts"], 2);
    let summary = sync(&env);
    assert_eq!(counts(&summary), [1, 0, 1, 0, 0, 0, 0]);
    let tracked = tracking(&env, id);
    assert_eq!(tracked["state"], "tracked");
    assert_eq!(tracked["attempts"], 3);
    assert_eq!(tracked["last_error"], Value::Null);
    assert_eq!(activities(&env).len(), 1);
}

#[test]
fn plugins_fail_only_what_they_are_registered_on() {
    let env = org();
    plugin(
        &env,
        "plugin",
        &["--on", "task", "--subject-contains", "QUOTE"],
    );
    let mail = email(&env, "alex@contoso.com", "Quote request");
    let todo = crate::engine::task(&env, "Send the quote", &[]);
    let other = crate::engine::task(&env, "Call back", &[]);
    categorize(&env, &[mail, todo, other]);
    sync(&env);
    assert_eq!(tracking(&env, mail)["state"], "tracked");
    assert_eq!(tracking(&env, todo)["state"], "failed");
    assert_eq!(tracking(&env, other)["state"], "tracked");
    let run = env.run(&["--json", "plugin", "add", "QuoteCheck", "--error", "plugin"]);
    assert_eq!(run.code(5).error_json()["error"]["code"], "plugin_exists");
    env.run(&[
        "plugin", "add", "Other", "--error", "plugin", "--times", "0",
    ])
    .code(4);
    env.run(&["plugin", "remove", "Nope"]).code(3);
}

#[test]
fn assigning_the_category_again_after_the_fix_starts_over() {
    let (env, id) = failing("plugin");
    env.json(&["sync", "--cycles", "6"]);
    assert_eq!(tracking(&env, id)["state"], "undeliverable");

    env.run(&["plugin", "remove", "QuoteCheck"]).ok();
    let run = categorize(&env, &[id]);
    let shown = &run.json()[0];
    assert_eq!(shown["categories"], json!([TRACKED]));
    assert_eq!(shown["tracking"]["state"], "pending");
    assert_eq!(shown["tracking"]["attempts"], 0);
    assert_eq!(shown["tracking"]["last_error"], Value::Null);
    sync(&env);
    let tracked = tracking(&env, id);
    assert_eq!(tracked["state"], "tracked");
    assert_eq!(tracked["attempts"], 1);

    // A failed item given the category again also starts over.
    let env = org();
    plugin(&env, "plugin", &[]);
    let other = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[other]);
    sync(&env);
    sync(&env);
    assert_eq!(tracking(&env, other)["attempts"], 2);
    categorize(&env, &[other]);
    assert_eq!(tracking(&env, other)["attempts"], 0);
    sync(&env);
    assert_eq!(tracking(&env, other)["attempts"], 1);
}

#[test]
fn removing_the_category_from_a_failing_item_stops_the_retries() {
    let (env, id) = failing("plugin");
    sync(&env);
    crate::engine::uncategorize(&env, &[id]);
    let shown = item(&env, id);
    assert_eq!(shown["tracking"]["state"], "untracked");
    assert_eq!(shown["pending"], Value::Null);
    assert_eq!(counts(&sync(&env)), [0; 7]);
    assert_eq!(env.json(&["plugin", "list"])[0]["fired"], 1);
}

#[test]
fn an_app_track_failure_is_reported_now_and_recorded_on_the_item() {
    let env = org();
    plugin(&env, "timeout", &[]);
    let id = email(&env, "alex@contoso.com", "Quote request");
    let run = with_ids(&env, &["--json", "item", "track"], &[id]).code(1);
    let error = &run.error_json()["error"];
    assert_eq!(error["code"], "tracking_failed");
    assert_eq!(
        error["message"],
        format!("item {id} could not be tracked: The request to Dynamics 365 timed out")
    );
    let shown = item(&env, id);
    assert_eq!(shown["tracking"]["state"], "untracked");
    assert_eq!(
        shown["tracking"]["last_error"],
        "The request to Dynamics 365 timed out"
    );
    assert_eq!(shown["categories"], json!([]));
    assert!(activities(&env).is_empty());
}
