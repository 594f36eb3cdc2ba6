use clap::{Args, Subcommand};

use crate::settings::files::FileFormat;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// List the settings that apply to this org's version, with value, default, type and range
    #[command(
        after_help = "Examples:\n  orgtrack settings list --area email\n  orgtrack settings list --changed\n  orgtrack settings list --all --filter tracking"
    )]
    List(ListArgs),
    /// Show one setting: its value, default, type and range
    #[command(
        after_help = "Examples:\n  orgtrack settings get TrackCategorizedItems\n  orgtrack --json settings get maxrecordsforexporttoexcel"
    )]
    Get {
        /// Setting name, any case (`orgtrack settings list --all` lists them)
        name: String,
    },
    /// Change a setting's value (type and range checked)
    #[command(
        after_help = "Examples:\n  orgtrack settings set TrackCategorizedItems false\n  orgtrack settings set trackingtokeniddigits 4 --dry-run"
    )]
    Set(SetArgs),
    /// Put settings back to their defaults (an OrgDB setting is written with its default value)
    #[command(
        after_help = "Examples:\n  orgtrack settings reset TrackCategorizedItems\n  orgtrack settings reset trackingprefix trackingtokeniddigits --dry-run"
    )]
    Reset {
        /// Setting names, any case (`orgtrack settings list --changed` lists the changed ones)
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Empty settings that may be null (Dataverse keeps no value for them)
    #[command(
        after_help = "Examples:\n  orgtrack settings clear tracelogmaximumageindays\n  orgtrack settings clear mailboxintermittentissueminrange mailboxpermanentissueminrange --dry-run"
    )]
    Clear {
        /// Setting names, any case; each must be one that may be empty
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Delete OrgDB settings from the orgdborgsettings blob
    #[command(
        after_help = "Examples:\n  orgtrack settings remove TrackCategorizedItems\n  orgtrack settings remove TrackCategorizedItems --dry-run"
    )]
    Remove {
        /// OrgDB setting names, any case
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Show everything the catalog knows about a setting: where it is stored, its source, each version range
    #[command(
        after_help = "Examples:\n  orgtrack settings describe TrackCategorizedItems\n  orgtrack --json settings describe trackingprefix"
    )]
    Describe {
        /// Setting name, any case (`orgtrack settings list --all` lists them)
        name: String,
    },
    /// Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob
    #[command(
        after_help = "Examples:\n  orgtrack settings export --output settings.toml\n  orgtrack settings export xml\n  orgtrack settings export json -o settings.json"
    )]
    Export {
        /// File format of what is written
        #[arg(value_enum, default_value_t = FileFormat::Toml)]
        file_format: FileFormat,
        /// Write to FILE instead of stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
    },
    /// Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none
    #[command(
        after_help = "Examples:\n  orgtrack settings import settings.toml --dry-run\n  orgtrack settings import settings.toml --prune\n  orgtrack settings export | orgtrack --state other.db settings import -"
    )]
    Import {
        /// Settings file (.toml, .json or .xml; the format is read from its content), or - for
        /// standard input
        file: String,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
        /// Also set settings that do not apply to this org's version
        #[arg(long)]
        force: bool,
        /// Also put every setting the file does not name back to its default, in the same change
        #[arg(long)]
        prune: bool,
    },
    /// Compare this org with a settings file or another environment
    #[command(
        after_help = "Examples:\n  orgtrack settings diff settings.toml\n  orgtrack settings diff --against contoso-test\n  orgtrack settings diff --against https://contoso.crm.dynamics.com --exit-code"
    )]
    Diff {
        /// A settings file (- reads standard input)
        #[arg(required_unless_present = "against", conflicts_with = "against")]
        file: Option<String>,
        /// An environment (name or URL) or a settings file to compare with
        #[arg(long, value_name = "ENV|FILE")]
        against: Option<String>,
        /// Exit 1 when they differ
        #[arg(long)]
        exit_code: bool,
    },
    /// List the settings changes made to this org, oldest first
    #[command(
        after_help = "Examples:\n  orgtrack settings history\n  orgtrack settings history --setting TrackCategorizedItems --limit 5"
    )]
    History {
        /// Only this setting's changes
        #[arg(long, value_name = "NAME")]
        setting: Option<String>,
        /// Only the last N entries
        #[arg(long, value_name = "N", value_parser = super::whole_number::<usize>)]
        limit: Option<usize>,
    },
    /// Revert the latest settings change, or every change back to a journal entry
    #[command(
        after_help = "Examples:\n  orgtrack settings undo\n  orgtrack settings undo --to 3 --dry-run"
    )]
    Undo {
        /// Revert this entry and every later one
        #[arg(long, value_name = "ID", value_parser = super::whole_number::<i64>)]
        to: Option<i64>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include settings that do not apply to this org's version
    #[arg(long)]
    pub all: bool,
    /// Only settings whose value differs from the default
    #[arg(long)]
    pub changed: bool,
    /// Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)
    #[arg(long)]
    pub area: Option<String>,
    /// Only names or descriptions containing TEXT (any case)
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Setting name, any case (`orgtrack settings list --all` lists them)
    pub name: String,
    /// New value in the setting's type: true or false, a whole number, a number or text (within
    /// its range)
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// Show what would change without changing it
    #[arg(long)]
    pub dry_run: bool,
    /// Set it even when it does not apply to this org's version
    #[arg(long)]
    pub force: bool,
}
