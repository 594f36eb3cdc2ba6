use clap::{ArgGroup, Args, Subcommand};

use crate::model::{ActMethod, IncomingMethod, OutgoingMethod, Status};

#[derive(Debug, Subcommand)]
pub enum MailboxCommand {
    /// List every mailbox, with methods, approval and status
    #[command(
        after_help = "Examples:\n  orgtrack mailbox list\n  orgtrack mailbox list --status failure\n  orgtrack --env contoso mailbox list --limit 50"
    )]
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
    /// Show every field of one mailbox, with its delegates, categories and folders
    #[command(
        after_help = "Examples:\n  orgtrack mailbox show alex@contoso.com\n  orgtrack --json mailbox show \"Alex Wu\""
    )]
    Show {
        /// Mailbox: id, email address or name (its owner's)
        mailbox: String,
    },
    /// Change delivery methods; a changed direction must be tested again
    #[command(
        after_help = "Examples:\n  orgtrack mailbox set alex@contoso.com --incoming server-side-sync --outgoing server-side-sync\n  orgtrack mailbox set alex@contoso.com --act none\n  orgtrack mailbox set support@contoso.com --process-email-after 2026-11-01"
    )]
    Set(MailboxSetArgs),
    /// Approve the email address of mailboxes
    #[command(
        after_help = "Examples:\n  orgtrack mailbox approve alex@contoso.com\n  orgtrack mailbox approve alex@contoso.com support@contoso.com"
    )]
    Approve {
        /// Mailboxes: id, email address or name
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
    },
    /// Test & Enable: test each server-side direction and record its status and alerts
    #[command(
        after_help = "Examples:\n  orgtrack mailbox test-enable alex@contoso.com\n  orgtrack mailbox test-enable --all"
    )]
    TestEnable(TestEnableArgs),
    /// Stop sync cycles from processing mailboxes
    #[command(after_help = "Examples:\n  orgtrack mailbox disable alex@contoso.com")]
    Disable {
        /// Mailboxes: id, email address or name
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
    },
    /// Let sync cycles process mailboxes again (tested directions only)
    #[command(after_help = "Examples:\n  orgtrack mailbox enable alex@contoso.com")]
    Enable {
        /// Mailboxes: id, email address or name
        #[arg(required = true, value_name = "MAILBOX")]
        mailboxes: Vec<String>,
    },
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct MailboxSetArgs {
    /// Mailbox: id, email address or name
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
    /// Mailboxes: id, email address or name
    #[arg(value_name = "MAILBOX", group = "which")]
    pub mailboxes: Vec<String>,
    /// Every mailbox
    #[arg(long, group = "which")]
    pub all: bool,
}
