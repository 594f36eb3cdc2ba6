//! The vocabulary of the simulated directory: the numbered option sets of SPEC.md (defined once
//! here, with their stored number and their word in JSON and on the command line), the alert
//! catalog and the checks on names and addresses. Used by the store, the commands and the engine.

pub mod alerts;
pub mod names;

use std::fmt;

use clap::ValueEnum;
use serde::Serialize;

/// A Dataverse option set: each variant has the number SPEC.md gives it (stored in the state),
/// a snake_case word (JSON, tables), the kebab-case spelling clap derives (command line; the
/// snake_case word is accepted too) and, when the word is not plain English, a label in
/// parentheses: what sentences for people say (`Display`).
macro_rules! option_set {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $number:literal => $word:literal $(($label:literal))?,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] #[value(alias = $word)] $variant = $number,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn number(self) -> i64 {
                self as i64
            }

            pub fn from_number(number: i64) -> Option<Self> {
                match number {
                    $($number => Some($name::$variant),)+
                    _ => None,
                }
            }

            pub const fn word(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            pub fn from_word(word: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.word() == word)
            }

            /// The value in words, for sentences.
            pub const fn label(self) -> &'static str {
                match self {
                    $($name::$variant => label_or_word!($word $(, $label)?),)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.number().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let number = value.as_i64()?;
                Self::from_number(number).ok_or(rusqlite::types::FromSqlError::OutOfRange(number))
            }
        }
    };
}

/// An option's label when it has one, else its word.
macro_rules! label_or_word {
    ($word:literal) => {
        $word
    };
    ($word:literal, $label:literal) => {
        $label
    };
}

// Declared after the macro so that it can use `option_set!`.
pub mod rules;
pub mod tracking;

option_set! {
    /// How a mailbox receives email (mailbox.incomingemaildeliverymethod).
    pub enum IncomingMethod {
        None = 0 => "none",
        Outlook = 1 => "outlook" ("Dynamics 365 for Outlook"),
        #[value(alias = "sss")]
        ServerSideSync = 2 => "server_side_sync" ("server-side synchronization"),
        Forward = 3 => "forward" ("a forward mailbox"),
    }
}

option_set! {
    /// How a mailbox sends email (mailbox.outgoingemaildeliverymethod).
    pub enum OutgoingMethod {
        None = 0 => "none",
        Outlook = 1 => "outlook" ("Dynamics 365 for Outlook"),
        #[value(alias = "sss")]
        ServerSideSync = 2 => "server_side_sync" ("server-side synchronization"),
    }
}

option_set! {
    /// How appointments, contacts and tasks are synchronized (mailbox.actdeliverymethod).
    pub enum ActMethod {
        Outlook = 0 => "outlook" ("Dynamics 365 for Outlook"),
        #[value(alias = "sss")]
        ServerSideSync = 1 => "server_side_sync" ("server-side synchronization"),
        None = 2 => "none",
    }
}

option_set! {
    /// Outcome of the last test of one direction of a mailbox.
    pub enum Status {
        NotRun = 0 => "not_run" ("not run"),
        Success = 1 => "success",
        Failure = 2 => "failure",
    }
}

option_set! {
    /// Approval of a mailbox's email address.
    pub enum Approval {
        Empty = 0 => "empty",
        Approved = 1 => "approved",
        Pending = 2 => "pending",
        Rejected = 3 => "rejected",
    }
}

option_set! {
    /// Which incoming email a user tracks or a queue converts to activities
    /// (incomingemailfilteringmethod).
    pub enum TrackEmail {
        All = 0 => "all" ("all email messages"),
        Responses = 1 => "responses" ("responses to Dynamics 365 email"),
        LeadsContactsAccounts = 2 => "leads_contacts_accounts" ("email from Dynamics 365 leads, contacts and accounts"),
        EmailEnabled = 3 => "email_enabled" ("email from Dynamics 365 records that are email enabled"),
        None = 4 => "none" ("no email messages"),
    }
}

option_set! {
    /// Severity of an alert (tracelog level).
    pub enum AlertLevel {
        Information = 1 => "information",
        Warning = 2 => "warning",
        Error = 3 => "error",
    }
}

impl AlertLevel {
    /// The org setting that decides whether alerts of this level are recorded.
    pub const fn setting(self) -> &'static str {
        match self {
            AlertLevel::Information => "generatealertsforinformation",
            AlertLevel::Warning => "generatealertsforwarnings",
            AlertLevel::Error => "generatealertsforerrors",
        }
    }
}

option_set! {
    /// An email server profile's type (emailserverprofile.servertype). The table reference
    /// lists 0 to 4; the default profile's "Email Server Type Name" is "Exchange Online"
    /// (SupportArticles-docs, "Server-side synchronization ... Basic authentication"), which the
    /// reference gives no number: orgtrack stores it as 5.
    pub enum ServerType {
        ExchangeServer = 0 => "exchange_server" ("Exchange Server"),
        Pop3Smtp = 1 => "pop3_smtp" ("Other (POP3/SMTP)"),
        ExchangeServerHybrid = 2 => "exchange_server_hybrid" ("Exchange Server (Hybrid)"),
        ExchangeOnlineHybrid = 3 => "exchange_online_hybrid" ("Exchange Online (Hybrid)"),
        ImapSmtp = 4 => "imap_smtp" ("IMAP/SMTP"),
        ExchangeOnline = 5 => "exchange_online" ("Exchange Online"),
    }
}

option_set! {
    /// How a profile authenticates (emailserverprofile.incomingcredentialretrieval, the same
    /// for outgoing connections).
    pub enum Authentication {
        UserOrQueue = 0 => "user_or_queue" ("Credentials Specified by a User or Queue"),
        Profile = 1 => "profile" ("Credentials Specified in Email Server Profile"),
        ServerToServer = 2 => "server_to_server" ("Server to Server Authentication"),
        WindowsIntegrated = 3 => "windows_integrated" ("Windows Integrated Authentication"),
        Anonymous = 4 => "anonymous" ("Without Credentials (Anonymous)"),
        GmailOauth = 5 => "gmail_oauth" ("Gmail OAuth"),
        HybridModernAuth = 6 => "hybrid_modern_auth" ("Exchange Hybrid Modern Auth (HMA)"),
        AzureAdOauth = 7 => "azure_ad_oauth" ("Azure Active Directory OAuth"),
    }
}

option_set! {
    /// Which direction an injected fault breaks (`mailbox fault add --direction`).
    pub enum FaultDirection {
        Incoming = 0 => "incoming",
        Outgoing = 1 => "outgoing",
        Act = 2 => "act",
    }
}

impl FaultDirection {
    pub const fn direction(self) -> Direction {
        match self {
            FaultDirection::Incoming => Direction::Incoming,
            FaultDirection::Outgoing => Direction::Outgoing,
            FaultDirection::Act => Direction::Act,
        }
    }

    pub const fn of(direction: Direction) -> Self {
        match direction {
            Direction::Incoming => FaultDirection::Incoming,
            Direction::Outgoing => FaultDirection::Outgoing,
            Direction::Act => FaultDirection::Act,
        }
    }
}

/// Whether a mailbox belongs to a user or to a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    User,
    Queue,
}

impl OwnerKind {
    pub const fn word(self) -> &'static str {
        match self {
            OwnerKind::User => "user",
            OwnerKind::Queue => "queue",
        }
    }
}

/// The three things a mailbox synchronizes, each with its own method and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Incoming,
    Outgoing,
    Act,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::Incoming, Direction::Outgoing, Direction::Act];
}

/// What a delegate may do in the mailbox (Exchange folder permission levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    Reviewer,
    Author,
    Editor,
}

impl Permission {
    pub const fn word(self) -> &'static str {
        match self {
            Permission::Reviewer => "reviewer",
            Permission::Author => "author",
            Permission::Editor => "editor",
        }
    }

    pub fn from_word(word: &str) -> Option<Self> {
        Permission::value_variants()
            .iter()
            .copied()
            .find(|p| p.word() == word)
    }
}

/// The folders Exchange creates in every mailbox, in the order Outlook shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WellKnownFolder {
    Inbox,
    SentItems,
    Calendar,
    Tasks,
    Contacts,
    DeletedItems,
}

impl WellKnownFolder {
    pub const ALL: [WellKnownFolder; 6] = [
        WellKnownFolder::Inbox,
        WellKnownFolder::SentItems,
        WellKnownFolder::Calendar,
        WellKnownFolder::Tasks,
        WellKnownFolder::Contacts,
        WellKnownFolder::DeletedItems,
    ];

    /// The stored and JSON word.
    pub const fn word(self) -> &'static str {
        match self {
            WellKnownFolder::Inbox => "inbox",
            WellKnownFolder::SentItems => "sent_items",
            WellKnownFolder::Calendar => "calendar",
            WellKnownFolder::Tasks => "tasks",
            WellKnownFolder::Contacts => "contacts",
            WellKnownFolder::DeletedItems => "deleted_items",
        }
    }

    /// The folder's name in the mailbox.
    pub const fn display_name(self) -> &'static str {
        match self {
            WellKnownFolder::Inbox => "Inbox",
            WellKnownFolder::SentItems => "Sent Items",
            WellKnownFolder::Calendar => "Calendar",
            WellKnownFolder::Tasks => "Tasks",
            WellKnownFolder::Contacts => "Contacts",
            WellKnownFolder::DeletedItems => "Deleted Items",
        }
    }

    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.word() == word)
    }
}

/// The methods a new mailbox gets (SPEC.md section 10: the org's default methods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailboxMethods {
    pub incoming: IncomingMethod,
    pub outgoing: OutgoingMethod,
    pub act: ActMethod,
}

impl MailboxMethods {
    pub fn default_for(owner: OwnerKind) -> Self {
        MailboxMethods {
            incoming: IncomingMethod::ServerSideSync,
            outgoing: OutgoingMethod::ServerSideSync,
            // Queue mailboxes have no ACT synchronization.
            act: match owner {
                OwnerKind::User => ActMethod::ServerSideSync,
                OwnerKind::Queue => ActMethod::None,
            },
        }
    }

    /// Whether `direction` is handled by server-side synchronization (and so is tested by Test &
    /// Enable and processed by cycles).
    pub fn is_server_side(&self, direction: Direction) -> bool {
        match direction {
            Direction::Incoming => self.incoming == IncomingMethod::ServerSideSync,
            Direction::Outgoing => self.outgoing == OutgoingMethod::ServerSideSync,
            Direction::Act => self.act == ActMethod::ServerSideSync,
        }
    }

    /// The combinations SPEC.md and the queue table reference rule out, as a sentence for the
    /// user naming what is allowed. A queue's `incomingemaildeliverymethod` offers None (0),
    /// Server-Side Synchronization or Email Router (2) and Forward Mailbox (3), its
    /// `outgoingemaildeliverymethod` None (0) and Server-Side Synchronization or Email Router (2)
    /// ("Queue table/entity reference", Microsoft Learn): a queue has no Outlook client.
    pub fn check(&self, owner: OwnerKind) -> Result<(), String> {
        if owner == OwnerKind::Queue && self.incoming == IncomingMethod::Outlook {
            return Err(
                "a queue mailbox cannot receive email through Dynamics 365 for Outlook: the incoming method must be none, server-side-sync or forward"
                    .to_string(),
            );
        }
        if owner == OwnerKind::Queue && self.outgoing == OutgoingMethod::Outlook {
            return Err(
                "a queue mailbox cannot send email through Dynamics 365 for Outlook: the outgoing method must be none or server-side-sync"
                    .to_string(),
            );
        }
        if owner == OwnerKind::Queue && self.act != ActMethod::None {
            return Err(format!(
                "a queue mailbox has no appointment, contact and task synchronization: the ACT method must be none, not {}",
                self.act
            ));
        }
        if self.incoming == IncomingMethod::Forward && self.outgoing != OutgoingMethod::None {
            return Err(format!(
                "a forward mailbox has no outgoing email: the outgoing method must be none, not {}",
                self.outgoing
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_those_of_the_spec() {
        assert_eq!(IncomingMethod::Forward.number(), 3);
        assert_eq!(ActMethod::Outlook.number(), 0);
        assert_eq!(ActMethod::None.number(), 2);
        assert_eq!(Approval::Pending.number(), 2);
        assert_eq!(TrackEmail::None.number(), 4);
        assert_eq!(AlertLevel::Error.number(), 3);
        for level in AlertLevel::ALL {
            assert_eq!(AlertLevel::from_number(level.number()), Some(*level));
        }
        assert_eq!(Status::from_number(3), None);
    }

    #[test]
    fn words_match_json() {
        for method in IncomingMethod::ALL {
            assert_eq!(
                serde_json::to_value(method).unwrap(),
                serde_json::json!(method.word())
            );
        }
        assert_eq!(
            serde_json::to_value(TrackEmail::LeadsContactsAccounts).unwrap(),
            "leads_contacts_accounts"
        );
        assert_eq!(
            serde_json::to_value(WellKnownFolder::SentItems).unwrap(),
            WellKnownFolder::SentItems.word()
        );
    }

    #[test]
    fn command_line_takes_kebab_and_snake_case() {
        for text in ["leads-contacts-accounts", "leads_contacts_accounts"] {
            assert_eq!(
                TrackEmail::from_str(text, false),
                Ok(TrackEmail::LeadsContactsAccounts)
            );
        }
        assert_eq!(
            IncomingMethod::from_str("sss", false),
            Ok(IncomingMethod::ServerSideSync)
        );
    }

    #[test]
    fn queues_and_forward_mailboxes_are_restricted() {
        let mut methods = MailboxMethods::default_for(OwnerKind::Queue);
        assert!(methods.check(OwnerKind::Queue).is_ok());
        methods.act = ActMethod::ServerSideSync;
        assert!(methods.check(OwnerKind::Queue).is_err());
        let mut methods = MailboxMethods::default_for(OwnerKind::User);
        methods.incoming = IncomingMethod::Forward;
        assert!(methods.check(OwnerKind::User).is_err());
        methods.outgoing = OutgoingMethod::None;
        assert!(methods.check(OwnerKind::User).is_ok());
    }
}
