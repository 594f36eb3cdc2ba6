use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Find the tracking token at the end of a subject and show its parts
    ///
    /// Tokens with the current `trackingprefix` and with every earlier one are found; the digits
    /// are split with the current `trackingtokeniddigits` and `maximumtrackingnumber` widths.
    /// Exits 3 when the subject carries no token.
    #[command(
        after_help = "Examples:\n  orgtrack token parse \"RE: Your quote CRM:0001005\"\n  orgtrack --json token parse \"Invoice CRM:0010042\""
    )]
    Parse {
        /// An email subject; the token is looked for at its end
        #[arg(allow_hyphen_values = true)]
        subject: String,
    },
    /// Show the token the user's next email sent from Dynamics 365 will carry (nothing is used up)
    #[command(
        after_help = "Examples:\n  orgtrack token next alex@contoso.com\n  orgtrack token next support@contoso.com"
    )]
    Next {
        /// User or queue (a queue uses its owner's counter): id, email address or name
        user: String,
    },
}
