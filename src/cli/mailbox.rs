use clap::{ArgGroup, Args, Subcommand};

use crate::model::{ActMethod, IncomingMethod, OutgoingMethod, Status};

#[derive(Debug, Subcommand)]
pub enum MailboxCommand {
    /// Every mailbox, with methods, approval and status
    List {
        /// Only mailboxes with a direction (incoming, outgoing or ACT) in this status
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// At most N mailboxes
        #[arg(long, value_name = "N")]
        limit: Option<i64>,
        /// Only mailboxes listed after the mailbox with this id (paging: pass the last id seen;
        /// local state only)
        #[arg(long, value_name = "ID")]
        after: Option<i64>,
    },
    /// Every field of one mailbox, with its delegates, categories and folders
    Show {
        /// id, email address or name (its owner's)
        mailbox: String,
    },
    /// Change delivery methods; a changed direction must be tested again
    Set(MailboxSetArgs),
    /// Approve the email address of mailboxes
    Approve {
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
        /// The user who approves [default: an administrator]
        #[arg(long = "as", value_name = "USER")]
        approver: Option<String>,
    },
    /// The server-side sync failures dashboard: items that failed to synchronize, newest first
    /// (recorded while EnableSssItemLevelMonitoring is on, kept
    /// ExchangeSyncIdMappingPersistenceTimeInDays days)
    Failures {
        /// Only this mailbox's items
        mailbox: Option<String>,
    },
    /// Test & Enable: test each server-side direction and record its status and alerts
    TestEnable(TestEnableArgs),
    /// Stop sync cycles from processing mailboxes
    Disable {
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
    },
    /// Let sync cycles process mailboxes again (tested directions only)
    Enable {
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
    },
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct MailboxSetArgs {
    /// id, email address or name
    pub mailbox: String,
    /// How incoming email is delivered
    #[arg(long, value_enum, group = "change")]
    pub incoming: Option<IncomingMethod>,
    /// How outgoing email is sent (a forward mailbox sends none)
    #[arg(long, value_enum, group = "change")]
    pub outgoing: Option<OutgoingMethod>,
    /// How appointments, contacts and tasks are synchronized (a queue's: none)
    #[arg(long, value_enum, group = "change")]
    pub act: Option<ActMethod>,
    /// Only email received after this time is processed (the mailbox's watermark)
    #[arg(long, value_name = "TIME", group = "change")]
    pub process_email_after: Option<String>,
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("which").required(true)))]
pub struct TestEnableArgs {
    #[arg(value_name = "MAILBOX", group = "which")]
    pub mailboxes: Vec<String>,
    /// Every mailbox
    #[arg(long, group = "which")]
    pub all: bool,
}
