//! Exchange-side items: mail that arrives or is sent, appointments, tasks and contacts.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Deliver an email to the Inbox of every internal recipient (external ones get nothing)
    #[command(
        after_help = "Examples:\n  orgtrack mail receive --from carl@fabrikam.com --to alex@contoso.com --subject \"Quote request\"\n  orgtrack mail receive --from carl@fabrikam.com --to alex@contoso.com,support@contoso.com \\\n    --subject \"RE: Quote request\" --in-reply-to \"<quote-1@fabrikam.com>\"\n  orgtrack mail receive --from carl@fabrikam.com --to alex@contoso.com --subject Invoice \\\n    --date yesterday"
    )]
    Receive(ReceiveArgs),
    /// Send an email from a mailbox: a copy in its Sent Items and in each internal recipient's Inbox
    #[command(
        after_help = "Examples:\n  orgtrack mail send --from alex@contoso.com --to carl@fabrikam.com --subject \"Your quote\"\n  orgtrack mail send --from alex@contoso.com --to carl@fabrikam.com --subject \"Your quote\" \\\n    --via-dynamics"
    )]
    Send(SendArgs),
    /// Import .eml files, folders of them (recursively) and mbox files
    #[command(
        after_help = "Examples:\n  orgtrack mail import message.eml --mailbox alex@contoso.com\n  orgtrack mail import exported/ archive.mbox --mailbox alex@contoso.com --folder Inbox/Archive\n  orgtrack mail import exported/ --mailbox alex@contoso.com --deliver --strict"
    )]
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
    #[command(
        after_help = "Examples:\n  orgtrack calendar import calendar.ics --mailbox alex@contoso.com\n  orgtrack calendar import team.ics holidays.ics --mailbox alex@contoso.com --strict"
    )]
    Import {
        /// iCalendar (.ics) files
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
        /// Mailbox whose calendar receives them: id, email address or name
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
    /// Cc recipients (comma separated or repeated)
    #[arg(long, value_delimiter = ',')]
    pub cc: Vec<String>,
    /// Bcc recipients (comma separated or repeated)
    #[arg(long, value_delimiter = ',')]
    pub bcc: Vec<String>,
    /// Subject line
    #[arg(long)]
    pub subject: String,
    /// Body text
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
    /// When it was sent (like 2026-11-21 09:00 or 2h) [default: the simulated clock]
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
    /// Recipient addresses (comma separated or repeated)
    #[arg(long, value_delimiter = ',', required = true)]
    pub to: Vec<String>,
    /// Cc addresses (comma separated or repeated)
    #[arg(long, value_delimiter = ',')]
    pub cc: Vec<String>,
    /// Subject line
    #[arg(long)]
    pub subject: String,
    /// Body text
    #[arg(long, default_value = "")]
    pub body: String,
    /// Message-ID of the email this one replies to
    #[arg(long)]
    pub in_reply_to: Option<String>,
    /// Sent from Dynamics 365: the outgoing email activity exists at once, Pending Send until
    /// the next outgoing poll of a mailbox that can send
    #[arg(long)]
    pub via_dynamics: bool,
    /// The user who sent it from Dynamics 365 when --from is another mailbox (a queue's): with
    /// EnableMailboxDelegationForOutgoingEmail on, their mailbox sends it
    #[arg(long, value_name = "USER", requires = "via_dynamics")]
    pub submitted_by: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AppointmentCommand {
    /// Add an appointment (or, with --rrule, a recurring series) to a mailbox's calendar
    #[command(
        after_help = "Examples:\n  orgtrack appointment add --mailbox alex@contoso.com --subject \"Quote review\" \\\n    --start \"2026-11-23 09:00\" --end \"2026-11-23 10:00\" --attendees carl@fabrikam.com\n  orgtrack appointment add --mailbox alex@contoso.com --subject \"Weekly sync\" \\\n    --start \"2026-11-23 14:00\" --end \"2026-11-23 14:30\" --rrule \"FREQ=WEEKLY;COUNT=4\""
    )]
    Add(AppointmentArgs),
}

#[derive(Debug, Args)]
pub struct AppointmentArgs {
    /// Mailbox whose calendar holds it: id, email address or name
    #[arg(long)]
    pub mailbox: String,
    /// Subject line
    #[arg(long)]
    pub subject: String,
    /// When it starts (like 2026-11-23 09:00 or +1d)
    #[arg(long, value_name = "TIME")]
    pub start: String,
    /// When it ends, after the start
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
    /// Attendee addresses (comma separated or repeated)
    #[arg(long, value_delimiter = ',')]
    pub attendees: Vec<String>,
    /// iCalendar recurrence rule, e.g. FREQ=WEEKLY;COUNT=4
    #[arg(long)]
    pub rrule: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a task to a mailbox
    #[command(
        after_help = "Examples:\n  orgtrack task add --mailbox alex@contoso.com --subject \"Call Carl back\" --due tomorrow\n  orgtrack task add --mailbox alex@contoso.com --subject \"Send the quote\" --completed"
    )]
    Add {
        /// Mailbox: id, email address or name
        #[arg(long)]
        mailbox: String,
        /// Subject line
        #[arg(long)]
        subject: String,
        /// When it is due (like 2026-11-23, tomorrow or +2d)
        #[arg(long, value_name = "TIME")]
        due: Option<String>,
        /// The task is already done
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
    #[command(
        after_help = "Examples:\n  orgtrack contact add --mailbox alex@contoso.com --name \"Carl Ito\" --email carl@fabrikam.com"
    )]
    Add {
        /// Mailbox: id, email address or name
        #[arg(long)]
        mailbox: String,
        /// The contact's full name
        #[arg(long)]
        name: String,
        /// The contact's email address
        #[arg(long)]
        email: String,
    },
}
