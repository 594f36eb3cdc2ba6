//! Deleting tracked items, both directions (SPEC section 9): deletions in Outlook and in
//! Dynamics 365 reach the other side at the next cycle, where the rules say so; untracking with
//! the App for Outlook deletes only when asked and allowed.

use serde_json::{Value, json};

use crate::engine::{
    activities, activity, appointment, categorize, created, email, item, org, sync, task, tracking,
    with_ids,
};
use crate::util::Env;

const FUTURE: (&str, &str) = ("2026-01-07T10:00:00Z", "2026-01-07T11:00:00Z");
/// Before the clock of `org()` (09:15 on the 5th).
const PAST: (&str, &str) = ("2026-01-05T08:00:00Z", "2026-01-05T08:30:00Z");
/// In progress at the clock of `org()` (at the 09:15 cycle, and still at the 09:30 one).
const ONGOING: (&str, &str) = ("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z");

/// Tracks items through the category and a cycle; returns their activity ids.
fn tracked(env: &Env, ids: &[i64]) -> Vec<Value> {
    categorize(env, ids);
    sync(env);
    ids.iter()
        .map(|&id| {
            let t = tracking(env, id);
            assert_eq!(t["state"], "tracked", "item {id}");
            t["activity_id"].clone()
        })
        .collect()
}

fn exists(env: &Env, what: &str, id: &Value) -> bool {
    let id = id
        .as_i64()
        .map_or_else(|| id.to_string(), |n| n.to_string());
    match env.run(&[what, "show", &id]).code {
        0 => true,
        3 => false,
        other => panic!("`{what} show {id}` exited {other}"),
    }
}

fn item_exists(env: &Env, id: i64) -> bool {
    exists(env, "item", &json!(id))
}

/// Deletes an item in Outlook: hidden at once, the rules apply at the next cycle.
fn delete_in_outlook(env: &Env, id: i64) {
    let run = with_ids(env, &["--json", "item", "delete"], &[id])
        .ok()
        .stderr_has("the next cycle applies the deletion rules");
    let rows = run.json();
    assert_eq!(rows[0]["id"], id, "{rows:#}");
    assert_eq!(rows[0]["pending"], "outlook_delete", "{rows:#}");
    assert!(!item_exists(env, id));
}

/// Deletes an activity in Dynamics 365; returns the per-item effects it printed.
fn delete_activity(env: &Env, activity: &Value) -> Value {
    let printed = env.json(&["activity", "delete", &activity.to_string()]);
    assert_eq!(printed["activity"]["id"], *activity, "{printed:#}");
    printed["items"].clone()
}

// Email

#[test]
fn deleting_a_tracked_email_in_outlook_never_deletes_its_activity() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    let activity = tracked(&env, &[id]).remove(0);
    delete_in_outlook(&env, id);
    let summary = sync(&env);
    assert_eq!(summary["deleted"], 1);
    assert!(exists(&env, "activity", &activity));
    assert_eq!(crate::engine::counts(&sync(&env)), [0; 7]);
}

#[test]
fn deleting_an_email_activity_never_deletes_the_outlook_email() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    let activity = tracked(&env, &[id]).remove(0);
    let effects = delete_activity(&env, &activity);
    assert_eq!(
        effects,
        json!([{"item_id": id, "removed_at_next_cycle": false,
            "reason": "deleted in Dynamics 365; kept in Outlook: deleting an email activity never deletes the email in Outlook"}])
    );
    assert!(!exists(&env, "activity", &activity));
    sync(&env);
    let kept = item(&env, id);
    assert_eq!(kept["tracking"]["state"], "untracked");
    assert_eq!(kept["tracking"]["activity_id"], Value::Null);
}

#[test]
fn untracking_an_email_deletes_its_activity_only_when_asked() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    let activity = tracked(&env, &[id]).remove(0);
    let run = with_ids(
        &env,
        &["--json", "item", "untrack", "--delete-activity"],
        &[id],
    )
    .ok()
    .stderr_has(&format!("untracked now; activity {activity} deleted"));
    assert_eq!(run.json()["deleted_activity_id"], activity);
    assert_eq!(run.json()["item"]["categories"], json!([]));
    assert!(!exists(&env, "activity", &activity));
    assert_eq!(tracking(&env, id)["state"], "untracked");
    // The email stays in Outlook.
    sync(&env);
    assert!(item_exists(&env, id));
}

// Appointment

#[test]
fn deleting_a_future_appointment_organized_by_the_user_in_outlook_deletes_its_activity() {
    let env = org();
    let id = appointment(&env, "Review", FUTURE.0, FUTURE.1, &[]);
    let activity = tracked(&env, &[id]).remove(0);
    delete_in_outlook(&env, id);
    // Not before the next cycle.
    assert!(exists(&env, "activity", &activity));
    assert_eq!(sync(&env)["deleted"], 1);
    assert!(!exists(&env, "activity", &activity));
}

#[test]
fn deleting_an_appointment_in_outlook_keeps_a_completed_or_canceled_activity() {
    let env = org();
    let done = appointment(&env, "Done", FUTURE.0, FUTURE.1, &[]);
    let called_off = appointment(&env, "Called off", FUTURE.0, FUTURE.1, &[]);
    let ids = tracked(&env, &[done, called_off]);
    let set = env.json(&["activity", "set-state", &ids[0].to_string(), "completed"]);
    assert_eq!(set["state"], "completed");
    env.run(&["activity", "set-state", &ids[1].to_string(), "canceled"])
        .ok();
    delete_in_outlook(&env, done);
    delete_in_outlook(&env, called_off);
    sync(&env);
    assert_eq!(activity(&env, &ids[0])["state"], "completed");
    assert_eq!(activity(&env, &ids[1])["state"], "canceled");
}

#[test]
fn deleting_an_appointment_that_started_in_the_past_in_outlook_keeps_its_activity() {
    let env = org();
    let id = appointment(&env, "This morning", PAST.0, PAST.1, &[]);
    let activity = tracked(&env, &[id]).remove(0);
    delete_in_outlook(&env, id);
    sync(&env);
    assert!(exists(&env, "activity", &activity));
}

#[test]
fn deleting_an_appointment_the_user_does_not_organize_in_outlook_keeps_its_activity() {
    let env = org();
    let id = appointment(
        &env,
        "Their meeting",
        FUTURE.0,
        FUTURE.1,
        &["--organizer", "buyer@fabrikam.com"],
    );
    let activity = tracked(&env, &[id]).remove(0);
    assert_eq!(item(&env, id)["organizer"], "buyer@fabrikam.com");
    delete_in_outlook(&env, id);
    sync(&env);
    assert!(exists(&env, "activity", &activity));
}

#[test]
fn deleting_an_appointment_activity_removes_a_present_or_future_appointment_the_user_organizes() {
    let env = org();
    let id = appointment(&env, "Review", FUTURE.0, FUTURE.1, &[]);
    let activity = tracked(&env, &[id]).remove(0);
    let effects = delete_activity(&env, &activity);
    assert_eq!(effects[0]["removed_at_next_cycle"], true);
    assert_eq!(
        effects[0]["reason"],
        "deleted in Dynamics 365; removed from Outlook at the next cycle"
    );
    // Still in Outlook until the cycle.
    let waiting = item(&env, id);
    assert_eq!(waiting["pending"], "remove_from_outlook");
    assert_eq!(waiting["tracking"]["state"], "untracked");
    assert_eq!(sync(&env)["deleted"], 1);
    assert!(!item_exists(&env, id));
}

#[test]
fn deleting_an_appointment_activity_keeps_a_past_or_foreign_outlook_appointment() {
    let env = org();
    let past = appointment(&env, "This morning", PAST.0, PAST.1, &[]);
    let foreign = appointment(
        &env,
        "Their meeting",
        FUTURE.0,
        FUTURE.1,
        &["--organizer", "buyer@fabrikam.com"],
    );
    let ids = tracked(&env, &[past, foreign]);
    let effects = delete_activity(&env, &ids[0]);
    assert_eq!(effects[0]["removed_at_next_cycle"], false);
    assert_eq!(
        effects[0]["reason"],
        "deleted in Dynamics 365; kept in Outlook: the appointment is in the past, so the Outlook appointment is kept"
    );
    let effects = delete_activity(&env, &ids[1]);
    assert_eq!(effects[0]["removed_at_next_cycle"], false);
    assert!(
        effects[0]["reason"]
            .as_str()
            .unwrap()
            .contains("not the owner or organizer")
    );
    sync(&env);
    for id in [past, foreign] {
        assert!(item_exists(&env, id));
        assert_eq!(item(&env, id)["pending"], Value::Null);
    }
}

#[test]
fn a_meeting_in_progress_started_in_the_past_but_is_in_the_present() {
    // 09:00-10:00 while the clock is at 09:15.
    let env = org();
    let outlook_side = appointment(&env, "Now", ONGOING.0, ONGOING.1, &[]);
    let dynamics_side = appointment(&env, "Now too", ONGOING.0, ONGOING.1, &[]);
    let ids = tracked(&env, &[outlook_side, dynamics_side]);
    delete_in_outlook(&env, outlook_side);
    assert_eq!(
        delete_activity(&env, &ids[1])[0]["removed_at_next_cycle"],
        true
    );
    sync(&env);
    assert!(exists(&env, "activity", &ids[0]));
    assert!(!item_exists(&env, dynamics_side));
}

#[test]
fn untracking_an_appointment_deletes_its_activity_only_when_present_or_future_and_owned() {
    let env = org();
    let future = appointment(&env, "Review", FUTURE.0, FUTURE.1, &[]);
    let past = appointment(&env, "This morning", PAST.0, PAST.1, &[]);
    let foreign = appointment(
        &env,
        "Their meeting",
        FUTURE.0,
        FUTURE.1,
        &["--organizer", "buyer@fabrikam.com"],
    );
    let ids = tracked(&env, &[future, past, foreign]);
    for id in [past, foreign] {
        let before = item(&env, id);
        let run = with_ids(
            &env,
            &["--json", "item", "untrack", "--delete-activity"],
            &[id],
        )
        .code(4);
        let error = &run.error_json()["error"];
        assert_eq!(error["code"], "cannot_delete");
        assert_eq!(
            error["message"],
            "only a present or future appointment owned by the user can be deleted when untracking"
        );
        assert_eq!(item(&env, id), before);
    }
    assert_eq!(activities(&env).len(), 3);

    with_ids(&env, &["item", "untrack", "--delete-activity"], &[future]).ok();
    assert!(!exists(&env, "activity", &ids[0]));
    assert_eq!(tracking(&env, future)["state"], "untracked");
    // Asked without --delete-activity, the others untrack and keep theirs.
    with_ids(&env, &["item", "untrack"], &[past]).ok();
    assert!(exists(&env, "activity", &ids[1]));
}

// Contact

/// A contact in Alex's Outlook, tracked with the App for Outlook; returns (item, record).
fn tracked_contact(env: &Env) -> (i64, Value) {
    let id = created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        "Alex Wu",
        "--name",
        "Bob Buyer",
        "--email",
        "bob@fabrikam.com",
    ]))[0];
    let run = with_ids(env, &["--json", "item", "track"], &[id]).ok();
    let shown = &run.json()[0];
    assert_eq!(shown["tracking"]["state"], "tracked");
    assert_eq!(shown["tracking"]["method"], "app");
    assert_eq!(shown["tracking"]["activity_id"], Value::Null);
    (id, shown["tracking"]["record_id"].clone())
}

#[test]
fn tracking_a_contact_creates_a_contact_record_or_links_the_existing_one() {
    let env = org();
    let (_, record) = tracked_contact(&env);
    let shown = env.json(&["record", "show", &record.to_string()]);
    assert_eq!(shown["kind"], "contact");
    assert_eq!(shown["name"], "Bob Buyer");
    assert_eq!(shown["email"], "bob@fabrikam.com");
    assert_eq!(shown["owner"], "Alex Wu");
    assert!(activities(&env).is_empty());

    // Maria's copy of the same person links the same record.
    let other = created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        "Maria Garcia",
        "--name",
        "Bob B.",
        "--email",
        "bob@fabrikam.com",
    ]))[0];
    with_ids(&env, &["item", "track"], &[other]).ok();
    assert_eq!(tracking(&env, other)["record_id"], record);
    assert_eq!(env.json(&["record", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn deleting_a_tracked_contact_in_outlook_keeps_the_record() {
    let env = org();
    let (id, record) = tracked_contact(&env);
    delete_in_outlook(&env, id);
    assert_eq!(sync(&env)["deleted"], 1);
    assert!(exists(&env, "record", &record));
}

#[test]
fn deleting_a_record_the_user_owns_removes_the_tracked_outlook_contact_at_the_next_cycle() {
    let env = org();
    let (id, record) = tracked_contact(&env);
    env.run(&["record", "delete", &record.to_string(), "--yes"])
        .ok()
        .stderr_has(&format!(
            "item {id}: deleted in Dynamics 365; removed from Outlook at the next cycle"
        ));
    assert_eq!(item(&env, id)["pending"], "remove_from_outlook");
    assert_eq!(sync(&env)["deleted"], 1);
    assert!(!item_exists(&env, id));
}

#[test]
fn deleting_a_record_someone_else_owns_keeps_the_outlook_contact() {
    let env = org();
    env.run(&[
        "record",
        "add",
        "contact",
        "Bob Buyer",
        "--email",
        "bob@fabrikam.com",
        "--owner",
        "Maria Garcia",
    ])
    .ok();
    let (id, record) = tracked_contact(&env);
    assert_eq!(record, 1, "linked to Maria's record");
    env.run(&["record", "delete", "1", "--yes"])
        .ok()
        .stderr_has("kept in Outlook: the mailbox owner does not own the record");
    sync(&env);
    let kept = item(&env, id);
    assert_eq!(kept["tracking"]["state"], "untracked");
    assert_eq!(kept["tracking"]["record_id"], Value::Null);
}

#[test]
fn untracking_a_contact_by_its_owner_deletes_the_record_only_when_asked() {
    let env = org();
    let (id, record) = tracked_contact(&env);
    with_ids(&env, &["item", "untrack"], &[id]).ok();
    assert!(exists(&env, "record", &record));
    with_ids(&env, &["item", "track"], &[id]).ok();
    let run = with_ids(
        &env,
        &["--json", "item", "untrack", "--delete-activity"],
        &[id],
    )
    .ok();
    assert_eq!(run.json()["deleted_record_id"], record);
    assert!(!exists(&env, "record", &record));
    // The contact stays in the owner's Outlook, untracked.
    assert_eq!(tracking(&env, id)["state"], "untracked");
}

#[test]
fn untracking_a_contact_by_a_non_owner_removes_it_from_outlook() {
    let env = org();
    env.run(&[
        "record",
        "add",
        "contact",
        "Bob Buyer",
        "--email",
        "bob@fabrikam.com",
        "--owner",
        "Maria Garcia",
    ])
    .ok();
    let (id, record) = tracked_contact(&env);
    let run = with_ids(&env, &["--json", "item", "untrack"], &[id])
        .ok()
        .stderr_has("you do not own the record, so the tracked contact left your Outlook");
    assert_eq!(run.json()["contact_removed"], true);
    assert!(!item_exists(&env, id));
    assert!(exists(&env, "record", &record));
}

// Task

#[test]
fn deleting_a_task_in_outlook_follows_sss_task_deletion_sync_behavior_from_exchange() {
    // (setting, deleted open task's activity, deleted completed task's activity)
    for (behavior, open_goes, completed_goes) in
        [("0", true, true), ("1", true, false), ("2", false, false)]
    {
        let env = org();
        env.run(&[
            "settings",
            "set",
            "SSSTaskDeletionSyncBehaviorFromExchange",
            behavior,
        ])
        .ok();
        let open = task(&env, "Call back", &[]);
        let done = task(&env, "Sent the quote", &["--completed"]);
        let ids = tracked(&env, &[open, done]);
        assert_eq!(activity(&env, &ids[1])["state"], "completed");
        delete_in_outlook(&env, open);
        delete_in_outlook(&env, done);
        assert_eq!(sync(&env)["deleted"], 2);
        assert_eq!(
            [
                !exists(&env, "activity", &ids[0]),
                !exists(&env, "activity", &ids[1])
            ],
            [open_goes, completed_goes],
            "SSSTaskDeletionSyncBehaviorFromExchange {behavior}"
        );
    }
}

#[test]
fn deleting_a_task_activity_removes_the_outlook_task_unless_completed() {
    let env = org();
    let open = task(&env, "Call back", &[]);
    let done = task(&env, "Sent the quote", &[]);
    let ids = tracked(&env, &[open, done]);
    env.run(&["activity", "set-state", &ids[1].to_string(), "completed"])
        .ok();
    assert_eq!(
        delete_activity(&env, &ids[0])[0]["removed_at_next_cycle"],
        true
    );
    let effects = delete_activity(&env, &ids[1]);
    assert_eq!(effects[0]["removed_at_next_cycle"], false);
    assert_eq!(
        effects[0]["reason"],
        "deleted in Dynamics 365; kept in Outlook: the task is completed, so the Outlook task is kept"
    );
    sync(&env);
    assert!(!item_exists(&env, open));
    assert!(item_exists(&env, done));
}

#[test]
fn untracking_a_task_deletes_its_activity_only_when_asked() {
    let env = org();
    let kept = task(&env, "Call back", &[]);
    let gone = task(&env, "Send the quote", &[]);
    let ids = tracked(&env, &[kept, gone]);
    with_ids(&env, &["item", "untrack"], &[kept]).ok();
    with_ids(&env, &["item", "untrack", "--delete-activity"], &[gone]).ok();
    assert!(exists(&env, "activity", &ids[0]));
    assert!(!exists(&env, "activity", &ids[1]));
    assert!(item_exists(&env, gone));
}

// Logical deletes: an activity assigned to someone else leaves the previous owner's sync.

fn assign(env: &Env, activity: &Value, user: &str) -> Value {
    env.json(&["activity", "assign", &activity.to_string(), user])
}

#[test]
fn an_appointment_assigned_away_is_deleted_from_outlook_unless_logical_deletes_are_distinct() {
    let env = org();
    let first = appointment(&env, "Demo", FUTURE.0, FUTURE.1, &[]);
    let activity_id = tracked(&env, &[first])[0].clone();
    let effects = assign(&env, &activity_id, "Maria Garcia");
    assert_eq!(effects[0]["item_id"], first, "{effects:#}");
    assert_eq!(effects[0]["removed_at_next_cycle"], true, "{effects:#}");
    assert_eq!(activity(&env, &activity_id)["owner"], "Maria Garcia");
    sync(&env);
    assert!(!item_exists(&env, first), "deleted like a delete");
    assert!(exists(&env, "activity", &activity_id));

    env.run(&[
        "settings",
        "set",
        "DistinctPhysicalAndLogicalDeletesForExchangeSync",
        "true",
    ])
    .ok();
    let second = appointment(&env, "Demo 2", FUTURE.0, FUTURE.1, &[]);
    let activity_id = tracked(&env, &[second])[0].clone();
    let effects = assign(&env, &activity_id, "Maria Garcia");
    assert_eq!(effects[0]["removed_at_next_cycle"], false, "{effects:#}");
    assert!(
        effects[0]["reason"]
            .as_str()
            .unwrap()
            .contains("unlinked, kept in Outlook"),
        "{effects:#}"
    );
    sync(&env);
    assert!(item_exists(&env, second));
    assert_eq!(tracking(&env, second)["state"], "untracked");
}

#[test]
fn an_email_activity_assigned_away_leaves_outlook_alone() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Offer");
    let activity_id = tracked(&env, &[id])[0].clone();
    assert_eq!(assign(&env, &activity_id, "Maria Garcia"), json!([]));
    sync(&env);
    assert_eq!(tracking(&env, id)["state"], "tracked");
    env.run(&[
        "activity",
        "assign",
        &activity_id.to_string(),
        "Nobody Here",
    ])
    .code(3);
}
