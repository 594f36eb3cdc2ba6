//! Tracking tokens on email sent from Dynamics 365 (SPEC 6): `mail send --via-dynamics`, the
//! per-user counters, wrapping, queues, prefix history, the subject length limit, `token next`.

use serde_json::{Value, json};

use crate::automatic::{BUYER, activity_of, mail, org, queue, send_from_dynamics, set};
use crate::engine::{ALEX, activity, sync};
use crate::util::Env;

/// The subject of an email Alex sends from Dynamics 365.
fn sent_subject(env: &Env, from: &str, subject: &str) -> String {
    send_from_dynamics(env, from, BUYER, subject).2
}

fn next(env: &Env, user: &str) -> Value {
    env.json(&["token", "next", user])
}

#[test]
fn the_first_email_of_user_1_carries_crm_0001001_and_each_user_counts_alone() {
    let env = org();
    let (first, _, subject) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    assert_eq!(subject, "Offer CRM:0001001");
    let first = activity(&env, &json!(first));
    assert_eq!(first["tracking_token"], "CRM:0001001");
    assert_eq!(first["subject"], "Offer CRM:0001001");
    assert_eq!(first["direction"], "outgoing");
    assert_eq!(
        sent_subject(&env, "Alex Wu", "Follow-up"),
        "Follow-up CRM:0001002"
    );
    assert_eq!(
        sent_subject(&env, "Maria Garcia", "Hello"),
        "Hello CRM:0002001"
    );
    assert_eq!(sent_subject(&env, "Alex Wu", "Third"), "Third CRM:0001003");
    // Mail sent outside Dynamics 365 gets no token and uses no counter.
    let plain = env.json(&[
        "mail",
        "send",
        "--from",
        "Alex Wu",
        "--to",
        BUYER,
        "--subject",
        "Plain",
    ]);
    assert_eq!(plain.as_array().unwrap().len(), 1);
    assert_eq!(
        sent_subject(&env, "Alex Wu", "Fourth"),
        "Fourth CRM:0001004"
    );
}

#[test]
fn token_next_shows_the_parts_without_using_the_counter() {
    let env = org();
    let expected = json!({
        "token": "CRM:0001001",
        "prefix": "CRM",
        "online": 0,
        "user_number": 1,
        "counter": 1,
    });
    assert_eq!(next(&env, "Alex Wu"), expected);
    assert_eq!(next(&env, ALEX.1), expected);
    sent_subject(&env, "Alex Wu", "Offer");
    assert_eq!(next(&env, "Alex Wu")["counter"], 2);
    assert_eq!(next(&env, "Maria Garcia")["token"], "CRM:0002001");

    set(&env, "trackingtokenidbase", "100");
    set(&env, "trackingtokeniddigits", "4");
    set(&env, "trackingprefix", "ACME");
    assert_eq!(
        next(&env, "Alex Wu"),
        json!({"token": "ACME:00101002", "prefix": "ACME", "online": 0, "user_number": 101, "counter": 2})
    );
    assert_eq!(
        sent_subject(&env, "Alex Wu", "Offer"),
        "Offer ACME:00101002"
    );

    let table = env.run(&["token", "next", "Alex Wu"]).ok();
    assert!(table.stdout.contains("ACME:00101003"), "{}", table.stdout);
}

#[test]
fn token_next_refuses_unknown_users_and_tokens_off() {
    let env = org();
    env.run(&["token", "next", "nobody@contoso.com"]).code(3);
    set(&env, "maximumtrackingnumber", "0");
    let err = env
        .run(&["--json", "token", "next", "Alex Wu"])
        .code(4)
        .error_json();
    assert_eq!(err["error"]["code"], "tokens_off");
    assert_eq!(sent_subject(&env, "Alex Wu", "Offer"), "Offer");
}

#[test]
fn counters_wrap_after_the_largest_value_of_their_width() {
    let env = org();
    set(&env, "maximumtrackingnumber", "9");
    let subjects: Vec<String> = (1..=10)
        .map(|n| sent_subject(&env, "Alex Wu", &format!("N{n}")))
        .collect();
    assert_eq!(subjects[0], "N1 CRM:00011");
    assert_eq!(subjects[8], "N9 CRM:00019");
    assert_eq!(subjects[9], "N10 CRM:00011");
    assert_eq!(next(&env, "Alex Wu")["counter"], 2);
}

#[test]
fn a_queue_uses_its_owners_counter() {
    let env = org();
    queue(&env, "Support", "support@contoso.com", "all");
    assert_eq!(
        sent_subject(&env, "Maria Garcia", "Mine"),
        "Mine CRM:0002001"
    );
    assert_eq!(
        sent_subject(&env, "Support", "Case 1"),
        "Case 1 CRM:0002002"
    );
    assert_eq!(next(&env, "Support")["token"], "CRM:0002003");
    assert_eq!(
        sent_subject(&env, "Maria Garcia", "Mine again"),
        "Mine again CRM:0002003"
    );
    assert_eq!(next(&env, "Alex Wu")["counter"], 1);
}

#[test]
fn tokens_with_an_earlier_prefix_still_correlate() {
    let env = org();
    let (old, _, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    set(&env, "trackingprefix", "ACME");
    let (new, _, subject) = send_from_dynamics(&env, "Alex Wu", BUYER, "Terms");
    assert_eq!(subject, "Terms ACME:0001002");
    let to_old = mail(&env, BUYER, ALEX.1, "RE: Offer CRM:0001001", &[])[0];
    let to_new = mail(&env, BUYER, ALEX.1, "RE: Terms acme:0001002", &[])[0];
    sync(&env);
    let reply = activity_of(&env, to_old);
    assert_eq!(reply["correlation_method"], "tracking_token");
    assert_eq!(reply["correlated_activity_id"], old);
    let reply = activity_of(&env, to_new);
    assert_eq!(reply["correlation_method"], "tracking_token");
    assert_eq!(reply["correlated_activity_id"], new);
}

#[test]
fn long_subjects_are_cut_so_the_token_fits() {
    let env = org();
    let long = "x".repeat(300);
    let subject = sent_subject(&env, "Alex Wu", &long);
    assert_eq!(subject.chars().count(), 255);
    assert_eq!(subject, format!("{} CRM:0001001", "x".repeat(243)));

    set(&env, "MaximumSubjectLengthOnMailServer", "400");
    let subject = sent_subject(&env, "Alex Wu", &long);
    assert_eq!(subject, format!("{long} CRM:0001002"));
    // The recipient's copy carries the same subject.
    let (_, _, subject) =
        send_from_dynamics(&env, "Alex Wu", "maria@contoso.com", &"é".repeat(400));
    assert_eq!(subject, format!("{} CRM:0001003", "é".repeat(388)));
    let copy = env.json(&["item", "list", "--mailbox", "maria@contoso.com"])[0].clone();
    assert_eq!(copy["subject"], subject.as_str());
}

#[test]
fn a_tracked_email_keeps_the_token_of_its_subject_however_it_was_tracked() {
    let env = org();
    let (sent, _, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    // Maria is no recipient of the offer; she tracks the buyer's reply by hand.
    let by_hand = mail(
        &env,
        BUYER,
        "maria@contoso.com",
        "RE: Offer CRM:0001001",
        &[],
    )[0];
    env.run(&["item", "track", &by_hand.to_string()]).ok();
    let by_hand = activity_of(&env, by_hand);
    assert_eq!(by_hand["tracking_token"], "CRM:0001001");
    assert_eq!(by_hand["correlation_method"], "none");
    // The next reply correlates with the most recent email carrying the token.
    let next = mail(&env, BUYER, ALEX.1, "RE: RE: Offer CRM:0001001", &[])[0];
    sync(&env);
    let next = activity_of(&env, next);
    assert_eq!(next["tracking_token"], "CRM:0001001");
    assert_eq!(next["correlated_activity_id"], by_hand["id"]);
    assert_ne!(next["correlated_activity_id"], sent);
}
