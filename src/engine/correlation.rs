//! Correlation of an incoming email with tracked email (SPEC section 5 step 3, sections 6 and 7):
//! the steps in their documented order (In-Reply-To, tracking token, conversation index, smart
//! matching); the first match wins and every match is recorded as a reason. The pure methods
//! live in `crate::correlate`; this module orders them and looks up what they name.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::automatic::Evaluation;
use super::promote;
use super::rules::OrgRules;
use crate::correlate::{headers, smart_match, tokens};
use crate::error::Result;
use crate::model::tracking::CorrelationMethod;
use crate::store::items::{self, Item};
use crate::store::{activities, hashes};

/// A correlation found for an incoming email.
#[derive(Debug, Clone, Copy)]
pub struct Match {
    pub method: CorrelationMethod,
    pub activity: i64,
    /// The parent activity: only In-Reply-To and conversation index name one.
    pub parent: Option<i64>,
}

/// The correlation steps in their documented order; the first match wins, the others are
/// recorded as reasons too.
pub fn correlate(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    now: DateTime<Utc>,
    ev: &mut Evaluation,
) -> Result<Option<Match>> {
    let mut found: Vec<Match> = Vec::new();
    if rules.header_correlation {
        if let Some(parent_id) = &item.in_reply_to
            && let Some(activity) = activities::latest_of_message(conn, parent_id)?
        {
            if rules.forwards_are_not_replies && headers::is_forward(&item.subject) {
                ev.say("In-Reply-To names a tracked email, but this is a forward (DoNotCorrelateForwardedEmailsAsReplies)");
            } else {
                found.push(Match {
                    method: CorrelationMethod::InReplyTo,
                    activity,
                    parent: Some(activity),
                });
            }
        }
    } else {
        ev.say("In-Reply-To and conversation index correlation are off");
    }
    if rules.tokens.enabled
        && let Some(token) = tokens::parse_token(&rules.tokens.config, &item.subject)
        && let Some(activity) = activities::by_token(conn, &token.raw)?
    {
        found.push(Match {
            method: CorrelationMethod::TrackingToken,
            activity,
            parent: None,
        });
    }
    if rules.header_correlation
        && let Some(index) = &item.conversation_index
        && let Some((_, activity)) = items::ancestor_activity(conn, index)?
    {
        found.push(Match {
            method: CorrelationMethod::ConversationIndex,
            activity,
            parent: Some(activity),
        });
    }
    if rules.smart_matching
        && let Some(activity) = smart_match(conn, rules, item, now)?
    {
        found.push(Match {
            method: CorrelationMethod::SmartMatching,
            activity,
            parent: None,
        });
    }
    for m in &found {
        ev.say(format!(
            "correlation by {} matched activity {}",
            m.method, m.activity
        ));
    }
    if found.is_empty() {
        ev.say("no correlation matched");
    }
    Ok(found.first().copied())
}

/// The most recent tracked email of the last 90 days with matching subject and address hashes.
fn smart_match(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let (subject, addresses) = promote::email_hashes(rules, item);
    let since = now - Duration::days(smart_match::SEARCH_WINDOW_DAYS);
    for candidate in hashes::candidates(conn, &addresses, rules.smart.min_address_count, since)? {
        let (their_subject, their_addresses) = hashes::of_activity(conn, candidate)?;
        if smart_match::matches(
            &rules.smart,
            &subject,
            &addresses,
            &their_subject,
            &their_addresses,
        ) {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}
