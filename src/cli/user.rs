use clap::{ArgGroup, Args, Subcommand};

use crate::model::TrackEmail;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; its mailbox is created with it (approval pending, not yet tested)
    #[command(
        after_help = "Examples:\n  orgtrack user add \"Alex Wu\" --email alex@contoso.com\n  orgtrack user add \"Dana Lee\" --email dana@contoso.com --track-email all"
    )]
    Add {
        /// The user's full name
        name: String,
        /// The user's primary email address (unique across users and queues)
        #[arg(long, value_name = "ADDR")]
        email: String,
        /// Which incoming email is tracked automatically
        #[arg(long, value_enum, default_value_t = TrackEmail::Responses)]
        track_email: TrackEmail,
    },
    /// List every user
    #[command(after_help = "Examples:\n  orgtrack user list")]
    List,
    /// Show one user, by id, email address or name
    #[command(
        after_help = "Examples:\n  orgtrack user show alex@contoso.com\n  orgtrack user show \"Alex Wu\""
    )]
    Show {
        /// User: id, email address or name
        user: String,
    },
    /// Rename a user (and so its mailbox) or change what it tracks
    #[command(
        after_help = "Examples:\n  orgtrack user set alex@contoso.com --name \"Alex Wu-Lee\"\n  orgtrack user set alex@contoso.com --track-email leads-contacts-accounts"
    )]
    Set(UserSetArgs),
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct UserSetArgs {
    /// The user: id, email address or name
    pub user: String,
    /// The user's new full name
    #[arg(long, group = "change")]
    pub name: Option<String>,
    /// Which incoming email is tracked automatically from now on
    #[arg(long, value_enum, group = "change")]
    pub track_email: Option<TrackEmail>,
}
