//! Every alert orgtrack raises: its stable code, its level and its text, in one place. The texts
//! are the service's, from Microsoft's pages (the source is beside each one); where a page gives
//! one direction only (receiving), the other directions take the same sentence with the
//! direction's words, as the page's "sending/receiving" variants show. The README lists them.

use super::{AlertLevel, Direction};

/// One kind of alert. In the template `{mailbox}` stands for the mailbox's name, `{profile}`
/// for its email server profile's and `{subject}` for an item's subject.
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

/// What an alert's text names.
#[derive(Debug, Clone, Copy, Default)]
pub struct About<'a> {
    pub mailbox: &'a str,
    pub profile: &'a str,
    pub subject: &'a str,
}

impl AlertKind {
    pub fn about(&self, about: About) -> Alert {
        Alert {
            level: self.level,
            code: self.code,
            text: self
                .template
                .replace("{mailbox}", about.mailbox)
                .replace("{profile}", about.profile)
                .replace("{subject}", about.subject),
        }
    }

    pub fn for_mailbox(&self, mailbox: &str) -> Alert {
        self.about(About {
            mailbox,
            ..About::default()
        })
    }
}

// "Troubleshooting and monitoring server-side synchronization" (Power Platform admin),
// "Email addresses must be approved": the receiving text word for word.
pub const NOT_APPROVED_INCOMING: AlertKind = AlertKind {
    code: "mailbox_not_approved_incoming",
    level: AlertLevel::Error,
    template: "Email cannot be received for the mailbox {mailbox} because the email address of the mailbox {mailbox} is not approved and the mailbox has been disabled. The owner of the associated email server profile {profile} has been notified.",
};

// The same page: its "sending/receiving" variant, sending.
pub const NOT_APPROVED_OUTGOING: AlertKind = AlertKind {
    code: "mailbox_not_approved_outgoing",
    level: AlertLevel::Error,
    template: "Email cannot be sent for the mailbox {mailbox} because the email address of the mailbox {mailbox} is not approved and the mailbox has been disabled. The owner of the associated email server profile {profile} has been notified.",
};

// The same page, for appointments, contacts and tasks (its "Appointments, contacts, and tasks
// can't be synchronized" alerts name the direction so).
pub const NOT_APPROVED_ACT: AlertKind = AlertKind {
    code: "mailbox_not_approved_act",
    level: AlertLevel::Error,
    template: "Appointments, contacts, and tasks cannot be synchronized for the mailbox {mailbox} because the email address of the mailbox {mailbox} is not approved and the mailbox has been disabled. The owner of the associated email server profile {profile} has been notified.",
};

// No page gives the Information alert of a successful Test & Enable; orgtrack's words.
pub const TEST_SUCCEEDED: AlertKind = AlertKind {
    code: "mailbox_test_succeeded",
    level: AlertLevel::Information,
    template: "The mailbox {mailbox} was tested and enabled successfully.",
};

/// Recorded per mailbox when a cycle creates the tracking category (SPEC section 3, exact text).
pub const TRACKING_CATEGORY_ENABLED: AlertKind = AlertKind {
    code: "tracking_category_enabled",
    level: AlertLevel::Information,
    template: "Outlook Category \"Tracked To Dynamics 365\" has been enabled for the mailbox {mailbox} as the OrgDBOrgSetting is enabled. Use this Outlook category to track emails, appointments and tasks.",
};

// "Troubleshooting and monitoring server-side synchronization", "Credentials are incorrect or
// have insufficient permissions": a permanent error of the email server profile.
pub const PROFILE_CREDENTIALS_INCOMING: AlertKind = AlertKind {
    code: "profile_credentials_incoming",
    level: AlertLevel::Error,
    template: "Email cannot be received because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for receiving email. The mailbox {mailbox} has been disabled for receiving email and the owner of the email server profile {profile} has been notified.",
};

pub const PROFILE_CREDENTIALS_OUTGOING: AlertKind = AlertKind {
    code: "profile_credentials_outgoing",
    level: AlertLevel::Error,
    template: "Email cannot be sent because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending email. The mailbox {mailbox} has been disabled for sending email and the owner of the email server profile {profile} has been notified.",
};

pub const PROFILE_CREDENTIALS_ACT: AlertKind = AlertKind {
    code: "profile_credentials_act",
    level: AlertLevel::Error,
    template: "Appointments, contacts, and tasks cannot be synchronized because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for synchronizing appointments, contacts, and tasks. The mailbox {mailbox} has been disabled for synchronizing appointments, contacts, and tasks and the owner of the email server profile {profile} has been notified.",
};

// The same page, "Error while establishing a secure connection" and "Mailbox disabled for
// synchronization": a permanent error of the mailbox (the page's texts name no mailbox; the
// mailbox's alert wall says which).
pub const CONNECTION_INCOMING: AlertKind = AlertKind {
    code: "mailbox_connection_incoming",
    level: AlertLevel::Error,
    template: "Email cannot be received for the mailbox because an error occurred while establishing a secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the email server profile has been notified.",
};

pub const CONNECTION_OUTGOING: AlertKind = AlertKind {
    code: "mailbox_connection_outgoing",
    level: AlertLevel::Error,
    template: "Email cannot be sent for the mailbox because an error occurred while establishing a secure connection to the email server. The mailbox has been disabled for sending email and the owner of the email server profile has been notified.",
};

pub const CONNECTION_ACT: AlertKind = AlertKind {
    code: "mailbox_connection_act",
    level: AlertLevel::Error,
    template: "The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox because an error occurred while establishing a secure connection to the Exchange server. The owner of the email server profile has been notified.",
};

// The same page, "Email fails to be sent or received when server-side synchronization is
// configured with Gmail": the warning of a transient error, retried.
pub const TRANSIENT_INCOMING: AlertKind = AlertKind {
    code: "mailbox_transient_incoming",
    level: AlertLevel::Warning,
    template: "An unknown error occurred while receiving email. Mailbox {mailbox} didn't synchronize. The owner of the associated email server profile {profile} has been notified.",
};

pub const TRANSIENT_OUTGOING: AlertKind = AlertKind {
    code: "mailbox_transient_outgoing",
    level: AlertLevel::Warning,
    template: "An unknown error occurred while sending email. Mailbox {mailbox} didn't synchronize. The owner of the associated email server profile {profile} has been notified.",
};

pub const TRANSIENT_ACT: AlertKind = AlertKind {
    code: "mailbox_transient_act",
    level: AlertLevel::Warning,
    template: "An unknown error occurred while synchronizing appointments, contacts, and tasks. Mailbox {mailbox} didn't synchronize. The owner of the associated email server profile {profile} has been notified.",
};

// The same page's Gmail section, for one email: an item that failed for good (item level;
// "Monitor email processing errors": email-level errors do not stop other email).
pub const ITEM_FAILED: AlertKind = AlertKind {
    code: "item_failed",
    level: AlertLevel::Error,
    template: "An unknown error occurred while processing the email message \"{subject}\". Mailbox {mailbox} didn't synchronize. The owner of the associated email server profile {profile} has been notified.",
};

/// Every alert kind, for lookups by code.
pub const ALL: [AlertKind; 15] = [
    NOT_APPROVED_INCOMING,
    NOT_APPROVED_OUTGOING,
    NOT_APPROVED_ACT,
    TEST_SUCCEEDED,
    TRACKING_CATEGORY_ENABLED,
    PROFILE_CREDENTIALS_INCOMING,
    PROFILE_CREDENTIALS_OUTGOING,
    PROFILE_CREDENTIALS_ACT,
    CONNECTION_INCOMING,
    CONNECTION_OUTGOING,
    CONNECTION_ACT,
    TRANSIENT_INCOMING,
    TRANSIENT_OUTGOING,
    TRANSIENT_ACT,
    ITEM_FAILED,
];

/// The number `orgtrack serve` puts in `tracelog.tracecode` (an Int32 in Dataverse) for one of
/// our codes, and back. Microsoft documents no trace code per alert, so the number is the
/// position in `ALL`, from 1: new kinds are only ever appended, so numbers never change.
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

/// The alert of a permanent error on `direction`: of the profile, or of the mailbox.
pub const fn permanent(direction: Direction, on_profile: bool) -> AlertKind {
    match (direction, on_profile) {
        (Direction::Incoming, true) => PROFILE_CREDENTIALS_INCOMING,
        (Direction::Outgoing, true) => PROFILE_CREDENTIALS_OUTGOING,
        (Direction::Act, true) => PROFILE_CREDENTIALS_ACT,
        (Direction::Incoming, false) => CONNECTION_INCOMING,
        (Direction::Outgoing, false) => CONNECTION_OUTGOING,
        (Direction::Act, false) => CONNECTION_ACT,
    }
}

/// The warning of a transient error on `direction`, which is retried.
pub const fn transient(direction: Direction) -> AlertKind {
    match direction {
        Direction::Incoming => TRANSIENT_INCOMING,
        Direction::Outgoing => TRANSIENT_OUTGOING,
        Direction::Act => TRANSIENT_ACT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_name_the_mailbox_and_profile() {
        let alert = NOT_APPROVED_INCOMING.about(About {
            mailbox: "Alex Wu",
            profile: "Microsoft Exchange Online",
            ..About::default()
        });
        assert_eq!(
            alert.text,
            "Email cannot be received for the mailbox Alex Wu because the email address of the mailbox Alex Wu is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified."
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
    fn the_readme_lists_every_alert_with_its_trace_code_and_level() {
        let readme = include_str!("../../README.md");
        for kind in ALL {
            let row = format!(
                "| `{}` | {} | {} |",
                kind.code,
                trace_code(kind.code).unwrap(),
                kind.level.word()
            );
            assert!(readme.contains(&row), "README lacks {row}");
        }
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
