//! Items server-side synchronization leaves out by the org's settings, whichever way they would
//! be tracked (category, App for Outlook, automatic tracking):
//! - `RestrictIRMEmailItems` (default false; "OrgDBSettings for server-side sync": "server-side
//!   sync won't synchronize any emails that are marked as restricted permission in Outlook by
//!   using Information Rights Management"): an IRM-restricted email is not tracked.
//! - `ValidateContactBeforeTracking` (default true; the OrgDBOrgSettings tool: "validate contact
//!   fields when tracking Outlook contacts"): an Outlook contact whose name does not fit the
//!   contact table's Full Name column (160 characters) is not tracked; off, it is tracked and the
//!   record's name is cut to fit.
//! - `IgnoreCopiedItemsInSSSForMailbox` ("OrgDBSettings for server-side sync": "server-side
//!   sync won't synchronize copied, linked items from Exchange as inserts into Dynamics 365"):
//!   an Outlook copy of a tracked item is not tracked; off, it becomes a new activity (an email
//!   links to the activity of its Message-ID, as any copy does).
//! - Appointments an attendee tracks while `TrackAppointmentsFromNonOrganizer` is off
//!   (`calendar::not_tracked`).

use super::calendar;
use super::rules::OrgRules;
use crate::error::Code;
use crate::model::tracking::ItemKind;
use crate::store::items::Item;
use crate::store::mailboxes::Mailbox;

/// The length of the contact table's Full Name column (`fullname`).
pub const CONTACT_NAME_MAX: usize = 160;

/// Why an item stays out of synchronization, and the error the App for Outlook gives.
pub struct LeftOut {
    pub code: Code,
    pub why: String,
}

/// Why server-side sync leaves this item out, when it does.
pub fn left_out(rules: &OrgRules, item: &Item, mailbox: &Mailbox) -> Option<LeftOut> {
    if let Some(why) = irm_restricted(rules, item) {
        return Some(LeftOut {
            code: Code::NotSynchronized,
            why,
        });
    }
    if let Some(original) = item.copied_from_item_id
        && rules.ignore_copies
    {
        return Some(LeftOut {
            code: Code::NotSynchronized,
            why: format!(
                "not tracked: an Outlook copy of linked item {original}, and IgnoreCopiedItemsInSSSForMailbox is on"
            ),
        });
    }
    if item.kind == ItemKind::Contact
        && rules.validate_contacts
        && item.subject.chars().count() > CONTACT_NAME_MAX
    {
        return Some(LeftOut {
            code: Code::NotSynchronized,
            why: format!(
                "not tracked: the contact's name has {} characters, more than the {CONTACT_NAME_MAX} of a Dynamics 365 contact's Full Name, and ValidateContactBeforeTracking is on",
                item.subject.chars().count()
            ),
        });
    }
    calendar::not_tracked(rules, item, mailbox).map(|why| LeftOut {
        code: Code::NotOrganizer,
        why,
    })
}

/// Why an email is not synchronized for its IRM protection, when it is not.
pub fn irm_restricted(rules: &OrgRules, item: &Item) -> Option<String> {
    (item.kind == ItemKind::Email && item.irm_restricted && rules.restrict_irm).then(|| {
        "not tracked: the email is restricted with Information Rights Management and RestrictIRMEmailItems is on".to_string()
    })
}
