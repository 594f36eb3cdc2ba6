//! Items in mailboxes and what a user does to them in Outlook or the App for Outlook.

use clap::{Args, Subcommand};

use crate::model::tracking::{ItemKind, TrackingState};

#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// Items, oldest first; streams, so it stays fast on large states
    List(ItemListArgs),
    /// Every field of an item, with its tracking state
    Show {
        #[arg(value_parser = super::item_id)]
        item: i64,
    },
    /// What happened to an item, oldest first; kept after it is deleted
    History {
        #[arg(value_parser = super::item_id)]
        item: i64,
    },
    /// Assign a category (default: the tracking category); tracked at the next cycle
    Categorize(CategoryArgs),
    /// Remove a category (default: the tracking category); untracked at the next cycle
    Uncategorize(CategoryArgs),
    /// Move an item to another folder of its mailbox
    Move {
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Folder path, e.g. Inbox/Contoso
        path: String,
    },
    /// Copy an item to a folder of its mailbox (Outlook's Copy); a copy of a tracked item keeps
    /// its link and category
    Copy {
        item: i64,
        /// Folder path, e.g. Calendar or Inbox/Contoso
        path: String,
    },
    /// Delete an item in Outlook; the deletion rules apply at the next cycle
    Delete {
        #[arg(value_parser = super::item_id)]
        item: i64,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// App for Outlook: track now (and assign the tracking category now)
    Track {
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Record the activity is regarding: id or name
        #[arg(long)]
        regarding: Option<String>,
    },
    /// Item-level monitoring: the items server-side synchronization gave up on, with the
    /// service's error (recorded while EnableSssItemLevelMonitoring is on)
    Failures {
        /// Only this mailbox's: id, email address or name
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
    },
    /// App for Outlook: untrack now; the activity is kept unless --delete-activity
    Untrack {
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Also delete the activity (or, for a contact, the record) where the rules allow it
        #[arg(long)]
        delete_activity: bool,
    },
}

#[derive(Debug, Args)]
pub struct ItemListArgs {
    #[arg(long)]
    pub mailbox: Option<String>,
    /// Folder path (needs --mailbox)
    #[arg(long, requires = "mailbox")]
    pub folder: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<ItemKind>,
    /// Only items in this tracking state (`--state` is the global state file option)
    #[arg(long = "tracking", value_enum, value_name = "STATE")]
    pub tracking: Option<TrackingState>,
    /// At most N items
    #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
    pub limit: Option<i64>,
    /// Only items with an id greater than ID (paging: pass the last id seen)
    #[arg(long, value_name = "ID", default_value_t = 0, value_parser = super::item_id)]
    pub after: i64,
}

#[derive(Debug, Args)]
pub struct CategoryArgs {
    #[arg(required = true, value_name = "ITEM", value_parser = super::item_id)]
    pub items: Vec<i64>,
    /// Every email of each item's conversation in its mailbox
    #[arg(long)]
    pub thread: bool,
    /// Category name [default: the tracking category, whatever it is called now]
    #[arg(long)]
    pub category: Option<String>,
    /// Act as this user (a delegate with Editor permission on the mailbox)
    #[arg(long = "as", value_name = "USER")]
    pub as_user: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CategoryCommand {
    /// The master category list of a mailbox
    List { mailbox: String },
    /// Rename a category; tracking follows the category, not its name
    Rename {
        mailbox: String,
        old: String,
        new: String,
    },
    /// Delete a category from the master list
    Delete {
        mailbox: String,
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}
