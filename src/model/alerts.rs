//! Every alert orgtrack raises: its stable code, its level and its text, in one place. Texts are
//! modelled on the alerts Dynamics 365 records on a mailbox.

use super::{AlertLevel, Direction};

/// One kind of alert; `{mailbox}` in the template stands for the mailbox's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertKind {
    pub code: &'static str,
    pub level: AlertLevel,
    template: &'static str,
}

/// An alert ready to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub level: AlertLevel,
    pub code: &'static str,
    pub text: String,
}

impl AlertKind {
    pub fn for_mailbox(&self, mailbox: &str) -> Alert {
        Alert {
            level: self.level,
            code: self.code,
            text: self.template.replace("{mailbox}", mailbox),
        }
    }
}

pub const NOT_APPROVED_INCOMING: AlertKind = AlertKind {
    code: "mailbox_not_approved_incoming",
    level: AlertLevel::Error,
    template: "Email can't be received for the mailbox {mailbox} because the email address of the mailbox {mailbox} isn't approved. Approve the email address, and then enable the mailbox for email processing.",
};

pub const NOT_APPROVED_OUTGOING: AlertKind = AlertKind {
    code: "mailbox_not_approved_outgoing",
    level: AlertLevel::Error,
    template: "Email can't be sent for the mailbox {mailbox} because the email address of the mailbox {mailbox} isn't approved. Approve the email address, and then enable the mailbox for email processing.",
};

pub const NOT_APPROVED_ACT: AlertKind = AlertKind {
    code: "mailbox_not_approved_act",
    level: AlertLevel::Error,
    template: "Appointments, contacts, and tasks can't be synchronized for the mailbox {mailbox} because the email address of the mailbox {mailbox} isn't approved. Approve the email address, and then enable the mailbox for appointments, contacts, and tasks synchronization.",
};

pub const TEST_SUCCEEDED: AlertKind = AlertKind {
    code: "mailbox_test_succeeded",
    level: AlertLevel::Information,
    template: "The mailbox {mailbox} was tested and enabled successfully.",
};

/// Every alert kind, for lookups by code.
/// Recorded per mailbox when a cycle creates the tracking category (SPEC section 3, exact text).
pub const TRACKING_CATEGORY_ENABLED: AlertKind = AlertKind {
    code: "tracking_category_enabled",
    level: AlertLevel::Information,
    template: "Outlook Category \"Tracked To Dynamics 365\" has been enabled for the mailbox {mailbox} as the OrgDBOrgSetting is enabled. Use this Outlook category to track emails, appointments and tasks.",
};

pub const ALL: [AlertKind; 5] = [
    NOT_APPROVED_INCOMING,
    NOT_APPROVED_OUTGOING,
    NOT_APPROVED_ACT,
    TEST_SUCCEEDED,
    TRACKING_CATEGORY_ENABLED,
];

/// The number `orgtrack serve` puts in `tracelog.tracecode` (an Int32 in Dataverse) for one of
/// our codes, and back: the position in `ALL`, from 1, so the mapping is fixed by this list.
pub fn trace_code(code: &str) -> Option<i32> {
    ALL.iter()
        .position(|kind| kind.code == code)
        .map(|i| i as i32 + 1)
}

pub fn code_of_trace(trace_code: i64) -> Option<&'static str> {
    usize::try_from(trace_code - 1)
        .ok()
        .and_then(|i| ALL.get(i))
        .map(|kind| kind.code)
}

/// The alert Test & Enable raises when `direction` fails because the address is not approved.
pub const fn not_approved(direction: Direction) -> AlertKind {
    match direction {
        Direction::Incoming => NOT_APPROVED_INCOMING,
        Direction::Outgoing => NOT_APPROVED_OUTGOING,
        Direction::Act => NOT_APPROVED_ACT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_name_the_mailbox() {
        let alert = NOT_APPROVED_INCOMING.for_mailbox("Alex Wu");
        assert_eq!(
            alert.text,
            "Email can't be received for the mailbox Alex Wu because the email address of the mailbox Alex Wu isn't approved. Approve the email address, and then enable the mailbox for email processing."
        );
        assert_eq!(alert.level, AlertLevel::Error);
        assert_eq!(
            TEST_SUCCEEDED.for_mailbox("Support").text,
            "The mailbox Support was tested and enabled successfully."
        );
    }

    #[test]
    fn codes_are_unique() {
        let unique: std::collections::HashSet<_> = ALL.iter().map(|k| k.code).collect();
        assert_eq!(unique.len(), ALL.len());
    }

    #[test]
    fn trace_codes_round_trip() {
        for kind in ALL {
            let number = trace_code(kind.code).unwrap();
            assert_eq!(code_of_trace(number.into()), Some(kind.code));
        }
        assert_eq!(trace_code("nope"), None);
        assert_eq!(code_of_trace(0), None);
        assert_eq!(code_of_trace(99), None);
    }
}
