use clap::{ArgGroup, Args, Subcommand};

use crate::model::{ActMethod, FaultDirection, IncomingMethod, OutgoingMethod, Status};

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
    /// Errors the mailbox meets: make a direction fail, permanently or transiently
    #[command(subcommand)]
    Fault(FaultCommand),
}

/// `mailbox fault ...` and `server-profile fault ...`: injected errors (SPEC section 10).
#[derive(Debug, Subcommand)]
pub enum FaultCommand {
    /// Make a direction fail: permanent errors disable it at once, transient ones are retried
    /// 10 times, 5 minutes apart, first
    Add(FaultAddArgs),
    /// The faults injected, with their ids
    List {
        #[arg(value_name = "TARGET")]
        target: String,
    },
    /// Remove a fault: the direction works again at its next attempt
    Remove {
        #[arg(value_name = "TARGET")]
        target: String,
        /// The fault's id (`fault list`)
        id: i64,
    },
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("kind").required(true)))]
pub struct FaultAddArgs {
    /// The mailbox (id, email address or name) or profile (id or name)
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// A transient error (a network issue): Warning alerts, retried
    #[arg(long, group = "kind")]
    pub transient: bool,
    /// A permanent error (401 Unauthorized): an Error alert, the direction disabled at once
    #[arg(long, group = "kind")]
    pub permanent: bool,
    /// The direction that fails
    #[arg(long, value_enum)]
    pub direction: FaultDirection,
    /// Fail this many attempts, then work again (default: until removed)
    #[arg(long, value_name = "N")]
    pub times: Option<i64>,
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
    /// Its email server profile: id or name; a changed profile must be tested again
    #[arg(long, value_name = "PROFILE", group = "change")]
    pub profile: Option<String>,
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
    /// Schedule the test, as the service does: the next cycle carries it out for each
    /// direction before it polls (default: test now)
    #[arg(long)]
    pub schedule: bool,
}
