//! The Dynamics 365 side: activities, and customer plugins that make their creation fail.

use clap::{Args, Subcommand};

use crate::model::tracking::{ActivityKind, ActivityState, PluginError};

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// List activities, oldest first
    #[command(
        after_help = "Examples:\n  orgtrack activity list\n  orgtrack activity list --kind email --owner alex@contoso.com\n  orgtrack activity list --regarding \"Carl Ito\" --limit 20"
    )]
    List(ActivityListArgs),
    /// Show every field of an activity, with its parties
    #[command(
        after_help = "Examples:\n  orgtrack activity show 1\n  orgtrack --json activity show activity:1"
    )]
    Show {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
    },
    /// Show what happened to an activity and the items tracked to it, oldest first; kept after
    /// it is deleted
    #[command(
        after_help = "Examples:\n  orgtrack activity history 1\n  orgtrack activity history activity:1"
    )]
    History {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
    },
    /// Create an appointment in Dynamics 365, organized by its owner; it reaches the owner's
    /// Outlook calendar at once unless saved as a draft
    #[command(
        after_help = "Examples:\n  orgtrack activity add-appointment --owner alex@contoso.com --subject Review \\\n    --start \"2026-11-23 09:00\" --end \"2026-11-23 10:00\" --attendees carl@fabrikam.com\n  orgtrack activity add-appointment --owner alex@contoso.com --subject Demo --start +1d \\\n    --end +25h --draft"
    )]
    AddAppointment(AddAppointmentArgs),
    /// Send a draft appointment (the form's Send): it reaches Exchange
    #[command(after_help = "Examples:\n  orgtrack activity send 1")]
    Send {
        /// Activity id of the draft appointment (5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
    },
    /// Delete an activity; Outlook follows at the next cycle where the rules say so
    #[command(
        after_help = "Examples:\n  orgtrack activity delete 1\n  orgtrack activity delete 1 --dry-run"
    )]
    Delete {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// Set (or clear, without REGARDING) the record an activity is regarding; a folder rule's regarding
    /// is applied again at the next cycle
    #[command(
        after_help = "Examples:\n  orgtrack activity set-regarding 1 \"Carl Ito\"\n  orgtrack activity set-regarding 1"
    )]
    SetRegarding {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        /// Record: id or name
        regarding: Option<String>,
    },
    /// Assign an activity to another user; the previous owner's appointments and tasks linked
    /// to it leave that owner's synchronization (unlinked, or deleted by the deletion rules)
    #[command(after_help = "Examples:\n  orgtrack activity assign 1 dana@contoso.com")]
    Assign {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        /// The new owner: id, email address or name
        user: String,
    },
    /// Mark an activity open, completed or canceled
    #[command(
        after_help = "Examples:\n  orgtrack activity set-state 1 completed\n  orgtrack activity set-state 1 open"
    )]
    SetState {
        /// Activity id (`orgtrack activity list` shows them; 5 or activity:5)
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        // Its own id: `state` is the global `--state PATH`, and clap matches arguments by id.
        /// The activity's new state
        #[arg(id = "activity_state", value_name = "STATE", value_enum)]
        state: ActivityState,
    },
}

#[derive(Debug, Args)]
pub struct AddAppointmentArgs {
    /// The owning user (the organizer): id, email address or name
    #[arg(long, value_name = "USER")]
    pub owner: String,
    /// Subject line
    #[arg(long)]
    pub subject: String,
    /// When it starts (like 2026-11-23 09:00 or +1d)
    #[arg(long, value_name = "TIME")]
    pub start: String,
    /// When it ends, after the start
    #[arg(long, value_name = "TIME")]
    pub end: String,
    /// Attendee addresses (comma separated or repeated)
    #[arg(long, value_delimiter = ',')]
    pub attendees: Vec<String>,
    /// Save as a draft: kept from Exchange until sent (needs AllowSaveAsDraftAppointment)
    #[arg(long)]
    pub draft: bool,
    /// Created from this record's timeline: id or name (it becomes the regarding while
    /// AddParentEntityToRelatedOnNewActivityCreate is on)
    #[arg(long, value_name = "REF")]
    pub from_record: Option<String>,
}

#[derive(Debug, Args)]
pub struct ActivityListArgs {
    /// Only activities of this kind
    #[arg(long, value_enum)]
    pub kind: Option<ActivityKind>,
    /// Record: id or name
    #[arg(long)]
    pub regarding: Option<String>,
    /// User: id, email address or name
    #[arg(long)]
    pub owner: Option<String>,
    /// At most N activities
    #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
    pub limit: Option<i64>,
    /// Only activities with an id greater than ID (paging: pass the last id seen)
    #[arg(long, value_name = "ID", default_value_t = 0, value_parser = super::activity_id)]
    pub after: i64,
}

#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Register a plugin that fails activity creation (always, or the first N times)
    #[command(
        after_help = "Examples:\n  orgtrack plugin add BlockQuotes --on email --subject-contains Quote --error plugin\n  orgtrack plugin add Flaky --error timeout --times 2"
    )]
    Add(PluginAddArgs),
    /// List the registered plugins
    #[command(after_help = "Examples:\n  orgtrack plugin list")]
    List,
    /// Unregister a plugin: activity creation no longer fails through it
    #[command(after_help = "Examples:\n  orgtrack plugin remove BlockQuotes")]
    Remove {
        /// The plugin's name
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}

#[derive(Debug, Args)]
pub struct PluginAddArgs {
    /// The plugin's name (unique)
    pub name: String,
    /// Only for this activity kind
    #[arg(long = "on", value_enum)]
    pub on: Option<ActivityKind>,
    /// Only for activities whose subject contains this text (any case)
    #[arg(long)]
    pub subject_contains: Option<String>,
    /// The error the creation fails with
    #[arg(long, value_enum)]
    pub error: PluginError,
    /// Fail only the first N times
    #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
    pub times: Option<i64>,
}
