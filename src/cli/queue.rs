use clap::{ArgGroup, Args, Subcommand};

use crate::model::TrackEmail;

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)
    Add {
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
    /// Every queue
    List,
    /// One queue, by id, email address or name
    Show { queue: String },
    /// Rename a queue (and so its mailbox), change its owner or what it converts
    Set(QueueSetArgs),
    /// The queue items of a queue: email tracked through it, oldest first
    Items { queue: String },
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct QueueSetArgs {
    /// The queue: id, email address or name
    pub queue: String,
    #[arg(long, group = "change")]
    pub name: Option<String>,
    /// The new owning user: id, email address or name
    #[arg(long, value_name = "USER", group = "change")]
    pub owner: Option<String>,
    #[arg(long, value_enum, group = "change")]
    pub convert_email: Option<TrackEmail>,
}
