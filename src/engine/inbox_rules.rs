//! Outlook inbox rules: Exchange runs them on every message arriving in a mailbox's Inbox, at
//! delivery, before any sync cycle sees it. What they do is what a user could do by hand
//! (assign or remove a category, move the message), so it goes through `outlook` and the next
//! cycle sees it as if the user did it: the tracking category marks the message for tracking,
//! a move into a tracked folder has the folder rule track it, and a move out of the Inbox takes
//! it out of automatic tracking.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::outlook;
use crate::error::{Error, ExitKind, Result};
use crate::model::rules::{InboxAction, address_matches};
use crate::store::inbox_rules::{self, Acted, Action, InboxRule};
use crate::store::items::{self, Item};
use crate::store::{categories, folders, history};

/// Runs the enabled rules of the item's mailbox, in order, on a message that just arrived in its
/// Inbox; the first matching rule with `stop` ends the chain. Records and returns the rules
/// that acted.
pub fn on_arrival(conn: &Connection, item_id: i64, now: DateTime<Utc>) -> Result<Vec<Acted>> {
    let mailbox_id = items::get(conn, item_id)?.mailbox_id;
    let mut acted = Vec::new();
    for rule in inbox_rules::list(conn, mailbox_id, true)? {
        // Each rule sees what the rules before it did (a category one assigned, say).
        let item = items::get(conn, item_id)?;
        if !matches(conn, &rule, &item)? {
            continue;
        }
        // What the rule does is the rule's doing in the item's history, not its owner's.
        let actor = history::actor(conn)?;
        history::act_as(conn, &format!("inbox rule '{}'", rule.name))?;
        let mut done = Vec::with_capacity(rule.actions.len());
        for action in &rule.actions {
            done.push(perform(conn, item_id, action, now)?);
        }
        history::set_actor(conn, actor.as_deref())?;
        acted.push(Acted {
            rule: rule.name.clone(),
            actions: done,
        });
        if rule.stop {
            break;
        }
    }
    inbox_rules::record_acted(conn, item_id, &acted)?;
    Ok(acted)
}

/// Every condition the rule has holds (a rule without conditions takes every message).
fn matches(conn: &Connection, rule: &InboxRule, item: &Item) -> Result<bool> {
    if let Some(from) = &rule.from
        && !item
            .from
            .as_deref()
            .is_some_and(|a| address_matches(from, a))
    {
        return Ok(false);
    }
    if let Some(to) = &rule.to
        && !item
            .to
            .iter()
            .chain(&item.cc)
            .any(|a| address_matches(to, a))
    {
        return Ok(false);
    }
    if let Some(text) = &rule.subject_contains
        && !item.subject.to_lowercase().contains(&text.to_lowercase())
    {
        return Ok(false);
    }
    match &rule.has_category {
        None => Ok(true),
        // The category was deleted: nothing carries it any more.
        Some((_, None)) => Ok(false),
        Some((_, Some(category))) => items::has_category(conn, item.id, *category),
    }
}

/// Does one action and says what came of it. A refusal a user would have met doing the same by
/// hand (the tracking category is not there yet, say) is reported, not raised: delivery goes on.
fn perform(conn: &Connection, item_id: i64, action: &Action, now: DateTime<Utc>) -> Result<String> {
    match action.kind {
        InboxAction::AssignCategory | InboxAction::RemoveCategory => {
            let category = match action.target_id {
                Some(id) => categories::get(conn, id)?,
                None => None,
            };
            let Some(category) = category else {
                return Ok(format!(
                    "category '{}' no longer exists: nothing done",
                    action.target
                ));
            };
            let tracking = category.role.as_deref() == Some("tracked");
            // The tracking category is named by its role, as `item categorize` does by default.
            let name = (!tracking).then_some(category.name.as_str());
            let assign = action.kind == InboxAction::AssignCategory;
            if !assign && !items::has_category(conn, item_id, category.id)? {
                return Ok(format!(
                    "category '{}' was not assigned: nothing to remove",
                    category.name
                ));
            }
            let done = if assign {
                outlook::categorize(conn, &[item_id], name, false, None, now)
            } else {
                outlook::uncategorize(conn, &[item_id], name, false, None, now)
            };
            let (verb, did) = if assign {
                ("assign", "assigned")
            } else {
                ("remove", "removed")
            };
            Ok(match done {
                Ok(_) if tracking && assign => format!(
                    "assigned category '{}': tracked at the next cycle",
                    category.name
                ),
                Ok(_) => format!("{did} category '{}'", category.name),
                Err(refused) => format!(
                    "could not {verb} category '{}': {}",
                    category.name,
                    reported(refused)?
                ),
            })
        }
        InboxAction::MoveTo => {
            let Some(folder) = action.target_id else {
                return Ok(format!(
                    "folder '{}' no longer exists: not moved",
                    action.target
                ));
            };
            outlook::move_item(conn, &items::get(conn, item_id)?, folder)?;
            Ok(format!("moved to {}", folders::path_of(conn, folder)?))
        }
    }
}

/// The message of a refusal; anything else (a broken state file) still fails the delivery.
fn reported(err: Error) -> Result<String> {
    match err.kind() {
        ExitKind::Invalid | ExitKind::NotFound => Ok(err.message),
        _ => Err(err),
    }
}
