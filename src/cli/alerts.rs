use clap::Subcommand;

use crate::model::AlertLevel;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Alerts, newest first
    List {
        /// Only alerts about this mailbox
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
        #[arg(long, value_enum)]
        level: Option<AlertLevel>,
        /// Only alerts last raised at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// At most N alerts
        #[arg(long, value_name = "N", value_parser = super::whole_number::<u64>)]
        limit: Option<u64>,
        /// Only alerts listed after the alert with this id (paging: pass the last id seen;
        /// local state only)
        #[arg(long, value_name = "ID", value_parser = super::alert_id)]
        after: Option<i64>,
    },
    /// One alert
    Show {
        #[arg(value_parser = super::alert_id)]
        id: i64,
    },
    /// Delete alerts and print how many
    Clear {
        /// Only alerts about this mailbox
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
        /// Only alerts last raised before TIME
        #[arg(long, value_name = "TIME")]
        before: Option<String>,
        /// Without --mailbox or --before every alert goes: asks first (--yes when not at a terminal)
        #[command(flatten)]
        confirm: super::Confirm,
    },
}
