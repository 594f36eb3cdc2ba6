//! One sync cycle: every mailbox in its own transaction (a crash leaves each mailbox before or
//! after its step), then the clock moves on by the cycle interval. Running a cycle again over
//! the same state finds no pending work and creates nothing.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::mailbox_errors::{self, Attempt};
use super::promote::{self, Failure};
use super::rules::OrgRules;
use super::{MAX_RETRIES, approval, deletion, delivery, master_list, test_enable};
use super::{automatic, sync_scope};
use crate::error::Result;
use crate::model::Direction;
use crate::model::alerts;
use crate::model::tracking::{ItemKind, Pending, TrackingMethod, TrackingState};
pub use crate::store::cycles::Summary;
use crate::store::item_failures::{self, NewItemFailure};
use crate::store::items::{self, Item, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{
    self, Store, activities, categories, cycles, history, org, pending_sends, settings,
};

/// Runs one cycle. `progress(done, total)` is called after each mailbox.
pub fn run(store: &mut Store, progress: &mut dyn FnMut(usize, usize)) -> Result<Summary> {
    let (started_at, interval, mailbox_ids, rules, number) = {
        let conn = store.conn();
        let org = org::load(conn)?;
        (
            org.clock,
            Duration::minutes(org.cycle_minutes),
            mailboxes::ids(conn)?,
            OrgRules::load(conn)?,
            cycles::next_number(conn)?,
        )
    };
    let mut summary = Summary {
        started_at,
        ..Summary::default()
    };
    let total = mailbox_ids.len();
    for (done, mailbox_id) in mailbox_ids.into_iter().enumerate() {
        let tx = store.write()?;
        history::in_cycle(&tx, number)?;
        let mut mailbox = mailboxes::get(&tx, mailbox_id)?;
        // A scheduled Test & Enable comes first: the poll then goes by its outcome.
        if mailbox.test_scheduled {
            test_enable::test(&tx, &mailbox)?;
            mailbox = mailboxes::get(&tx, mailbox_id)?;
        }
        if process_mailbox(&tx, &rules, &mailbox, started_at, &mut summary)? {
            summary.mailboxes += 1;
            mailboxes::set_last_sync(&tx, mailbox.id, started_at)?;
        }
        tx.commit()?;
        progress(done + 1, total);
    }
    let tx = store.write()?;
    item_failures::prune(&tx, started_at - Duration::days(rules.failure_days))?;
    // A transient mailbox error is retried 5 minutes on (SPEC section 10): the clock steps to
    // the first retry due before the next regular poll.
    let next = match mailboxes::next_retry(&tx, started_at)? {
        Some(retry) if retry < started_at + interval => retry,
        _ => started_at + interval,
    };
    // Another `sync` that ran this same cycle has recorded it and moved the clock already.
    if org::advance_clock(&tx, started_at, next)? {
        summary.cycle = cycles::record(&tx, &summary)?;
    } else {
        summary.cycle = cycles::count(&tx)?;
    }
    tx.commit()?;
    Ok(summary)
}

/// Which directions of a mailbox this poll processes: those it synchronizes whose attempt
/// succeeded (`mailbox_errors`).
struct Polled([bool; 3]);

impl Polled {
    fn attempt(conn: &Connection, mailbox: &Mailbox, now: DateTime<Utc>) -> Result<Self> {
        let mut polled = [false; 3];
        for (slot, direction) in polled.iter_mut().zip(Direction::ALL) {
            *slot = mailbox.syncs(direction)
                && mailbox_errors::attempt(conn, mailbox, direction, now)? == Attempt::Succeeded;
        }
        Ok(Polled(polled))
    }

    fn has(&self, direction: Direction) -> bool {
        let [incoming, outgoing, act] = self.0;
        match direction {
            Direction::Incoming => incoming,
            Direction::Outgoing => outgoing,
            Direction::Act => act,
        }
    }

    /// Whether server-side sync processes items of this kind in this mailbox.
    fn processes(&self, kind: ItemKind) -> bool {
        self.has(kind.direction())
    }
}

/// The outgoing poll: email sent from Dynamics 365 goes out when the mailbox can send; while it
/// cannot because its address is not approved, the mailbox gets the service's alert and the
/// email stays Pending Send. Returns whether anything was sent.
fn poll_outgoing(
    conn: &Connection,
    rules: &OrgRules,
    mailbox: &Mailbox,
    polled: &Polled,
    now: DateTime<Utc>,
) -> Result<bool> {
    if polled.has(Direction::Outgoing) {
        return Ok(delivery::send_pending(conn, rules, mailbox, now)? > 0);
    }
    if pending_sends::any_for(conn, mailbox.id)? && approval::blocks(conn, mailbox)? {
        mailbox_errors::record(conn, mailbox, alerts::NOT_APPROVED_OUTGOING, false)?;
    }
    Ok(false)
}

/// Returns whether the mailbox was synchronized at all.
fn process_mailbox(
    conn: &Connection,
    rules: &OrgRules,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<bool> {
    let polled = Polled::attempt(conn, mailbox, now)?;
    let sent = poll_outgoing(conn, rules, mailbox, &polled, now)?;
    if !polled.has(Direction::Incoming) && !polled.has(Direction::Act) {
        return Ok(sent || polled.has(Direction::Outgoing));
    }
    let tracking_on = rules.category_tracking;
    let change = master_list::reconcile(conn, mailbox, tracking_on, now)?;
    summary.alerts += i64::from(change.alerted);
    for id in items::pending_in(conn, mailbox.id)? {
        // Tracking one item of a series links the rest: re-read each item before its step.
        let Some((item, deleted)) = items::get_pending(conn, id)? else {
            continue;
        };
        if item.pending.is_none() || !polled.processes(item.kind) {
            continue;
        }
        match item.pending {
            Some(Pending::OutlookDelete) => {
                if apply_outlook_delete(conn, rules, &item, mailbox, now)? {
                    summary.activities_deleted += 1;
                }
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
            summary.tracked += 1;
        }
        Err(failure) => {
            record_failure(conn, item, method, failure, Pending::Track, now, summary)?;
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
pub(super) fn record_failure(
    conn: &Connection,
    item: &Item,
    method: TrackingMethod,
    failure: Failure,
    retry: Pending,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<AfterFailure> {
    let attempts = item.tracking.attempts + 1;
    if attempts > MAX_RETRIES {
        give_up(conn, item, attempts, &failure, now)?;
        summary.undeliverable += 1;
        return Ok(AfterFailure::GaveUp);
    }
    let tracking = Tracking {
        state: TrackingState::Failed,
        method: Some(method),
        attempts,
        last_error: Some(failure.0),
        ..Tracking::default()
    };
    let note = format!("attempt {attempts} failed; retried at the next cycle");
    items::set_outcome(conn, item.id, &tracking, Some(retry), Some(&note))?;
    summary.failed += 1;
    Ok(AfterFailure::Retry)
}

/// The last retry failed: `Tracked to Dynamics 365 (Undeliverable)` replaces the tracking
/// category and the item is never retried again. The mailbox gets an alert about the item, and
/// with `EnableSssItemLevelMonitoring` the item-level monitoring view a row with the service's
/// error name.
fn give_up(
    conn: &Connection,
    item: &Item,
    attempts: i64,
    failure: &Failure,
    now: DateTime<Utc>,
) -> Result<()> {
    let error = failure.0.as_str();
    let mailbox = mailboxes::get(conn, item.mailbox_id)?;
    let alert = mailbox_errors::alert(conn, &mailbox, alerts::ITEM_FAILED, &item.subject)?;
    store::alerts::raise(conn, Some(mailbox.id), &alert)?;
    if settings::flag(conn, "EnableSssItemLevelMonitoring")? {
        let (name, code) = failure.1.service_error();
        item_failures::record(
            conn,
            &NewItemFailure {
                mailbox_id: mailbox.id,
                item_id: item.id,
                subject: &item.subject,
                error: name,
                error_code: code,
                message: error,
                attempts,
            },
            now,
        )?;
    }
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
/// Returns whether it did.
fn apply_outlook_delete(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    mailbox: &Mailbox,
    now: DateTime<Utc>,
) -> Result<bool> {
    let mut activity_deleted = false;
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
            activity_deleted = true;
        }
    }
    items::remove(conn, item.id)?;
    Ok(activity_deleted)
}
