//! Automatic tracking of email (SPEC sections 3 and 5): scope, filtering by the recipients'
//! options, the internal email rules, one activity per direction, auto-categorization and what
//! `explain` says about each. Shared helpers for `correlation`, `folder_tracking` and
//! `tokens_cli` live here too.

use serde_json::Value;

use crate::engine::{ALEX, MARIA, TRACKED, activities, created, item, sync, tracking};
use crate::util::Env;

pub const BUYER: &str = "buyer@fabrikam.com";

/// Alex and Maria (both "responses", the default) after the first cycle: clock at 09:15, past
/// their watermark (09:00), so new mail is evaluated.
pub fn org() -> Env {
    crate::engine::org()
}

/// `org()` on an org of the given version.
pub fn org_at(version: &str) -> Env {
    let env = Env::with_version_and_mailboxes(version, &[ALEX, MARIA]);
    sync(&env);
    env
}

pub fn set(env: &Env, name: &str, value: &str) {
    env.run(&["settings", "set", name, value]).ok();
}

/// A user's "Track email messages" option: all, responses, leads-contacts-accounts,
/// email-enabled, none.
pub fn tracks(env: &Env, user: &str, option: &str) {
    env.run(&["user", "set", user, "--track-email", option])
        .ok();
}

/// `mail receive` from any sender; returns the item ids, one per internal recipient.
pub fn mail(env: &Env, from: &str, to: &str, subject: &str, extra: &[&str]) -> Vec<i64> {
    let mut args = vec![
        "mail",
        "receive",
        "--from",
        from,
        "--to",
        to,
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    created(&env.json(&args))
}

/// `mail send`; returns (sent item, recipients' items).
pub fn send(env: &Env, from: &str, to: &str, subject: &str, extra: &[&str]) -> (i64, Vec<i64>) {
    let mut args = vec![
        "mail",
        "send",
        "--from",
        from,
        "--to",
        to,
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    let ids = created(&env.json(&args));
    (ids[0], ids[1..].to_vec())
}

/// An email sent from Dynamics 365 and, at the next cycle's outgoing poll, by its mailbox:
/// (its outgoing activity id, its Message-ID, its subject).
pub fn send_from_dynamics(env: &Env, from: &str, to: &str, subject: &str) -> (i64, String, String) {
    let args = [
        "mail",
        "send",
        "--from",
        from,
        "--to",
        to,
        "--subject",
        subject,
        "--via-dynamics",
    ];
    let copies = env.json(&args);
    assert_eq!(
        copies,
        serde_json::json!([]),
        "Pending Send: nothing in Exchange yet"
    );
    crate::engine::sync(env);
    let sent = crate::engine::activities(env)
        .into_iter()
        .filter(|a| a["direction"] == "outgoing")
        .max_by_key(|a| a["id"].as_i64())
        .expect("the outgoing activity");
    assert_eq!(
        sent["state"], "completed",
        "sent at the outgoing poll: {sent}"
    );
    (
        sent["id"].as_i64().expect("an activity"),
        text(&sent["message_id"]),
        text(&sent["subject"]),
    )
}

pub fn text(value: &Value) -> String {
    value.as_str().expect("a string").to_string()
}

pub fn explain(env: &Env, id: i64) -> Value {
    env.json(&["explain", &id.to_string()])
}

/// The automatic-tracking evaluation `explain` shows for an item.
pub fn evaluation(env: &Env, id: i64) -> Value {
    let ev = explain(env, id)["evaluation"].clone();
    assert!(ev.is_object(), "item {id} was never evaluated");
    ev
}

pub fn reasons(ev: &Value) -> Vec<String> {
    ev["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(text)
        .collect()
}

#[track_caller]
pub fn assert_reason(ev: &Value, part: &str) {
    let all = reasons(ev);
    assert!(
        all.iter().any(|r| r.contains(part)),
        "no reason contains {part:?}: {all:#?}"
    );
}

/// The activity an item is tracked to.
pub fn activity_of(env: &Env, id: i64) -> Value {
    let t = tracking(env, id);
    assert_eq!(t["state"], "tracked", "item {id}: {t}");
    crate::engine::activity(env, &t["activity_id"])
}

pub fn activity_id_of(env: &Env, id: i64) -> i64 {
    tracking(env, id)["activity_id"].as_i64().expect("tracked")
}

pub fn record(env: &Env, kind: &str, name: &str, email: Option<&str>) -> i64 {
    let mut args = vec!["record", "add", kind, name];
    if let Some(email) = email {
        args.extend(["--email", email]);
    }
    let out = env.run(&args).ok();
    out.stdout.trim().parse().expect("record add prints the id")
}

/// A queue owned by Maria, its mailbox approved and enabled; then a cycle, so mail arriving
/// from now on is after its watermark.
pub fn queue(env: &Env, name: &str, email: &str, convert: &str) {
    env.run(&[
        "queue",
        "add",
        name,
        "--email",
        email,
        "--owner",
        "Maria Garcia",
        "--convert-email",
        convert,
    ])
    .ok();
    env.run(&["mailbox", "approve", email]).ok();
    env.run(&["mailbox", "test-enable", email]).ok();
    sync(env);
}

/// The buyer's reply to the message `message_id`, delivered to Alex; returns its item.
pub fn reply(env: &Env, subject: &str, message_id: &str) -> i64 {
    mail(env, BUYER, ALEX.1, subject, &["--in-reply-to", message_id])[0]
}

/// Asserts the item was not tracked and returns the evaluation that says why.
pub fn untracked_because(env: &Env, id: i64) -> Value {
    untracked(env, id);
    evaluation(env, id)
}

pub fn untracked(env: &Env, id: i64) {
    let t = tracking(env, id);
    assert_eq!(t["state"], "untracked", "item {id}: {t}");
    assert_eq!(t["activity_id"], Value::Null);
}

fn categories_of(env: &Env, id: i64) -> Vec<String> {
    item(env, id)["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(text)
        .collect()
}

pub fn has_tracking_category(env: &Env, id: i64) -> bool {
    categories_of(env, id).iter().any(|c| c == TRACKED)
}

// ---- scope (SPEC 5.1) ----

/// Alex sends an offer from Dynamics 365 regarding the account Fabrikam; the buyer replies and a
/// cycle runs. Returns (account, offer activity, reply item).
pub fn reply_to_an_offer_regarding_an_account(env: &Env) -> (i64, i64, i64) {
    let account = record(env, "account", "Fabrikam", Some("info@fabrikam.com"));
    let (sent, message_id, _) = send_from_dynamics(env, "Alex Wu", BUYER, "Offer");
    env.run(&[
        "activity",
        "set-regarding",
        &sent.to_string(),
        &account.to_string(),
    ])
    .ok();
    let reply = mail(
        env,
        BUYER,
        ALEX.1,
        "RE: Offer",
        &["--in-reply-to", &message_id],
    )[0];
    sync(env);
    (account, sent, reply)
}

#[test]
fn mail_in_the_inbox_after_the_watermark_is_evaluated_at_the_next_cycle() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let id = mail(&env, BUYER, ALEX.1, "Quote", &[])[0];
    assert_eq!(item(&env, id)["pending"], "evaluate");
    untracked(&env, id);
    assert_eq!(explain(&env, id)["evaluation"], Value::Null);
    sync(&env);
    let ev = evaluation(&env, id);
    assert_eq!(ev["outcome"], "tracked");
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_eq!(ev["receiving_mailbox"], "Alex Wu");
    assert_eq!(ev["accepting_mailbox"], "Alex Wu");
    assert_eq!(ev["correlation_method"], "none");
    let activity = activity_of(&env, id);
    assert_eq!(activity["direction"], "incoming");
    assert_eq!(activity["accepting_mailbox"], "Alex Wu");
    assert_eq!(activity["receiving_mailbox"], "Alex Wu");
    assert_eq!(activity["correlation_method"], "none");
    assert_eq!(activity["filter_reason"], "accept_all");
    assert_eq!(ev["activity_id"], activity["id"]);
    assert_eq!(tracking(&env, id)["method"], "automatic");
    assert_eq!(item(&env, id)["pending"], Value::Null);
}

#[test]
fn mail_received_before_the_watermark_is_not_evaluated() {
    // The watermark starts at the mailbox's creation (09:00); mail of that instant counts as
    // after it. An admin moves it on to 10:00: mail received before then is left alone.
    let env = Env::with_mailboxes(&[ALEX, MARIA]);
    tracks(&env, "Alex Wu", "all");
    assert_eq!(
        env.json(&["mailbox", "show", ALEX.1])["process_email_after"],
        "2026-01-05T09:00:00Z"
    );
    let first = mail(&env, BUYER, ALEX.1, "First", &[])[0];
    env.run(&[
        "mailbox",
        "set",
        ALEX.1,
        "--process-email-after",
        "2026-01-05T10:00:00Z",
    ])
    .ok();
    let early = mail(&env, BUYER, ALEX.1, "Early", &[])[0];
    sync(&env);
    untracked(&env, first);
    let ev = untracked_because(&env, early);
    assert_eq!(ev["outcome"], "not_tracked");
    assert_eq!(ev["filter_reason"], Value::Null);
    assert_reason(
        &ev,
        "received before the mailbox processes email (2026-01-05T10:00:00Z)",
    );
    env.run(&["sync", "--until", "2026-01-05T10:00:00Z"]).ok();
    let later = mail(&env, BUYER, ALEX.1, "Later", &[])[0];
    sync(&env);
    assert_eq!(tracking(&env, later)["state"], "tracked");
    env.run(&["mailbox", "set", ALEX.1, "--process-email-after", "someday"])
        .code(4);
}

#[test]
fn only_mail_directly_in_the_inbox_is_evaluated_and_a_move_back_is_not_picked_up() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    env.run(&["folder", "add", ALEX.1, "Inbox/Projects"]).ok();
    let eml = env.file(
        "quote.eml",
        "From: buyer@fabrikam.com\r\nTo: alex@contoso.com\r\nSubject: Filed by a rule\r\n\
         Message-ID: <filed@fabrikam.com>\r\nDate: Mon, 5 Jan 2026 09:10:00 +0000\r\n\r\nBody\r\n",
    );
    let summary = env.json(&[
        "mail",
        "import",
        "--mailbox",
        ALEX.1,
        "--folder",
        "Inbox/Projects",
        &eml,
    ]);
    let id = summary["item_ids"][0].as_i64().unwrap();
    sync(&env);
    untracked(&env, id);
    assert_reason(&evaluation(&env, id), "not directly in the Inbox");
    // Moved back into the Inbox: automatic tracking does not look at it again.
    env.run(&["item", "move", &id.to_string(), "Inbox"]).ok();
    assert_eq!(item(&env, id)["pending"], Value::Null);
    sync(&env);
    untracked(&env, id);
    // Tracking it by hand still works.
    env.run(&["item", "track", &id.to_string()]).ok();
    let activity = activity_of(&env, id);
    assert_eq!(activity["accepting_mailbox"], Value::Null);
    assert_eq!(activity["filter_reason"], Value::Null);
    assert_eq!(tracking(&env, id)["method"], "app");
}

#[test]
fn sent_items_are_scanned_only_with_auto_track_sent_folder_items() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let (first, _) = send(&env, "Alex Wu", BUYER, "Proposal", &[]);
    sync(&env);
    let ev = untracked_because(&env, first);
    assert_reason(
        &ev,
        "in Sent Items, which is scanned only with AutoTrackSentFolderItems",
    );

    set(&env, "AutoTrackSentFolderItems", "true");
    let (second, _) = send(&env, "Alex Wu", BUYER, "Second proposal", &[]);
    sync(&env);
    let activity = activity_of(&env, second);
    assert_eq!(activity["direction"], "outgoing");
    assert_eq!(activity["accepting_mailbox"], "Alex Wu");
    assert_eq!(activity["receiving_mailbox"], "Alex Wu");
    assert_eq!(evaluation(&env, second)["filter_reason"], "accept_all");
    // The first one was evaluated already: it is not looked at again.
    untracked(&env, first);

    // Sent Items go through the sending mailbox's own filter.
    tracks(&env, "Alex Wu", "responses");
    let (third, _) = send(&env, "Alex Wu", BUYER, "Third proposal", &[]);
    sync(&env);
    untracked(&env, third);
    assert_eq!(
        evaluation(&env, third)["filter_reason"],
        "no_correlation_match"
    );
}

#[test]
fn sent_items_are_filtered_by_their_recipients() {
    let env = org();
    tracks(&env, "Alex Wu", "leads-contacts-accounts");
    set(&env, "AutoTrackSentFolderItems", "true");
    record(
        &env,
        "contact",
        "Connie Contact",
        Some("connie@contacts.example"),
    );
    let (to_contact, _) = send(
        &env,
        "Alex Wu",
        "connie@contacts.example",
        "For Connie",
        &[],
    );
    let (to_stranger, _) = send(
        &env,
        "Alex Wu",
        "stranger@example.org",
        "For a stranger",
        &[],
    );
    sync(&env);
    let activity = activity_of(&env, to_contact);
    assert_eq!(activity["direction"], "outgoing");
    assert_eq!(activity["filter_reason"], "sender_match");
    untracked(&env, to_stranger);
    assert_eq!(
        evaluation(&env, to_stranger)["filter_reason"],
        "no_recipient_match"
    );
}

#[test]
fn a_mailbox_whose_incoming_method_is_none_has_nothing_tracked_automatically() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let waiting = mail(&env, BUYER, ALEX.1, "Waiting", &[])[0];
    env.run(&["mailbox", "set", ALEX.1, "--incoming", "none"])
        .ok();
    let after = mail(&env, BUYER, ALEX.1, "After", &[])[0];
    assert_eq!(item(&env, after)["pending"], Value::Null);
    sync(&env);
    untracked(&env, waiting);
    untracked(&env, after);
    assert_eq!(explain(&env, after)["evaluation"], Value::Null);
    let words = env.run(&["explain", &waiting.to_string()]).ok().stdout;
    assert!(
        words.starts_with(
            "Waiting to evaluate, but mailbox Alex Wu does not synchronize incoming email"
        ),
        "{words}"
    );
    assert!(activities(&env).is_empty());
}

// ---- filtering (SPEC 5.2) ----

/// Mail from `from` to Alex, whose option is `option`: (item, evaluation) after a cycle.
fn filtered(env: &Env, option: &str, from: &str, subject: &str) -> (i64, Value) {
    tracks(env, "Alex Wu", option);
    let id = mail(env, from, ALEX.1, subject, &[])[0];
    sync(env);
    (id, evaluation(env, id))
}

#[test]
fn option_all_accepts_any_sender() {
    let env = org();
    let (id, ev) = filtered(&env, "all", "stranger@example.org", "Hello");
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_reason(
        &ev,
        "Alex Wu accepts it (tracks all email messages): accepts all",
    );
    assert_eq!(activity_of(&env, id)["accepting_mailbox"], "Alex Wu");
}

#[test]
fn option_responses_accepts_only_correlated_mail() {
    let env = org();
    let (id, ev) = filtered(&env, "responses", BUYER, "Unrelated");
    untracked(&env, id);
    assert_eq!(ev["outcome"], "not_tracked");
    assert_eq!(ev["filter_reason"], "no_correlation_match");
    assert_reason(&ev, "no correlation matched");
    assert_reason(
        &ev,
        "Alex Wu does not accept it (tracks responses to Dynamics 365 email): no correlation match",
    );

    let (activity, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    let reply = reply(&env, "RE: Offer", &message_id);
    sync(&env);
    let ev = evaluation(&env, reply);
    assert_eq!(ev["filter_reason"], "correlation_match");
    assert_eq!(ev["correlated_activity_id"], activity);
    assert_eq!(activity_of(&env, reply)["correlated_activity_id"], activity);
}

#[test]
fn option_leads_contacts_accounts_accepts_mail_from_those_records_only() {
    let env = org();
    tracks(&env, "Alex Wu", "leads-contacts-accounts");
    record(&env, "lead", "Lee Lead", Some("lee@leads.example"));
    record(
        &env,
        "contact",
        "Connie Contact",
        Some("connie@contacts.example"),
    );
    record(&env, "account", "Fabrikam", Some("info@fabrikam.com"));
    record(
        &env,
        "new_project",
        "Apollo",
        Some("apollo@projects.example"),
    );
    let senders = [
        "lee@leads.example",
        "connie@contacts.example",
        "info@fabrikam.com",
        "apollo@projects.example",
        "stranger@example.org",
    ];
    let ids: Vec<i64> = senders
        .iter()
        .map(|from| mail(&env, from, ALEX.1, &format!("From {from}"), &[])[0])
        .collect();
    sync(&env);
    for id in &ids[..3] {
        let ev = evaluation(&env, *id);
        assert_eq!(ev["filter_reason"], "sender_match", "{ev}");
        let activity = activity_of(&env, *id);
        assert_eq!(activity["accepting_mailbox"], "Alex Wu");
        assert_eq!(activity["filter_reason"], "sender_match");
    }
    for id in &ids[3..] {
        untracked(&env, *id);
        assert_eq!(evaluation(&env, *id)["filter_reason"], "no_recipient_match");
    }
}

#[test]
fn option_email_enabled_accepts_mail_from_any_email_enabled_record() {
    let env = org();
    tracks(&env, "Alex Wu", "email-enabled");
    record(
        &env,
        "new_project",
        "Apollo",
        Some("apollo@projects.example"),
    );
    record(
        &env,
        "contact",
        "Connie Contact",
        Some("connie@contacts.example"),
    );
    let project = mail(&env, "apollo@projects.example", ALEX.1, "Status", &[])[0];
    let contact = mail(&env, "connie@contacts.example", ALEX.1, "Hi", &[])[0];
    let stranger = mail(&env, "stranger@example.org", ALEX.1, "Spam", &[])[0];
    sync(&env);
    for id in [project, contact] {
        assert_eq!(evaluation(&env, id)["filter_reason"], "sender_match");
        assert_eq!(tracking(&env, id)["state"], "tracked");
    }
    untracked(&env, stranger);
    assert_eq!(
        evaluation(&env, stranger)["filter_reason"],
        "no_recipient_match"
    );
}

#[test]
fn option_none_tracks_nothing_not_even_replies() {
    let env = org();
    // "No email messages" is offered while DoNotAutoTrackEmail is on.
    set(&env, "DoNotAutoTrackEmail", "true");
    tracks(&env, "Alex Wu", "none");
    let (_, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    let reply = reply(&env, "RE: Offer", &message_id);
    sync(&env);
    let ev = untracked_because(&env, reply);
    assert_eq!(ev["filter_reason"], "no_recipient_match");
    assert_eq!(ev["correlation_method"], "in_reply_to");
    assert_reason(&ev, "Alex Wu does not accept it (tracks no email messages)");
}

#[test]
fn a_queue_converts_incoming_email_by_its_own_option() {
    let env = org();
    queue(&env, "Support", "support@contoso.com", "all");
    queue(&env, "Sales", "sales@contoso.com", "responses");
    let support = mail(&env, BUYER, "support@contoso.com", "Broken", &[])[0];
    let sales = mail(&env, BUYER, "sales@contoso.com", "Pricing", &[])[0];
    sync(&env);
    let activity = activity_of(&env, support);
    assert_eq!(activity["accepting_mailbox"], "Support");
    assert_eq!(activity["receiving_mailbox"], "Support");
    // A queue's activity belongs to its owner.
    assert_eq!(activity["owner"], "Maria Garcia");
    assert_eq!(evaluation(&env, support)["filter_reason"], "accept_all");
    untracked(&env, sales);
    assert_eq!(
        evaluation(&env, sales)["filter_reason"],
        "no_correlation_match"
    );
}

#[test]
fn forced_filtering_overrides_every_users_option_but_not_queues() {
    let env = org();
    queue(&env, "Support", "support@contoso.com", "all");
    set(&env, "SSSForceFilteringMethodForUserMailboxes", "0");
    let alex = mail(&env, BUYER, ALEX.1, "Forced in", &[])[0];
    sync(&env);
    let ev = evaluation(&env, alex);
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_reason(&ev, "Alex Wu accepts it (tracks all email messages)");

    set(&env, "SSSForceFilteringMethodForUserMailboxes", "4");
    tracks(&env, "Maria Garcia", "all");
    let maria = mail(&env, BUYER, MARIA.1, "Forced out", &[])[0];
    let support = mail(&env, BUYER, "support@contoso.com", "Queue", &[])[0];
    sync(&env);
    untracked(&env, maria);
    assert_reason(
        &evaluation(&env, maria),
        "Maria Garcia does not accept it (tracks no email messages)",
    );
    assert_eq!(tracking(&env, support)["state"], "tracked");

    set(&env, "SSSForceFilteringMethodForUserMailboxes", "-1");
    let back = mail(&env, BUYER, MARIA.1, "Back to her choice", &[])[0];
    sync(&env);
    assert_eq!(tracking(&env, back)["state"], "tracked");
}

#[test]
fn every_internal_recipients_option_counts_so_the_accepting_entity_may_differ() {
    let env = org();
    tracks(&env, "Maria Garcia", "all");
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Both",
        &[],
    );
    let (alex, maria) = (ids[0], ids[1]);
    sync(&env);
    // Alex's mailbox is processed first; he tracks responses, Maria all: she accepts it.
    let ev = evaluation(&env, alex);
    assert_eq!(ev["receiving_mailbox"], "Alex Wu");
    assert_eq!(ev["accepting_mailbox"], "Maria Garcia");
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_reason(
        &ev,
        "Alex Wu does not accept it (tracks responses to Dynamics 365 email): no correlation match",
    );
    assert_reason(
        &ev,
        "Maria Garcia accepts it (tracks all email messages): accepts all",
    );
    let activity = activity_of(&env, alex);
    assert_eq!(activity["accepting_mailbox"], "Maria Garcia");
    assert_eq!(activity["receiving_mailbox"], "Alex Wu");
    // One message, one activity: Maria's copy is linked to it.
    assert_eq!(
        activity_id_of(&env, maria),
        activity["id"].as_i64().unwrap()
    );
    assert_eq!(activities(&env).len(), 1);
}

#[test]
fn with_the_syncing_mailbox_only_its_own_option_decides() {
    let env = org();
    tracks(&env, "Maria Garcia", "all");
    set(
        &env,
        "UseFilteringMethodOfSyncingMailboxOnlyForCorrelation",
        "true",
    );
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Both",
        &[],
    );
    let (alex, maria) = (ids[0], ids[1]);
    sync(&env);
    // Alex's copy, processed first, is judged by his option alone.
    let ev = evaluation(&env, alex);
    assert_reason(
        &ev,
        "Alex Wu does not accept it (tracks responses to Dynamics 365 email): no correlation match",
    );
    assert!(
        !reasons(&ev)
            .iter()
            .any(|r| r.contains("Maria Garcia accepts")),
        "{ev:#}"
    );
    // Maria's copy is tracked through her mailbox, and Alex's copy is auto-categorized.
    let activity = activity_of(&env, maria);
    assert_eq!(activity["accepting_mailbox"], "Maria Garcia");
    assert_eq!(activity["receiving_mailbox"], "Maria Garcia");
    assert_eq!(evaluation(&env, maria)["filter_reason"], "accept_all");
    assert_eq!(activity_id_of(&env, alex), activity["id"].as_i64().unwrap());
    // Its evaluation now tells the facts of the activity it is linked to.
    assert_eq!(ev["outcome"], "linked");
    assert_eq!(ev["activity_id"], activity["id"]);
    assert_eq!(ev["accepting_mailbox"], "Maria Garcia");
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_eq!(ev["receiving_mailbox"], "Alex Wu");
    assert_reason(
        &ev,
        &format!(
            "auto-categorized: its message was tracked automatically as activity {} from the copy in Maria Garcia (item {maria})",
            activity["id"]
        ),
    );
}

#[test]
fn mail_without_a_sender_is_an_invalid_sender() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let eml = env.file(
        "nosender.eml",
        "To: alex@contoso.com\r\nSubject: Who sent this\r\nMessage-ID: <anon@example.org>\r\n\r\nBody\r\n",
    );
    let id = env.json(&["mail", "import", "--mailbox", ALEX.1, &eml])["item_ids"][0]
        .as_i64()
        .unwrap();
    sync(&env);
    let ev = untracked_because(&env, id);
    assert_eq!(ev["filter_reason"], "invalid_sender");
    assert_reason(&ev, "the email has no sender");
}

// ---- one activity per (Message-ID, direction) (SPEC 5.5) ----

#[test]
fn a_message_is_one_activity_per_direction_and_later_copies_are_duplicates() {
    // Before 9.1.0.23475 there is no auto-categorization: every copy is evaluated on its own.
    let env = org_at("9.1.0.23474");
    tracks(&env, "Alex Wu", "all");
    tracks(&env, "Maria Garcia", "all");
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Twice",
        &[],
    );
    sync(&env);
    let first = activity_id_of(&env, ids[0]);
    assert_eq!(activity_id_of(&env, ids[1]), first);
    let ev = evaluation(&env, ids[1]);
    assert_eq!(ev["outcome"], "linked");
    assert_eq!(ev["filter_reason"], "duplicate");
    assert_reason(
        &ev,
        &format!("this message is already tracked as activity {first}: linked to it"),
    );
    assert_eq!(activities(&env).len(), 1);
    sync(&env);
    assert_eq!(activities(&env).len(), 1);

    // The other direction is another activity.
    set(&env, "AutoTrackSentFolderItems", "true");
    let (sent, delivered) = send(&env, "Alex Wu", MARIA.1, "Internal", &[]);
    sync(&env);
    let outgoing = activity_of(&env, sent);
    let incoming = activity_of(&env, delivered[0]);
    assert_eq!(outgoing["direction"], "outgoing");
    assert_eq!(incoming["direction"], "incoming");
    assert_eq!(outgoing["message_id"], incoming["message_id"]);
    assert_ne!(outgoing["id"], incoming["id"]);
}

// ---- internal email (SPEC 5.6) ----

#[test]
fn with_two_activities_on_an_email_between_users_is_tracked_both_ways() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let (outgoing, _, subject) = send_from_dynamics(&env, "Maria Garcia", ALEX.1, "Agenda");
    let copy = env.json(&["item", "list", "--mailbox", ALEX.1])[0]["id"]
        .as_i64()
        .unwrap();
    assert_eq!(text(&item(&env, copy)["subject"]), subject);
    sync(&env);
    let incoming = activity_of(&env, copy);
    assert_eq!(incoming["direction"], "incoming");
    assert_ne!(incoming["id"].as_i64(), Some(outgoing));
    assert_eq!(activities(&env).len(), 2);
}

#[test]
fn with_two_activities_off_the_copy_of_an_email_tracked_the_other_way_is_rejected() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    set(&env, "ignoreinternalemail", "true");
    let (outgoing, _, _) = send_from_dynamics(&env, "Maria Garcia", ALEX.1, "Agenda");
    let copy = env.json(&["item", "list", "--mailbox", ALEX.1])[0]["id"]
        .as_i64()
        .unwrap();
    sync(&env);
    let ev = untracked_because(&env, copy);
    assert_eq!(ev["filter_reason"], "internal_email_reject");
    assert_reason(
        &ev,
        "internal email whose copy in the other direction is already tracked",
    );
    assert_eq!(activities(&env).len(), 1);
    assert_eq!(activities(&env)[0]["id"], outgoing);

    // With the enhancement, internal email nobody tracked the other way is evaluated as usual.
    let plain = send(&env, "Maria Garcia", ALEX.1, "Lunch", &[]).1[0];
    sync(&env);
    assert_eq!(evaluation(&env, plain)["filter_reason"], "accept_all");
    assert_eq!(tracking(&env, plain)["state"], "tracked");
}

#[test]
fn without_the_detection_enhancement_every_internal_email_is_rejected() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    set(&env, "ignoreinternalemail", "true");
    set(&env, "IgnoreInternalEmailDetectionEnhancement", "false");
    let internal = send(&env, "Maria Garcia", ALEX.1, "Lunch", &[]).1[0];
    let external = mail(&env, BUYER, ALEX.1, "Quote", &[])[0];
    sync(&env);
    let ev = untracked_because(&env, internal);
    assert_eq!(ev["filter_reason"], "internal_email_reject");
    assert_reason(
        &ev,
        "internal email, and emails between users are not tracked as two activities",
    );
    assert_eq!(tracking(&env, external)["state"], "tracked");
}

#[test]
fn mail_a_user_sends_outside_is_no_internal_email() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    set(&env, "ignoreinternalemail", "true");
    set(&env, "IgnoreInternalEmailDetectionEnhancement", "false");
    set(&env, "AutoTrackSentFolderItems", "true");
    let (sent, _) = send(&env, "Alex Wu", BUYER, "Proposal", &[]);
    sync(&env);
    let ev = evaluation(&env, sent);
    assert_eq!(ev["filter_reason"], "accept_all");
    assert_eq!(activity_of(&env, sent)["direction"], "outgoing");
}

#[test]
fn email_from_a_user_to_a_queue_is_kept_for_the_queue_unless_do_not_ignore_is_off() {
    let env = org();
    queue(&env, "Support", "support@contoso.com", "all");
    set(&env, "ignoreinternalemail", "true");
    let (outgoing, _, _) = send_from_dynamics(&env, "Alex Wu", "support@contoso.com", "Escalation");
    let copy = env.json(&["item", "list", "--mailbox", "support@contoso.com"])[0]["id"]
        .as_i64()
        .unwrap();
    sync(&env);
    let ev = evaluation(&env, copy);
    assert_reason(&ev, "DoNotIgnoreInternalEmailToQueues");
    assert_eq!(ev["filter_reason"], "accept_all");
    let incoming = activity_of(&env, copy);
    assert_eq!(incoming["direction"], "incoming");
    assert_ne!(incoming["id"].as_i64(), Some(outgoing));

    set(&env, "DoNotIgnoreInternalEmailToQueues", "false");
    send_from_dynamics(&env, "Alex Wu", "support@contoso.com", "Second");
    let second = env.json(&["item", "list", "--mailbox", "support@contoso.com"])[1]["id"]
        .as_i64()
        .unwrap();
    sync(&env);
    untracked(&env, second);
    assert_eq!(
        evaluation(&env, second)["filter_reason"],
        "internal_email_reject"
    );
}

#[test]
fn email_from_a_queue_is_rejected_only_with_ignore_internal_email_from_queues() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    queue(&env, "Support", "support@contoso.com", "all");
    set(&env, "ignoreinternalemail", "true");
    let (_, _, _) = send_from_dynamics(&env, "Support", ALEX.1, "Your case");
    let first = env.json(&["item", "list", "--mailbox", ALEX.1])[0]["id"]
        .as_i64()
        .unwrap();
    sync(&env);
    assert_eq!(evaluation(&env, first)["filter_reason"], "accept_all");
    assert_eq!(activity_of(&env, first)["direction"], "incoming");

    set(&env, "IgnoreInternalEmailFromQueues", "true");
    send_from_dynamics(&env, "Support", ALEX.1, "Your case, again");
    let second = env.json(&["item", "list", "--mailbox", ALEX.1])[1]["id"]
        .as_i64()
        .unwrap();
    sync(&env);
    let ev = untracked_because(&env, second);
    assert_eq!(ev["filter_reason"], "internal_email_reject");
    assert_reason(&ev, "IgnoreInternalEmailFromQueues");
}

// ---- auto-categorization (SPEC 3) ----

#[test]
fn automatically_tracked_email_is_categorized_in_every_recipients_copy() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Both",
        &[],
    );
    sync(&env);
    let activity = activity_id_of(&env, ids[0]);
    assert!(has_tracking_category(&env, ids[0]));
    assert!(has_tracking_category(&env, ids[1]));
    assert_eq!(activity_id_of(&env, ids[1]), activity);
    assert_reason(
        &evaluation(&env, ids[0]),
        &format!(
            "auto-categorized the copy in Maria Garcia (item {})",
            ids[1]
        ),
    );
    let note = text(&item(&env, ids[1])["note"]);
    assert!(note.contains("auto-categorized"), "{note}");
}

#[test]
fn before_9_1_0_23475_other_copies_are_not_categorized() {
    // Only the syncing mailbox's option counts, so Maria's copy (responses) is never accepted
    // on its own: only auto-categorization can track it.
    let run = |version: &str| {
        let env = org_at(version);
        set(
            &env,
            "UseFilteringMethodOfSyncingMailboxOnlyForCorrelation",
            "true",
        );
        tracks(&env, "Alex Wu", "all");
        let ids = mail(
            &env,
            BUYER,
            "alex@contoso.com,maria@contoso.com",
            "Both",
            &[],
        );
        sync(&env);
        assert_eq!(tracking(&env, ids[0])["state"], "tracked", "at {version}");
        // The tracked copy gets the category whatever the version.
        assert!(has_tracking_category(&env, ids[0]), "at {version}");
        (env, ids)
    };
    let (env, ids) = run("9.1.0.23474");
    untracked(&env, ids[1]);
    assert!(!has_tracking_category(&env, ids[1]));
    assert_eq!(
        evaluation(&env, ids[1])["filter_reason"],
        "no_correlation_match"
    );

    let (env, ids) = run("9.1.0.23475");
    assert_eq!(tracking(&env, ids[1])["state"], "tracked");
    assert!(has_tracking_category(&env, ids[1]));
}

#[test]
fn manually_tracked_email_is_not_categorized_for_others() {
    let env = org();
    let ids = mail(
        &env,
        BUYER,
        "alex@contoso.com,maria@contoso.com",
        "Both",
        &[],
    );
    env.run(&["item", "track", &ids[0].to_string()]).ok();
    sync(&env);
    assert!(has_tracking_category(&env, ids[0]));
    untracked(&env, ids[1]);
    assert!(!has_tracking_category(&env, ids[1]));
    assert_eq!(
        evaluation(&env, ids[1])["filter_reason"],
        "no_correlation_match"
    );
}

#[test]
fn with_two_activities_on_only_copies_of_the_same_direction_are_categorized() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    set(&env, "AutoTrackSentFolderItems", "true");
    let (sent, delivered) = send(&env, "Alex Wu", MARIA.1, "Internal", &[]);
    sync(&env);
    assert_eq!(activity_of(&env, sent)["direction"], "outgoing");
    assert!(has_tracking_category(&env, sent));
    // Maria's incoming copy goes through her own filter (responses): not tracked.
    untracked(&env, delivered[0]);
    assert!(!has_tracking_category(&env, delivered[0]));

    set(&env, "ignoreinternalemail", "true");
    let (sent, delivered) = send(&env, "Alex Wu", MARIA.1, "Internal again", &[]);
    sync(&env);
    let outgoing = activity_id_of(&env, sent);
    assert!(has_tracking_category(&env, delivered[0]));
    assert_eq!(activity_id_of(&env, delivered[0]), outgoing);
}

// ---- explain ----

#[test]
fn explain_tells_in_words_and_json_why_an_item_was_tracked() {
    let env = org();
    let (account, sent_activity, reply) = reply_to_an_offer_regarding_an_account(&env);
    let doc = explain(&env, reply);
    assert_eq!(doc["item"]["id"], reply);
    assert_eq!(doc["has_tracking_category"], true);
    let ev = &doc["evaluation"];
    assert_eq!(ev["correlation_method"], "in_reply_to");
    assert_eq!(ev["correlated_activity_id"], sent_activity);
    assert_eq!(ev["parent_activity_id"], sent_activity);
    assert_eq!(ev["regarding_id"], account);
    let lines: Vec<String> = doc["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .map(text)
        .collect();
    let words = env.run(&["explain", &reply.to_string()]).ok().stdout;
    assert!(words.starts_with(&lines.join("\n")), "{words}");
    assert!(words.starts_with("Tracked to activity"), "{words}");
    assert!(
        words.contains(
            "automatic tracking: Alex Wu's email tracking option accepts it (correlation match)"
        ),
        "{words}"
    );
    assert!(
        words.contains(&format!(
            "filter reason correlation match, correlation In-Reply-To header with activity {sent_activity}, receiving mailbox Alex Wu, accepting mailbox Alex Wu"
        )),
        "{words}"
    );
    let reply_activity = activity_id_of(&env, reply);
    let by_activity = env.json(&["explain", &format!("activity:{reply_activity}")]);
    assert_eq!(by_activity["activity"]["regarding_id"], account);
    assert_eq!(by_activity["items"][0]["item"]["id"], reply);
    assert!(
        text(&by_activity["explanation"][0]).contains("tracked automatically"),
        "{by_activity:#}"
    );
    assert!(
        text(&by_activity["explanation"][1]).contains(&format!(
            "correlation: In-Reply-To header with activity {sent_activity}"
        )),
        "{by_activity:#}"
    );
}

#[test]
fn explain_refuses_unknown_targets() {
    let env = org();
    let err = env
        .run(&["--json", "explain", "nonsense"])
        .code(4)
        .error_json();
    assert_eq!(err["error"]["code"], "invalid_target");
    env.run(&["explain", "99"]).code(3);
    env.run(&["explain", "activity:99"]).code(3);
}

// ---- failures ----

#[test]
fn automatic_tracking_that_fails_is_retried_each_cycle_then_undeliverable() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    env.run(&["plugin", "add", "QuoteCheck", "--error", "timeout"])
        .ok();
    let id = mail(&env, BUYER, ALEX.1, "Quote", &[])[0];
    for attempt in 1..=5 {
        let summary = sync(&env);
        assert_eq!(summary["failed"], 1, "cycle {attempt}");
        let shown = item(&env, id);
        assert_eq!(shown["tracking"]["state"], "failed");
        assert_eq!(shown["tracking"]["method"], "automatic");
        assert_eq!(shown["tracking"]["attempts"], attempt);
        assert_eq!(shown["pending"], "evaluate");
        let ev = evaluation(&env, id);
        assert_eq!(ev["outcome"], "failed");
        assert_reason(
            &ev,
            &format!("attempt {attempt} failed: The request to Dynamics 365 timed out"),
        );
    }
    let summary = sync(&env);
    assert_eq!(summary["undeliverable"], 1);
    let shown = item(&env, id);
    assert_eq!(shown["tracking"]["state"], "undeliverable");
    assert_eq!(shown["pending"], Value::Null);
    assert!(
        text(&shown["note"]).starts_with("gave up after 6 attempts"),
        "{}",
        shown["note"]
    );
    assert_eq!(evaluation(&env, id)["outcome"], "undeliverable");
    assert_eq!(
        shown["categories"],
        serde_json::json!([crate::engine::UNDELIVERABLE])
    );
    sync(&env);
    assert_eq!(item(&env, id)["tracking"]["attempts"], 6);
    assert!(activities(&env).is_empty());
}

#[test]
fn automatic_tracking_succeeds_once_the_cause_is_gone() {
    let env = org();
    tracks(&env, "Alex Wu", "all");
    env.run(&["plugin", "add", "QuoteCheck", "--error", "plugin"])
        .ok();
    let id = mail(&env, BUYER, ALEX.1, "Quote", &[])[0];
    sync(&env);
    assert_eq!(tracking(&env, id)["state"], "failed");
    env.run(&["plugin", "remove", "QuoteCheck"]).ok();
    let summary = sync(&env);
    assert_eq!(summary["tracked"], 1);
    assert_eq!(summary["retried"], 1);
    let t = tracking(&env, id);
    assert_eq!(t["state"], "tracked");
    assert_eq!(t["attempts"], 2);
    assert_eq!(t["last_error"], Value::Null);
    assert_eq!(evaluation(&env, id)["filter_reason"], "accept_all");
}
