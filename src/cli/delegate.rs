use clap::Subcommand;

use crate::model::Permission;

#[derive(Debug, Subcommand)]
pub enum DelegateCommand {
    /// Let a user act in a mailbox (again: change the permission)
    Add {
        mailbox: String,
        user: String,
        #[arg(long, value_enum)]
        permission: Permission,
    },
    /// The delegates of a mailbox
    List { mailbox: String },
    /// Take a user's delegation away
    Remove {
        mailbox: String,
        user: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}
