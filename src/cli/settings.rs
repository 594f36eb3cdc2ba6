use clap::{Args, Subcommand};

use crate::settings::files::FileFormat;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Settings that apply to this org's version, with value, default, type and range
    List(ListArgs),
    /// One setting
    Get { name: String },
    /// Change a setting (type and range checked)
    Set(SetArgs),
    /// Put settings back to their defaults (an OrgDB setting is written with its default value)
    Reset {
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Empty settings that may be null (Dataverse keeps no value for them)
    Clear {
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Delete OrgDB settings from the orgdborgsettings blob
    Remove {
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Everything the catalog knows about a setting: where it is stored, its source, each version range
    Describe { name: String },
    /// Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob
    Export {
        #[arg(value_enum, default_value_t = FileFormat::Toml)]
        file_format: FileFormat,
        /// Write to FILE instead of stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
    },
    /// Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none
    Import {
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
    /// Settings changes made to this org, oldest first
    History {
        /// Only this setting's changes
        #[arg(long, value_name = "NAME")]
        setting: Option<String>,
        /// Only the last N entries
        #[arg(long, value_name = "N", value_parser = super::whole_number::<usize>)]
        limit: Option<usize>,
    },
    /// Revert the latest settings change, or every change back to a journal entry
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
    pub name: String,
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// Show what would change without changing it
    #[arg(long)]
    pub dry_run: bool,
    /// Set it even when it does not apply to this org's version
    #[arg(long)]
    pub force: bool,
}
