//! Exchange-side items: mail that arrives or is sent, appointments, tasks and contacts.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Deliver an email to the Inbox of every internal recipient (external ones get nothing)
    Receive(ReceiveArgs),
    /// Send an email from a mailbox: a copy in its Sent Items and in each internal recipient's Inbox
    Send(SendArgs),
    /// Import .eml files, folders of them (recursively) and mbox files
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// .eml files, directories, mbox files
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<std::path::PathBuf>,
    /// Mailbox the messages land in: id, email address or name
    #[arg(long)]
    pub mailbox: String,
    /// Folder of that mailbox [default: Inbox]
    #[arg(long, value_name = "PATH", conflicts_with = "deliver")]
    pub folder: Option<String>,
    /// Route each message to every internal recipient's Inbox, as `mail receive` does
    #[arg(long)]
    pub deliver: bool,
    /// Import everything or nothing: one bad file imports none
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Import iCalendar files: events become appointments, recurring ones series
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
        /// Mailbox whose calendar receives them
        #[arg(long)]
        mailbox: String,
        /// Import everything or nothing: one bad file imports none
        #[arg(long)]
        strict: bool,
    },
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// Sender address
    #[arg(long)]
    pub from: String,
    /// Recipients (comma separated or repeated)
    #[arg(long, value_delimiter = ',', required = true)]
    pub to: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    pub cc: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    pub bcc: Vec<String>,
    #[arg(long)]
    pub subject: String,
    #[arg(long, default_value = "")]
    pub body: String,
    /// Message-ID (generated when not given)
    #[arg(long)]
    pub message_id: Option<String>,
    /// Message-ID of the email this one replies to
    #[arg(long)]
    pub in_reply_to: Option<String>,
    /// Space-separated Message-IDs of the conversation so far
    #[arg(long)]
    pub references: Option<String>,
    /// Outlook Thread-Index header (base64)
    #[arg(long)]
    pub thread_index: Option<String>,
    /// When it was sent [default: the simulated clock]
    #[arg(long, value_name = "TIME")]
    pub date: Option<String>,
    /// Protected with Information Rights Management (restricted permission in Outlook)
    #[arg(long)]
    pub irm_restricted: bool,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Sending mailbox: id, email address or name
    #[arg(long)]
    pub from: String,
    #[arg(long, value_delimiter = ',', required = true)]
    pub to: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    pub cc: Vec<String>,
    #[arg(long)]
    pub subject: String,
    #[arg(long, default_value = "")]
    pub body: String,
    /// Message-ID of the email this one replies to
    #[arg(long)]
    pub in_reply_to: Option<String>,
    /// Sent from Dynamics 365: the outgoing email activity exists at once, Pending Send until
    /// the next outgoing poll of a mailbox that can send
    #[arg(long)]
    pub via_dynamics: bool,
}

#[derive(Debug, Subcommand)]
pub enum AppointmentCommand {
    /// Add an appointment (or, with --rrule, a recurring series) to a mailbox's calendar
    Add(AppointmentArgs),
}

#[derive(Debug, Args)]
pub struct AppointmentArgs {
    #[arg(long)]
    pub mailbox: String,
    #[arg(long)]
    pub subject: String,
    #[arg(long, value_name = "TIME")]
    pub start: String,
    #[arg(long, value_name = "TIME")]
    pub end: String,
    /// Organizer address [default: the mailbox's own]
    #[arg(long, conflicts_with = "no_organizer_address")]
    pub organizer: Option<String>,
    /// The Exchange organizer has no email address (a room, a contact known by name only)
    #[arg(long)]
    pub no_organizer_address: bool,
    /// Marked private in Outlook
    #[arg(long)]
    pub private: bool,
    #[arg(long, value_delimiter = ',')]
    pub attendees: Vec<String>,
    /// iCalendar recurrence rule, e.g. FREQ=WEEKLY;COUNT=4
    #[arg(long)]
    pub rrule: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a task to a mailbox
    Add {
        #[arg(long)]
        mailbox: String,
        #[arg(long)]
        subject: String,
        #[arg(long, value_name = "TIME")]
        due: Option<String>,
        #[arg(long)]
        completed: bool,
        /// Assign the task to someone in Outlook (not synchronized to Dynamics 365)
        #[arg(long, value_name = "ADDR")]
        assign_to: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact to a mailbox
    Add {
        #[arg(long)]
        mailbox: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
    },
}
