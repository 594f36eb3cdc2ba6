use clap::Subcommand;

use crate::model::AlertLevel;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// List alerts, newest first
    #[command(
        after_help = "Examples:\n  orgtrack alerts list --level error\n  orgtrack alerts list --mailbox alex@contoso.com --since yesterday\n  orgtrack --env contoso alerts list --limit 20"
    )]
    List {
        /// Only alerts about this mailbox
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
        /// Only alerts of this level
        #[arg(long, value_enum)]
        level: Option<AlertLevel>,
        /// Only alerts last raised at or after TIME (like 2026-11-21, yesterday or 1h)
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
    /// Show one alert: its level, mailbox, message and when it was raised
    #[command(after_help = "Examples:\n  orgtrack alerts show 1")]
    Show {
        /// Alert id (`orgtrack alerts list` shows them)
        #[arg(value_parser = super::alert_id)]
        id: i64,
    },
    /// Delete alerts and print how many
    #[command(
        after_help = "Examples:\n  orgtrack alerts clear --mailbox alex@contoso.com\n  orgtrack alerts clear --before 7d\n  orgtrack alerts clear"
    )]
    Clear {
        /// Only alerts about this mailbox
        #[arg(long, value_name = "MAILBOX")]
        mailbox: Option<String>,
        /// Only alerts last raised before TIME (like 2026-11-21 or 7d)
        #[arg(long, value_name = "TIME")]
        before: Option<String>,
        /// Without --mailbox or --before every alert goes: asks first (--yes when not at a terminal)
        #[command(flatten)]
        confirm: super::Confirm,
    },
}
