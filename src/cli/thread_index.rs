use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ThreadIndexCommand {
    /// Decode an Outlook Thread-Index header value: when the conversation started, its GUID and
    /// the time of each reply
    #[command(
        after_help = "Examples:\n  orgtrack thread-index decode AQHaVbXxn3uZQDIUQEWAqG1gtcTZ8LD3Kj8AgAAEkIA="
    )]
    Decode {
        /// The base64 value of the Thread-Index header
        value: String,
    },
}
