use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ThreadIndexCommand {
    /// Decode an Outlook Thread-Index header value: when the conversation started, its GUID and
    /// the time of each reply
    Decode {
        /// The base64 value of the Thread-Index header
        value: String,
    },
}
