//! One sync cycle: every mailbox in its own transaction (a crash leaves each mailbox before or
//! after its step), then the clock moves on by the cycle interval. Running a cycle again over
//! the same state finds no pending work and creates nothing.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::promote::{self, Failure};
use super::rules::OrgRules;
use super::{MAX_RETRIES, deletion, master_list, monitoring};
use super::{automatic, sync_scope};
use crate::error::Result;
use crate::model::Direction;
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
pub use crate::store::cycles::Summary;
use crate::store::items::{self, Item, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{Store, activities, categories, cycles, org};

/// Runs one cycle. `progress(done, total)` is called after each mailbox.
pub fn run(store: &mut Store, progress: &mut dyn FnMut(usize, usize)) -> Result<Summary> {
    let (started_at, interval, mailbox_ids, rules) = {
        let conn = store.conn();
        let org = org::load(conn)?;
        (
            org.clock,
            Duration::minutes(org.cycle_minutes),
            mailboxes::ids(conn)?,
            OrgRules::load(conn)?,
        )
    };
    let mut summary = Summary {
        started_at,
        ..Summary::default()
    };
    let total = mailbox_ids.len();
    for (done, mailbox_id) in mailbox_ids.into_iter().enumerate() {
        let tx = store.write()?;
        let mailbox = mailboxes::get(&tx, mailbox_id)?;
        if process_mailbox(&tx, &rules, &mailbox, started_at, &mut summary)? {
            summary.mailboxes += 1;
            mailboxes::set_last_sync(&tx, mailbox.id, started_at)?;
        }
        tx.commit()?;
        progress(done + 1, total);
    }
    let tx = store.write()?;
    monitoring::prune(&tx, &rules, started_at)?;
    // Another `sync` that ran this same cycle has recorded it and moved the clock already.
    if org::advance_clock(&tx, started_at, started_at + interval)? {
        summary.cycle = cycles::record(&tx, &summary)?;
    } else {
        summary.cycle = cycles::count(&tx)?;
    }
    tx.commit()?;
    Ok(summary)
}

/// Whether server-side sync processes items of this kind in this mailbox.
fn processes(mailbox: &Mailbox, kind: ItemKind) -> bool {
    match kind {
        ItemKind::Email => mailbox.syncs(Direction::Incoming),
        _ => mailbox.syncs(Direction::Act),
    }
}

/// Returns whether the mailbox was synchronized at all.
fn process_mailbox(
    conn: &Connection,
    rules: &OrgRules,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<bool> {
    if !mailbox.syncs(Direction::Incoming) && !mailbox.syncs(Direction::Act) {
        return Ok(false);
    }
    let tracking_on = rules.category_tracking;
    let change = master_list::reconcile(conn, mailbox, tracking_on, now)?;
    summary.alerts += i64::from(change.alerted);
    for id in items::pending_in(conn, mailbox.id)? {
        // Tracking one item of a series links the rest: re-read each item before its step.
        let Some((item, deleted)) = items::get_pending(conn, id)? else {
            continue;
        };
        if item.pending.is_none() || !processes(mailbox, item.kind) {
            continue;
        }
        match item.pending {
            Some(Pending::OutlookDelete) => {
                apply_outlook_delete(conn, rules, &item, mailbox, now)?;
                summary.deleted += 1;
            }
            Some(Pending::RemoveFromOutlook) => {
                items::remove(conn, item.id)?;
                summary.deleted += 1;
            }
            // Category work waits while category tracking is off.
            Some(Pending::Track) if tracking_on && !deleted => {
                track(conn, rules, &item, mailbox, now, summary)?
            }
            Some(Pending::Evaluate) if !deleted => {
                automatic::evaluate(conn, rules, &item, mailbox, now, summary)?
            }
            Some(Pending::Untrack) if tracking_on && !deleted => {
                items::set_outcome(
                    conn,
                    item.id,
                    &Tracking::default(),
                    None,
                    Some("category removed; untracked (the activity is kept)"),
                )?;
                summary.untracked += 1;
            }
            _ => {}
        }
    }
    Ok(true)
}

fn track(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<()> {
    if item.tracking.state == TrackingState::Tracked {
        items::set_pending(conn, item.id, None, None)?;
        return Ok(());
    }
    if let Some(left_out) = sync_scope::left_out(rules, item, mailbox) {
        let why = left_out.why;
        items::set_outcome(conn, item.id, &Tracking::default(), None, Some(&why))?;
        return Ok(());
    }
    let method = item.tracking.method.unwrap_or(TrackingMethod::Category);
    if item.tracking.attempts > 0 {
        summary.retried += 1;
    }
    match promote::promote(conn, rules, item, mailbox, method, None, now)? {
        Ok(link) => {
            let note = if link.created {
                "tracked: activity created"
            } else {
                "tracked: linked to the existing activity"
            };
            let tracking = Tracking {
                state: TrackingState::Tracked,
                method: Some(method),
                activity_id: link.activity_id,
                record_id: link.record_id,
                attempts: item.tracking.attempts + 1,
                last_error: None,
            };
            items::set_outcome(conn, item.id, &tracking, None, Some(note))?;
            monitoring::synchronized(conn, item)?;
            summary.tracked += 1;
        }
        Err(Failure(error)) => {
            record_failure(
                conn,
                rules,
                item,
                method,
                error,
                Pending::Track,
                now,
                summary,
            )?;
        }
    }
    Ok(())
}

/// What became of an item whose promotion failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AfterFailure {
    /// The next cycle tries again.
    Retry,
    /// The first attempt and every retry failed: undeliverable.
    GaveUp,
}

/// A retryable failure, shared by category and automatic tracking: the next cycle retries the
/// item (doing `retry` again) until the first attempt and MAX_RETRIES retries have failed.
#[allow(clippy::too_many_arguments)]
pub(super) fn record_failure(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    method: TrackingMethod,
    error: String,
    retry: Pending,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<AfterFailure> {
    monitoring::failed(conn, rules, item, &error, now)?;
    let attempts = item.tracking.attempts + 1;
    if attempts > MAX_RETRIES {
        give_up(conn, item, attempts, &error, now)?;
        summary.undeliverable += 1;
        return Ok(AfterFailure::GaveUp);
    }
    let tracking = Tracking {
        state: TrackingState::Failed,
        method: Some(method),
        attempts,
        last_error: Some(error),
        ..Tracking::default()
    };
    let note = format!("attempt {attempts} failed; retried at the next cycle");
    items::set_outcome(conn, item.id, &tracking, Some(retry), Some(&note))?;
    summary.failed += 1;
    Ok(AfterFailure::Retry)
}

/// The last retry failed: `Tracked to Dynamics 365 (Undeliverable)` replaces the tracking
/// category and the item is never retried again.
fn give_up(
    conn: &Connection,
    item: &Item,
    attempts: i64,
    error: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if let Some(tracked) = categories::with_role(conn, item.mailbox_id, "tracked")? {
        items::remove_category(conn, item.id, tracked.id)?;
    }
    let undeliverable = master_list::undeliverable_category(conn, item.mailbox_id, now)?;
    items::add_category(conn, item.id, undeliverable)?;
    let tracking = Tracking {
        state: TrackingState::Undeliverable,
        method: item.tracking.method,
        attempts,
        last_error: Some(error.to_string()),
        ..Tracking::default()
    };
    let note = format!(
        "gave up after {attempts} attempts; assign the tracking category again to start over"
    );
    items::set_outcome(conn, item.id, &tracking, None, Some(&note))
}

/// Deleted in Outlook: the activity goes too only where the rules of SPEC section 9 say so.
fn apply_outlook_delete(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
) -> Result<()> {
    if item.tracking.state == TrackingState::Tracked
        && let Some(activity) = item.tracking.activity_id
    {
        let facts = super::app::facts(conn, item, mailbox, rules.task_deletion_behavior, now)?;
        if deletion::outlook_delete_removes_activity(&facts).is_ok()
            && activities::find(conn, activity)?.is_some()
        {
            super::dynamics::forget_activity(
                conn,
                activity,
                "its activity was deleted with an Outlook item",
            )?;
            activities::delete(conn, activity)?;
        }
    }
    items::remove(conn, item.id)
}
