use clap::Subcommand;

use crate::model::Permission;

#[derive(Debug, Subcommand)]
pub enum DelegateCommand {
    /// Let a user act in a mailbox (again: change the permission)
    #[command(
        after_help = "Examples:\n  orgtrack delegate add alex@contoso.com \"Dana Lee\" --permission editor\n  orgtrack delegate add support@contoso.com dana@contoso.com --permission reviewer"
    )]
    Add {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// User: id, email address or name
        user: String,
        /// What the user may do in it (editor is needed to categorize)
        #[arg(long, value_enum)]
        permission: Permission,
    },
    /// List the delegates of a mailbox
    #[command(after_help = "Examples:\n  orgtrack delegate list alex@contoso.com")]
    List {
        /// Mailbox: id, email address or name
        mailbox: String,
    },
    /// Take a user's delegation away
    #[command(
        after_help = "Examples:\n  orgtrack delegate remove alex@contoso.com dana@contoso.com\n  orgtrack delegate remove alex@contoso.com dana@contoso.com --dry-run"
    )]
    Remove {
        /// Mailbox: id, email address or name
        mailbox: String,
        /// User: id, email address or name
        user: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}
