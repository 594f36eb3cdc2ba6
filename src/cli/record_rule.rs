//! Automatic record creation and update rules of queues (Dynamics 365 side).

use clap::{Args, Subcommand};

use crate::model::rules::Priority;

#[derive(Debug, Subcommand)]
pub enum RecordRuleCommand {
    /// Add a rule for a queue; it starts inactive: add its items, then activate it
    #[command(
        after_help = "Examples:\n  orgtrack record-rule add \"Support cases\" --queue support@contoso.com --create case\n  orgtrack record-rule add \"Sales leads\" --queue Sales --create lead \\\n    --allow-unknown-senders --create-contact-for-unknown-sender\n  orgtrack record-rule add \"Support cases\" --queue Support --create case --wait-after-resolved 2h"
    )]
    Add(RecordRuleAddArgs),
    /// List every rule
    #[command(after_help = "Examples:\n  orgtrack record-rule list")]
    List,
    /// Show one rule with its items, in the order they are evaluated
    #[command(after_help = "Examples:\n  orgtrack record-rule show \"Support cases\"")]
    Show {
        /// Rule name (`orgtrack record-rule list` lists them)
        name: String,
    },
    /// Start applying the rule to email tracked through its queue (one active rule per queue)
    #[command(after_help = "Examples:\n  orgtrack record-rule activate \"Support cases\"")]
    Activate {
        /// Rule name (`orgtrack record-rule list` lists them)
        name: String,
    },
    /// Stop applying the rule (needed before changing or removing it)
    #[command(after_help = "Examples:\n  orgtrack record-rule deactivate \"Support cases\"")]
    Deactivate {
        /// Rule name (`orgtrack record-rule list` lists them)
        name: String,
    },
    /// Delete an inactive rule
    #[command(after_help = "Examples:\n  orgtrack record-rule remove \"Support cases\" --dry-run")]
    Remove {
        /// Rule name (`orgtrack record-rule list` lists them)
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// Add or remove a rule's items: conditions on the email, evaluated in order; the first match fires
    #[command(subcommand)]
    Item(RecordRuleItemCommand),
}

#[derive(Debug, Args)]
pub struct RecordRuleAddArgs {
    /// The rule's name (unique)
    pub name: String,
    /// The queue whose email it processes: id, email address or name
    #[arg(long)]
    pub queue: String,
    /// The kind of record its items create: case, lead, contact, account, opportunity, or an
    /// email-enabled custom table (prefix_name)
    #[arg(long, value_name = "KIND")]
    pub create: String,
    /// Who owns the records it creates: id, email address or name [default: the queue's owner]
    #[arg(long, value_name = "USER")]
    pub owner: Option<String>,
    /// Also process email from senders that are no record, user or queue
    #[arg(long)]
    pub allow_unknown_senders: bool,
    /// Create a contact for an unknown sender
    #[arg(long, requires = "allow_unknown_senders")]
    pub create_contact_for_unknown_sender: bool,
    /// After a record is resolved, replies stay on it for this long before a new record is
    /// created: 30m, 2h, 1d
    #[arg(long, value_name = "DURATION", default_value = "0")]
    pub wait_after_resolved: String,
}

#[derive(Debug, Subcommand)]
pub enum RecordRuleItemCommand {
    /// Add an item after the rule's last one (the rule must be inactive)
    #[command(
        after_help = "Examples:\n  orgtrack record-rule item add \"Support cases\" --subject-contains urgent --priority high\n  orgtrack record-rule item add \"Support cases\" --name Fabrikam --from-domain fabrikam.com"
    )]
    Add(RecordRuleItemArgs),
    /// Remove the item at this position; the ones after it move up (the rule must be inactive)
    #[command(after_help = "Examples:\n  orgtrack record-rule item remove \"Support cases\" 1")]
    Remove {
        /// The rule's name
        rule: String,
        /// The item's position (1 is evaluated first)
        #[arg(value_parser = super::whole_number::<i64>)]
        position: i64,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}

#[derive(Debug, Args)]
pub struct RecordRuleItemArgs {
    /// The rule's name
    pub rule: String,
    /// The item's name [default: Item N]
    #[arg(long)]
    pub name: Option<String>,
    /// Condition: the email's subject contains this text (any case)
    #[arg(long, value_name = "TEXT")]
    pub subject_contains: Option<String>,
    /// Condition: the sender's address is in this domain
    #[arg(long, value_name = "DOMAIN")]
    pub from_domain: Option<String>,
    /// The priority of the record it creates
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
}
