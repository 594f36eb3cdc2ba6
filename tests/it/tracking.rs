//! Category-based tracking (SPEC section 3), one test per rule, and the App for Outlook.

use serde_json::{Value, json};

use crate::engine::{
    ALEX, MARIA, TRACKED, activities, activity, appointment, categories, categorize, created,
    email, item, org, receive, sync, task, tracking, uncategorize, with_ids,
};
use crate::util::Env;

fn enabled_alert(mailbox: &str) -> String {
    format!(
        "Outlook Category \"Tracked To Dynamics 365\" has been enabled for the mailbox {mailbox} as the OrgDBOrgSetting is enabled. Use this Outlook category to track emails, appointments and tasks."
    )
}

/// (text, count) of a mailbox's Information alerts about the tracking category.
fn category_alerts(env: &Env, mailbox: &str) -> Vec<(String, i64)> {
    env.json(&[
        "alerts",
        "list",
        "--mailbox",
        mailbox,
        "--level",
        "information",
    ])
    .as_array()
    .unwrap()
    .iter()
    .filter(|a| a["code"] == "tracking_category_enabled")
    .map(|a| {
        (
            a["text"].as_str().unwrap().to_string(),
            a["count"].as_i64().unwrap(),
        )
    })
    .collect()
}

fn active_tracked() -> Vec<(String, String)> {
    vec![(TRACKED.to_string(), "active".to_string())]
}

/// `item categorize` refused: exit 4 with this error code and message part; nothing changed.
fn refused(env: &Env, args: &[&str], code: &str, message: &str) {
    let before = env.json(&["item", "list"]);
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run(&all).code(4);
    let error = &run.error_json()["error"];
    assert_eq!(error["code"], code, "{error}");
    let text = error["message"].as_str().unwrap();
    assert!(text.contains(message), "{text:?} lacks {message:?}");
    assert_eq!(env.json(&["item", "list"]), before);
}

#[test]
fn the_next_cycle_creates_the_category_in_every_mailbox_with_an_information_alert() {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    assert!(categories(&env, "Alex Wu").is_empty());
    let id = email(&env, "alex@contoso.com", "Early");
    refused(
        &env,
        &["item", "categorize", &id.to_string()],
        "no_tracking_category",
        "the next sync cycle creates it",
    );

    let summary = sync(&env);
    assert_eq!(summary["alerts"], 2);
    for (name, _) in [ALEX, MARIA] {
        let listed = env.json(&["category", "list", name]);
        assert_eq!(listed.as_array().unwrap().len(), 1);
        assert_eq!(listed[0]["name"], TRACKED);
        assert_eq!(listed[0]["state"], "active");
        assert!(listed[0]["id"].is_i64());
        assert_eq!(category_alerts(&env, name), [(enabled_alert(name), 1)]);
    }
    // Once there, it is not created again, nor the alert repeated.
    assert_eq!(sync(&env)["alerts"], 0);
    assert_eq!(
        category_alerts(&env, "Alex Wu"),
        [(enabled_alert("Alex Wu"), 1)]
    );
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
}

#[test]
fn category_tracking_is_off_by_default_before_9_1_0_4039() {
    let env = Env::with_version_and_mailboxes("9.1.0.4038", &[ALEX]);
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems"])["value"],
        false
    );
    let summary = sync(&env);
    assert_eq!(summary["alerts"], 0);
    assert!(categories(&env, "Alex Wu").is_empty());
    assert!(category_alerts(&env, "Alex Wu").is_empty());
    let id = email(&env, "alex@contoso.com", "Quote request");
    refused(
        &env,
        &["item", "categorize", &id.to_string()],
        "no_tracking_category",
        "TrackCategorizedItems is off",
    );

    // The admin turns it on: the next cycle creates the category.
    env.run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok();
    sync(&env);
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
    assert_eq!(category_alerts(&env, "Alex Wu").len(), 1);
}

#[test]
fn category_tracking_is_on_by_default_from_9_1_0_4039() {
    let env = Env::with_version_and_mailboxes("9.1.0.4039", &[ALEX]);
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems"])["value"],
        true
    );
    sync(&env);
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
    assert_eq!(
        category_alerts(&env, "Alex Wu"),
        [(enabled_alert("Alex Wu"), 1)]
    );
}

#[test]
fn several_items_can_be_categorized_at_once() {
    let env = org();
    let ids = [
        email(&env, "alex@contoso.com", "One"),
        email(&env, "alex@contoso.com", "Two"),
        appointment(
            &env,
            "Three",
            "2026-01-07T10:00:00Z",
            "2026-01-07T11:00:00Z",
            &[],
        ),
        task(&env, "Four", &[]),
    ];
    let run = categorize(&env, &ids).stderr_has("categorized 4 item(s)");
    let rows = run.json();
    assert_eq!(rows.as_array().unwrap().len(), 4);
    for row in rows.as_array().unwrap() {
        assert_eq!(row["tracking"]["state"], "pending");
        assert_eq!(row["categories"], json!([TRACKED]));
    }
    assert_eq!(sync(&env)["tracked"], 4);
    let mut kinds: Vec<String> = activities(&env)
        .iter()
        .map(|a| a["kind"].as_str().unwrap().to_string())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["appointment", "email", "email", "task"]);
    for id in ids {
        assert_eq!(tracking(&env, id)["state"], "tracked");
    }
}

#[test]
fn an_unknown_item_is_refused_and_nothing_is_categorized() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "One");
    let before = env.json(&["item", "list"]);
    let run = with_ids(&env, &["--json", "item", "categorize"], &[id, 99]).code(3);
    assert_eq!(run.error_json()["error"]["code"], "unknown_item");
    assert_eq!(env.json(&["item", "list"]), before);
}

#[test]
fn removing_the_category_untracks_at_the_next_cycle_and_keeps_the_activity() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[id]);
    sync(&env);
    let activity_id = tracking(&env, id)["activity_id"].clone();

    let run = uncategorize(&env, &[id]);
    let shown = &run.json()[0];
    assert_eq!(shown["categories"], json!([]));
    assert_eq!(shown["pending"], "untrack");
    // Still tracked until the cycle.
    assert_eq!(shown["tracking"]["state"], "tracked");

    let summary = sync(&env);
    assert_eq!(summary["untracked"], 1);
    let after = item(&env, id);
    assert_eq!(
        after["tracking"],
        json!({"state": "untracked", "method": null, "activity_id": null, "record_id": null, "record": null,
            "attempts": 0, "last_error": null})
    );
    assert_eq!(
        after["note"],
        "category removed; untracked (the activity is kept)"
    );
    assert_eq!(activity(&env, &activity_id)["subject"], "Quote request");
}

#[test]
fn the_app_for_outlook_tracks_now_and_assigns_the_category_now() {
    let env = org();
    env.run(&[
        "record",
        "add",
        "account",
        "Fabrikam",
        "--email",
        "info@fabrikam.com",
    ])
    .ok();
    let id = email(&env, "alex@contoso.com", "Quote request");
    let run = env
        .run(&[
            "--json",
            "item",
            "track",
            &id.to_string(),
            "--regarding",
            "Fabrikam",
        ])
        .ok()
        .stderr_has("now (App for Outlook)");
    let shown = &run.json()[0];
    assert_eq!(shown["categories"], json!([TRACKED]));
    assert_eq!(shown["pending"], Value::Null);
    assert_eq!(shown["tracking"]["state"], "tracked");
    assert_eq!(shown["tracking"]["method"], "app");
    // No cycle ran.
    assert_eq!(crate::engine::clock(&env), "2026-01-05T09:15:00Z");
    let activity = activity(&env, &shown["tracking"]["activity_id"]);
    assert_eq!(activity["regarding"], "Fabrikam");
    assert_eq!(activity["owner"], "Alex Wu");
    // The next cycle has nothing to do with it.
    assert_eq!(sync(&env)["tracked"], 0);
}

#[test]
fn setting_regarding_with_the_app_for_outlook_takes_effect_now() {
    let env = org();
    env.run(&["record", "add", "account", "Fabrikam"]).ok();
    let mail = email(&env, "alex@contoso.com", "Quote request");
    let meeting = appointment(
        &env,
        "Review",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &[],
    );
    categorize(&env, &[mail, meeting]);
    sync(&env);
    for id in [mail, meeting] {
        let activity_id = tracking(&env, id)["activity_id"].clone();
        assert_eq!(activity(&env, &activity_id)["regarding"], Value::Null);
        with_ids(&env, &["item", "track", "--regarding", "Fabrikam"], &[id]).ok();
        // The same activity, now regarding the account, without a cycle.
        assert_eq!(tracking(&env, id)["activity_id"], activity_id);
        assert_eq!(activity(&env, &activity_id)["regarding"], "Fabrikam");
    }
    assert_eq!(activities(&env).len(), 2);
    assert_eq!(crate::engine::clock(&env), "2026-01-05T09:30:00Z");
    env.run(&["item", "track", &mail.to_string(), "--regarding", "Nobody"])
        .code(3);
}

#[test]
fn the_app_for_outlook_untracks_now_removes_the_category_now_and_keeps_the_activity() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    with_ids(&env, &["item", "track"], &[id]).ok();
    let activity_id = tracking(&env, id)["activity_id"].clone();
    let run = with_ids(&env, &["--json", "item", "untrack"], &[id])
        .ok()
        .stderr_has("untracked now; the activity is kept");
    let out = run.json();
    assert_eq!(out["deleted"], Value::Null);
    assert_eq!(out["item"]["categories"], json!([]));
    assert_eq!(out["item"]["tracking"]["state"], "untracked");
    assert_eq!(activity(&env, &activity_id)["subject"], "Quote request");
    // Untracking what is not tracked is refused.
    let again = with_ids(&env, &["--json", "item", "untrack"], &[id]).code(4);
    assert_eq!(again.error_json()["error"]["code"], "not_tracked");
}

#[test]
fn categorizing_a_conversation_tracks_every_email_of_the_thread() {
    let env = org();
    let first = receive(
        &env,
        "alex@contoso.com",
        "Dates",
        &["--message-id", "d1@fabrikam.com"],
    )[0];
    let reply = receive(
        &env,
        "alex@contoso.com",
        "RE: Dates",
        &[
            "--message-id",
            "d2@fabrikam.com",
            "--in-reply-to",
            "d1@fabrikam.com",
        ],
    )[0];
    let later = receive(
        &env,
        "alex@contoso.com",
        "RE: RE: Dates",
        &[
            "--message-id",
            "d3@fabrikam.com",
            "--references",
            "d1@fabrikam.com d2@fabrikam.com",
        ],
    )[0];
    let other = email(&env, "alex@contoso.com", "Unrelated");
    // An Outlook conversation known only by its Thread-Index header block.
    let outlook_first = receive(
        &env,
        "alex@contoso.com",
        "Budget",
        &["--thread-index", "AcszC8UElBYHaZlHSsmvZEE2KBL+0w=="],
    )[0];
    let outlook_reply = receive(
        &env,
        "alex@contoso.com",
        "RE: Budget",
        &["--thread-index", "AcszC8UElBYHaZlHSsmvZEE2KBL+0wAAhg7A"],
    )[0];

    let run = with_ids(
        &env,
        &["--json", "item", "categorize", "--thread"],
        &[reply],
    )
    .ok();
    let touched: Vec<i64> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(touched, [first, reply, later]);
    with_ids(&env, &["item", "categorize", "--thread"], &[outlook_first]).ok();
    assert_eq!(sync(&env)["tracked"], 5);
    for id in [first, reply, later, outlook_first, outlook_reply] {
        assert_eq!(tracking(&env, id)["state"], "tracked", "item {id}");
    }
    assert_eq!(tracking(&env, other)["state"], "untracked");
    assert_eq!(item(&env, other)["categories"], json!([]));

    // Without --thread only the item itself.
    let alone = receive(
        &env,
        "alex@contoso.com",
        "RE: Unrelated",
        &[
            "--in-reply-to",
            item(&env, other)["message_id"].as_str().unwrap(),
        ],
    )[0];
    categorize(&env, &[alone]);
    assert_eq!(item(&env, other)["categories"], json!([]));
}

#[test]
fn categorizing_one_occurrence_tracks_the_whole_recurring_series() {
    let env = org();
    let ids = created(&env.json(&[
        "appointment",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        "Weekly sync",
        "--start",
        "2026-01-06T10:00:00Z",
        "--end",
        "2026-01-06T10:30:00Z",
        "--rrule",
        "FREQ=WEEKLY;COUNT=3",
    ]));
    // The series item, then one item per occurrence.
    assert_eq!(ids.len(), 4, "{ids:?}");
    let series = item(&env, ids[0]);
    assert_eq!(series["rrule"], "FREQ=WEEKLY;COUNT=3");
    let starts: Vec<Value> = ids[1..]
        .iter()
        .map(|&id| {
            let occurrence = item(&env, id);
            assert_eq!(occurrence["series_item_id"], ids[0]);
            occurrence["starts_at"].clone()
        })
        .collect();
    assert_eq!(
        starts,
        [
            "2026-01-06T10:00:00Z",
            "2026-01-13T10:00:00Z",
            "2026-01-20T10:00:00Z"
        ]
        .map(Value::from)
    );

    let run = categorize(&env, &[ids[2]]);
    assert_eq!(run.json().as_array().unwrap().len(), 4);
    for &id in &ids {
        assert_eq!(item(&env, id)["categories"], json!([TRACKED]));
        assert_eq!(tracking(&env, id)["state"], "pending");
    }
    sync(&env);
    let all = activities(&env);
    let recurring: Vec<&Value> = all
        .iter()
        .filter(|a| a["kind"] == "recurring_appointment")
        .collect();
    let occurrences: Vec<&Value> = all.iter().filter(|a| a["kind"] == "appointment").collect();
    assert_eq!(recurring.len(), 1);
    assert_eq!(occurrences.len(), 3);
    for occurrence in &occurrences {
        assert_eq!(occurrence["series_activity_id"], recurring[0]["id"]);
    }
    assert_eq!(tracking(&env, ids[0])["activity_id"], recurring[0]["id"]);
    for (id, occurrence) in ids[1..].iter().zip(&occurrences) {
        assert_eq!(tracking(&env, *id)["state"], "tracked");
        assert_eq!(tracking(&env, *id)["activity_id"], occurrence["id"]);
        assert_eq!(occurrence["starts_at"], item(&env, *id)["starts_at"]);
    }
    // Nothing more on the next cycle.
    sync(&env);
    assert_eq!(activities(&env).len(), 4);
}

#[test]
fn an_editor_delegate_can_categorize_in_the_owners_mailbox() {
    let env = org();
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Maria Garcia",
        "--permission",
        "editor",
    ])
    .ok();
    let id = email(&env, "alex@contoso.com", "Quote request");
    let run = with_ids(
        &env,
        &["--json", "item", "categorize", "--as", "Maria Garcia"],
        &[id],
    )
    .ok();
    assert_eq!(run.json()[0]["tracking"]["state"], "pending");
    sync(&env);
    let tracked = tracking(&env, id);
    assert_eq!(tracked["state"], "tracked");
    // The activity is the mailbox owner's, not the delegate's.
    assert_eq!(activity(&env, &tracked["activity_id"])["owner"], "Alex Wu");
    with_ids(
        &env,
        &["item", "uncategorize", "--as", "Maria Garcia"],
        &[id],
    )
    .ok();
    assert_eq!(item(&env, id)["pending"], "untrack");
}

#[test]
fn reviewer_author_and_non_delegates_get_a_permission_error_and_nothing_changes() {
    let env = org();
    env.run(&["user", "add", "Sam Lee", "--email", "sam@contoso.com"])
        .ok();
    env.run(&["user", "add", "Ann Kim", "--email", "ann@contoso.com"])
        .ok();
    env.run(&["user", "add", "Joe Park", "--email", "joe@contoso.com"])
        .ok();
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Sam Lee",
        "--permission",
        "reviewer",
    ])
    .ok();
    env.run(&[
        "delegate",
        "add",
        "Alex Wu",
        "Ann Kim",
        "--permission",
        "author",
    ])
    .ok();
    let id = email(&env, "alex@contoso.com", "Quote request").to_string();
    refused(
        &env,
        &["item", "categorize", &id, "--as", "Sam Lee"],
        "permission_denied",
        "Sam Lee has reviewer permission on the mailbox Alex Wu; assigning or removing categories there needs Editor",
    );
    refused(
        &env,
        &["item", "categorize", &id, "--as", "Ann Kim"],
        "permission_denied",
        "Ann Kim has author permission on the mailbox Alex Wu",
    );
    refused(
        &env,
        &["item", "categorize", &id, "--as", "Joe Park"],
        "permission_denied",
        "Joe Park is not a delegate of the mailbox Alex Wu",
    );
    // Removing needs Editor too.
    categorize(&env, &[id.parse().unwrap()]);
    refused(
        &env,
        &["item", "uncategorize", &id, "--as", "Sam Lee"],
        "permission_denied",
        "needs Editor",
    );
}

#[test]
fn categorizing_a_contact_tracks_nothing_and_says_so() {
    let env = org();
    let contact = created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        "Alex Wu",
        "--name",
        "Bob Buyer",
        "--email",
        "bob@fabrikam.com",
    ]))[0];
    let run = categorize(&env, &[contact])
        .stderr_has("category tracking does not support contacts, so nothing is tracked");
    assert_eq!(run.json()[0]["tracking"]["state"], "untracked");
    assert_eq!(run.json()[0]["pending"], Value::Null);
    assert_eq!(sync(&env)["tracked"], 0);
    assert_eq!(tracking(&env, contact)["state"], "untracked");
    assert_eq!(env.json(&["record", "list"]), json!([]));
}

#[test]
fn task_assignment_made_in_outlook_is_not_synchronized() {
    let env = org();
    let run = env
        .run(&[
            "--json",
            "task",
            "add",
            "--mailbox",
            "Alex Wu",
            "--subject",
            "Prepare quote",
            "--assign-to",
            "maria@contoso.com",
        ])
        .ok()
        .stderr_has("warning: the task is assigned to maria@contoso.com in Outlook only: task assignment made in Outlook is not synchronized to Dynamics 365 (isassignedtaskssyncenabled is off)");
    let id = created(&run.json())[0];
    assert_eq!(item(&env, id)["assigned_to"], "maria@contoso.com");
    categorize(&env, &[id]).stderr_has("is not synchronized to Dynamics 365");
    sync(&env);
    let activity = activity(&env, &tracking(&env, id)["activity_id"]);
    assert_eq!(activity["kind"], "task");
    assert_eq!(activity["owner"], "Alex Wu");
    assert!(
        !activity.to_string().contains("maria@contoso.com"),
        "the assignee reached Dynamics 365: {activity}"
    );
    env.run(&[
        "task",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        "x",
        "--assign-to",
        "not an address",
    ])
    .code(4);
}

#[test]
fn a_task_assigned_in_outlook_belongs_to_its_assignee_with_assigned_tasks_sync() {
    let env = org();
    env.run(&["settings", "set", "isassignedtaskssyncenabled", "true"])
        .ok();
    let add = |subject: &str, assignee: &str| {
        let run = env
            .run(&[
                "--json",
                "task",
                "add",
                "--mailbox",
                "Alex Wu",
                "--subject",
                subject,
                "--assign-to",
                assignee,
            ])
            .ok();
        assert!(!run.stderr.contains("not synchronized"), "{}", run.stderr);
        created(&run.json())[0]
    };
    let to_maria = add("Prepare quote", "maria@contoso.com");
    let outside = add("Call back", "someone@fabrikam.com");
    categorize(&env, &[to_maria, outside]);
    sync(&env);
    let owner = |id: i64| activity(&env, &tracking(&env, id)["activity_id"])["owner"].clone();
    assert_eq!(
        owner(to_maria),
        "Maria Garcia",
        "the assignment reached Dynamics 365"
    );
    assert_eq!(
        owner(outside),
        "Alex Wu",
        "an assignee with no user here changes nothing"
    );
}

#[test]
fn legacy_outlook_client_mailboxes_get_no_category_and_cannot_categorize() {
    let env = Env::with_mailboxes(&[ALEX, MARIA, ("Sam Lee", "sam@contoso.com")]);
    env.run(&["mailbox", "set", "Maria Garcia", "--incoming", "outlook"])
        .ok();
    env.run(&["mailbox", "set", "Sam Lee", "--act", "outlook"])
        .ok();
    sync(&env);
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
    assert!(categories(&env, "Maria Garcia").is_empty());
    assert!(categories(&env, "Sam Lee").is_empty());
    assert!(category_alerts(&env, "Sam Lee").is_empty());

    let maria = email(&env, "maria@contoso.com", "Quote request").to_string();
    refused(
        &env,
        &["item", "categorize", &maria],
        "no_tracking_category",
        "legacy Outlook client, which category tracking does not support",
    );
}

#[test]
fn a_mailbox_moved_to_the_legacy_client_loses_its_category() {
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    sync(&env);
    assert_eq!(categories(&env, "Maria Garcia"), active_tracked());
    env.run(&["mailbox", "set", "Maria Garcia", "--act", "outlook"])
        .ok();
    let id = email(&env, "maria@contoso.com", "Quote request").to_string();
    refused(
        &env,
        &["item", "categorize", &id],
        "no_tracking_category",
        "legacy Outlook client",
    );
    sync(&env);
    assert_eq!(
        categories(&env, "Maria Garcia"),
        [(TRACKED.to_string(), "soft_deleted".to_string())]
    );
}

#[test]
fn turning_category_tracking_on_warns_about_legacy_client_mailboxes() {
    let env = Env::with_version_and_mailboxes("9.1.0.4038", &[ALEX, MARIA]);
    env.run(&["mailbox", "set", "Maria Garcia", "--incoming", "outlook"])
        .ok();
    let run = env
        .run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok()
        .stderr_has("warning: TrackCategorizedItems is on, but category tracking does not support the legacy Outlook client")
        .stderr_has("Maria Garcia");
    assert!(!run.stderr.contains("Alex Wu"), "{}", run.stderr);
    // Turning it off, or other settings, say nothing of it.
    let off = env
        .run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    assert!(!off.stderr.contains("warning"), "{}", off.stderr);
    // An imported file that turns it on warns too.
    let file = env.file("on.json", r#"{"TrackCategorizedItems": true}"#);
    env.run(&["settings", "import", &file])
        .ok()
        .stderr_has("Maria Garcia");
    // Without legacy mailboxes there is nothing to warn about.
    env.run(&[
        "mailbox",
        "set",
        "Maria Garcia",
        "--incoming",
        "server-side-sync",
    ])
    .ok();
    let quiet = env
        .run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok();
    assert!(!quiet.stderr.contains("warning"), "{}", quiet.stderr);
}

#[test]
fn a_renamed_tracking_category_keeps_working() {
    let env = org();
    let renamed = env.json(&["category", "rename", "Alex Wu", TRACKED, "CRM"]);
    assert_eq!(renamed["name"], "CRM");
    let id = email(&env, "alex@contoso.com", "Quote request");
    // The default category is the tracking one, whatever it is called now.
    let run = categorize(&env, &[id]);
    assert_eq!(run.json()[0]["categories"], json!(["CRM"]));
    assert_eq!(sync(&env)["tracked"], 1);
    assert_eq!(tracking(&env, id)["state"], "tracked");
    // By its new name too; and the cycle does not create a second one.
    let other = email(&env, "alex@contoso.com", "Second");
    with_ids(&env, &["item", "categorize", "--category", "CRM"], &[other]).ok();
    sync(&env);
    assert_eq!(tracking(&env, other)["state"], "tracked");
    assert_eq!(
        categories(&env, "Alex Wu"),
        [("CRM".to_string(), "active".to_string())]
    );
    assert_eq!(category_alerts(&env, "Alex Wu").len(), 1);
}

#[test]
fn a_tracking_category_deleted_while_on_is_created_again_by_the_next_cycle() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[id]);
    sync(&env);
    let before = env.json(&["category", "list", "Alex Wu"])[0]["id"].clone();
    let deleted = env.json(&["category", "delete", "Alex Wu", TRACKED]);
    assert_eq!(deleted["state"], "soft_deleted");
    assert_eq!(
        categories(&env, "Alex Wu"),
        [(TRACKED.to_string(), "soft_deleted".to_string())]
    );

    sync(&env);
    let listed = env.json(&["category", "list", "Alex Wu"]);
    assert_eq!(listed[0]["state"], "active");
    assert_eq!(listed[0]["id"], before);
    assert_eq!(item(&env, id)["categories"], json!([TRACKED]));
    assert_eq!(tracking(&env, id)["state"], "tracked");
}

#[test]
fn turning_category_tracking_off_soft_deletes_the_category_and_nothing_moves_while_off() {
    let env = org();
    let tracked = email(&env, "alex@contoso.com", "Tracked");
    let untracking = email(&env, "alex@contoso.com", "Being untracked");
    categorize(&env, &[tracked, untracking]);
    sync(&env);
    uncategorize(&env, &[untracking]);
    let waiting = email(&env, "alex@contoso.com", "Waiting");
    categorize(&env, &[waiting]);

    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    let summary = sync(&env);
    assert_eq!(
        (summary["tracked"].clone(), summary["untracked"].clone()),
        (json!(0), json!(0))
    );
    for mailbox in ["Alex Wu", "Maria Garcia"] {
        assert_eq!(
            categories(&env, mailbox),
            [(TRACKED.to_string(), "soft_deleted".to_string())]
        );
    }
    // Items keep their assignment; nothing was tracked or untracked.
    assert_eq!(item(&env, tracked)["categories"], json!([TRACKED]));
    assert_eq!(tracking(&env, tracked)["state"], "tracked");
    assert_eq!(item(&env, waiting)["categories"], json!([TRACKED]));
    assert_eq!(item(&env, waiting)["pending"], "track");
    assert_eq!(tracking(&env, waiting)["state"], "pending");
    assert_eq!(item(&env, untracking)["pending"], "untrack");
    assert_eq!(tracking(&env, untracking)["state"], "tracked");
    let late = email(&env, "alex@contoso.com", "Late").to_string();
    refused(
        &env,
        &["item", "categorize", &late],
        "no_tracking_category",
        "TrackCategorizedItems is off",
    );
    assert_eq!(sync(&env)["tracked"], 0);

    // On again: the category comes back and the waiting work is done.
    env.run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok();
    let summary = sync(&env);
    assert_eq!(
        (summary["tracked"].clone(), summary["untracked"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
    assert_eq!(tracking(&env, waiting)["state"], "tracked");
    assert_eq!(tracking(&env, untracking)["state"], "untracked");
}

#[test]
fn a_tracking_category_deleted_while_off_is_gone_for_good() {
    let env = org();
    let id = email(&env, "alex@contoso.com", "Quote request");
    categorize(&env, &[id]);
    sync(&env);
    let old_id = env.json(&["category", "list", "Alex Wu"])[0]["id"].clone();
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    sync(&env);
    let deleted = env.json(&["category", "delete", "Alex Wu", TRACKED]);
    assert_eq!(deleted["state"], "deleted");
    assert!(categories(&env, "Alex Wu").is_empty());
    assert_eq!(item(&env, id)["categories"], json!([]));
    sync(&env);
    assert!(categories(&env, "Alex Wu").is_empty());

    // Turned on again later, a new category is made; the old one stays gone.
    env.run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok();
    sync(&env);
    let listed = env.json(&["category", "list", "Alex Wu"]);
    assert_eq!(listed[0]["name"], TRACKED);
    assert_ne!(listed[0]["id"], old_id);
    assert_eq!(item(&env, id)["categories"], json!([]));
}

#[test]
fn turning_category_tracking_on_does_not_categorize_items_tracked_before() {
    let env = Env::with_version_and_mailboxes("9.1.0.4038", &[ALEX]);
    sync(&env);
    let id = email(&env, "alex@contoso.com", "Quote request");
    let run = with_ids(&env, &["--json", "item", "track"], &[id]).ok();
    assert_eq!(run.json()[0]["categories"], json!([]));
    env.run(&["settings", "set", "TrackCategorizedItems", "true"])
        .ok();
    sync(&env);
    assert_eq!(categories(&env, "Alex Wu"), active_tracked());
    assert_eq!(item(&env, id)["categories"], json!([]));
    assert_eq!(tracking(&env, id)["state"], "tracked");
    assert_eq!(tracking(&env, id)["method"], "app");
}
