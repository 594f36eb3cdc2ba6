use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// Add a record and print its id
    Add {
        /// account, contact, lead, opportunity, case, or an email-enabled custom table's
        /// logical name (prefix_name, like new_project; needs --email)
        kind: String,
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
    /// Records, by kind and name
    List {
        /// Only records of this kind
        #[arg(long)]
        kind: Option<String>,
    },
    /// One record, by id, name or email address
    Show { record: String },
    /// Delete a record; when activities are regarding it or Outlook contacts are tracked to
    /// it, asks first (--yes when not at a terminal)
    Delete {
        record: String,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Resolve a case (state resolved, resolved at the simulated clock)
    Resolve { record: String },
}
