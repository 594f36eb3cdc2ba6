use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FolderCommand {
    /// Add one folder; its parent must exist (PATH like Inbox/Contoso)
    Add { mailbox: String, path: String },
    /// Rename a folder (not a well-known one)
    Rename {
        mailbox: String,
        path: String,
        new_name: String,
    },
    /// Move a folder under another one ("/" for the top of the mailbox)
    Move {
        mailbox: String,
        path: String,
        new_parent: String,
    },
    /// Delete a folder (not a well-known one)
    Delete {
        mailbox: String,
        path: String,
        /// Also delete its subfolders (asks first; --yes when not at a terminal)
        #[arg(long)]
        recursive: bool,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// The folder tree of a mailbox
    List { mailbox: String },
    /// Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering
    Track {
        mailbox: String,
        path: String,
        /// Record the tracked mail is regarding: id or name
        #[arg(long)]
        regarding: Option<String>,
    },
    /// Delete a folder's tracking rule (mail tracked through it stays tracked)
    Untrack { mailbox: String, path: String },
    /// The folder tracking rules of a mailbox
    Rules { mailbox: String },
}
