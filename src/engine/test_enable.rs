//! Test & Enable (SPEC section 10): each direction a mailbox synchronizes server-side is tested;
//! it succeeds when the mailbox's address is approved and fails with an Error alert otherwise.
//! Directions synchronized another way are left Not Run.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::alerts::{self, Alert};
use crate::model::{Approval, Direction, Status};
use crate::store;
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

/// Tests each direction synchronized server-side: it succeeds when the address is approved and
/// fails with an Error alert otherwise; the others are left Not Run. When every tested
/// direction succeeds, an Information alert says so. Returns the outcome and the alerts raised.
pub fn test(conn: &Connection, mailbox: &Mailbox) -> Result<(Tested, Vec<Alert>)> {
    let methods = mailbox.methods();
    let approved = mailbox.approval == Approval::Approved;
    let mut raised = Vec::new();
    let mut statuses = [Status::NotRun; 3];
    for (slot, direction) in statuses.iter_mut().zip(Direction::ALL) {
        let status = if !methods.is_server_side(direction) {
            Status::NotRun
        } else if approved {
            Status::Success
        } else {
            raised.push(alerts::not_approved(direction).for_mailbox(&mailbox.name));
            Status::Failure
        };
        mailboxes::set_status(conn, mailbox.id, direction, status)?;
        *slot = status;
    }
    let result = if statuses.contains(&Status::Failure) {
        Status::Failure
    } else if statuses.contains(&Status::Success) {
        raised.push(alerts::TEST_SUCCEEDED.for_mailbox(&mailbox.name));
        Status::Success
    } else {
        Status::NotRun
    };
    let mut recorded = Vec::new();
    for alert in &raised {
        if store::alerts::raise(conn, Some(mailbox.id), alert)? {
            recorded.push(alert.code);
        }
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
    Ok((tested, raised))
}
