use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// Add a record and print its id
    #[command(
        after_help = "Examples:\n  orgtrack record add contact \"Carl Ito\" --email carl@fabrikam.com\n  orgtrack record add account Fabrikam --owner alex@contoso.com\n  orgtrack record add new_project \"Fabrikam rollout\" --email rollout@fabrikam.com"
    )]
    Add {
        /// account, contact, lead, opportunity, case, or an email-enabled custom table's
        /// logical name (prefix_name, like new_project; needs --email)
        kind: String,
        /// The record's name (a contact's or lead's full name)
        name: String,
        /// The address email from or to it resolves to
        #[arg(long, value_name = "ADDR")]
        email: Option<String>,
        /// A secondary address (emailaddress2): email from or to it resolves to the record too
        #[arg(long, value_name = "ADDR", requires = "email")]
        email2: Option<String>,
        /// A third address (emailaddress3)
        #[arg(long, value_name = "ADDR", requires = "email")]
        email3: Option<String>,
        /// The owning user: id, email address or name
        #[arg(long, value_name = "USER")]
        owner: Option<String>,
    },
    /// List records, by kind and name
    #[command(
        after_help = "Examples:\n  orgtrack record list\n  orgtrack record list --kind contact"
    )]
    List {
        /// Only records of this kind
        #[arg(long)]
        kind: Option<String>,
    },
    /// Show one record, by id, name or email address
    #[command(
        after_help = "Examples:\n  orgtrack record show carl@fabrikam.com\n  orgtrack record show \"Carl Ito\""
    )]
    Show {
        /// Record: id, name or email address
        record: String,
    },
    /// Delete a record; when activities are regarding it or Outlook contacts are tracked to
    /// it, asks first (--yes when not at a terminal)
    #[command(
        after_help = "Examples:\n  orgtrack record delete \"Carl Ito\"\n  orgtrack record delete carl@fabrikam.com --yes"
    )]
    Delete {
        /// Record: id, name or email address
        record: String,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Resolve a case (state resolved, resolved at the simulated clock)
    #[command(
        after_help = "Examples:\n  orgtrack record resolve \"Printer offline\"\n  orgtrack record resolve 4"
    )]
    Resolve {
        /// Case: id, name or email address
        record: String,
    },
}
