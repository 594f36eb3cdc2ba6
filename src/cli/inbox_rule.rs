//! Outlook inbox rules of a mailbox (Exchange side).

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum InboxRuleCommand {
    /// Add a rule after the mailbox's last one; it runs on mail arriving in the Inbox
    #[command(
        after_help = "Examples:\n  orgtrack inbox-rule add alex@contoso.com \"Fabrikam to Dynamics\" --from fabrikam.com \\\n    --assign-category \"Tracked to Dynamics 365\"\n  orgtrack inbox-rule add alex@contoso.com Quotes --subject-contains quote \\\n    --move-to Inbox/Quotes --stop"
    )]
    Add(InboxRuleAddArgs),
    /// List the mailbox's rules, in the order they run
    #[command(after_help = "Examples:\n  orgtrack inbox-rule list alex@contoso.com")]
    List {
        /// Mailbox: id, email address or name
        mailbox: String,
    },
    /// Delete a rule
    #[command(
        after_help = "Examples:\n  orgtrack inbox-rule remove alex@contoso.com Quotes --dry-run"
    )]
    Remove {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Rule name (`orgtrack inbox-rule list MAILBOX` lists them)
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// Turn a rule on again
    #[command(after_help = "Examples:\n  orgtrack inbox-rule enable alex@contoso.com Quotes")]
    Enable {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Rule name (`orgtrack inbox-rule list MAILBOX` lists them)
        name: String,
    },
    /// Keep a rule but stop running it
    #[command(after_help = "Examples:\n  orgtrack inbox-rule disable alex@contoso.com Quotes")]
    Disable {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Rule name (`orgtrack inbox-rule list MAILBOX` lists them)
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct InboxRuleAddArgs {
    /// The mailbox: id, email address or name
    pub mailbox: String,
    /// The rule's name (unique in the mailbox)
    pub name: String,
    /// Condition: sent by this address, or by anyone in this domain (fabrikam.com)
    #[arg(long, value_name = "ADDR")]
    pub from: Option<String>,
    /// Condition: this address, or anyone in this domain, is a To or Cc recipient
    #[arg(long, value_name = "ADDR")]
    pub to: Option<String>,
    /// Condition: the subject contains this text (any case)
    #[arg(long, value_name = "TEXT")]
    pub subject_contains: Option<String>,
    /// Condition: the message carries this category (assigned by an earlier rule)
    #[arg(long, value_name = "NAME")]
    pub has_category: Option<String>,
    /// Action: assign this category (repeatable); the tracking category tracks at the next cycle
    #[arg(long, value_name = "NAME")]
    pub assign_category: Vec<String>,
    /// Action: remove this category (repeatable)
    #[arg(long, value_name = "NAME")]
    pub remove_category: Vec<String>,
    /// Action: move the message to this folder (Inbox/Contoso); out of the Inbox, automatic
    /// tracking no longer sees it
    #[arg(long, value_name = "PATH")]
    pub move_to: Option<String>,
    /// Stop processing more rules when this one matches
    #[arg(long)]
    pub stop: bool,
}
