use clap::{ArgGroup, Args, Subcommand};

use crate::model::TrackEmail;

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)
    #[command(
        after_help = "Examples:\n  orgtrack queue add Support --email support@contoso.com --owner alex@contoso.com\n  orgtrack queue add Sales --email sales@contoso.com --owner \"Alex Wu\" --convert-email responses"
    )]
    Add {
        /// The queue's name
        name: String,
        /// The queue's email address (unique across users and queues)
        #[arg(long, value_name = "ADDR")]
        email: String,
        /// The owning user: id, email address or name
        #[arg(long, value_name = "USER")]
        owner: String,
        /// Which incoming email becomes activities ("Convert Incoming Email To Activities"; none:
        /// "No email messages")
        #[arg(long, value_enum, default_value_t = TrackEmail::All)]
        convert_email: TrackEmail,
    },
    /// List every queue
    #[command(after_help = "Examples:\n  orgtrack queue list")]
    List,
    /// Show one queue, by id, email address or name
    #[command(
        after_help = "Examples:\n  orgtrack queue show support@contoso.com\n  orgtrack queue show Support"
    )]
    Show {
        /// Queue: id, email address or name
        queue: String,
    },
    /// Rename a queue (and so its mailbox), change its owner or what it converts
    #[command(
        after_help = "Examples:\n  orgtrack queue set Support --name \"Customer Support\"\n  orgtrack queue set support@contoso.com --owner dana@contoso.com --convert-email email-enabled"
    )]
    Set(QueueSetArgs),
    /// List the queue items of a queue: email tracked through it, oldest first
    #[command(after_help = "Examples:\n  orgtrack queue items support@contoso.com")]
    Items {
        /// Queue: id, email address or name
        queue: String,
    },
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct QueueSetArgs {
    /// The queue: id, email address or name
    pub queue: String,
    /// The queue's new name
    #[arg(long, group = "change")]
    pub name: Option<String>,
    /// The new owning user: id, email address or name
    #[arg(long, value_name = "USER", group = "change")]
    pub owner: Option<String>,
    /// Which incoming email becomes activities from now on (not none)
    #[arg(long, value_enum, group = "change")]
    pub convert_email: Option<TrackEmail>,
}
