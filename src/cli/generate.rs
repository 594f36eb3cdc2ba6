//! `orgtrack generate`: a large synthetic org for benchmarks and tests.

use clap::Args;

use super::InitArgs;

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub init: InitArgs,
    /// Users, each with a mailbox
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = super::whole_number::<u32>)]
    pub users: u32,
    /// Queues, each with a mailbox (owned by the users in turn)
    #[arg(long, value_name = "Q", default_value_t = 0, value_parser = super::whole_number::<u32>)]
    pub queues: u32,
    /// Emails in each mailbox, received over the 30 days before the clock
    #[arg(long, value_name = "M", default_value_t = 100, value_parser = super::whole_number::<u32>)]
    pub emails_per_mailbox: u32,
    /// Emails come in conversations of 1 to 6 messages replying to each other
    #[arg(long)]
    pub threads: bool,
    /// Percent of the emails categorized `Tracked to Dynamics 365` and waiting for the next cycle
    #[arg(long, value_name = "PCT", default_value_t = 100,
          value_parser = clap::value_parser!(u8).range(0..=100))]
    pub categorized: u8,
    /// Seed of the generator: the same seed and sizes make the same org
    #[arg(long, value_name = "S", default_value_t = 1, value_parser = super::whole_number::<u64>)]
    pub seed: u64,
}
