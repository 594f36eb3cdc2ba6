//! Folder-level tracking (SPEC 8): `folder track|untrack|rules`, the limits, rename and move
//! semantics, relinking, the rule's regarding applied again, first processed wins, and the
//! precedence of correlation over the rule's regarding.

use serde_json::Value;

use crate::automatic::{
    BUYER, activity_id_of, activity_of, assert_reason, evaluation, mail, org, queue, record, reply,
    send_from_dynamics, set, untracked,
};
use crate::engine::{ALEX, MARIA, sync, tracking};
use crate::util::Env;

fn add_folder(env: &Env, mailbox: &str, path: &str) {
    env.run(&["folder", "add", mailbox, path]).ok();
}

fn track_folder(env: &Env, mailbox: &str, path: &str, regarding: Option<i64>) -> Value {
    let regarding = regarding.map(|r| r.to_string());
    let mut args = vec!["folder", "track", mailbox, path];
    if let Some(regarding) = &regarding {
        args.extend(["--regarding", regarding.as_str()]);
    }
    env.json(&args)
}

fn rules(env: &Env, mailbox: &str) -> Vec<Value> {
    env.json(&["folder", "rules", mailbox])
        .as_array()
        .unwrap()
        .clone()
}

/// Moves an item in Outlook.
fn file(env: &Env, item: i64, path: &str) {
    env.run(&["item", "move", &item.to_string(), path]).ok();
}

/// A new email from the buyer to Alex, filed in `path` before the next cycle.
fn filed(env: &Env, path: &str, subject: &str) -> i64 {
    let id = mail(env, BUYER, ALEX.1, subject, &[])[0];
    file(env, id, path);
    id
}

fn regarding_of(env: &Env, item: i64) -> Value {
    activity_of(env, item)["regarding_id"].clone()
}

#[test]
fn mail_in_a_tracked_folder_at_any_depth_is_tracked_regardless_of_filtering() {
    let env = org();
    let account = record(&env, "account", "Contoso Ltd", None);
    for path in [
        "Inbox/Customers",
        "Inbox/Customers/Contoso",
        "Inbox/Customers/Contoso/Deals",
    ] {
        add_folder(&env, ALEX.1, path);
    }
    let rule = track_folder(&env, ALEX.1, "Inbox/Customers/Contoso/Deals", Some(account));
    assert_eq!(rule["folder"], "Inbox/Customers/Contoso/Deals");
    assert_eq!(rule["regarding"], "Contoso Ltd");
    assert_eq!(rule["regarding_id"], account);
    assert_eq!(rule["active"], true);
    assert_eq!(rules(&env, ALEX.1), vec![rule]);

    // Alex tracks "responses": this email would not be tracked from his Inbox.
    let id = filed(&env, "Inbox/Customers/Contoso/Deals", "New deal");
    sync(&env);
    assert_eq!(tracking(&env, id)["method"], "folder");
    let activity = activity_of(&env, id);
    assert_eq!(activity["regarding_id"], account);
    assert_eq!(activity["accepting_mailbox"], Value::Null);
    assert_eq!(activity["receiving_mailbox"], "Alex Wu");
    assert_eq!(activity["correlation_method"], "none");
    assert_eq!(activity["filter_reason"], Value::Null);
    let ev = evaluation(&env, id);
    assert_eq!(ev["folder_rule"], "Inbox/Customers/Contoso/Deals");
    assert_eq!(ev["filter_reason"], Value::Null);
    assert_eq!(ev["regarding_id"], account);
    assert_reason(&ev, "in a tracked folder: tracked regardless of filtering");
    let doc = env.json(&["explain", &id.to_string()]);
    assert_eq!(doc["folder_rule"], "Inbox/Customers/Contoso/Deals");
}

#[test]
fn subfolders_of_a_tracked_folder_are_not_included() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    add_folder(&env, ALEX.1, "Inbox/Deals/Old");
    track_folder(&env, ALEX.1, "Inbox/Deals", None);
    let id = filed(&env, "Inbox/Deals/Old", "Archived deal");
    sync(&env);
    untracked(&env, id);
    assert_reason(&evaluation(&env, id), "not directly in the Inbox");
}

#[test]
fn a_mailbox_has_at_most_maxfolderbasedtrackingmappings_rules() {
    let env = org();
    for n in 1..=25 {
        let path = format!("Inbox/F{n}");
        add_folder(&env, ALEX.1, &path);
        track_folder(&env, ALEX.1, &path, None);
    }
    add_folder(&env, ALEX.1, "Inbox/F26");
    let err = env
        .run(&["--json", "folder", "track", ALEX.1, "Inbox/F26"])
        .code(4)
        .error_json();
    assert_eq!(err["error"]["code"], "too_many_folder_rules");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already has 25 folder tracking rules"),
        "{err}"
    );
    assert_eq!(rules(&env, ALEX.1).len(), 25);
    // Changing an existing rule is not a new one.
    let account = record(&env, "account", "Contoso Ltd", None);
    assert_eq!(
        track_folder(&env, ALEX.1, "Inbox/F1", Some(account))["regarding_id"],
        account
    );
    // Maria has her own 25.
    add_folder(&env, MARIA.1, "Inbox/Mine");
    track_folder(&env, MARIA.1, "Inbox/Mine", None);

    let env = org();
    set(&env, "maxfolderbasedtrackingmappings", "1");
    add_folder(&env, ALEX.1, "Inbox/A");
    add_folder(&env, ALEX.1, "Inbox/B");
    track_folder(&env, ALEX.1, "Inbox/A", None);
    env.run(&["folder", "track", ALEX.1, "Inbox/B"])
        .code(4)
        .stderr_has("maxfolderbasedtrackingmappings");
}

#[test]
fn queue_mailboxes_and_folders_outside_the_inbox_are_refused() {
    let env = org();
    queue(&env, "Support", "support@contoso.com", "all");
    add_folder(&env, "Support", "Inbox/Cases");
    let err = env
        .run(&["--json", "folder", "track", "Support", "Inbox/Cases"])
        .code(4)
        .error_json();
    assert_eq!(err["error"]["code"], "queue_folder_tracking");
    add_folder(&env, ALEX.1, "Projects");
    for path in ["Projects", "Inbox", "Sent Items"] {
        let err = env
            .run(&["--json", "folder", "track", ALEX.1, path])
            .code(4)
            .error_json();
        assert_eq!(err["error"]["code"], "folder_not_under_inbox", "{path}");
    }
    env.run(&["folder", "track", ALEX.1, "Inbox/Nowhere"])
        .code(3);
    assert!(rules(&env, ALEX.1).is_empty());
    assert!(rules(&env, "Support").is_empty());
}

#[test]
fn a_renamed_folder_keeps_its_rule() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    let rule = track_folder(&env, ALEX.1, "Inbox/Deals", None);
    env.run(&["folder", "rename", ALEX.1, "Inbox/Deals", "Opportunities"])
        .ok();
    let now = rules(&env, ALEX.1);
    assert_eq!(now.len(), 1);
    assert_eq!(now[0]["folder"], "Inbox/Opportunities");
    assert_eq!(now[0]["folder_id"], rule["folder_id"]);
    let id = filed(&env, "Inbox/Opportunities", "Deal");
    sync(&env);
    assert_eq!(tracking(&env, id)["method"], "folder");
}

#[test]
fn a_folder_moved_out_of_the_inbox_stops_tracking_until_it_is_back() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    track_folder(&env, ALEX.1, "Inbox/Deals", None);
    env.run(&["folder", "move", ALEX.1, "Inbox/Deals", "/"])
        .ok();
    assert_eq!(rules(&env, ALEX.1)[0]["active"], false);
    let id = filed(&env, "Deals", "Outside");
    sync(&env);
    untracked(&env, id);
    assert_reason(
        &evaluation(&env, id),
        "folder 'Deals' has a tracking rule, but it is no longer under the Inbox",
    );
    env.run(&["folder", "move", ALEX.1, "Deals", "Inbox"]).ok();
    assert_eq!(rules(&env, ALEX.1)[0]["active"], true);
    let back = filed(&env, "Inbox/Deals", "Inside again");
    sync(&env);
    assert_eq!(tracking(&env, back)["method"], "folder");
}

#[test]
fn a_new_folder_with_an_old_name_does_not_inherit_the_rule() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    track_folder(&env, ALEX.1, "Inbox/Deals", None);
    env.run(&["folder", "delete", ALEX.1, "Inbox/Deals"]).ok();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    assert!(rules(&env, ALEX.1).is_empty());
    let id = filed(&env, "Inbox/Deals", "Deal");
    sync(&env);
    untracked(&env, id);
}

#[test]
fn deleting_a_rule_keeps_tracked_mail_tracked() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Deals");
    track_folder(&env, ALEX.1, "Inbox/Deals", None);
    let id = filed(&env, "Inbox/Deals", "Deal");
    sync(&env);
    let activity = activity_id_of(&env, id);
    env.run(&["folder", "untrack", ALEX.1, "Inbox/Deals"])
        .ok()
        .stderr_has("stays tracked");
    assert!(rules(&env, ALEX.1).is_empty());
    sync(&env);
    assert_eq!(activity_id_of(&env, id), activity);
    assert_eq!(tracking(&env, id)["state"], "tracked");
    let later = filed(&env, "Inbox/Deals", "Later deal");
    sync(&env);
    untracked(&env, later);
    let err = env
        .run(&["--json", "folder", "untrack", ALEX.1, "Inbox/Deals"])
        .code(3)
        .error_json();
    assert_eq!(err["error"]["code"], "unknown_folder_rule");
}

#[test]
fn moving_tracked_mail_to_another_tracked_folder_relinks_it_only_when_that_rule_has_a_regarding() {
    let env = org();
    let first = record(&env, "account", "First", None);
    let second = record(&env, "account", "Second", None);
    for path in ["Inbox/A", "Inbox/B", "Inbox/C"] {
        add_folder(&env, ALEX.1, path);
    }
    track_folder(&env, ALEX.1, "Inbox/A", Some(first));
    track_folder(&env, ALEX.1, "Inbox/B", Some(second));
    track_folder(&env, ALEX.1, "Inbox/C", None);
    let id = filed(&env, "Inbox/A", "Deal");
    sync(&env);
    let activity = activity_id_of(&env, id);
    assert_eq!(regarding_of(&env, id), first);

    file(&env, id, "Inbox/B");
    assert_eq!(regarding_of(&env, id), first, "not before the next cycle");
    sync(&env);
    assert_eq!(regarding_of(&env, id), second);
    assert_eq!(activity_id_of(&env, id), activity);
    assert_reason(
        &evaluation(&env, id),
        "relinked to the regarding of the rule of folder 'Inbox/B'",
    );

    file(&env, id, "Inbox/C");
    sync(&env);
    assert_eq!(regarding_of(&env, id), second);
    let ev = evaluation(&env, id);
    assert_reason(&ev, "the folder rule has no regarding");
    // Every step so far is still told.
    assert_reason(&ev, "in a tracked folder: tracked regardless of filtering");
    assert_reason(
        &ev,
        "relinked to the regarding of the rule of folder 'Inbox/B'",
    );
    assert_eq!(ev["activity_id"], activity);
    assert_eq!(ev["folder_rule"], "Inbox/C");
    // Filing it in a folder without a rule changes nothing either.
    file(&env, id, "Inbox");
    sync(&env);
    assert_eq!(regarding_of(&env, id), second);
}

#[test]
fn a_regarding_changed_by_hand_is_set_back_by_the_rule_at_the_next_cycle() {
    let env = org();
    let ruled = record(&env, "account", "Ruled", None);
    let other = record(&env, "account", "Other", None);
    add_folder(&env, ALEX.1, "Inbox/Deals");
    track_folder(&env, ALEX.1, "Inbox/Deals", Some(ruled));
    let id = filed(&env, "Inbox/Deals", "Deal");
    sync(&env);
    let activity = activity_id_of(&env, id);
    env.run(&[
        "activity",
        "set-regarding",
        &activity.to_string(),
        &other.to_string(),
    ])
    .ok();
    assert_eq!(regarding_of(&env, id), other);
    sync(&env);
    assert_eq!(regarding_of(&env, id), ruled);
}

#[test]
fn two_users_filing_one_message_under_different_regardings_the_first_processed_wins() {
    let env = org();
    let alexs = record(&env, "account", "Alex's pick", None);
    let marias = record(&env, "account", "Maria's pick", None);
    add_folder(&env, ALEX.1, "Inbox/Deals");
    add_folder(&env, MARIA.1, "Inbox/Deals");
    track_folder(&env, ALEX.1, "Inbox/Deals", Some(alexs));
    track_folder(&env, MARIA.1, "Inbox/Deals", Some(marias));
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Shared",
        &[],
    );
    file(&env, ids[0], "Inbox/Deals");
    file(&env, ids[1], "Inbox/Deals");
    sync(&env);
    let activity = activity_id_of(&env, ids[0]);
    assert_eq!(activity_id_of(&env, ids[1]), activity);
    assert_eq!(regarding_of(&env, ids[1]), alexs);
    assert_eq!(evaluation(&env, ids[1])["filter_reason"], "duplicate");

    // Maria sets it by hand: Alex's rule, the first, sets it back; Maria's rule does not.
    env.run(&[
        "activity",
        "set-regarding",
        &activity.to_string(),
        &marias.to_string(),
    ])
    .ok();
    sync(&env);
    assert_eq!(regarding_of(&env, ids[0]), alexs);
    assert_reason(
        &evaluation(&env, ids[1]),
        "another mailbox processed this message first, so its regarding stays",
    );
    let all = crate::engine::activities(&env);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["regarding_id"], alexs);
}

#[test]
fn the_correlated_activitys_regarding_takes_precedence_over_the_folder_rules() {
    let env = org();
    let opportunity = record(&env, "opportunity", "Big deal", None);
    let account = record(&env, "account", "Contoso Ltd", None);
    let (sent, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    env.run(&[
        "activity",
        "set-regarding",
        &sent.to_string(),
        &opportunity.to_string(),
    ])
    .ok();
    add_folder(&env, ALEX.1, "Inbox/Contoso");
    track_folder(&env, ALEX.1, "Inbox/Contoso", Some(account));
    let reply = reply(&env, "RE: Offer", &message_id);
    file(&env, reply, "Inbox/Contoso");
    sync(&env);
    let activity = activity_of(&env, reply);
    assert_eq!(activity["regarding_id"], opportunity);
    assert_eq!(activity["correlation_method"], "in_reply_to");
    assert_eq!(activity["correlated_activity_id"], sent);
    assert_eq!(tracking(&env, reply)["method"], "folder");
    let ev = evaluation(&env, reply);
    assert_eq!(ev["folder_rule"], "Inbox/Contoso");
    assert_eq!(ev["regarding_id"], opportunity);
    assert_reason(
        &ev,
        "the correlated activity's regarding takes precedence over the folder rule's",
    );
    assert_reason(&ev, "correlation by In-Reply-To header matched activity");
    assert_reason(&ev, "in a tracked folder: tracked regardless of filtering");
}

#[test]
fn rules_sleep_while_folder_level_tracking_is_off() {
    let env = org();
    set(&env, "isfolderbasedtrackingenabled", "false");
    add_folder(&env, ALEX.1, "Inbox/Deals");
    env.run(&["folder", "track", ALEX.1, "Inbox/Deals"])
        .ok()
        .stderr_has("isfolderbasedtrackingenabled is off");
    assert_eq!(rules(&env, ALEX.1)[0]["active"], false);
    let id = filed(&env, "Inbox/Deals", "Deal");
    sync(&env);
    untracked(&env, id);
    assert_reason(
        &evaluation(&env, id),
        "folder 'Inbox/Deals' has a tracking rule, but folder-level tracking is off",
    );
    set(&env, "isfolderbasedtrackingenabled", "true");
    assert_eq!(rules(&env, ALEX.1)[0]["active"], true);
    let later = filed(&env, "Inbox/Deals", "Later");
    sync(&env);
    assert_eq!(tracking(&env, later)["method"], "folder");
}

#[test]
fn a_smart_match_does_not_override_the_folder_rules_regarding() {
    let env = org();
    set(&env, "enablesmartmatching", "true");
    let opportunity = record(&env, "opportunity", "Big deal", None);
    let account = record(&env, "account", "Contoso Ltd", None);
    let original = mail(&env, BUYER, ALEX.1, "Quote for Contoso", &[])[0];
    env.run(&[
        "item",
        "track",
        &original.to_string(),
        "--regarding",
        &opportunity.to_string(),
    ])
    .ok();
    // In the Inbox a smart match brings the regarding along.
    let inbox_reply = mail(&env, BUYER, ALEX.1, "RE: Quote for Contoso", &[])[0];
    sync(&env);
    let activity = activity_of(&env, inbox_reply);
    assert_eq!(activity["correlation_method"], "smart_matching");
    assert_eq!(activity["regarding_id"], opportunity);
    // Filed in a tracked folder, the rule's regarding wins over a smart match.
    add_folder(&env, ALEX.1, "Inbox/Contoso");
    track_folder(&env, ALEX.1, "Inbox/Contoso", Some(account));
    let filed_reply = filed(&env, "Inbox/Contoso", "RE: RE: Quote for Contoso");
    sync(&env);
    let activity = activity_of(&env, filed_reply);
    assert_eq!(activity["correlation_method"], "smart_matching");
    assert_eq!(
        activity["correlated_activity_id"],
        activity_id_of(&env, inbox_reply)
    );
    assert_eq!(activity["regarding_id"], account);
    assert_reason(
        &evaluation(&env, filed_reply),
        "the folder rule's regarding applies",
    );
}

#[test]
fn a_new_rule_tracks_the_untracked_mail_already_in_its_folder() {
    let env = org();
    add_folder(&env, ALEX.1, "Inbox/Contoso");
    let before = filed(&env, "Inbox/Contoso", "Filed before the rule");
    sync(&env);
    untracked(&env, before);
    track_folder(&env, ALEX.1, "Inbox/Contoso", None);
    assert_eq!(
        env.json(&["item", "show", &before.to_string()])["pending"],
        "evaluate"
    );
    sync(&env);
    assert_eq!(tracking(&env, before)["state"], "tracked");
    assert_eq!(tracking(&env, before)["method"], "folder");
}

#[test]
fn a_new_regarding_on_a_folder_rule_relinks_the_mail_tracked_from_it_at_the_next_cycle() {
    let env = org();
    let contoso = record(&env, "account", "Contoso", None);
    let other = record(&env, "account", "Other Co", None);
    add_folder(&env, ALEX.1, "Inbox/Contoso");
    track_folder(&env, ALEX.1, "Inbox/Contoso", Some(contoso));
    let first = filed(&env, "Inbox/Contoso", "Order 1");
    let second = filed(&env, "Inbox/Contoso", "Order 2");
    sync(&env);
    assert_eq!(regarding_of(&env, first), contoso);
    assert_eq!(regarding_of(&env, second), contoso);
    let activity = activity_id_of(&env, first);

    let out = env
        .run(&[
            "folder",
            "track",
            ALEX.1,
            "Inbox/Contoso",
            "--regarding",
            "Other Co",
        ])
        .ok();
    assert!(
        out.stderr
            .contains("relinks the 2 email(s) tracked from Inbox/Contoso"),
        "{}",
        out.stderr
    );
    assert_eq!(
        regarding_of(&env, first),
        contoso,
        "not before the next cycle"
    );
    sync(&env);
    assert_eq!(regarding_of(&env, first), other);
    assert_eq!(regarding_of(&env, second), other);
    assert_eq!(
        activity_id_of(&env, first),
        activity,
        "relinked, not tracked again"
    );
    assert_reason(
        &evaluation(&env, first),
        "relinked to the regarding of the rule of folder 'Inbox/Contoso'",
    );
}
