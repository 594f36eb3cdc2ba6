//! What the mailbox administration commands print beside the mailbox rows themselves.

use serde::Serialize;

use crate::model::{Direction, Status};
use crate::store::mailboxes::Mailbox;

/// Test & Enable of one mailbox on a real environment (`mailbox test-enable --wait`): the
/// fields of the local result, with the mailbox's GUID and the codes of the alerts raised about
/// it meanwhile.
#[derive(Debug, Serialize)]
pub struct TestResult {
    pub mailbox_id: String,
    pub mailbox: String,
    pub incoming_status: Status,
    pub outgoing_status: Status,
    pub act_status: Status,
    /// `failure` when a server-side direction failed, else `success` when one passed, else
    /// `not_run` (as locally).
    pub result: Status,
    pub alerts: Vec<String>,
}

impl TestResult {
    pub fn of(mailbox: &Mailbox<String>, alerts: Vec<String>) -> TestResult {
        let methods = mailbox.methods();
        let tested: Vec<Status> = Direction::ALL
            .into_iter()
            .filter(|d| methods.is_server_side(*d))
            .map(|d| mailbox.status(d))
            .collect();
        let result = if tested.contains(&Status::Failure) {
            Status::Failure
        } else if tested.contains(&Status::Success) {
            Status::Success
        } else {
            Status::NotRun
        };
        TestResult {
            mailbox_id: mailbox.id.clone(),
            mailbox: mailbox.name.clone(),
            incoming_status: mailbox.incoming_status,
            outgoing_status: mailbox.outgoing_status,
            act_status: mailbox.act_status,
            result,
            alerts,
        }
    }
}

/// What `mailbox reset-after-copy` does to a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResetAction {
    /// Listed in --keep: approved and Test & Enabled.
    Keep,
    /// Synchronization methods set to None.
    Stop,
}

/// How one mailbox's part of a command went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// `--dry-run`: what would be done.
    Planned,
    Succeeded,
    /// Already as asked: nothing was sent.
    Unchanged,
    Failed,
}

/// One row of `mailbox reset-after-copy`.
#[derive(Debug, Serialize)]
pub struct ResetStep<Id: Serialize> {
    pub mailbox_id: Id,
    pub mailbox: String,
    pub action: ResetAction,
    pub outcome: Outcome,
    /// Why it failed (the service's message), else null.
    pub message: Option<String>,
}

pub const RESET_COLUMNS: &[&str] = &["mailbox", "action", "outcome", "message"];
pub const TEST_COLUMNS: &[&str] = &[
    "mailbox",
    "incoming_status",
    "outgoing_status",
    "act_status",
    "result",
];
