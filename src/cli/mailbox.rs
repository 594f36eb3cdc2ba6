use clap::{ArgGroup, Args, Subcommand};

use crate::model::{
    ActMethod, Approval, FaultDirection, IncomingMethod, OutgoingMethod, OwnerKind, Status,
};

#[derive(Debug, Subcommand)]
pub enum MailboxCommand {
    /// List every mailbox, with methods, approval and status
    #[command(
        after_help = "Examples:\n  orgtrack mailbox list\n  orgtrack mailbox list --status failure\n  orgtrack --env contoso mailbox list --limit 50"
    )]
    List {
        /// Only mailboxes with any direction (incoming, outgoing or ACT) in this status
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Only mailboxes whose incoming email is in this status
        #[arg(long, value_enum, value_name = "STATUS")]
        incoming_status: Option<Status>,
        /// Only mailboxes whose outgoing email is in this status
        #[arg(long, value_enum, value_name = "STATUS")]
        outgoing_status: Option<Status>,
        /// Only mailboxes whose appointments, contacts and tasks are in this status
        #[arg(long, value_enum, value_name = "STATUS")]
        act_status: Option<Status>,
        /// At most N mailboxes
        #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
        limit: Option<i64>,
        /// Only mailboxes listed after the mailbox with this id (paging: pass the last id seen;
        /// local state only)
        #[arg(long, value_name = "ID", value_parser = super::whole_number::<i64>)]
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
        after_help = "Examples:\n  orgtrack mailbox set alex@contoso.com --incoming server-side-sync --outgoing server-side-sync\n  orgtrack mailbox set --owner-kind queue --act none\n  orgtrack mailbox set support@contoso.com --process-email-after 2026-11-01"
    )]
    Set(MailboxSetArgs),
    /// Approve the email address of mailboxes
    #[command(
        after_help = "Examples:\n  orgtrack mailbox approve alex@contoso.com support@contoso.com\n  orgtrack mailbox approve --approval pending"
    )]
    Approve(ApproveArgs),
    /// Test & Enable: test each server-side direction and record its status and alerts
    /// (exit 1 when a mailbox fails)
    #[command(
        after_help = "Examples:\n  orgtrack mailbox test-enable alex@contoso.com\n  orgtrack mailbox test-enable --all --schedule\n  orgtrack --env contoso mailbox test-enable --status failure --wait"
    )]
    TestEnable(TestEnableArgs),
    /// Stop sync cycles from processing mailboxes
    #[command(
        after_help = "Examples:\n  orgtrack mailbox disable alex@contoso.com\n  orgtrack mailbox disable --owner-kind queue"
    )]
    Disable(Selection),
    /// Let sync cycles process mailboxes again (tested directions only)
    #[command(
        after_help = "Examples:\n  orgtrack mailbox enable alex@contoso.com\n  orgtrack mailbox enable - < mailboxes.txt"
    )]
    Enable(Selection),
    /// After an environment copy or restore: synchronization methods None for every mailbox,
    /// except those listed in --keep, which are approved and Test & Enabled
    #[command(
        after_help = "Examples:\n  orgtrack mailbox reset-after-copy --keep keep.txt --dry-run\n  orgtrack --env contoso-test mailbox reset-after-copy --keep keep.txt"
    )]
    ResetAfterCopy {
        /// The mailboxes to keep synchronizing: ids, addresses or names, one a line (# comments)
        #[arg(long, value_name = "FILE")]
        keep: Option<std::path::PathBuf>,
        /// Print what would be done to each mailbox; change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Inject errors the mailbox meets: make a direction fail, permanently or transiently
    #[command(subcommand)]
    Fault(FaultCommand),
}

/// `mailbox fault ...` and `server-profile fault ...`: injected errors (SPEC section 10).
#[derive(Debug, Subcommand)]
pub enum FaultCommand {
    /// Make a direction fail: permanent errors disable it at once, transient ones are retried
    /// 10 times, 5 minutes apart, first
    #[command(
        after_help = "Examples:\n  orgtrack mailbox fault add alex@contoso.com --permanent --direction incoming\n  orgtrack server-profile fault add \"Microsoft Exchange Online\" --transient \\\n    --direction outgoing --times 3"
    )]
    Add(FaultAddArgs),
    /// List the faults injected, with their ids
    #[command(
        after_help = "Examples:\n  orgtrack mailbox fault list alex@contoso.com\n  orgtrack server-profile fault list \"Microsoft Exchange Online\""
    )]
    List {
        /// The mailbox (id, email address or name) or profile (id or name)
        #[arg(value_name = "TARGET")]
        target: String,
    },
    /// Remove a fault: the direction works again at its next attempt
    #[command(
        after_help = "Examples:\n  orgtrack mailbox fault remove alex@contoso.com 1\n  orgtrack server-profile fault remove \"Microsoft Exchange Online\" 2"
    )]
    Remove {
        /// The mailbox (id, email address or name) or profile (id or name)
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

/// The mailboxes a command acts on: named, `-` for standard input, or `--all`, narrowed by the
/// filters (filters alone mean every mailbox they keep).
#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("which").required(true).multiple(true)))]
pub struct Selection {
    /// Ids, email addresses or names; `-` reads them from standard input, one a line
    #[arg(value_name = "MAILBOX", group = "which")]
    pub mailboxes: Vec<String>,
    /// Every mailbox
    #[arg(long, group = "which", conflicts_with = "mailboxes")]
    pub all: bool,
    /// Only mailboxes whose address approval is this
    #[arg(long, value_enum, group = "which")]
    pub approval: Option<Approval>,
    /// Only mailboxes with a direction (incoming, outgoing or ACT) in this status
    #[arg(long, value_enum, group = "which")]
    pub status: Option<Status>,
    /// Only mailboxes of users, or of queues
    #[arg(long, value_enum, group = "which")]
    pub owner_kind: Option<OwnerKind>,
}

#[derive(Debug, Args)]
#[group(skip)]
pub struct ApproveArgs {
    #[command(flatten)]
    pub which: Selection,
    /// The user who approves, in the simulator [default: an administrator]
    #[arg(long = "as", value_name = "USER")]
    pub approver: Option<String>,
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct MailboxSetArgs {
    #[command(flatten)]
    pub which: Selection,
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
    /// Its email server profile: id or name; a new profile must be tested again (local state
    /// only)
    #[arg(long, value_name = "PROFILE", group = "change")]
    pub profile: Option<String>,
}

#[derive(Debug, Args)]
#[group(skip)]
pub struct TestEnableArgs {
    #[command(flatten)]
    pub which: Selection,
    /// With --env: wait (at most SECONDS, default 600) until the service has tested each
    /// mailbox, then print the results and the alerts raised meanwhile (locally the test is
    /// immediate)
    #[arg(long, value_name = "SECONDS", num_args = 0..=1, default_missing_value = "600",
          value_parser = clap::value_parser!(u64).range(1..=86400))]
    pub wait: Option<u64>,
    /// Locally: schedule the test, as the service does; the next cycle carries it out for
    /// each direction before it polls (default: test now)
    #[arg(long, conflicts_with = "wait")]
    pub schedule: bool,
}
