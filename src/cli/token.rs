use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Find the tracking token at the end of a subject and show its parts
    ///
    /// Tokens with the current `trackingprefix` and with every earlier one are found; the digits
    /// are split with the current `trackingtokeniddigits` and `maximumtrackingnumber` widths.
    /// Exits 3 when the subject carries no token.
    Parse {
        #[arg(allow_hyphen_values = true)]
        subject: String,
    },
    /// The token the user's next email sent from Dynamics 365 will carry (nothing is used up)
    Next {
        /// User or queue (a queue uses its owner's counter): id, email address or name
        user: String,
    },
}
