//! Outlook inbox rules of a mailbox (Exchange side).

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum InboxRuleCommand {
    /// Add a rule after the mailbox's last one; it runs on mail arriving in the Inbox
    Add(InboxRuleAddArgs),
    /// The mailbox's rules, in the order they run
    List { mailbox: String },
    /// Delete a rule
    Remove {
        mailbox: String,
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// Turn a rule on again
    Enable { mailbox: String, name: String },
    /// Keep a rule but stop running it
    Disable { mailbox: String, name: String },
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
