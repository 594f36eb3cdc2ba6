//! What happened to items and activities (`item history`, `activity history`): who did what,
//! when and in which cycle, kept after the item or activity is deleted.

use serde_json::Value;

use crate::engine::{ALEX, MARIA, categorize, email, org, sync, tracking};
use crate::util::Env;

/// (event, actor, cycle) of each row.
fn events(rows: &Value) -> Vec<(String, String, Option<i64>)> {
    rows.as_array()
        .expect("a list of events")
        .iter()
        .map(|row| {
            (
                row["event"].as_str().expect("event").to_string(),
                row["actor"].as_str().expect("actor").to_string(),
                row["cycle"].as_i64(),
            )
        })
        .collect()
}

fn row(event: &str, actor: &str, cycle: Option<i64>) -> (String, String, Option<i64>) {
    (event.to_string(), actor.to_string(), cycle)
}

#[test]
fn an_item_history_tells_who_categorized_and_which_cycle_tracked() {
    let env = org();
    let id = email(&env, ALEX.1, "Quote");
    categorize(&env, &[id]).ok();
    let cycle = sync(&env)["id"].as_i64();
    let activity = tracking(&env, id)["activity_id"].clone();
    let rows = env.json(&["item", "history", &id.to_string()]);
    assert_eq!(
        events(&rows),
        vec![
            row("received", "Exchange", None),
            row("categorized", ALEX.0, None),
            row("tracked", "server-side sync", cycle),
        ],
        "{rows:#}"
    );
    assert_eq!(rows[2]["method"], "category");
    assert_eq!(rows[2]["activity_id"], activity);
    // The `kind:ID` form is the one printed by `explain`.
    let same = env.json(&["item", "history", &format!("item:{id}")]);
    assert_eq!(same, rows);
    let activity_rows = env.json(&["activity", "history", &activity.to_string()]);
    assert_eq!(
        events(&activity_rows),
        vec![
            row("created", "server-side sync", cycle),
            row("tracked", "server-side sync", cycle),
        ],
        "{activity_rows:#}"
    );
    assert_eq!(activity_rows[1]["item_id"], id);
}

#[test]
fn a_delegate_and_the_app_are_named_as_actors() {
    let env = org();
    env.run(&["delegate", "add", ALEX.1, MARIA.1, "--permission", "editor"])
        .ok();
    let by_maria = email(&env, ALEX.1, "For Maria");
    env.run(&["item", "categorize", &by_maria.to_string(), "--as", MARIA.0])
        .ok();
    let rows = env.json(&["item", "history", &by_maria.to_string()]);
    assert_eq!(events(&rows)[1], row("categorized", MARIA.0, None), "{rows:#}");

    let in_app = email(&env, ALEX.1, "In the App");
    env.run(&["item", "track", &in_app.to_string()]).ok();
    let rows = env.json(&["item", "history", &in_app.to_string()]);
    let seen = events(&rows);
    assert!(
        seen.contains(&row("tracked", "App for Outlook", None)),
        "{rows:#}"
    );
    let tracked = rows.as_array().unwrap().iter().find(|r| r["event"] == "tracked");
    assert_eq!(tracked.unwrap()["method"], "app", "{rows:#}");
}

#[test]
fn the_history_of_a_deleted_item_and_activity_is_kept() {
    let env = org();
    let id = email(&env, ALEX.1, "Gone soon");
    categorize(&env, &[id]).ok();
    sync(&env);
    let activity = tracking(&env, id)["activity_id"].clone();
    env.run(&["item", "delete", &id.to_string()]).ok();
    env.run(&["activity", "delete", &activity.to_string()]).ok();
    let cycle = sync(&env)["id"].as_i64();
    env.run(&["item", "show", &id.to_string()]).code(3);

    let rows = env.json(&["item", "history", &id.to_string()]);
    let seen = events(&rows);
    assert!(seen.contains(&row("deleted", ALEX.0, None)), "{rows:#}");
    assert!(
        seen.contains(&row("removed", "server-side sync", cycle)),
        "{rows:#}"
    );
    let removed = rows.as_array().unwrap().last().unwrap();
    assert_eq!(removed["snapshot"]["subject"], "Gone soon");
    assert_eq!(removed["snapshot"]["kind"], "email");
    assert_eq!(removed["snapshot"]["tracking_state"], "tracked");

    let rows = env.json(&["activity", "history", &activity.to_string()]);
    let deleted = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["event"] == "deleted" && r["item_id"].is_null())
        .unwrap_or_else(|| panic!("no deletion of the activity: {rows:#}"));
    assert_eq!(deleted["actor"], "Dynamics 365");
    assert_eq!(deleted["snapshot"]["subject"], "Gone soon");
    assert_eq!(deleted["snapshot"]["kind"], "email");
}

#[test]
fn an_id_never_seen_is_not_found_and_a_bad_id_is_refused_in_words() {
    let env = Env::new();
    env.run(&["item", "history", "42"])
        .code(3)
        .stderr_has("no item 42");
    env.run(&["activity", "history", "activity:42"])
        .code(3)
        .stderr_has("no activity 42");
    env.run(&["item", "show", "abc"])
        .code(2)
        .stderr_has("expected an item id: a number like 5, or item:5");
    env.run(&["item", "show", "activity:3"])
        .code(2)
        .stderr_has("expected an item id");
}
