//! Server-side sync settings of "OrgDBSettings for server-side sync" that have no better home
//! among the scenario tests.

use crate::automatic::{BUYER, org, set};
use crate::engine::{ALEX, activities};

/// Sends from Dynamics 365 and runs the outgoing poll that sends it; returns Alex's Sent Items.
fn send_from_dynamics(env: &crate::util::Env, subject: &str) -> Vec<serde_json::Value> {
    env.json(&[
        "mail",
        "send",
        "--from",
        ALEX.0,
        "--to",
        BUYER,
        "--subject",
        subject,
        "--via-dynamics",
    ]);
    crate::engine::sync(env);
    env.json(&[
        "item",
        "list",
        "--mailbox",
        ALEX.0,
        "--folder",
        "Sent Items",
    ])
    .as_array()
    .unwrap()
    .clone()
}

#[test]
fn email_sent_from_dynamics_is_kept_in_sent_items_only_while_the_setting_is_on() {
    let env = org();
    let rows = send_from_dynamics(&env, "Offer");
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["subject"].as_str().unwrap().starts_with("Offer"));

    set(&env, "SSSSaveOutgoingEmailToExchangeSentFolder", "false");
    let rows = send_from_dynamics(&env, "Second offer");
    assert_eq!(rows.len(), 1, "no Exchange copy of the second: {rows:?}");
    let sent: Vec<serde_json::Value> = activities(&env)
        .into_iter()
        .filter(|a| a["direction"] == "outgoing")
        .collect();
    assert_eq!(sent.len(), 2, "both are email activities in Dynamics 365");
    let listed = env.json(&[
        "item",
        "list",
        "--mailbox",
        ALEX.0,
        "--folder",
        "Sent Items",
    ]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

/// Tracks an Outlook contact of `mailbox` with the App for Outlook; returns its record.
fn track_contact(env: &crate::util::Env, mailbox: &str, name: &str) -> serde_json::Value {
    let id = crate::engine::created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        mailbox,
        "--name",
        name,
        "--email",
        "bob@fabrikam.com",
    ]))[0];
    let run = env.run(&["--json", "item", "track", &id.to_string()]).ok();
    run.json()[0]["tracking"]["record_id"].clone()
}

#[test]
fn allow_promote_duplicates_makes_each_tracked_contact_a_record_of_its_own() {
    let env = org();
    let first = track_contact(&env, ALEX.0, "Bob Buyer");
    assert_eq!(track_contact(&env, crate::engine::MARIA.0, "Bob B."), first);
    set(&env, "AllowPromoteDuplicates", "true");
    let third = track_contact(&env, ALEX.0, "Robert Buyer");
    assert_ne!(third, first);
    assert_eq!(env.json(&["record", "list"]).as_array().unwrap().len(), 2);
}
