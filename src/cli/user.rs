use clap::{ArgGroup, Args, Subcommand};

use crate::model::TrackEmail;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; its mailbox is created with it (approval pending, not yet tested)
    Add {
        name: String,
        /// The user's primary email address (unique across users and queues)
        #[arg(long, value_name = "ADDR")]
        email: String,
        /// Which incoming email is tracked automatically
        #[arg(long, value_enum, default_value_t = TrackEmail::Responses)]
        track_email: TrackEmail,
    },
    /// Every user
    List,
    /// One user, by id, email address or name
    Show { user: String },
    /// Rename a user (and so its mailbox) or change what it tracks
    Set(UserSetArgs),
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct UserSetArgs {
    /// The user: id, email address or name
    pub user: String,
    #[arg(long, group = "change")]
    pub name: Option<String>,
    #[arg(long, value_enum, group = "change")]
    pub track_email: Option<TrackEmail>,
}
