//! Mailbox email address approval:
//! - whether a mailbox's address must be approved before server-side synchronization processes
//!   it ("Troubleshooting and monitoring server-side synchronization", "Email addresses must be
//!   approved"): the org's "Process emails only for approved users / queues"
//!   (`requireapprovalforuseremail`, `requireapprovalforqueueemail`) decide, except that with
//!   the Microsoft Exchange Online profile the address must still be approved by a Microsoft 365
//!   administrator whatever they say;
//! - who may approve it: `RequirePrivilegeToSelfApproveEmailAddress` (default false; the
//!   OrgDBOrgSettings tool: a user needs the "Approve Email Addresses for Users or Queues"
//!   privilege to approve their own mailbox). On, a user approving the mailbox they own is
//!   refused, since security roles and privileges are not modelled and so nobody here holds that
//!   privilege; an approval without a user (`mailbox approve` without `--as`) is an
//!   administrator's and always allowed.

use rusqlite::Connection;

use crate::error::{Code, Error, Result};
use crate::model::{Approval, OwnerKind, ServerType};
use crate::store::mailboxes::Mailbox;
use crate::store::{profiles, settings};

/// Whether `mailbox` may not be processed as things stand: its address needs approval and has
/// none.
pub fn blocks(conn: &Connection, mailbox: &Mailbox) -> Result<bool> {
    if mailbox.approval == Approval::Approved {
        return Ok(false);
    }
    let on_exchange_online = match mailbox.profile_id {
        Some(id) => profiles::get(conn, id)?.server_type == ServerType::ExchangeOnline,
        None => false,
    };
    if on_exchange_online {
        return Ok(true);
    }
    settings::flag(
        conn,
        match mailbox.owner_kind {
            OwnerKind::User => "requireapprovalforuseremail",
            OwnerKind::Queue => "requireapprovalforqueueemail",
        },
    )
}

/// Refuses `approver` approving `mailbox` when the org requires a privilege for it.
pub fn check_approver(conn: &Connection, mailbox: &Mailbox, approver: Option<i64>) -> Result<()> {
    let own = mailbox.owner_kind == OwnerKind::User && approver == Some(mailbox.owner_id);
    if own && settings::flag(conn, "RequirePrivilegeToSelfApproveEmailAddress")? {
        return Err(Error::new(
            Code::PrivilegeRequired,
            format!(
                "{} cannot approve their own mailbox: RequirePrivilegeToSelfApproveEmailAddress is on and approving it needs the 'Approve Email Addresses for Users or Queues' privilege; approve it as an administrator (without --as)",
                mailbox.name
            ),
        ));
    }
    Ok(())
}
