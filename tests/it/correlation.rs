//! Correlation of incoming email (SPEC 5.3-5.4, 7): In-Reply-To, tracking token, conversation
//! index and smart matching in that order, the switches that turn each off, and what the new
//! activity records: method, correlated and parent activity, regarding.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use orgtrack::import::{self, eml};
use serde_json::Value;

use crate::automatic::{
    BUYER, activity_id_of, activity_of, assert_reason, evaluation, mail, org, reasons, reply,
    reply_to_an_offer_regarding_an_account, send_from_dynamics, set, text, untracked,
    untracked_because,
};
use crate::engine::{ALEX, MARIA, sync, tracking};
use crate::util::{Env, corpora};

/// A Thread-Index: a 22-byte header (conversation `seed`) and one 5-byte block per reply.
fn thread_index(seed: u8, replies: usize) -> String {
    let mut bytes = vec![0x01, 0xdc, 0x7e, 0x10, 0x20, 0x30];
    bytes.extend(std::iter::repeat_n(seed, 16));
    for reply in 0..replies {
        bytes.extend([0x00, 0x00, 0x10, 0x00, reply as u8 + 1]);
    }
    STANDARD.encode(bytes)
}

/// An email from the buyer to Alex, tracked by hand with the App for Outlook: its activity.
fn tracked_by_hand(env: &Env, subject: &str, extra: &[&str]) -> i64 {
    let id = mail(env, BUYER, ALEX.1, subject, extra)[0];
    env.run(&["item", "track", &id.to_string()]).ok();
    activity_id_of(env, id)
}

/// The four kinds of earlier tracked email one reply can correlate with, in a fresh org with
/// smart matching on: (in_reply_to, tracking_token, conversation_index, smart_matching)
/// activities, and the reply's arguments (subject, extra options).
struct FourWays {
    env: Env,
    in_reply_to: i64,
    token: i64,
    conversation: i64,
    smart: i64,
    message_id: String,
    token_text: String,
}

fn four_ways() -> FourWays {
    let env = org();
    set(&env, "enablesmartmatching", "true");
    // The reply's subject has the token as one more word than the smart-matching target's.
    set(&env, "hashdeltasubjectcount", "1");
    let (in_reply_to, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Alpha");
    let (token, _, subject) = send_from_dynamics(&env, "Alex Wu", BUYER, "Beta");
    let token_text = subject.rsplit(' ').next().unwrap().to_string();
    assert_eq!(token_text, "CRM:0001002");
    let conversation = tracked_by_hand(&env, "Gamma", &["--thread-index", &thread_index(7, 0)]);
    let smart = tracked_by_hand(&env, "Delta", &[]);
    FourWays {
        env,
        in_reply_to,
        token,
        conversation,
        smart,
        message_id,
        token_text,
    }
}

impl FourWays {
    /// The reply that matches all four, evaluated by the next cycle.
    fn reply(&self, with_in_reply_to: bool) -> (i64, Value) {
        let subject = format!("RE: Delta {}", self.token_text);
        let index = thread_index(7, 1);
        let mut extra = vec!["--thread-index", index.as_str()];
        if with_in_reply_to {
            extra.extend(["--in-reply-to", self.message_id.as_str()]);
        }
        let id = mail(&self.env, BUYER, ALEX.1, &subject, &extra)[0];
        sync(&self.env);
        (id, evaluation(&self.env, id))
    }
}

fn matched(ev: &Value, method: &str, activity: i64) -> bool {
    reasons(ev).contains(&format!(
        "correlation by {method} matched activity {activity}"
    ))
}

#[test]
fn the_first_match_in_the_documented_order_wins_and_every_match_is_listed() {
    let w = four_ways();
    let (id, ev) = w.reply(true);
    assert_eq!(ev["correlation_method"], "in_reply_to");
    assert_eq!(ev["correlated_activity_id"], w.in_reply_to);
    assert_eq!(ev["parent_activity_id"], w.in_reply_to);
    assert!(matched(&ev, "In-Reply-To header", w.in_reply_to), "{ev:#}");
    assert!(matched(&ev, "tracking token", w.token), "{ev:#}");
    assert!(matched(&ev, "conversation index", w.conversation), "{ev:#}");
    assert!(matched(&ev, "smart matching", w.smart), "{ev:#}");
    let order: Vec<usize> = [
        "In-Reply-To header",
        "tracking token",
        "conversation index",
        "smart matching",
    ]
    .iter()
    .map(|m| {
        reasons(&ev)
            .iter()
            .position(|r| r.starts_with(&format!("correlation by {m} ")))
            .unwrap()
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let activity = activity_of(&w.env, id);
    assert_eq!(activity["correlation_method"], "in_reply_to");
    assert_eq!(activity["correlated_activity_id"], w.in_reply_to);
    assert_eq!(activity["parent_activity_id"], w.in_reply_to);
}

#[test]
fn without_header_correlation_the_token_wins_and_names_no_parent() {
    let w = four_ways();
    set(
        &w.env,
        "IgnoreConversationIndexAndInReplyToForCorrelation",
        "true",
    );
    let (id, ev) = w.reply(true);
    assert_eq!(ev["correlation_method"], "tracking_token");
    assert_eq!(ev["correlated_activity_id"], w.token);
    assert_eq!(ev["parent_activity_id"], Value::Null);
    assert!(!matched(&ev, "In-Reply-To header", w.in_reply_to), "{ev:#}");
    assert!(
        !matched(&ev, "conversation index", w.conversation),
        "{ev:#}"
    );
    assert_reason(
        &ev,
        "In-Reply-To and conversation index correlation are off",
    );
    let activity = activity_of(&w.env, id);
    assert_eq!(activity["correlation_method"], "tracking_token");
    assert_eq!(activity["parent_activity_id"], Value::Null);
}

#[test]
fn without_in_reply_to_and_tokens_the_conversation_index_wins() {
    let w = four_ways();
    set(&w.env, "maximumtrackingnumber", "0");
    let (id, ev) = w.reply(false);
    assert_eq!(ev["correlation_method"], "conversation_index");
    assert_eq!(ev["correlated_activity_id"], w.conversation);
    assert_eq!(ev["parent_activity_id"], w.conversation);
    assert!(!matched(&ev, "tracking token", w.token), "{ev:#}");
    assert_eq!(
        activity_of(&w.env, id)["parent_activity_id"],
        w.conversation
    );
}

#[test]
fn with_everything_else_off_smart_matching_wins_and_names_no_parent() {
    let w = four_ways();
    set(&w.env, "maximumtrackingnumber", "0");
    set(&w.env, "emailcorrelationenabled", "false");
    let (id, ev) = w.reply(true);
    assert_eq!(ev["correlation_method"], "smart_matching");
    assert_eq!(ev["correlated_activity_id"], w.smart);
    assert_eq!(ev["parent_activity_id"], Value::Null);
    assert_eq!(
        reasons(&ev)
            .iter()
            .filter(|r| r.starts_with("correlation by"))
            .count(),
        1
    );
    let activity = activity_of(&w.env, id);
    assert_eq!(activity["correlation_method"], "smart_matching");
    assert_eq!(activity["correlated_activity_id"], w.smart);

    set(&w.env, "enablesmartmatching", "false");
    let (id, ev) = w.reply(true);
    untracked(&w.env, id);
    assert_eq!(ev["correlation_method"], "none");
    assert_eq!(ev["filter_reason"], "no_correlation_match");
}

#[test]
fn a_reply_gets_the_regarding_of_the_email_it_correlates_with() {
    let env = org();
    let (account, sent, reply) = reply_to_an_offer_regarding_an_account(&env);
    let activity = activity_of(&env, reply);
    assert_eq!(activity["regarding_id"], account);
    assert_eq!(activity["regarding"], "Fabrikam");
    assert_eq!(activity["correlation_method"], "in_reply_to");
    assert_eq!(activity["correlated_activity_id"], sent);
    assert_eq!(activity["parent_activity_id"], sent);
    assert_eq!(activity["accepting_mailbox"], "Alex Wu");
    assert_eq!(activity["receiving_mailbox"], "Alex Wu");
    assert_eq!(activity["filter_reason"], "correlation_match");
    assert_eq!(evaluation(&env, reply)["regarding_id"], account);

    // A reply to the reply correlates with the reply, and keeps the regarding.
    let reply_id = tracking(&env, reply)["activity_id"].clone();
    let reply_message = crate::automatic::text(&crate::engine::item(&env, reply)["message_id"]);
    let second = mail(
        &env,
        BUYER,
        MARIA.1,
        "RE: RE: Offer",
        &["--in-reply-to", &reply_message],
    )[0];
    sync(&env);
    let activity = activity_of(&env, second);
    assert_eq!(activity["parent_activity_id"], reply_id);
    assert_eq!(activity["regarding_id"], account);
    assert_eq!(activity["receiving_mailbox"], "Maria Garcia");
}

#[test]
fn correlation_off_skips_in_reply_to_and_the_conversation_index() {
    for (name, value) in [
        ("emailcorrelationenabled", "false"),
        ("IgnoreConversationIndexAndInReplyToForCorrelation", "true"),
    ] {
        let env = org();
        let (_, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
        tracked_by_hand(&env, "Thread", &["--thread-index", &thread_index(3, 0)]);
        set(&env, name, value);
        let by_header = reply(&env, "RE: Offer", &message_id);
        let by_index = mail(
            &env,
            BUYER,
            ALEX.1,
            "RE: Thread",
            &["--thread-index", &thread_index(3, 1)],
        )[0];
        sync(&env);
        for id in [by_header, by_index] {
            let ev = untracked_because(&env, id);
            assert_eq!(ev["correlation_method"], "none", "{name}: {ev:#}");
            assert_eq!(ev["filter_reason"], "no_correlation_match");
            assert_reason(
                &ev,
                "In-Reply-To and conversation index correlation are off",
            );
        }
    }
}

#[test]
fn forwards_correlate_as_replies_unless_do_not_correlate_forwarded_emails_as_replies() {
    let env = org();
    let (sent, message_id, _) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    let forward = reply(&env, "FW: Offer", &message_id);
    sync(&env);
    assert_eq!(activity_of(&env, forward)["correlated_activity_id"], sent);

    set(&env, "DoNotCorrelateForwardedEmailsAsReplies", "true");
    let forward = reply(&env, "Fwd: Offer", &message_id);
    let reply = reply(&env, "RE: Offer", &message_id);
    sync(&env);
    let ev = untracked_because(&env, forward);
    assert_eq!(ev["filter_reason"], "no_correlation_match");
    assert_reason(
        &ev,
        "this is a forward (DoNotCorrelateForwardedEmailsAsReplies)",
    );
    assert_eq!(
        activity_of(&env, reply)["correlation_method"],
        "in_reply_to"
    );
}

#[test]
fn tokens_off_means_no_token_is_sent_and_none_correlates() {
    let env = org();
    let (_, _, subject) = send_from_dynamics(&env, "Alex Wu", BUYER, "Offer");
    assert_eq!(subject, "Offer CRM:0001001");
    set(&env, "maximumtrackingnumber", "0");
    let reply = mail(&env, BUYER, ALEX.1, "RE: Offer CRM:0001001", &[])[0];
    sync(&env);
    untracked(&env, reply);
    assert_eq!(evaluation(&env, reply)["correlation_method"], "none");
    let (_, _, subject) = send_from_dynamics(&env, "Alex Wu", BUYER, "Plain");
    assert_eq!(subject, "Plain");

    set(&env, "maximumtrackingnumber", "999");
    let reply = mail(&env, BUYER, ALEX.1, "RE: Offer CRM:0001001", &[])[0];
    sync(&env);
    assert_eq!(
        activity_of(&env, reply)["correlation_method"],
        "tracking_token"
    );
}

#[test]
fn the_conversation_index_links_to_the_nearest_tracked_ancestor() {
    let env = org();
    let root = tracked_by_hand(&env, "Thread", &["--thread-index", &thread_index(9, 0)]);
    // The first reply is in no mailbox here: the grandchild's nearest tracked ancestor is the root.
    let grandchild = mail(
        &env,
        BUYER,
        ALEX.1,
        "RE: RE: Thread",
        &["--thread-index", &thread_index(9, 2)],
    )[0];
    let other = mail(
        &env,
        BUYER,
        ALEX.1,
        "RE: Another",
        &["--thread-index", &thread_index(8, 1)],
    )[0];
    sync(&env);
    let activity = activity_of(&env, grandchild);
    assert_eq!(activity["correlation_method"], "conversation_index");
    assert_eq!(activity["correlated_activity_id"], root);
    assert_eq!(activity["parent_activity_id"], root);
    untracked(&env, other);
}

#[test]
fn a_token_correlates_with_the_most_recent_email_that_carries_it() {
    let env = org();
    set(&env, "maximumtrackingnumber", "9");
    let mut sent = Vec::new();
    for n in 1..=10 {
        let (activity, _, subject) =
            send_from_dynamics(&env, "Alex Wu", BUYER, &format!("Offer {n}"));
        sent.push((activity, subject));
    }
    // The counter wrapped: the first and the tenth carry the same token.
    assert_eq!(sent[0].1, "Offer 1 CRM:00011");
    assert_eq!(sent[9].1, "Offer 10 CRM:00011");
    let reply = mail(&env, BUYER, ALEX.1, "RE: Offer 1 CRM:00011", &[])[0];
    sync(&env);
    let activity = activity_of(&env, reply);
    assert_eq!(activity["correlation_method"], "tracking_token");
    assert_eq!(activity["correlated_activity_id"], sent[9].0);
    assert_eq!(activity["tracking_token"], "CRM:00011");
}

// ---- smart matching (SPEC 7) ----

/// A tracked email "Quote for Contoso" from the buyer to Alex (by hand), then a reply with
/// `subject` from `from` (cc `cc`), evaluated with smart matching on after `settings`.
fn smart(
    settings: &[(&str, &str)],
    subject: &str,
    from: &str,
    cc: Option<&str>,
) -> (Env, i64, Value, i64) {
    let env = org();
    for (name, value) in settings {
        set(&env, name, value);
    }
    set(&env, "enablesmartmatching", "true");
    let original = tracked_by_hand(&env, "Quote for Contoso today", &["--cc", MARIA.1]);
    let mut extra = vec![];
    if let Some(cc) = cc {
        extra.extend(["--cc", cc]);
    }
    let reply = mail(&env, from, ALEX.1, subject, &extra)[0];
    sync(&env);
    let ev = evaluation(&env, reply);
    (env, reply, ev, original)
}

fn smart_matched(ev: &Value, original: i64) -> bool {
    ev["correlation_method"] == "smart_matching" && ev["correlated_activity_id"] == original
}

#[test]
fn smart_matching_strips_reply_prefixes_and_needs_the_same_words_and_two_addresses() {
    let (env, reply, ev, original) = smart(&[], "RE: FW: quote for contoso TODAY", BUYER, None);
    assert!(smart_matched(&ev, original), "{ev:#}");
    let activity = activity_of(&env, reply);
    assert_eq!(activity["correlation_method"], "smart_matching");
    assert_eq!(activity["parent_activity_id"], Value::Null);

    let (_, _, ev, original) = smart(&[], "RE: Quote for Contoso tomorrow", BUYER, None);
    assert!(!smart_matched(&ev, original), "another word: {ev:#}");
    // Only one shared address (Alex): not enough with hashminaddresscount 2.
    let (_, _, ev, original) = smart(
        &[],
        "RE: Quote for Contoso today",
        "someone@else.example",
        None,
    );
    assert!(!smart_matched(&ev, original), "{ev:#}");
}

#[test]
fn smart_matching_is_off_by_default() {
    let env = org();
    let original = tracked_by_hand(&env, "Quote for Contoso", &[]);
    let reply = mail(&env, BUYER, ALEX.1, "RE: Quote for Contoso", &[])[0];
    sync(&env);
    untracked(&env, reply);
    assert!(!matched(
        &evaluation(&env, reply),
        "smart_matching",
        original
    ));
}

#[test]
fn hashfilterkeywords_decides_what_is_stripped() {
    let subject = "[EXT] Quote for Contoso today";
    let (_, _, ev, original) = smart(&[], subject, BUYER, None);
    assert!(
        !smart_matched(&ev, original),
        "[EXT] is a word by default: {ev:#}"
    );
    let (_, _, ev, original) = smart(
        &[("hashfilterkeywords", r"^\s*\[EXT\]\s*")],
        subject,
        BUYER,
        None,
    );
    assert!(smart_matched(&ev, original), "{ev:#}");
}

#[test]
fn hashmaxcount_limits_the_words_compared() {
    let subject = "RE: Quote for Contoso tomorrow";
    let (_, _, ev, original) = smart(&[("hashmaxcount", "3")], subject, BUYER, None);
    assert!(
        smart_matched(&ev, original),
        "only the first three words count: {ev:#}"
    );
}

#[test]
fn hashdeltasubjectcount_allows_that_many_different_words() {
    let subject = "RE: Quote for Contoso today updated";
    let (_, _, ev, original) = smart(&[], subject, BUYER, None);
    assert!(!smart_matched(&ev, original), "{ev:#}");
    let (_, _, ev, original) = smart(&[("hashdeltasubjectcount", "1")], subject, BUYER, None);
    assert!(smart_matched(&ev, original), "{ev:#}");
}

#[test]
fn hashminaddresscount_is_the_number_of_shared_addresses_needed() {
    let subject = "RE: Quote for Contoso today";
    // Buyer, Alex and Maria are shared: three.
    let (_, _, ev, original) = smart(
        &[("hashminaddresscount", "3")],
        subject,
        BUYER,
        Some(MARIA.1),
    );
    assert!(smart_matched(&ev, original), "{ev:#}");
    let (_, _, ev, original) = smart(&[("hashminaddresscount", "3")], subject, BUYER, None);
    assert!(!smart_matched(&ev, original), "{ev:#}");
    let (_, _, ev, original) = smart(
        &[("hashminaddresscount", "1")],
        subject,
        "someone@else.example",
        None,
    );
    assert!(smart_matched(&ev, original), "{ev:#}");
}

#[test]
fn hashes_are_stored_while_smart_matching_is_off_unless_creation_is_disabled() {
    for (disabled, expect) in [("false", true), ("true", false)] {
        let env = org();
        set(&env, "DisableSmartMatchingEmailHashCreation", disabled);
        let original = tracked_by_hand(&env, "Quote for Contoso", &[]);
        set(&env, "enablesmartmatching", "true");
        let reply = mail(&env, BUYER, ALEX.1, "RE: Quote for Contoso", &[])[0];
        sync(&env);
        let ev = evaluation(&env, reply);
        assert_eq!(
            smart_matched(&ev, original),
            expect,
            "DisableSmartMatchingEmailHashCreation {disabled}: {ev:#}"
        );
    }
}

#[test]
fn smart_matching_looks_back_90_days_only() {
    let env = org();
    set(&env, "enablesmartmatching", "true");
    let old = tracked_by_hand(&env, "Quote for Contoso", &[]);
    let recent = tracked_by_hand(&env, "Invoice for Contoso", &[]);
    // 89 days later the Quote thread still matches.
    env.run(&["-q", "sync", "--until", "2026-04-04T09:00:00Z"])
        .ok();
    let in_window = mail(&env, BUYER, ALEX.1, "RE: Invoice for Contoso", &[])[0];
    sync(&env);
    assert!(smart_matched(&evaluation(&env, in_window), recent));
    // 91 days after it was tracked, the Quote is out of reach.
    env.run(&["-q", "sync", "--until", "2026-04-06T09:15:00Z"])
        .ok();
    let late = mail(&env, BUYER, ALEX.1, "RE: Quote for Contoso", &[])[0];
    sync(&env);
    untracked(&env, late);
    assert!(!matched(&evaluation(&env, late), "smart matching", old));
}

// ---- real threads ----

/// The LKML corpus, read from the files: Message-ID -> In-Reply-To (first copy of each id).
fn lkml_parents() -> BTreeMap<String, Option<String>> {
    let mut parents = BTreeMap::new();
    for input in import::collect_inputs(&[corpora().join("eml/notmuch-lkml")]) {
        let bytes = input.content.expect("readable");
        let message = eml::parse_message(&bytes).expect("every LKML message parses");
        parents
            .entry(message.message_id)
            .or_insert(message.in_reply_to);
    }
    parents
}

#[test]
fn every_reply_of_a_real_thread_tracked_by_hand_is_tracked_by_in_reply_to() {
    let parents = lkml_parents();
    // Threads: a first message (its parent, if any, is not in the corpus) and every message
    // reached from it through In-Reply-To, which stays inside the corpus by construction.
    let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, parent) in &parents {
        if let Some(parent) = parent.as_deref().filter(|p| parents.contains_key(*p)) {
            children.entry(parent).or_default().push(id);
        }
    }
    let roots: Vec<&str> = children
        .keys()
        .copied()
        .filter(|id| {
            parents[*id]
                .as_deref()
                .is_none_or(|p| !parents.contains_key(p))
        })
        .collect();
    let mut replies: Vec<&str> = Vec::new();
    let mut stack = roots.clone();
    while let Some(id) = stack.pop() {
        for child in children.get(id).into_iter().flatten() {
            replies.push(child);
            stack.push(child);
        }
    }
    assert!(
        roots.len() >= 5 && replies.len() >= 100,
        "{} threads, {} replies",
        roots.len(),
        replies.len()
    );

    // Alex tracks "responses" (the default) and receives the whole corpus in his Inbox.
    let env = org();
    let dir = corpora().join("eml/notmuch-lkml");
    let summary = env.json(&["mail", "import", "--mailbox", ALEX.1, dir.to_str().unwrap()]);
    assert_eq!(summary["imported"], parents.len());
    let items = env.json(&["item", "list", "--mailbox", ALEX.1]);
    let item_of: BTreeMap<String, i64> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (text(&i["message_id"]), i["id"].as_i64().unwrap()))
        .collect();
    for root in &roots {
        env.run(&["item", "track", &item_of[*root].to_string()])
            .ok();
    }
    let summary = sync(&env);
    assert_eq!(summary["tracked"], replies.len());

    let items = env.json(&["item", "list", "--mailbox", ALEX.1]);
    let activity_of_message: BTreeMap<String, Value> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (text(&i["message_id"]), i["tracking"]["activity_id"].clone()))
        .collect();
    let activities: BTreeMap<i64, Value> = crate::engine::activities(&env)
        .into_iter()
        .map(|a| (a["id"].as_i64().unwrap(), a))
        .collect();
    for reply in &replies {
        let parent = parents[*reply].as_deref().unwrap();
        let parent_activity = &activity_of_message[parent];
        let activity = &activities[&activity_of_message[*reply].as_i64().expect(reply)];
        assert_eq!(activity["correlation_method"], "in_reply_to", "{reply}");
        assert_eq!(
            &activity["correlated_activity_id"], parent_activity,
            "{reply}"
        );
        assert_eq!(&activity["parent_activity_id"], parent_activity, "{reply}");
        assert_eq!(activity["accepting_mailbox"], "Alex Wu", "{reply}");
        assert_eq!(activity["receiving_mailbox"], "Alex Wu", "{reply}");
    }
    // The first reply of each thread, as explain tells it.
    for root in &roots {
        let first = children[*root][0];
        let ev = evaluation(&env, item_of[first]);
        assert_eq!(ev["filter_reason"], "correlation_match");
        assert_eq!(ev["correlated_activity_id"], activity_of_message[*root]);
    }
    // Nothing outside those threads was tracked.
    let in_threads: BTreeSet<&str> = roots.iter().chain(&replies).copied().collect();
    for (id, activity) in &activity_of_message {
        assert_eq!(
            activity.is_null(),
            !in_threads.contains(id.as_str()),
            "{id}: {activity}"
        );
    }
}

#[test]
fn the_legacy_disable_smart_matching_switch_still_turns_it_off() {
    let subject = "RE: Quote for Contoso today";
    let (_, _, ev, original) = smart(&[], subject, BUYER, None);
    assert!(smart_matched(&ev, original), "{ev:#}");
    let (_, _, ev, original) = smart(&[("DisableSmartMatching", "true")], subject, BUYER, None);
    assert!(!smart_matched(&ev, original), "{ev:#}");
}
