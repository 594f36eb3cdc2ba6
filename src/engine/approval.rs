//! Who may approve a mailbox's email address. `RequirePrivilegeToSelfApproveEmailAddress`
//! (default false; the OrgDBOrgSettings tool: a user needs the "Approve Email Addresses for
//! Users or Queues" privilege to approve their own mailbox): on, a user approving the mailbox
//! they own is refused, since security roles and privileges are not modelled and so nobody here
//! holds that privilege; an approval without a user (`mailbox approve` without `--as`) is an
//! administrator's and always allowed.

use rusqlite::Connection;

use crate::error::{Code, Error, Result};
use crate::model::OwnerKind;
use crate::store::mailboxes::Mailbox;
use crate::store::settings::flag;

/// Refuses `approver` approving `mailbox` when the org requires a privilege for it.
pub fn check_approver(conn: &Connection, mailbox: &Mailbox, approver: Option<i64>) -> Result<()> {
    let own = mailbox.owner_kind == OwnerKind::User && approver == Some(mailbox.owner_id);
    if own && flag(conn, "RequirePrivilegeToSelfApproveEmailAddress")? {
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
