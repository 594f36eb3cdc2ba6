//! What a user does in Outlook: assign and remove categories, move and delete items. None of it
//! reaches Dynamics 365 at once; each action leaves `pending` work for the next cycle.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::master_list;
use crate::error::{Code, Error, Result};
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
use crate::model::{OwnerKind, Permission};
use crate::store::categories::{self, Category, TRACKED};
use crate::store::items::{self, Item, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{delegates, folder_rules, users};
use crate::time;

/// One item an action touched, with what the user should know about it.
#[derive(Debug, Clone)]
pub struct Touched {
    pub item_id: i64,
    pub warning: Option<String>,
}

/// Who acts in a mailbox: its owner unless `as_user` names a delegate.
pub fn check_can_categorize(
    conn: &Connection,
    mailbox: &Mailbox,
    as_user: Option<i64>,
) -> Result<()> {
    let Some(user_id) = as_user else {
        return Ok(());
    };
    if mailbox.owner_kind == OwnerKind::User && mailbox.owner_id == user_id {
        return Ok(());
    }
    let user = users::get(conn, user_id)?;
    let permission = delegates::list(conn, mailbox.id)?
        .into_iter()
        .find(|d| d.user_id == user_id)
        .map(|d| d.permission);
    match permission {
        Some(Permission::Editor) => Ok(()),
        Some(other) => Err(Error::new(
            Code::PermissionDenied,
            format!(
                "{} has {} permission on the mailbox {}; assigning or removing categories there needs Editor",
                user.name,
                other.word(),
                mailbox.name
            ),
        )),
        None => Err(Error::new(
            Code::PermissionDenied,
            format!(
                "{} is not a delegate of the mailbox {}; add one with `orgtrack delegate add`",
                user.name, mailbox.name
            ),
        )),
    }
}

/// The items an action on `item` applies to: the whole conversation with `thread`, the whole
/// series for a recurring appointment, else the item alone.
pub fn expand(conn: &Connection, item: &Item, thread: bool) -> Result<Vec<i64>> {
    if thread
        && item.kind == ItemKind::Email
        && let Some(conversation) = item.conversation_id
    {
        return items::conversation(conn, item.mailbox_id, conversation);
    }
    if item.kind == ItemKind::Appointment && (item.rrule.is_some() || item.series_item_id.is_some())
    {
        let series = item.series_item_id.unwrap_or(item.id);
        let mut ids = vec![series];
        ids.extend(items::occurrences(conn, series)?);
        return Ok(ids);
    }
    Ok(vec![item.id])
}

/// The mailbox's active tracking category, or why there is none.
fn tracking_category(conn: &Connection, mailbox: &Mailbox) -> Result<Category> {
    // A mailbox moved to the legacy client after its category was created keeps the category
    // until the next cycle, but tracking through it is already unsupported.
    if !master_list::uses_legacy_client(mailbox)
        && let Some(category) = categories::with_role(conn, mailbox.id, "tracked")?
        && category.state == "active"
    {
        return Ok(category);
    }
    let why = if master_list::uses_legacy_client(mailbox) {
        "it synchronizes through the legacy Outlook client, which category tracking does not support".to_string()
    } else if !master_list::category_tracking_on(conn)? {
        "TrackCategorizedItems is off".to_string()
    } else {
        "the next sync cycle creates it (run `orgtrack sync`)".to_string()
    };
    Err(Error::new(
        Code::NoTrackingCategory,
        format!(
            "the mailbox {} has no active '{TRACKED}' category: {why}",
            mailbox.name
        ),
    ))
}

/// Resolves the category an action names: None means the tracking category, whatever its
/// current name. A user category that does not exist is added to the master list.
fn named_category(
    conn: &Connection,
    mailbox: &Mailbox,
    name: Option<&str>,
    create: bool,
    now: DateTime<Utc>,
) -> Result<Category> {
    let Some(name) = name else {
        return tracking_category(conn, mailbox);
    };
    match categories::by_name(conn, mailbox.id, name)? {
        Some(category) if category.role.as_deref() == Some("tracked") => {
            tracking_category(conn, mailbox)
        }
        Some(category) => Ok(category),
        None if create => {
            let id = categories::create(conn, mailbox.id, name, None, &time::format(now))?;
            Ok(Category {
                id,
                mailbox_id: mailbox.id,
                mailbox: mailbox.name.clone(),
                name: name.to_string(),
                role: None,
                state: "active".into(),
            })
        }
        None => Err(Error::new(
            Code::UnknownCategory,
            format!(
                "the mailbox {} has no category '{name}'{}; `orgtrack category list` shows them",
                mailbox.name,
                categories::suggestions(conn, mailbox.id, name)
            ),
        )),
    }
}

pub fn categorize(
    conn: &Connection,
    item_ids: &[i64],
    category: Option<&str>,
    thread: bool,
    as_user: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<Touched>> {
    let mut touched = Vec::new();
    for &id in item_ids {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        check_can_categorize(conn, &mailbox, as_user)?;
        let category = named_category(conn, &mailbox, category, true, now)?;
        for target in expand(conn, &item, thread)? {
            let target = items::get(conn, target)?;
            items::add_category(conn, target.id, category.id)?;
            let warning = if category.role.as_deref() == Some("tracked") {
                mark_for_tracking(conn, &target)?
            } else {
                None
            };
            touched.push(Touched {
                item_id: target.id,
                warning,
            });
        }
    }
    Ok(touched)
}

/// SPEC section 3: task assignment to people made in Outlook is not synchronized, unless the
/// org synchronizes assigned tasks (`isassignedtaskssyncenabled`, "Enable or disable assigned
/// tasks sync for Outlook and Exchange", organization table reference): None then.
pub fn unsynchronized_assignment(conn: &Connection, assignee: &str) -> Result<Option<String>> {
    if crate::store::settings::flag(conn, "isassignedtaskssyncenabled")? {
        return Ok(None);
    }
    Ok(Some(format!(
        "the task is assigned to {assignee} in Outlook only: task assignment made in Outlook is not synchronized to Dynamics 365 (isassignedtaskssyncenabled is off), so its task activity gets no assignee"
    )))
}

/// The tracking category was just assigned: the next cycle tracks the item.
fn mark_for_tracking(conn: &Connection, item: &Item) -> Result<Option<String>> {
    match (item.kind, item.tracking.state) {
        (ItemKind::Contact, _) => {
            return Ok(Some(format!(
                "item {}: category tracking does not support contacts, so nothing is tracked; track a contact with `orgtrack item track {}`",
                item.id, item.id
            )));
        }
        (_, TrackingState::Tracked) => {
            // Removed and assigned again before a cycle: nothing to do after all.
            if item.pending == Some(Pending::Untrack) {
                items::set_pending(conn, item.id, None, None)?;
            }
            return Ok(None);
        }
        (_, TrackingState::Pending) => return Ok(None),
        _ => {}
    }
    // Untracked, failed or undeliverable: start over, with a clean slate of attempts.
    if item.tracking.state == TrackingState::Undeliverable
        && let Some(undeliverable) = categories::with_role(conn, item.mailbox_id, "undeliverable")?
    {
        items::remove_category(conn, item.id, undeliverable.id)?;
    }
    items::set_tracking(
        conn,
        item.id,
        &Tracking {
            state: TrackingState::Pending,
            method: Some(TrackingMethod::Category),
            activity_id: None,
            record_id: None,
            attempts: 0,
            last_error: None,
        },
    )?;
    items::set_pending(
        conn,
        item.id,
        Some(Pending::Track),
        Some("categorized; tracked at the next cycle"),
    )?;
    let Some(assignee) = item.assigned_to.as_deref() else {
        return Ok(None);
    };
    Ok(unsynchronized_assignment(conn, assignee)?.map(|why| format!("item {}: {why}", item.id)))
}

pub fn uncategorize(
    conn: &Connection,
    item_ids: &[i64],
    category: Option<&str>,
    thread: bool,
    as_user: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<Touched>> {
    let mut touched = Vec::new();
    for &id in item_ids {
        let item = items::get(conn, id)?;
        let mailbox = mailboxes::get(conn, item.mailbox_id)?;
        check_can_categorize(conn, &mailbox, as_user)?;
        // Removing works even while the category is soft-deleted, so look it up by role.
        let category = match category {
            None => categories::with_role(conn, mailbox.id, "tracked")?.ok_or_else(|| {
                Error::new(
                    Code::UnknownCategory,
                    format!("the mailbox {} has no '{TRACKED}' category", mailbox.name),
                )
            })?,
            Some(name) => named_category(conn, &mailbox, Some(name), false, now)?,
        };
        for target in expand(conn, &item, thread)? {
            let target = items::get(conn, target)?;
            if !items::has_category(conn, target.id, category.id)? {
                continue;
            }
            items::remove_category(conn, target.id, category.id)?;
            if category.role.as_deref() == Some("tracked") {
                mark_for_untracking(conn, &target)?;
            }
            touched.push(Touched {
                item_id: target.id,
                warning: None,
            });
        }
    }
    Ok(touched)
}

/// The tracking category was just removed: a pending or failed item simply stops; a tracked
/// one is untracked by the next cycle (its activity stays).
fn mark_for_untracking(conn: &Connection, item: &Item) -> Result<()> {
    match item.tracking.state {
        TrackingState::Pending | TrackingState::Failed => {
            items::set_tracking(conn, item.id, &Tracking::default())?;
            items::set_pending(
                conn,
                item.id,
                None,
                Some("category removed before it was tracked"),
            )
        }
        TrackingState::Tracked => items::set_pending(
            conn,
            item.id,
            Some(Pending::Untrack),
            Some("category removed; untracked at the next cycle"),
        ),
        TrackingState::Untracked | TrackingState::Undeliverable => Ok(()),
    }
}

/// Deleted in Outlook; the next cycle applies the deletion rules. A series goes whole.
pub fn delete(conn: &Connection, item_id: i64) -> Result<Vec<i64>> {
    let item = items::get(conn, item_id)?;
    let mut ids = vec![item.id];
    if item.kind == ItemKind::Appointment && item.rrule.is_some() {
        ids.extend(items::occurrences(conn, item.id)?);
    }
    for id in &ids {
        items::mark_deleted(conn, *id)?;
    }
    Ok(ids)
}

/// Moved in Outlook. A move into a folder with a tracking rule is seen by the next cycle (it
/// tracks or relinks); a move back into the Inbox is not (automatic tracking only looks at new
/// mail there).
pub fn move_item(conn: &Connection, item: &Item, folder_id: i64) -> Result<()> {
    items::move_to(conn, item.id, folder_id)?;
    if item.kind == ItemKind::Email && folder_rules::for_folder(conn, folder_id)?.is_some() {
        items::set_pending(
            conn,
            item.id,
            Some(Pending::Evaluate),
            Some("moved into a tracked folder"),
        )?;
    }
    Ok(())
}

/// Outlook copies an item into another folder of its mailbox. Exchange copies the item's
/// properties, the link to Dynamics 365 and the categories included, so the next cycle sees a
/// copy of a tracked item as a new item to track (and inserts it as a new activity), unless
/// `IgnoreCopiedItemsInSSSForMailbox` (`sync_scope`). Returns the copy.
pub fn copy_item(
    conn: &Connection,
    item: &Item,
    folder_id: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    let linked = item.tracking.state == TrackingState::Tracked;
    let copy = items::copy(conn, item.id, folder_id, linked.then_some(item.id), now)?;
    if linked {
        items::set_tracking(
            conn,
            copy,
            &Tracking {
                state: TrackingState::Pending,
                method: item.tracking.method,
                ..Tracking::default()
            },
        )?;
        items::set_pending(
            conn,
            copy,
            Some(Pending::Track),
            Some("an Outlook copy of a tracked item; the next cycle synchronizes it"),
        )?;
    }
    Ok(copy)
}

/// A folder just got a tracking rule: the untracked emails already in it are seen by the next
/// cycle as if they had just been filed there. Returns how many.
pub fn evaluate_folder(conn: &Connection, folder_id: i64) -> Result<usize> {
    let mut marked = 0;
    for id in items::in_folder(conn, folder_id)? {
        let item = items::get(conn, id)?;
        if item.kind == ItemKind::Email
            && item.tracking.state == TrackingState::Untracked
            && item.pending.is_none()
        {
            items::set_pending(
                conn,
                id,
                Some(Pending::Evaluate),
                Some("its folder got a tracking rule"),
            )?;
            marked += 1;
        }
    }
    Ok(marked)
}

/// A folder rule whose regarding changed: every email tracked from the folder is looked at again
/// at the next cycle, where the rule's new regarding relinks its activity (SPEC section 8).
pub fn relink_folder(conn: &Connection, folder_id: i64) -> Result<usize> {
    let mut marked = 0;
    for id in items::in_folder(conn, folder_id)? {
        let item = items::get(conn, id)?;
        if item.kind == ItemKind::Email
            && item.tracking.state == TrackingState::Tracked
            && item.pending.is_none()
        {
            items::set_pending(
                conn,
                id,
                Some(Pending::Evaluate),
                Some("its folder rule's regarding changed; the rule applies again"),
            )?;
            marked += 1;
        }
    }
    Ok(marked)
}
