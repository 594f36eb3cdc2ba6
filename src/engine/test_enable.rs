//! Test & Enable (SPEC section 10): each direction a mailbox synchronizes server-side is tested
//! through its email server profile. It fails with an Error alert when the address must be
//! approved and is not (`approval`), or when the mailbox or its profile meets an error (an
//! injected fault); it succeeds otherwise and clears the direction's error count. Directions
//! synchronized another way are left Not Run.

use rusqlite::Connection;
use serde::Serialize;

use super::{approval, mailbox_errors};
use crate::error::Result;
use crate::model::alerts::{self, Alert, AlertKind};
use crate::model::{Direction, Status};
use crate::store::faults;
use crate::store::mailboxes::{self, Mailbox};

/// The outcome of Test & Enable for one mailbox.
#[derive(Serialize)]
pub struct Tested {
    pub mailbox_id: i64,
    pub mailbox: String,
    pub incoming_status: Status,
    pub outgoing_status: Status,
    pub act_status: Status,
    /// `success` when every server-side direction passed, `failure` when one failed,
    /// `not_run` when no direction is synchronized server-side.
    pub result: Status,
    /// Codes of the alerts recorded (levels the org does not generate are left out).
    pub alerts: Vec<&'static str>,
}

/// Tests each direction synchronized server-side and records its status; when every tested
/// direction succeeds, an Information alert says so. A scheduled test is done with. Returns the
/// outcome and the alerts raised.
pub fn test(conn: &Connection, mailbox: &Mailbox) -> Result<(Tested, Vec<Alert>)> {
    mailboxes::set_test_scheduled(conn, mailbox.id, false)?;
    let methods = mailbox.methods();
    let unapproved = approval::blocks(conn, mailbox)?;
    // (kind, whether it is the profile's error)
    let mut raised: Vec<(AlertKind, bool)> = Vec::new();
    let mut statuses = [Status::NotRun; 3];
    for (slot, direction) in statuses.iter_mut().zip(Direction::ALL) {
        let status = if !methods.is_server_side(direction) {
            Status::NotRun
        } else if unapproved {
            raised.push((alerts::not_approved(direction), false));
            Status::Failure
        } else if let Some(fault) = faults::active(conn, mailbox.id, mailbox.profile_id, direction)?
        {
            // The test meets the error as a poll would; either kind fails it.
            faults::spend(conn, &fault)?;
            let on_profile = fault.profile_id.is_some();
            raised.push((
                match fault.permanent {
                    true => alerts::permanent(direction, on_profile),
                    false => alerts::transient(direction),
                },
                on_profile,
            ));
            Status::Failure
        } else {
            Status::Success
        };
        mailboxes::set_status(conn, mailbox.id, direction, status)?;
        mailboxes::set_failures(conn, mailbox.id, direction, 0)?;
        *slot = status;
    }
    let result = if statuses.contains(&Status::Failure) {
        Status::Failure
    } else if statuses.contains(&Status::Success) {
        raised.push((alerts::TEST_SUCCEEDED, false));
        Status::Success
    } else {
        Status::NotRun
    };
    let mut recorded = Vec::new();
    let mut texts = Vec::new();
    for (kind, on_profile) in raised {
        if mailbox_errors::record(conn, mailbox, kind, on_profile)? {
            recorded.push(kind.code);
        }
        texts.push(mailbox_errors::alert(conn, mailbox, kind, "")?);
    }
    let [incoming_status, outgoing_status, act_status] = statuses;
    let tested = Tested {
        mailbox_id: mailbox.id,
        mailbox: mailbox.name.clone(),
        incoming_status,
        outgoing_status,
        act_status,
        result,
        alerts: recorded,
    };
    Ok((tested, texts))
}
