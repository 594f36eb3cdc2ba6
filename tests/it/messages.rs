//! One message per outcome: the notes on stderr never contradict the rows on stdout, and the
//! counts of a summary are what happened.

use crate::engine::{ALEX, categorize, created, email, org, sync, task, tracking};

#[test]
fn categorizing_a_contact_does_not_promise_a_cycle_that_does_nothing() {
    let env = org();
    let contact = created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        ALEX.0,
        "--name",
        "Pat Buyer",
        "--email",
        "pat@fabrikam.com",
    ]))[0];
    let run = categorize(&env, &[contact])
        .ok()
        .stderr_has("categorized 1 item(s); the next sync cycle has nothing to do for them")
        .stderr_has("category tracking does not support contacts");
    assert!(!run.stderr.contains("acts on"), "{}", run.stderr);

    let mail = email(&env, ALEX.1, "Offer");
    categorize(&env, &[mail, contact])
        .ok()
        .stderr_has("categorized 2 item(s); the next sync cycle acts on 1 of them");
}

#[test]
fn activity_delete_says_the_item_leaves_outlook_at_the_next_cycle_not_already() {
    let env = org();
    let id = task(&env, "Call back", &[]);
    categorize(&env, &[id]).ok();
    sync(&env);
    let activity = tracking(&env, id)["activity_id"].to_string();
    let rows = env.json(&["activity", "delete", &activity])["items"].clone();
    assert_eq!(rows[0]["item_id"], id);
    assert_eq!(rows[0]["removed_at_next_cycle"], true, "{rows:#}");
    assert!(rows[0].get("removed_from_outlook").is_none(), "{rows:#}");
    let table = env.run(&["item", "list"]).ok().stdout;
    assert!(
        table.lines().any(|l| l.starts_with(&format!("{id} "))),
        "still in Outlook until the cycle: {table}"
    );
    let summary = sync(&env);
    assert_eq!(summary["deleted"], 1);
    assert_eq!(summary["activities_deleted"], 0);
}

#[test]
fn a_cycle_counts_outlook_items_removed_and_activities_deleted_apart() {
    // The demo's deletion step: a tracked task and a tracked email deleted in Outlook; only the
    // task's activity goes (deleting an email never deletes its activity).
    let env = org();
    let task_id = task(&env, "Call Fabrikam back", &[]);
    let mail = email(&env, ALEX.1, "Delivery dates");
    categorize(&env, &[task_id, mail]).ok();
    sync(&env);
    env.run(&["item", "delete", &task_id.to_string()]).ok();
    env.run(&["item", "delete", &mail.to_string()]).ok();
    let summary = sync(&env);
    assert_eq!(summary["deleted"], 2, "{summary:#}");
    assert_eq!(summary["activities_deleted"], 1, "{summary:#}");
    let table = env.run(&["sync"]).ok().stdout;
    assert!(
        table.contains("ITEMS REMOVED") && table.contains("ACTIVITIES DELETED"),
        "{table}"
    );
}

#[test]
fn nothing_promises_a_cycle_to_a_mailbox_no_cycle_processes() {
    let env = org();
    env.run(&["mailbox", "disable", ALEX.1]).ok();
    let id = email(&env, ALEX.1, "Later");
    categorize(&env, &[id])
        .ok()
        .stderr_has("categorized 1 item(s); the next sync cycle has nothing to do for them");
    let words = env.run(&["explain", &id.to_string()]).ok().stdout;
    assert!(
        words.starts_with(
            "Waiting to track, but mailbox Alex Wu does not synchronize incoming email"
        ),
        "{words}"
    );
    assert!(!words.contains("The next cycle will"), "{words}");
}
