use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FolderCommand {
    /// Add one folder; its parent must exist (PATH like Inbox/Contoso)
    #[command(
        after_help = "Examples:\n  orgtrack folder add alex@contoso.com Inbox/Contoso\n  orgtrack folder add alex@contoso.com Projects"
    )]
    Add {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path from the top of the mailbox, e.g. Inbox/Contoso
        path: String,
    },
    /// Rename a folder (not a well-known one)
    #[command(
        after_help = "Examples:\n  orgtrack folder rename alex@contoso.com Inbox/Contoso Fabrikam"
    )]
    Rename {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path, e.g. Inbox/Contoso
        path: String,
        /// The folder's new name (one name, no "/")
        new_name: String,
    },
    /// Move a folder under another one ("/" for the top of the mailbox)
    #[command(
        after_help = "Examples:\n  orgtrack folder move alex@contoso.com Inbox/Contoso Projects\n  orgtrack folder move alex@contoso.com Inbox/Contoso /"
    )]
    Move {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path, e.g. Inbox/Contoso
        path: String,
        /// Path of the new parent folder, or "/" for the top of the mailbox
        new_parent: String,
    },
    /// Delete a folder (not a well-known one)
    #[command(
        after_help = "Examples:\n  orgtrack folder delete alex@contoso.com Inbox/Contoso\n  orgtrack folder delete alex@contoso.com Projects --recursive"
    )]
    Delete {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path, e.g. Inbox/Contoso
        path: String,
        /// Also delete its subfolders (asks first; --yes when not at a terminal)
        #[arg(long)]
        recursive: bool,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Show the folder tree of a mailbox
    #[command(after_help = "Examples:\n  orgtrack folder list alex@contoso.com")]
    List {
        /// Mailbox: id, email address or name
        mailbox: String,
    },
    /// Track a folder: mail in it (under the Inbox) is tracked regardless of filtering
    #[command(
        after_help = "Examples:\n  orgtrack folder track alex@contoso.com Inbox/Fabrikam\n  orgtrack folder track alex@contoso.com Inbox/Fabrikam --regarding Fabrikam"
    )]
    Track {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path under the Inbox, e.g. Inbox/Fabrikam
        path: String,
        /// Record the tracked mail is regarding: id or name
        #[arg(long)]
        regarding: Option<String>,
    },
    /// Delete a folder's tracking rule (mail tracked through it stays tracked)
    #[command(after_help = "Examples:\n  orgtrack folder untrack alex@contoso.com Inbox/Fabrikam")]
    Untrack {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// Folder path, e.g. Inbox/Fabrikam
        path: String,
    },
    /// List the folder tracking rules of a mailbox
    #[command(after_help = "Examples:\n  orgtrack folder rules alex@contoso.com")]
    Rules {
        /// Mailbox: id, email address or name
        mailbox: String,
    },
}
