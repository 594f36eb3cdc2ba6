//! The Dynamics 365 side: activities, and customer plugins that make their creation fail.

use clap::{Args, Subcommand};

use crate::model::tracking::{ActivityKind, ActivityState, PluginError};

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Activities, oldest first
    List(ActivityListArgs),
    /// Every field of an activity, with its parties
    Show {
        #[arg(value_parser = super::activity_id)]
        activity: i64,
    },
    /// What happened to an activity and the items tracked to it, oldest first; kept after it
    /// is deleted
    History {
        #[arg(value_parser = super::activity_id)]
        activity: i64,
    },
    /// Create an appointment in Dynamics 365, organized by its owner; it reaches the owner's
    /// Outlook calendar at once unless saved as a draft
    AddAppointment(AddAppointmentArgs),
    /// Send a draft appointment (the form's Send): it reaches Exchange
    Send { activity: i64 },
    /// Delete an activity; Outlook follows at the next cycle where the rules say so
    Delete {
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
    /// Set (or clear, without REF) the record an activity is regarding; a folder rule's regarding
    /// is applied again at the next cycle
    SetRegarding {
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        /// Record: id or name
        regarding: Option<String>,
    },
    /// Assign an activity to another user; the previous owner's appointments and tasks linked
    /// to it leave that owner's synchronization (unlinked, or deleted by the deletion rules)
    Assign {
        activity: i64,
        /// The new owner: id, email address or name
        user: String,
    },
    /// Mark an activity open, completed or canceled
    SetState {
        #[arg(value_parser = super::activity_id)]
        activity: i64,
        // Its own id: `state` is the global `--state PATH`, and clap matches arguments by id.
        #[arg(id = "activity_state", value_name = "STATE", value_enum)]
        state: ActivityState,
    },
}

#[derive(Debug, Args)]
pub struct AddAppointmentArgs {
    /// The owning user (the organizer): id, email address or name
    #[arg(long, value_name = "USER")]
    pub owner: String,
    #[arg(long)]
    pub subject: String,
    #[arg(long, value_name = "TIME")]
    pub start: String,
    #[arg(long, value_name = "TIME")]
    pub end: String,
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
    #[arg(long, value_enum)]
    pub kind: Option<ActivityKind>,
    /// Record: id or name
    #[arg(long)]
    pub regarding: Option<String>,
    /// User: id, email address or name
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
    pub limit: Option<i64>,
    #[arg(long, value_name = "ID", default_value_t = 0, value_parser = super::activity_id)]
    pub after: i64,
}

#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Register a plugin that fails activity creation (always, or the first N times)
    Add(PluginAddArgs),
    List,
    Remove {
        name: String,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}

#[derive(Debug, Args)]
pub struct PluginAddArgs {
    pub name: String,
    /// Only for this activity kind
    #[arg(long = "on", value_enum)]
    pub on: Option<ActivityKind>,
    #[arg(long)]
    pub subject_contains: Option<String>,
    #[arg(long, value_enum)]
    pub error: PluginError,
    /// Fail only the first N times
    #[arg(long, value_name = "N", value_parser = super::whole_number::<i64>)]
    pub times: Option<i64>,
}
