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
    assert_eq!(
        events(&rows)[1],
        row("categorized", MARIA.0, None),
        "{rows:#}"
    );

    let in_app = email(&env, ALEX.1, "In the App");
    env.run(&["item", "track", &in_app.to_string()]).ok();
    let rows = env.json(&["item", "history", &in_app.to_string()]);
    let seen = events(&rows);
    assert!(
        seen.contains(&row("tracked", "App for Outlook", None)),
        "{rows:#}"
    );
    let tracked = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["event"] == "tracked");
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

fn first_line(env: &Env, target: &str) -> String {
    let words = env.run(&["explain", target]).ok().stdout;
    words.lines().next().unwrap_or_default().to_string()
}

/// The `command` of each next step (null ones left out).
fn commands(doc: &Value) -> Vec<String> {
    doc["next_steps"]
        .as_array()
        .expect("next_steps")
        .iter()
        .filter_map(|s| s["command"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn explain_gives_the_decisive_reason_first_and_what_to_do() {
    let env = org();
    let id = email(&env, MARIA.1, "Hello");
    sync(&env);
    let reason = "Not tracked: Maria Garcia's email tracking option is 'responses to Dynamics 365 email' and this message answers none.";
    assert_eq!(first_line(&env, &id.to_string()), reason);
    let words = env.run(&["explain", &id.to_string()]).ok().stdout;
    assert!(
        words.contains(&format!("Next steps:\n- give it the 'Tracked to Dynamics 365' category in Outlook: orgtrack item categorize {id}\n")),
        "{words}"
    );
    let doc = env.json(&["explain", &id.to_string()]);
    assert_eq!(doc["explanation"][0], reason);
    let steps = commands(&doc);
    for expected in [
        format!("orgtrack item categorize {id}"),
        format!("orgtrack item track {id}"),
    ] {
        assert!(steps.contains(&expected), "{expected} missing: {doc:#}");
    }
    assert_eq!(doc["history"][0]["event"], "received");
}

#[test]
fn explain_of_a_categorized_activity_says_category_and_of_an_app_one_says_app() {
    let env = org();
    let by_category = email(&env, ALEX.1, "By category");
    categorize(&env, &[by_category]).ok();
    sync(&env);
    let activity = tracking(&env, by_category)["activity_id"].to_string();
    let line = first_line(&env, &format!("activity:{activity}"));
    assert!(line.contains("tracked by category"), "{line}");
    let line = first_line(&env, &by_category.to_string());
    assert!(
        line.starts_with(&format!(
            "Tracked to activity {activity}: Alex Wu gave it the 'Tracked to Dynamics 365' category"
        )),
        "{line}"
    );

    let in_app = email(&env, ALEX.1, "In the App");
    env.run(&["item", "track", &in_app.to_string()]).ok();
    let activity = tracking(&env, in_app)["activity_id"].to_string();
    let line = first_line(&env, &format!("activity:{activity}"));
    assert!(line.contains("tracked in the App for Outlook"), "{line}");
}

#[test]
fn explain_tells_what_became_of_a_deleted_item_and_activity() {
    let env = org();
    let id = email(&env, ALEX.1, "Short-lived");
    categorize(&env, &[id]).ok();
    sync(&env);
    let activity = tracking(&env, id)["activity_id"].to_string();
    env.run(&["item", "delete", &id.to_string()]).ok();
    assert!(
        first_line(&env, &id.to_string()).starts_with("Deleted in Outlook by Alex Wu"),
        "pending deletion"
    );
    let cycle = sync(&env)["id"].to_string();
    let line = first_line(&env, &id.to_string());
    assert!(
        line.starts_with(&format!(
            "Item {id} ('Short-lived' in Alex Wu) no longer exists: Alex Wu deleted it in Outlook"
        )),
        "{line}"
    );
    assert!(
        line.contains(&format!("removed it in cycle {cycle}")),
        "{line}"
    );
    let doc = env.json(&["explain", &id.to_string()]);
    assert_eq!(doc["item"], Value::Null);
    assert!(
        commands(&doc).contains(&format!("orgtrack activity show {activity}")),
        "{doc:#}"
    );

    env.run(&["activity", "delete", &activity]).ok();
    let line = first_line(&env, &format!("activity:{activity}"));
    assert!(
        line.starts_with(&format!(
            "Activity {activity} ('Short-lived') no longer exists: Dynamics 365 deleted it"
        )),
        "{line}"
    );
    let doc = env.json(&["explain", &format!("activity:{activity}")]);
    assert_eq!(doc["activity"], Value::Null);
    assert_eq!(doc["history"][0]["event"], "created");
}

#[test]
fn sent_mail_and_created_items_are_not_received() {
    let env = org();
    let sent = crate::engine::created(&env.json(&[
        "mail",
        "send",
        "--from",
        ALEX.1,
        "--to",
        "buyer@fabrikam.com",
        "--subject",
        "Offer",
    ]));
    let rows = env.json(&["item", "history", &sent[0].to_string()]);
    assert_eq!(events(&rows)[0], row("sent", ALEX.0, None), "{rows:#}");
    let task = crate::engine::task(&env, "Call back", &[]);
    let rows = env.json(&["item", "history", &task.to_string()]);
    assert_eq!(events(&rows)[0], row("created", ALEX.0, None), "{rows:#}");
}
