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

/// An IRM-restricted email from outside to Alex.
fn restricted_mail(env: &crate::util::Env, subject: &str) -> i64 {
    crate::automatic::mail(env, BUYER, ALEX.1, subject, &["--irm-restricted"])[0]
}

#[test]
fn irm_restricted_email_is_not_synchronized_while_restrict_irm_email_items_is_on() {
    let env = org();
    crate::automatic::tracks(&env, ALEX.0, "all");
    let first = restricted_mail(&env, "Protected offer");
    assert_eq!(crate::engine::item(&env, first)["irm_restricted"], true);
    crate::engine::sync(&env);
    assert_eq!(
        crate::engine::tracking(&env, first)["state"],
        "tracked",
        "off by default"
    );

    set(&env, "RestrictIRMEmailItems", "true");
    let second = restricted_mail(&env, "Protected offer 2");
    let open = crate::automatic::mail(&env, BUYER, ALEX.1, "Open offer", &[])[0];
    crate::engine::sync(&env);
    assert_eq!(crate::engine::tracking(&env, second)["state"], "untracked");
    assert_eq!(crate::engine::tracking(&env, open)["state"], "tracked");
    let explained = env.json(&["explain", &second.to_string()]);
    assert!(
        explained
            .to_string()
            .contains("RestrictIRMEmailItems is on"),
        "{explained}"
    );

    // Nor by category, nor with the App for Outlook.
    crate::engine::categorize(&env, &[second]);
    crate::engine::sync(&env);
    assert_eq!(crate::engine::tracking(&env, second)["state"], "untracked");
    env.run(&["item", "track", &second.to_string()])
        .code(4)
        .stderr_has("Information Rights Management");
    assert_eq!(crate::engine::tracking(&env, second)["state"], "untracked");
}

#[test]
fn a_contact_whose_name_does_not_fit_is_tracked_only_without_validation() {
    let env = org();
    let long_name = "B".repeat(170);
    let id = crate::engine::created(&env.json(&[
        "contact",
        "add",
        "--mailbox",
        ALEX.0,
        "--name",
        &long_name,
        "--email",
        "bob@fabrikam.com",
    ]))[0];
    env.run(&["item", "track", &id.to_string()])
        .code(4)
        .stderr_has("ValidateContactBeforeTracking is on");
    assert_eq!(env.json(&["record", "list"]).as_array().unwrap().len(), 0);

    set(&env, "ValidateContactBeforeTracking", "false");
    let record = env
        .run(&["--json", "item", "track", &id.to_string()])
        .ok()
        .json()[0]["tracking"]["record_id"]
        .clone();
    let shown = env.json(&["record", "show", &record.to_string()]);
    assert_eq!(
        shown["name"].as_str().unwrap().chars().count(),
        160,
        "cut to fit"
    );
}

fn approval(env: &crate::util::Env, mailbox: &str) -> serde_json::Value {
    env.json(&["mailbox", "show", mailbox])["approval"].clone()
}

#[test]
fn a_user_approves_their_own_mailbox_only_while_no_privilege_is_required() {
    let env = org();
    env.run(&["user", "add", "Sam Lee", "--email", "sam@contoso.com"])
        .ok();
    env.run(&["user", "add", "Kim Ito", "--email", "kim@contoso.com"])
        .ok();
    let before = approval(&env, "Sam Lee");
    assert_ne!(before, "approved", "a new mailbox awaits approval");
    env.run(&["mailbox", "approve", "Sam Lee", "--as", "Sam Lee"])
        .ok();
    assert_eq!(approval(&env, "Sam Lee"), "approved", "off by default");

    set(&env, "RequirePrivilegeToSelfApproveEmailAddress", "true");
    env.run(&["mailbox", "approve", "Kim Ito", "--as", "Kim Ito"])
        .code(4)
        .stderr_has("RequirePrivilegeToSelfApproveEmailAddress is on");
    assert_eq!(approval(&env, "Kim Ito"), before, "nothing changed");
    env.run(&["mailbox", "approve", "Kim Ito"]).ok();
    assert_eq!(
        approval(&env, "Kim Ito"),
        "approved",
        "an administrator may"
    );
}

#[test]
fn an_outlook_copy_of_a_tracked_appointment_is_a_new_activity_only_without_ignore_copied_items() {
    use crate::engine::{activities, appointment, categorize, item, sync, tracking};
    let env = org();
    let original = appointment(
        &env,
        "Demo",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &[],
    );
    categorize(&env, &[original]);
    sync(&env);
    assert_eq!(activities(&env).len(), 1);
    let copy_of = |env: &crate::util::Env| {
        let rows = env.json(&["item", "copy", &original.to_string(), "Calendar"]);
        assert_eq!(rows[0]["copied_from_item_id"], original, "{rows}");
        rows[0]["id"].as_i64().unwrap()
    };

    set(&env, "IgnoreCopiedItemsInSSSForMailbox", "true");
    let ignored = copy_of(&env);
    sync(&env);
    assert_eq!(tracking(&env, ignored)["state"], "untracked");
    let note = item(&env, ignored)["note"].to_string();
    assert!(
        note.contains("IgnoreCopiedItemsInSSSForMailbox is on"),
        "{note}"
    );
    assert_eq!(activities(&env).len(), 1, "no duplicate");

    set(&env, "IgnoreCopiedItemsInSSSForMailbox", "false");
    let inserted = copy_of(&env);
    sync(&env);
    assert_eq!(tracking(&env, inserted)["state"], "tracked");
    assert_ne!(
        tracking(&env, inserted)["activity_id"],
        tracking(&env, original)["activity_id"],
        "inserted as a new activity"
    );
    assert_eq!(activities(&env).len(), 2);
}

fn failures(env: &crate::util::Env) -> Vec<serde_json::Value> {
    env.json(&["item", "failures", "--mailbox", ALEX.0])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn item_failures_are_kept_for_the_persistence_time() {
    use crate::engine::sync;
    let env = org();
    crate::automatic::tracks(&env, ALEX.0, "responses");
    crate::automatic::mail(&env, BUYER, ALEX.1, "Question", &[]);
    sync(&env);
    assert_eq!(failures(&env).len(), 1, "a rejection is recorded");
    env.run(&["-q", "sync", "--until", "+2d"]).ok();
    assert_eq!(failures(&env).len(), 1, "2 days old: kept");
    env.run(&["-q", "sync", "--until", "+2d"]).ok();
    assert!(
        failures(&env).is_empty(),
        "4 days old: removed (3 days by default)"
    );

    set(&env, "ExchangeSyncIdMappingPersistenceTimeInDays", "7");
    crate::automatic::mail(&env, BUYER, ALEX.1, "Second question", &[]);
    sync(&env);
    env.run(&["-q", "sync", "--until", "+4d"]).ok();
    let rows = failures(&env);
    assert_eq!(rows.len(), 1, "4 days old, kept 7 days: {rows:?}");
    assert_eq!(rows[0]["subject"], "Second question");
}

/// The README's table of the 45 server-side sync settings, as (setting, acts, test module).
fn readme_table() -> (String, Vec<(String, bool, String)>) {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("### Server-side sync settings in the simulation")
        .nth(1)
        .and_then(|rest| rest.split("\n### ").next())
        .expect("the README has the settings section")
        .to_string();
    let rows = section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| setting"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (
                cells[1].to_string(),
                !cells[2].starts_with("not simulated"),
                cells[3].trim_matches('`').to_string(),
            )
        })
        .collect();
    (section, rows)
}

#[test]
fn the_readme_table_of_sync_settings_is_what_settings_describe_says() {
    let env = org();
    let (section, rows) = readme_table();
    assert_eq!(rows.len(), 45, "every server-side sync setting has a row");
    let mut acting = 0;
    for (name, acts, test) in &rows {
        let described = env.json(&["settings", "describe", name]);
        assert_eq!(
            described["simulated"], *acts,
            "{name}: README and code disagree"
        );
        if *acts {
            acting += 1;
            let module = format!("{}/tests/it/{test}.rs", env!("CARGO_MANIFEST_DIR"));
            assert!(
                std::path::Path::new(&module).exists(),
                "{name}: no test module {test}"
            );
        } else {
            assert!(
                described["why_not_simulated"].is_string(),
                "{name}: not simulated without a reason: {described}"
            );
            let value = described["default"].to_string();
            env.run(&["settings", "set", name, &value])
                .ok()
                .stderr_has(&format!("the simulation ignores {name}"));
        }
    }
    assert!(acting >= 38, "only {acting} of the 45 act");
    assert!(
        section.contains(&format!("{acting} of\nthe 45 act"))
            || section.contains(&format!("{acting} of the 45 act")),
        "the README's count is not {acting}"
    );
}

#[test]
fn an_imported_rights_managed_message_is_irm_restricted() {
    let env = org();
    let eml = |id: &str, class: &str| {
        format!(
            "From: Buyer <{BUYER}>\r\nTo: {}\r\nSubject: Contract {id}\r\nMessage-ID: <{id}@fabrikam.com>\r\n{class}Date: Mon, 5 Jan 2026 08:00:00 +0000\r\n\r\nbody\r\n",
            ALEX.1
        )
    };
    let protected = env.file(
        "protected.eml",
        &eml("p1", "Content-Class: rpmsg.message\r\n"),
    );
    let plain = env.file("plain.eml", &eml("p2", ""));
    let out = env.json(&["mail", "import", &protected, &plain, "--mailbox", ALEX.0]);
    let restricted: Vec<bool> = out["item_ids"]
        .as_array()
        .expect("item_ids")
        .iter()
        .map(|id| crate::engine::item(&env, id.as_i64().unwrap())["irm_restricted"] == true)
        .collect();
    assert_eq!(restricted, [true, false], "{out}");
}

/// `EnableMailboxDelegationForOutgoingEmail` (on by default): email Alex sends from Dynamics 365
/// as the Support queue goes out through Alex's own mailbox (its outgoing poll, its Sent
/// Items), From the queue; off, through the queue's mailbox.
#[test]
fn email_sent_for_a_queue_goes_through_the_submitters_mailbox_while_delegation_is_on() {
    let env = org();
    crate::automatic::queue(&env, "Support", "support@contoso.com", "all");
    let sent_items = |env: &crate::util::Env, mailbox: &str| {
        env.json(&[
            "item",
            "list",
            "--mailbox",
            mailbox,
            "--folder",
            "Sent Items",
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["subject"].as_str().unwrap().to_string(),
                i["from"].clone(),
            )
        })
        .collect::<Vec<_>>()
    };
    let send = |env: &crate::util::Env, subject: &str| {
        env.run(&[
            "mail",
            "send",
            "--from",
            "Support",
            "--to",
            BUYER,
            "--subject",
            subject,
            "--via-dynamics",
            "--submitted-by",
            ALEX.0,
        ])
        .ok();
        crate::engine::sync(env);
    };
    send(&env, "Your case");
    let alex = sent_items(&env, ALEX.0);
    assert_eq!(alex.len(), 1, "{alex:?}");
    assert!(alex[0].0.starts_with("Your case"), "{alex:?}");
    assert_eq!(alex[0].1, "support@contoso.com");
    assert!(sent_items(&env, "Support").is_empty());

    set(&env, "EnableMailboxDelegationForOutgoingEmail", "false");
    send(&env, "Your case, again");
    let queue = sent_items(&env, "Support");
    assert_eq!(queue.len(), 1, "{queue:?}");
    assert!(queue[0].0.starts_with("Your case, again"), "{queue:?}");
    assert_eq!(sent_items(&env, ALEX.0).len(), 1);

    // Only email sent from Dynamics 365 has a submitter.
    env.run(&[
        "mail",
        "send",
        "--from",
        "Support",
        "--to",
        BUYER,
        "--subject",
        "x",
        "--submitted-by",
        ALEX.0,
    ])
    .code(2);
}
