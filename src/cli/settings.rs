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
    /// Put settings back to their defaults
    Reset {
        #[arg(required = true)]
        names: Vec<String>,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
    },
    /// Everything the catalog knows about a setting, including each version range
    Describe { name: String },
    /// Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob
    Export {
        #[arg(value_enum, default_value_t = FileFormat::Toml)]
        file_format: FileFormat,
        /// Write to FILE instead of stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
    },
    /// Apply a TOML, JSON or XML settings file: every entry or none
    Import {
        file: String,
        /// Show what would change without changing it
        #[arg(long)]
        dry_run: bool,
        /// Also set settings that do not apply to this org's version
        #[arg(long)]
        force: bool,
    },
    /// Compare this org with an exported settings file
    Diff {
        file: String,
        /// Exit 1 when they differ
        #[arg(long)]
        exit_code: bool,
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
