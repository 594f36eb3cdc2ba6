//! Whether a mailbox's email address must be approved before server-side synchronization
//! processes it ("Troubleshooting and monitoring server-side synchronization", "Email addresses
//! must be approved"): the org's "Process emails only for approved users / queues"
//! (`requireapprovalforuseremail`, `requireapprovalforqueueemail`) decide, except that with the
//! Microsoft Exchange Online profile the address must still be approved by a Microsoft 365
//! administrator whatever they say. (`RequirePrivilegeToSelfApproveEmailAddress` governs who may
//! approve, and orgtrack models no privileges.)

use rusqlite::Connection;

use crate::error::Result;
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
