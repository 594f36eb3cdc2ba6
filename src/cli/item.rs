//! Items in mailboxes and what a user does to them in Outlook or the App for Outlook.

use clap::{Args, Subcommand};

use crate::model::tracking::{ItemKind, TrackingState};

#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// List items, oldest first; streams, so it stays fast on large states
    #[command(
        after_help = "Examples:\n  orgtrack item list --mailbox alex@contoso.com --folder Inbox\n  orgtrack item list --tracking failed\n  orgtrack --json item list --kind email --limit 50 --after 1734"
    )]
    List(ItemListArgs),
    /// Show every field of an item, with its tracking state
    #[command(after_help = "Examples:\n  orgtrack item show 1\n  orgtrack --json item show item:1")]
    Show {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
    },
    /// Show what happened to an item, oldest first; kept after it is deleted
    #[command(
        after_help = "Examples:\n  orgtrack item history 1\n  orgtrack --json item history item:1"
    )]
    History {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
    },
    /// Assign a category (default: the tracking category); tracked at the next cycle
    #[command(
        after_help = "Examples:\n  orgtrack item categorize 1\n  orgtrack item categorize 1 2 3 --thread\n  orgtrack item categorize 1 --category Fabrikam --as dana@contoso.com"
    )]
    Categorize(CategoryArgs),
    /// Remove a category (default: the tracking category); untracked at the next cycle
    #[command(
        after_help = "Examples:\n  orgtrack item uncategorize 1\n  orgtrack item uncategorize 1 --category Fabrikam"
    )]
    Uncategorize(CategoryArgs),
    /// Move an item to another folder of its mailbox
    #[command(
        after_help = "Examples:\n  orgtrack item move 1 Inbox/Contoso\n  orgtrack item move 1 \"Deleted Items\""
    )]
    Move {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Folder path, e.g. Inbox/Contoso
        path: String,
    },
    /// Copy an item to a folder of its mailbox (Outlook's Copy); a copy of a tracked item keeps
    /// its link and category
    #[command(
        after_help = "Examples:\n  orgtrack item copy 1 Inbox/Contoso\n  orgtrack item copy 2 Calendar"
    )]
    Copy {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Folder path, e.g. Calendar or Inbox/Contoso
        path: String,
    },
    /// Delete an item in Outlook; the deletion rules apply at the next cycle
    #[command(
        after_help = "Examples:\n  orgtrack item delete 1\n  orgtrack item delete 1 --dry-run"
    )]
    Delete {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// App for Outlook: track now (and assign the tracking category now)
    #[command(
        after_help = "Examples:\n  orgtrack item track 1\n  orgtrack item track 1 --regarding \"Carl Ito\""
    )]
    Track {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Record the activity is regarding: id or name
        #[arg(long)]
        regarding: Option<String>,
    },
    /// List the items server-side synchronization gave up on (item-level monitoring), with the
    /// service's error (recorded while EnableSssItemLevelMonitoring is on)
    #[command(
        after_help = "Examples:\n  orgtrack item failures\n  orgtrack item failures --mailbox alex@contoso.com"
    )]
    Failures {
        /// Only this mailbox's: id, email address or name
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
    },
    /// App for Outlook: untrack now; the activity is kept unless --delete-activity
    #[command(
        after_help = "Examples:\n  orgtrack item untrack 1\n  orgtrack item untrack 1 --delete-activity"
    )]
    Untrack {
        /// Item id (`orgtrack item list` shows them; 5 or item:5)
        #[arg(value_parser = super::item_id)]
        item: i64,
        /// Also delete the activity (or, for a contact, the record) where the rules allow it
        #[arg(long)]
        delete_activity: bool,
    },
}

#[derive(Debug, Args)]
pub struct ItemListArgs {
    /// Only items in this mailbox: id, email address or name
    #[arg(long)]
    pub mailbox: Option<String>,
    /// Folder path (needs --mailbox)
    #[arg(long, requires = "mailbox")]
    pub folder: Option<String>,
    /// Only items of this kind
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
    /// Item ids (`orgtrack item list` shows them; 5 or item:5)
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
    /// List the master category list of a mailbox
    #[command(after_help = "Examples:\n  orgtrack category list alex@contoso.com")]
    List {
        /// Mailbox: id, email address or name
        mailbox: String,
    },
    /// Rename a category; tracking follows the category, not its name
    #[command(
        after_help = "Examples:\n  orgtrack category rename alex@contoso.com \"Tracked to Dynamics 365\" \"In Dynamics\""
    )]
    Rename {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// The category's current name
        old: String,
        /// Its new name
        new: String,
    },
    /// Delete a category from the master list
    #[command(
        after_help = "Examples:\n  orgtrack category delete alex@contoso.com Fabrikam --dry-run"
    )]
    Delete {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Category name
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}
