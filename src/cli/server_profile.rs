use clap::{ArgGroup, Args, Subcommand};

use super::mailbox::FaultCommand;
use crate::model::{Authentication, ServerType};

#[derive(Debug, Subcommand)]
pub enum ServerProfileCommand {
    /// Add an email server profile
    #[command(
        after_help = "Examples:\n  orgtrack server-profile add \"Exchange Hybrid\" --type exchange-server-hybrid \\\n    --authentication hybrid-modern-auth --owner alex@contoso.com\n  orgtrack server-profile add Gmail --type imap-smtp --authentication gmail-oauth"
    )]
    Add(ProfileAddArgs),
    /// List every email server profile, with how many mailboxes use it
    #[command(after_help = "Examples:\n  orgtrack server-profile list")]
    List,
    /// Show one profile, by id or name
    #[command(
        after_help = "Examples:\n  orgtrack server-profile show \"Microsoft Exchange Online\""
    )]
    Show {
        /// Profile: id or name
        profile: String,
    },
    /// Change a profile, or make it the default new mailboxes get
    #[command(
        after_help = "Examples:\n  orgtrack server-profile set \"Exchange Hybrid\" --default\n  orgtrack server-profile set \"Microsoft Exchange Online\" --notify-owner false"
    )]
    Set(ProfileSetArgs),
    /// Remove a profile no mailbox uses (not the default)
    #[command(after_help = "Examples:\n  orgtrack server-profile remove Gmail")]
    Remove {
        /// Profile: id or name
        profile: String,
    },
    /// Inject errors the profile meets: every mailbox on it fails
    #[command(subcommand)]
    Fault(FaultCommand),
}

/// What a profile holds, for `add` and `set`.
#[derive(Debug, Args)]
pub struct ProfileFields {
    /// Email Server Type
    #[arg(long = "type", value_enum)]
    pub server_type: Option<ServerType>,
    /// How the profile authenticates
    #[arg(long, value_enum)]
    pub authentication: Option<Authentication>,
    /// "Process Email From": email received before this time is not processed
    #[arg(long, value_name = "TIME")]
    pub process_email_from: Option<String>,
    /// The owning user, whom alerts about the profile notify
    #[arg(long, value_name = "USER")]
    pub owner: Option<String>,
    /// Whether alerts notify the owner (sendemailalert)
    #[arg(long, value_name = "BOOL")]
    pub notify_owner: Option<bool>,
}

#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    /// The profile's name (unique, any case)
    pub name: String,
    #[command(flatten)]
    pub fields: ProfileFields,
}

#[derive(Debug, Args)]
#[group(skip)]
#[command(group(ArgGroup::new("change").required(true).multiple(true).args(["name", "server_type", "authentication", "process_email_from", "owner", "notify_owner", "default"])))]
pub struct ProfileSetArgs {
    /// Profile: id or name
    pub profile: String,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ProfileFields,
    /// Make it the profile new mailboxes get
    #[arg(long)]
    pub default: bool,
}
