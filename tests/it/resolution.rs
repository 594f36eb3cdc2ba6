//! Email address resolution (issue: tracking fidelity, item 1): To/Cc versus Bcc, several rows
//! with one address under both unresolve settings, inactive records, and `explain` naming what
//! each party resolved to and which rule decided.

use serde_json::Value;

use crate::automatic::{
    assert_reason, evaluation, mail, org, record, set, tracks, untracked_because,
};
use crate::engine::{ALEX, MARIA, sync, tracking};

const CARL: &str = "carl@fabrikam.com";

/// The party `explain` shows for an address in a role.
fn party(ev: &Value, role: &str, address: &str) -> Value {
    ev["parties"]
        .as_array()
        .expect("parties")
        .iter()
        .find(|p| p["role"] == role && p["address"] == address)
        .cloned()
        .unwrap_or_else(|| panic!("no {role} {address} in {ev:#}"))
}

fn resolved_kinds(party: &Value) -> Vec<String> {
    party["resolved_to"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_user_on_the_bcc_line_only_tracks_the_email_only_with_all_email_messages() {
    let env = org();
    record(&env, "contact", "Carl", Some(CARL));
    tracks(&env, ALEX.0, "leads-contacts-accounts");
    let bcc = ["--bcc", ALEX.1];
    let id = mail(&env, CARL, "someone@fabrikam.com", "Price list", &bcc)[0];
    sync(&env);
    let ev = untracked_because(&env, id);
    assert_eq!(ev["filter_reason"], "no_recipient_match");
    assert_reason(&ev, "is not a resolved To or Cc recipient");
    assert_eq!(resolved_kinds(&party(&ev, "bcc", ALEX.1)), ["user"]);
    assert_eq!(resolved_kinds(&party(&ev, "from", CARL)), ["contact"]);

    // The same message to Alex on the To line is tracked: the sender is a contact.
    let to_line = mail(&env, CARL, ALEX.1, "Price list again", &[])[0];
    sync(&env);
    assert_eq!(tracking(&env, to_line)["state"], "tracked");
    assert_eq!(evaluation(&env, to_line)["filter_reason"], "sender_match");

    // With "All email messages", Bcc is enough.
    tracks(&env, ALEX.0, "all");
    let again = mail(&env, CARL, "someone@fabrikam.com", "Price list 3", &bcc)[0];
    sync(&env);
    assert_eq!(tracking(&env, again)["state"], "tracked");
    assert_eq!(evaluation(&env, again)["filter_reason"], "accept_all");
}

#[test]
fn a_sender_matching_several_records_resolves_to_one_unless_unresolve_sender_is_on() {
    let env = org();
    record(&env, "contact", "Carl", Some(CARL));
    record(&env, "account", "Fabrikam", Some(CARL));
    tracks(&env, ALEX.0, "leads-contacts-accounts");
    let id = mail(&env, CARL, ALEX.1, "Two rows", &[])[0];
    sync(&env);
    let ev = evaluation(&env, id);
    assert_eq!(ev["filter_reason"], "sender_match");
    let from = party(&ev, "from", CARL);
    assert_eq!(
        resolved_kinds(&from),
        ["contact"],
        "contacts come before accounts"
    );
    assert_eq!(from["decided_by"], "sender_precedence");
    assert!(
        text_of(&from["rule"]).contains("2 rows have this address"),
        "{from}"
    );

    set(&env, "UnresolveSenderInCaseOfMultipleMatch", "true");
    let id = mail(&env, CARL, ALEX.1, "Two rows again", &[])[0];
    sync(&env);
    let ev = untracked_because(&env, id);
    assert_eq!(ev["filter_reason"], "no_recipient_match");
    let from = party(&ev, "from", CARL);
    assert_eq!(resolved_kinds(&from), Vec::<String>::new());
    assert!(
        text_of(&from["rule"]).contains("UnresolveSenderInCaseOfMultipleMatch"),
        "{from}"
    );
    assert_eq!(
        from["decided_by"],
        "unresolve_sender_in_case_of_multiple_match"
    );
}

#[test]
fn a_recipient_address_shared_by_a_user_and_a_record_stays_unresolved_with_the_column_on() {
    let env = org();
    record(&env, "contact", "Carl", Some(CARL));
    // Maria's address is also on a contact record.
    record(&env, "contact", "Maria at home", Some(MARIA.1));
    tracks(&env, MARIA.0, "leads-contacts-accounts");
    let id = mail(&env, CARL, MARIA.1, "Shared address", &[])[0];
    sync(&env);
    let ev = evaluation(&env, id);
    assert_eq!(ev["filter_reason"], "sender_match");
    assert_eq!(
        resolved_kinds(&party(&ev, "to", MARIA.1)),
        ["user", "contact"]
    );

    set(&env, "unresolveemailaddressifmultiplematch", "true");
    let id = mail(&env, CARL, MARIA.1, "Shared address again", &[])[0];
    sync(&env);
    let ev = untracked_because(&env, id);
    assert_eq!(ev["filter_reason"], "no_recipient_match");
    let to = party(&ev, "to", MARIA.1);
    assert_eq!(resolved_kinds(&to), Vec::<String>::new());
    assert!(
        text_of(&to["rule"]).contains("unresolveemailaddressifmultiplematch"),
        "{to}"
    );
    assert_eq!(to["decided_by"], "unresolveemailaddressifmultiplematch");
}

#[test]
fn inactive_records_resolve_only_with_resolve_for_inactive_entities() {
    let env = org();
    let case = record(&env, "case", "Broken printer", Some(CARL));
    env.run(&["record", "resolve", &case.to_string()]).ok();
    tracks(&env, ALEX.0, "email-enabled");
    let id = mail(&env, CARL, ALEX.1, "About my case", &[])[0];
    sync(&env);
    let ev = untracked_because(&env, id);
    let from = party(&ev, "from", CARL);
    assert!(
        text_of(&from["rule"]).contains("1 inactive record(s) left out"),
        "{from}"
    );
    assert_eq!(from["decided_by"], "no_match");
    assert_eq!(from["inactive_left_out"], 1);

    set(&env, "ResolveForInactiveEntities", "true");
    let id = mail(&env, CARL, ALEX.1, "About my case again", &[])[0];
    sync(&env);
    let ev = evaluation(&env, id);
    assert_eq!(tracking(&env, id)["state"], "tracked");
    assert_eq!(ev["filter_reason"], "sender_match");
    assert_eq!(resolved_kinds(&party(&ev, "from", CARL)), ["case"]);
}

#[test]
fn a_record_resolves_through_its_secondary_addresses() {
    let env = org();
    let out = env
        .run(&[
            "record",
            "add",
            "contact",
            "Carl",
            "--email",
            "carl@home.example",
            "--email2",
            CARL,
            "--email3",
            "c.b@fabrikam.com",
        ])
        .ok();
    let carl: i64 = out.stdout.trim().parse().unwrap();
    let shown = env.json(&["record", "show", &carl.to_string()]);
    assert_eq!(shown["email2"], CARL);
    assert_eq!(shown["email3"], "c.b@fabrikam.com");
    tracks(&env, ALEX.0, "leads-contacts-accounts");
    for (sender, field) in [
        (CARL, "emailaddress2"),
        ("c.b@fabrikam.com", "emailaddress3"),
    ] {
        let id = mail(&env, sender, ALEX.1, &format!("From {field}"), &[])[0];
        sync(&env);
        assert_eq!(tracking(&env, id)["state"], "tracked", "{field}");
        let ev = evaluation(&env, id);
        assert_eq!(ev["filter_reason"], "sender_match");
        let from = party(&ev, "from", sender);
        assert_eq!(from["resolved_to"][0]["id"], carl);
        assert_eq!(from["resolved_to"][0]["address_field"], field);
        assert_eq!(from["decided_by"], "one_match");
    }
    // An address no record has at all is still unresolved.
    let id = mail(&env, "dana@fabrikam.com", ALEX.1, "Unknown", &[])[0];
    sync(&env);
    let ev = untracked_because(&env, id);
    assert_eq!(
        party(&ev, "from", "dana@fabrikam.com")["decided_by"],
        "no_match"
    );
}

#[test]
fn a_secondary_address_needs_a_primary_one_and_must_be_an_address() {
    let env = org();
    env.run(&["record", "add", "contact", "Carl", "--email2", CARL])
        .code(2);
    env.run(&[
        "record",
        "add",
        "contact",
        "Carl",
        "--email",
        CARL,
        "--email2",
        "not an address",
    ])
    .code(4)
    .stderr_has("invalid email address 'not an address'");
    assert_eq!(env.json(&["record", "list"]).as_array().unwrap().len(), 0);
}

/// Tracks an item with the App for Outlook.
fn track(env: &crate::util::Env, id: i64) {
    env.run(&["item", "track", &id.to_string()]).ok();
}

fn contacts_with(env: &crate::util::Env, address: &str) -> Vec<Value> {
    env.json(&["record", "list", "--kind", "contact"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["email"] == address)
        .cloned()
        .collect()
}

#[test]
fn tracking_email_from_an_unknown_sender_creates_a_contact_unless_auto_create_is_off() {
    let env = org();
    tracks(&env, ALEX.0, "none");
    let id = mail(&env, "dana@fabrikam.com", ALEX.1, "Hello", &[])[0];
    track(&env, id);
    let created = contacts_with(&env, "dana@fabrikam.com");
    assert_eq!(created.len(), 1, "a contact for the unknown sender");
    assert_eq!(created[0]["owner"], ALEX.0);

    // A known sender gets no second contact.
    let again = mail(&env, "dana@fabrikam.com", ALEX.1, "Hello again", &[])[0];
    track(&env, again);
    assert_eq!(contacts_with(&env, "dana@fabrikam.com").len(), 1);

    set(&env, "AutoCreateContactOnPromote", "false");
    let other = mail(&env, "erik@fabrikam.com", ALEX.1, "Hi", &[])[0];
    track(&env, other);
    assert_eq!(tracking(&env, other)["state"], "tracked");
    assert!(contacts_with(&env, "erik@fabrikam.com").is_empty());
}

#[test]
fn automatic_tracking_creates_no_contact_for_an_unknown_sender() {
    let env = org();
    tracks(&env, ALEX.0, "all");
    let id = mail(&env, "dana@fabrikam.com", ALEX.1, "Hello", &[])[0];
    sync(&env);
    assert_eq!(tracking(&env, id)["state"], "tracked");
    assert!(contacts_with(&env, "dana@fabrikam.com").is_empty());
}

fn text_of(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

#[test]
fn a_sender_shared_by_a_queue_and_a_contact_resolves_to_the_contact() {
    let env = org();
    crate::automatic::queue(&env, "Support", "support@contoso.com", "all");
    record(&env, "contact", "Support desk", Some("support@contoso.com"));
    tracks(&env, ALEX.0, "leads-contacts-accounts");
    let id = mail(&env, "support@contoso.com", ALEX.1, "Ticket update", &[])[0];
    sync(&env);
    let ev = evaluation(&env, id);
    let from = party(&ev, "from", "support@contoso.com");
    assert_eq!(resolved_kinds(&from), ["contact"], "{from}");
    assert_eq!(from["decided_by"], "sender_precedence");
    assert_eq!(ev["filter_reason"], "sender_match");
}

#[test]
fn explain_resolves_the_parties_of_an_email_tracked_by_hand() {
    let env = org();
    record(&env, "contact", "Carl", Some(CARL));
    let id = mail(
        &env,
        CARL,
        ALEX.1,
        "By hand",
        &["--cc", "dana@fabrikam.com"],
    )[0];
    env.run(&["item", "track", &id.to_string()]).ok();
    let explained = env.json(&["explain", &id.to_string()]);
    assert_eq!(
        explained["evaluation"],
        Value::Null,
        "no cycle evaluated it"
    );
    let parties = serde_json::json!({ "parties": explained["parties"] });
    let from = party(&parties, "from", CARL);
    assert_eq!(resolved_kinds(&from), ["contact"]);
    assert_eq!(from["resolved_to"][0]["address_field"], "emailaddress1");
    assert_eq!(party(&parties, "to", ALEX.1)["decided_by"], "one_match");
    assert_eq!(
        party(&parties, "cc", "dana@fabrikam.com")["decided_by"],
        "no_match"
    );
}
