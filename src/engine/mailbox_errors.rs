//! The error model of SPEC section 10, as "Troubleshooting and monitoring server-side
//! synchronization" ("Mailbox deliveries regularly disabled") and "Monitor email processing
//! errors" describe it: each direction a mailbox synchronizes is attempted at every poll; a
//! permanent error (of the mailbox or of its email server profile) disables the direction at
//! once; a transient one is retried up to 10 times, 5 minutes apart, and then counts as
//! permanent; a success clears the count. Errors are the faults injected with `fault add`.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use crate::error::Result;
use crate::model::alerts::{self, About, Alert, AlertKind};
use crate::model::{Direction, Status};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{self, faults, profiles, settings};

/// Retries of a transient error before it counts as permanent.
pub const RETRIES: i64 = 10;
/// The gap between two retries on the simulated clock.
pub const RETRY_GAP: Duration = Duration::minutes(5);

/// What one attempt at a direction came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Succeeded,
    /// A transient error: retried at the next poll, RETRY_GAP on.
    Retrying,
    /// A permanent error, or the last retry failed: the direction is disabled (its status is
    /// Failure until Test & Enable passes again).
    Disabled,
}

/// Attempts `direction` of a mailbox that synchronizes it.
pub fn attempt(
    conn: &Connection,
    mailbox: &Mailbox,
    direction: Direction,
    now: DateTime<Utc>,
) -> Result<Attempt> {
    let Some(fault) = faults::active(conn, mailbox.id, mailbox.profile_id, direction)? else {
        mailboxes::set_failures(conn, mailbox.id, direction, 0)?;
        return Ok(Attempt::Succeeded);
    };
    faults::spend(conn, &fault)?;
    let on_profile = fault.profile_id.is_some();
    let failures = mailboxes::failures(conn, mailbox.id, direction)? + 1;
    if fault.permanent || failures > RETRIES {
        mailboxes::set_status(conn, mailbox.id, direction, Status::Failure)?;
        mailboxes::set_failures(conn, mailbox.id, direction, 0)?;
        record(
            conn,
            mailbox,
            alerts::permanent(direction, on_profile),
            on_profile,
        )?;
        return Ok(Attempt::Disabled);
    }
    mailboxes::set_failures(conn, mailbox.id, direction, failures)?;
    mailboxes::set_retry_at(conn, mailbox.id, now + RETRY_GAP)?;
    record(conn, mailbox, alerts::transient(direction), on_profile)?;
    Ok(Attempt::Retrying)
}

/// The alert `kind` about a mailbox (and an item's `subject`), filled in with the mailbox's name
/// and its profile's.
pub fn alert(
    conn: &Connection,
    mailbox: &Mailbox,
    kind: AlertKind,
    subject: &str,
) -> Result<Alert> {
    let profile = match mailbox.profile_id {
        Some(id) => profiles::get(conn, id)?.name,
        None => String::new(),
    };
    Ok(kind.about(About {
        mailbox: &mailbox.name,
        profile: &profile,
        subject,
    }))
}

/// Records an alert about a mailbox. An error of the profile ("Monitor email processing
/// errors": email server profile-level) goes to the profile's owner (an org alert, when the
/// profile's "send alerts to owner" is on) and to the mailbox's owner only when
/// `notifymailboxownerofemailserverlevelalerts` is on. Returns whether it was recorded anywhere.
pub fn record(
    conn: &Connection,
    mailbox: &Mailbox,
    kind: AlertKind,
    on_profile: bool,
) -> Result<bool> {
    let alert = alert(conn, mailbox, kind, "")?;
    if !on_profile {
        return store::alerts::raise(conn, Some(mailbox.id), &alert);
    }
    let mut recorded = false;
    if let Some(id) = mailbox.profile_id
        && profiles::get(conn, id)?.notify_owner
    {
        recorded |= store::alerts::raise(conn, None, &alert)?;
    }
    if settings::flag(conn, "notifymailboxownerofemailserverlevelalerts")? {
        recorded |= store::alerts::raise(conn, Some(mailbox.id), &alert)?;
    }
    Ok(recorded)
}
