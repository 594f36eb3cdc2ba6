//! The vocabulary of the sync engine: Exchange items, Dynamics activities and how one became
//! the other. Numbers follow Dataverse where it has an option set (`correlationmethod`).

use std::fmt;

use clap::ValueEnum;
use serde::Serialize;

option_set! {
    /// What an Exchange item is.
    #[derive(Default)]
    pub enum ItemKind {
        #[default]
        Email = 0 => "email",
        Appointment = 1 => "appointment",
        Task = 2 => "task",
        Contact = 3 => "contact",
    }
}

option_set! {
    /// Where an item stands with Dynamics 365.
    #[derive(Default)]
    pub enum TrackingState {
        #[default]
        Untracked = 0 => "untracked",
        /// Marked for tracking; the next cycle promotes it.
        Pending = 1 => "pending",
        Tracked = 2 => "tracked",
        /// The last attempt failed with a retryable error; the next cycle tries again.
        Failed = 3 => "failed",
        /// Every retry failed: `Tracked to Dynamics 365 (Undeliverable)`, never retried again.
        Undeliverable = 4 => "undeliverable",
    }
}

option_set! {
    /// How an item came to be tracked.
    pub enum TrackingMethod {
        Category = 0 => "category",
        App = 1 => "app",
        Folder = 2 => "folder",
        Automatic = 3 => "automatic",
    }
}

option_set! {
    /// What the next cycle must do with an item.
    pub enum Pending {
        /// The tracking category was assigned (or a retry is due).
        Track = 1 => "track",
        /// The tracking category was removed.
        Untrack = 2 => "untrack",
        /// Deleted in Outlook: apply the deletion rules.
        OutlookDelete = 3 => "outlook_delete" ("apply the Outlook deletion"),
        /// Its activity or record was deleted in Dynamics 365 and the rules say it goes too.
        RemoveFromOutlook = 4 => "remove_from_outlook" ("remove it from Outlook"),
        /// Newly arrived or moved: evaluate automatic and folder-level tracking.
        Evaluate = 5 => "evaluate",
    }
}

option_set! {
    /// Dynamics activity types the engine creates.
    pub enum ActivityKind {
        Email = 0 => "email",
        Appointment = 1 => "appointment",
        RecurringAppointment = 2 => "recurring_appointment" ("recurring appointment"),
        Task = 3 => "task",
    }
}

option_set! {
    /// An email activity's status reason (email.statuscode), the values orgtrack gives: sent
    /// from Dynamics 365, an email is Pending Send until its mailbox sends it, then Sent;
    /// tracked incoming email is Received.
    pub enum EmailStatus {
        Sent = 3 => "sent",
        Received = 4 => "received",
        PendingSend = 6 => "pending_send" ("Pending Send"),
    }
}

option_set! {
    /// Email direction; one message is one activity per direction.
    #[derive(Default)]
    pub enum EmailDirection {
        #[default]
        Incoming = 0 => "incoming",
        Outgoing = 1 => "outgoing",
    }
}

option_set! {
    /// `email.correlationmethod`.
    #[derive(Default)]
    pub enum CorrelationMethod {
        #[default]
        None = 0 => "none",
        Skipped = 1 => "skipped",
        XHeader = 2 => "x_header" ("X-header"),
        InReplyTo = 3 => "in_reply_to" ("In-Reply-To header"),
        TrackingToken = 4 => "tracking_token" ("tracking token"),
        ConversationIndex = 5 => "conversation_index" ("conversation index"),
        SmartMatching = 6 => "smart_matching" ("smart matching"),
        CustomCorrelation = 7 => "custom_correlation" ("custom correlation"),
    }
}

option_set! {
    /// Activity state (statecode).
    pub enum ActivityState {
        Open = 0 => "open",
        Completed = 1 => "completed",
        Canceled = 2 => "canceled",
    }
}

option_set! {
    /// The error a customer plugin makes promotion fail with. All are retryable.
    pub enum PluginError {
        Plugin = 0 => "plugin",
        Timeout = 1 => "timeout",
        InvalidSender = 2 => "invalid_sender" ("invalid sender"),
    }
}

impl FilterReason {
    /// The service's name of a reason automatic tracking rejects an email for, as the
    /// item-level monitoring view gives it (`NoRecipientMatch`, ...); None for an acceptance
    /// or a duplicate (linked, not rejected).
    pub const fn rejection_name(self) -> Option<&'static str> {
        match self {
            FilterReason::NoCorrelationMatch => Some("NoCorrelationMatch"),
            FilterReason::NoRecipientMatch => Some("NoRecipientMatch"),
            FilterReason::InternalEmailReject => Some("InternalEmailReject"),
            FilterReason::InvalidSender => Some("InvalidSender"),
            FilterReason::Duplicate
            | FilterReason::CorrelationMatch
            | FilterReason::SenderMatch
            | FilterReason::AcceptAll => None,
        }
    }
}

impl ItemKind {
    /// The activity an item of this kind becomes (contacts become records, not activities).
    pub fn activity_kind(self) -> Option<ActivityKind> {
        match self {
            ItemKind::Email => Some(ActivityKind::Email),
            ItemKind::Appointment => Some(ActivityKind::Appointment),
            ItemKind::Task => Some(ActivityKind::Task),
            ItemKind::Contact => None,
        }
    }

    /// The mailbox direction whose synchronization processes items of this kind: incoming
    /// email for emails, appointments, contacts and tasks (ACT) for the rest.
    pub fn direction(self) -> super::Direction {
        match self {
            ItemKind::Email => super::Direction::Incoming,
            _ => super::Direction::Act,
        }
    }
}

impl PluginError {
    /// The service's name for the error, and its number where Microsoft documents one: a
    /// plugin that throws aborts the request with IsvAborted (0x80040265, "Web service error
    /// codes", Dataverse). The other two have no documented name; orgtrack's words.
    pub const fn service_error(self) -> (&'static str, Option<i64>) {
        match self {
            PluginError::Plugin => ("IsvAborted", Some(-2147220891)),
            PluginError::Timeout => ("Timeout", None),
            PluginError::InvalidSender => ("InvalidSender", None),
        }
    }

    /// The error text recorded on the item, as the failure would read in the service.
    pub fn message(self, plugin: &str) -> String {
        match self {
            PluginError::Plugin => format!(
                "A customer plugin failed: {plugin} threw an exception during activity creation"
            ),
            PluginError::Timeout => "The request to Dynamics 365 timed out".to_string(),
            PluginError::InvalidSender => {
                "InvalidSender: the sender could not be resolved".to_string()
            }
        }
    }
}

option_set! {
    /// Why automatic tracking accepted or rejected an email (the filter reason codes).
    pub enum FilterReason {
        Duplicate = 0 => "duplicate",
        NoCorrelationMatch = 1 => "no_correlation_match" ("no correlation match"),
        CorrelationMatch = 2 => "correlation_match" ("correlation match"),
        NoRecipientMatch = 3 => "no_recipient_match" ("no recipient match"),
        InternalEmailReject = 4 => "internal_email_reject" ("internal email rejected"),
        SenderMatch = 5 => "sender_match" ("sender match"),
        AcceptAll = 6 => "accept_all" ("accepts all"),
        InvalidSender = 7 => "invalid_sender" ("invalid sender"),
    }
}
