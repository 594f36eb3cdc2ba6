//! One error type for the whole crate. Every error carries a [`Code`] from the catalogue below:
//! its stable snake_case name for `--json` consumers and the exit status the user sees are
//! both derived from it, so the mapping lives in one place (and in the README's table, which a
//! test keeps equal to this one).

use std::fmt;
use std::path::Path;

/// The documented exit statuses (README, `orgtrack man`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// stdout was closed by its reader (`orgtrack ... | head`): not a failure.
    BrokenPipe = 0,
    Failure = 1,
    /// The command line itself is wrong (clap reports most of these).
    Usage = 2,
    NotFound = 3,
    Invalid = 4,
    Conflict = 5,
    Remote = 6,
    StateUnusable = 7,
}

/// Declares [`Code`]: one line per code, `Variant = "snake_case", ExitKind, "meaning"`.
macro_rules! catalogue {
    ($($variant:ident = $name:literal, $exit:ident, $meaning:literal;)*) => {
        /// Every error code orgtrack emits. The names are a contract: never rename one without
        /// a changelog entry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The stable snake_case name printed as `error.code` under `--json`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            pub const fn exit_kind(self) -> ExitKind {
                match self {
                    $(Code::$variant => ExitKind::$exit,)*
                }
            }

            /// One line for the README's table of codes.
            pub const fn meaning(self) -> &'static str {
                match self {
                    $(Code::$variant => $meaning,)*
                }
            }
        }
    };
}

catalogue! {
    AlreadyResolved = "already_resolved", Conflict, "the case is already resolved";
    AmbiguousName = "ambiguous_name", Invalid, "a name matches more than one user, queue, mailbox or record; give the id or the email address";
    AzureCliFailed = "azure_cli_failed", Remote, "the Azure CLI (az) could not be run or gave no token";
    BrokenPipe = "broken_pipe", BrokenPipe, "stdout was closed by its reader; the command stops quietly";
    CaCertUnreadable = "ca_cert_unreadable", NotFound, "the --ca-cert file cannot be read";
    CannotDelete = "cannot_delete", Invalid, "the activity of the item cannot be deleted along with untracking it";
    CannotListen = "cannot_listen", Failure, "serve cannot listen on the given address";
    CategoryExists = "category_exists", Conflict, "the mailbox already has a category with that name";
    ChangedSince = "changed_since", Conflict, "settings undo: a setting changed since the journal entry; nothing was written";
    ClearTextRefused = "clear_text_refused", Invalid, "serve on an address other machines reach needs --tls-cert and --tls-key, or --allow-clear-text";
    ColumnInXml = "column_in_xml", Invalid, "an <OrgSettings> file names a column of the organization table";
    ConfigUnreadable = "config_unreadable", Failure, "the environments configuration file cannot be read";
    ConfigWrite = "config_write", Failure, "the environments configuration file cannot be written";
    ConfirmationNeeded = "confirmation_needed", Usage, "the command would delete more than the thing named: confirm at a terminal or add --yes; nothing was deleted";
    ContradictoryActions = "contradictory_actions", Invalid, "an inbox rule would both assign and remove the same category";
    Database = "database", Failure, "the state file answered with an unexpected database error";
    DemoIsText = "demo_is_text", Invalid, "the demo has no JSON output";
    DemoStep = "demo_step", Failure, "a step of the demo does not parse (a defect of orgtrack)";
    DeviceCodeExpired = "device_code_expired", Remote, "the device code expired before the sign-in was completed";
    DiskFull = "disk_full", StateUnusable, "the disk holding the state file is full";
    DraftsOff = "drafts_off", Invalid, "saving an appointment as a draft needs AllowSaveAsDraftAppointment";
    DuplicateMessage = "duplicate_message", Conflict, "a recipient already has a message with this Message-ID; nothing was delivered";
    DuplicateSetting = "duplicate_setting", Invalid, "a settings file names a setting more than once";
    EmailRequired = "email_required", Invalid, "records of a custom kind need --email";
    EmailTaken = "email_taken", Conflict, "the email address is already used by another mailbox";
    EnvExists = "env_exists", Conflict, "an environment with that name is already defined; use --force to replace it";
    FileNotFound = "file_not_found", NotFound, "the named file cannot be read";
    FileTooLarge = "file_too_large", Invalid, "an input file is larger than orgtrack reads";
    FolderCycle = "folder_cycle", Invalid, "a folder cannot move into itself or one of its subfolders";
    FolderExists = "folder_exists", Conflict, "the mailbox already has a folder with that name in that place";
    FolderNotEmpty = "folder_not_empty", Conflict, "the folder has subfolders; use --recursive to delete them too";
    FolderNotUnderInbox = "folder_not_under_inbox", Invalid, "only folders under the Inbox can be tracked";
    HttpClient = "http_client", Failure, "the HTTPS client cannot be set up";
    IdentityUnreachable = "identity_unreachable", Remote, "the identity platform cannot be reached";
    ImportFailed = "import_failed", Failure, "some inputs could not be imported (the others were)";
    InboxRuleExists = "inbox_rule_exists", Conflict, "the mailbox already has an inbox rule with that name";
    Internal = "internal", Failure, "an internal invariant failed (a defect of orgtrack)";
    InvalidAddress = "invalid_address", Invalid, "neither an email address nor a domain";
    InvalidAuthority = "invalid_authority", Invalid, "ORGTRACK_AUTHORITY is not a usable URL";
    InvalidCaCert = "invalid_ca_cert", Invalid, "the --ca-cert file holds no usable PEM certificate";
    InvalidConfig = "invalid_config", Invalid, "the environments configuration file does not parse";
    InvalidCalendar = "invalid_calendar", Invalid, "an input of calendar import is not a calendar it can read (a problem of the import summary)";
    InvalidCertificate = "invalid_certificate", Invalid, "the --certificate file is not a PEM or PFX certificate with its RSA private key (or the PFX password is wrong)";
    InvalidCycles = "invalid_cycles", Invalid, "--cycles must be 1 or more";
    InvalidDomain = "invalid_domain", Invalid, "not a domain name";
    InvalidDuration = "invalid_duration", Invalid, "not a duration (30m, 2h, 1d)";
    InvalidEmail = "invalid_email", Invalid, "not an email address";
    InvalidEnvName = "invalid_env_name", Invalid, "an environment name must be 1 to 64 letters, digits, '-' or '_'";
    InvalidEnvUrl = "invalid_env_url", Invalid, "not a usable environment URL";
    InvalidFaultDirection = "invalid_fault_direction", Invalid, "the mailbox does not synchronize that direction server-side, so a fault cannot break it";
    InvalidFile = "invalid_file", Invalid, "a settings file does not parse or has invalid entries; nothing was changed";
    InvalidFolderName = "invalid_folder_name", Invalid, "not a usable folder name";
    InvalidFolderPath = "invalid_folder_path", Invalid, "not a usable folder path";
    InvalidLimit = "invalid_limit", Invalid, "--limit must be 0 or more";
    InvalidMaxPages = "invalid_max_pages", Invalid, "ORGTRACK_MAX_PAGES must be 1 to 1000000";
    InvalidMessage = "invalid_message", Invalid, "an input of mail import is not a message it can read (a problem of the import summary)";
    InvalidMethod = "invalid_method", Invalid, "the mailbox cannot use that delivery method";
    InvalidName = "invalid_name", Invalid, "not a usable name";
    InvalidProfiles = "invalid_profiles", Invalid, "the sign-in profiles file does not parse";
    InvalidPublicUrl = "invalid_public_url", Invalid, "serve's --public-url is not a usable URL";
    InvalidRecordKind = "invalid_record_kind", Invalid, "not a record kind";
    InvalidRegex = "invalid_regex", Invalid, "a regular expression setting does not compile";
    InvalidRrule = "invalid_rrule", Invalid, "not a usable recurrence rule";
    InvalidSize = "invalid_size", Invalid, "generate needs at least one user";
    InvalidTarget = "invalid_target", Invalid, "neither an item nor an activity reference";
    InvalidTenant = "invalid_tenant", Invalid, "ORGTRACK_TENANT_ID is neither a GUID nor a domain name";
    InvalidThreadIndex = "invalid_thread_index", Invalid, "not a Thread-Index value";
    InvalidThrottle = "invalid_throttle", Invalid, "serve's --throttle must be N/s with N from 1 to 100000";
    InvalidTime = "invalid_time", Invalid, "not a time, or an end before the start";
    InvalidTimeout = "invalid_timeout", Invalid, "ORGTRACK_TIMEOUT must be 1 to 600 seconds";
    InvalidTimes = "invalid_times", Invalid, "--times must be 1 or more";
    InvalidTlsFile = "invalid_tls_file", Invalid, "the serve certificate or key is not usable PEM";
    InvalidValue = "invalid_value", Invalid, "a value of the wrong type, out of range or empty";
    InvalidVersion = "invalid_version", Invalid, "not a four-part version number";
    Io = "io", Failure, "a file could not be read or written";
    JournalUnreadable = "journal_unreadable", Failure, "an environment's settings journal cannot be read";
    JournalWrite = "journal_write", Failure, "an environment's settings journal cannot be written";
    Json = "json", Failure, "the output could not be rendered as JSON";
    LocalOnly = "local_only", Invalid, "the command or option works on the local state only, not with --env";
    MailboxesFailed = "mailboxes_failed", Failure, "some mailboxes of a mailbox command failed, were refused by the service or failed Test & Enable (the others were done)";
    MigrationFailed = "migration_failed", StateUnusable, "the state file could not be upgraded to this version's schema";
    NewerSchema = "newer_schema", StateUnusable, "the state file was written by a newer orgtrack";
    NoAction = "no_action", Invalid, "an inbox rule needs an action";
    NoClientId = "no_client_id", Invalid, "auth login --client-secret or --certificate needs --client-id";
    NoClientSecret = "no_client_secret", Invalid, "no client secret in ORGTRACK_CLIENT_SECRET or on standard input";
    NoCredentials = "no_credentials", Remote, "no credentials for the environment";
    NoDefault = "no_default", Invalid, "the setting has no default to reset to on Dataverse";
    NoEnv = "no_env", Invalid, "auth login needs --env, or the name of an existing profile";
    NoInternalRecipient = "no_internal_recipient", Invalid, "none of the recipients has a mailbox in this org";
    NoProfile = "no_profile", NotFound, "no sign-in profile applies to the environment";
    NoRandomness = "no_randomness", Failure, "the system gave no random bytes";
    NoSchema = "no_schema", StateUnusable, "the file carries orgtrack's mark but no schema version";
    NoState = "no_state", StateUnusable, "there is no state file; run `orgtrack init`";
    NoTenant = "no_tenant", Invalid, "auth login --client-secret or --certificate needs --tenant";
    NotNullable = "not_nullable", Invalid, "the setting always has a value in Dataverse and cannot be cleared; reset it instead";
    NothingToUndo = "nothing_to_undo", NotFound, "the settings journal is empty";
    NoToken = "no_token", NotFound, "the subject ends in no tracking token";
    NoTrackingCategory = "no_tracking_category", Invalid, "the mailbox has no active Tracked to Dynamics 365 category";
    NotACase = "not_a_case", Invalid, "only cases are resolved";
    NotConfirmed = "not_confirmed", Failure, "the deletion was not confirmed at the prompt; nothing was deleted";
    NotARegularFile = "not_a_regular_file", StateUnusable, "--state names a directory, FIFO, device or socket, not a regular file";
    NotARegularInput = "not_a_regular_input", Invalid, "an input file is a directory, FIFO or device, not a regular file";
    NotADraft = "not_a_draft", Invalid, "only an appointment saved as a draft is sent";
    NotAState = "not_a_state", StateUnusable, "the file is not an orgtrack state file";
    NotApplicable = "not_applicable", Invalid, "the setting does not apply at the org's version; use --force";
    NotOrganizer = "not_organizer", Invalid, "only the organizer may track the appointment while TrackAppointmentsFromNonOrganizer is off";
    NotRemovable = "not_removable", Invalid, "a column of the organization table cannot be removed; reset it instead";
    NotSynchronized = "not_synchronized", Invalid, "the org's settings keep the item out of synchronization (RestrictIRMEmailItems, ValidateContactBeforeTracking)";
    NotTracked = "not_tracked", Invalid, "the item is not tracked";
    OptionHidden = "option_hidden", Invalid, "the org hides that Track email messages choice from users' personal options";
    OwnMailbox = "own_mailbox", Invalid, "a user cannot be a delegate of their own mailbox";
    PermissionDenied = "permission_denied", Invalid, "the delegate lacks the permission the change needs";
    PrivilegeRequired = "privilege_required", Invalid, "approving one's own mailbox needs a privilege while RequirePrivilegeToSelfApproveEmailAddress is on";
    PluginExists = "plugin_exists", Conflict, "a plugin with that name already exists";
    ProfilesUnreadable = "profiles_unreadable", Failure, "the sign-in profiles file cannot be read";
    ProfilesWrite = "profiles_write", Failure, "the sign-in profiles file cannot be written";
    QueueFolderTracking = "queue_folder_tracking", Invalid, "folder-level tracking is for user mailboxes only";
    QueueRuleActive = "queue_rule_active", Conflict, "the queue already has an active record rule";
    ReadOnly = "read_only", StateUnusable, "the state file or its directory is read-only";
    ReadOnlySetting = "read_only_setting", Invalid, "the setting is read-only; the message says where it is changed instead";
    RecordRuleActive = "record_rule_active", Conflict, "an active record rule cannot be changed; deactivate it first";
    RecordRuleExists = "record_rule_exists", Conflict, "a record rule with that name already exists";
    RemoteBusy = "remote_busy", Remote, "the environment is still busy after the retries";
    RemoteError = "remote_error", Remote, "the environment answered with an error";
    RemoteNotFound = "remote_not_found", NotFound, "the environment has no such row";
    RemoteProtocol = "remote_protocol", Remote, "the environment answered with something orgtrack cannot read";
    RemoteUnavailable = "remote_unavailable", Remote, "the environment cannot be reached";
    RowChanged = "row_changed", Conflict, "the remote row changed since it was read; nothing was written";
    Runtime = "runtime", Failure, "serve cannot start its runtime";
    SchemaCreateFailed = "schema_create_failed", Failure, "a new state file's schema could not be created";
    SendFailed = "send_failed", Failure, "Dynamics 365 could not send the email";
    ServerProfileExists = "server_profile_exists", Conflict, "an email server profile with that name already exists";
    ServerProfileInUse = "server_profile_in_use", Conflict, "the email server profile is the default or mailboxes use it";
    SettingsChanged = "settings_changed", Conflict, "the org's settings changed while the command ran; nothing was written";
    SettingsDiffer = "settings_differ", Failure, "settings diff --exit-code: the org and the file or environment differ";
    SnapshotIncomplete = "snapshot_incomplete", Failure, "init --from-env --strict: the environment refused some tables (the rest was copied)";
    SignInAgain = "sign_in_again", Remote, "the profile's tokens can no longer be renewed; sign in again with auth login";
    SignInFailed = "sign_in_failed", Remote, "the device sign-in was declined or did not complete";
    StagingUnfinished = "staging_unfinished", Failure, "a new state could not be closed cleanly before replacing the old one";
    StateBusy = "state_busy", Conflict, "another orgtrack is writing the state file";
    StateCorrupt = "state_corrupt", StateUnusable, "the state file is corrupt";
    StateExists = "state_exists", Conflict, "the state file already exists; use --force to replace it";
    StateReplaced = "state_replaced", Conflict, "init or generate --force replaced the state while the command ran; nothing more was written";
    TimeOutOfRange = "time_out_of_range", Invalid, "a time before 1900 or from 9000 on, or a sync that would move the clock there";
    TokenFileUnreadable = "token_file_unreadable", NotFound, "serve's --token-file cannot be read";
    TokenRefused = "token_refused", Remote, "the environment or its identity provider refused the credentials";
    TokensOff = "tokens_off", Invalid, "tracking tokens are off in this org";
    TooManyCycles = "too_many_cycles", Invalid, "sync --until is too far away";
    TooManyFolderRules = "too_many_folder_rules", Invalid, "the mailbox has as many folder tracking rules as the org allows";
    TooManyOccurrences = "too_many_occurrences", Invalid, "--rrule COUNT is above the occurrences one series gets";
    TrackingFailed = "tracking_failed", Failure, "the item could not be tracked";
    UnknownActivity = "unknown_activity", NotFound, "no activity with that id";
    UnknownAlert = "unknown_alert", NotFound, "no alert with that id";
    UnknownArea = "unknown_area", Invalid, "no settings area with that name";
    UnknownCategory = "unknown_category", NotFound, "the mailbox has no category with that name";
    UnknownColumn = "unknown_column", Invalid, "--columns names a column the output does not have";
    UnknownDelegate = "unknown_delegate", NotFound, "the user is not a delegate of the mailbox";
    UnknownEnv = "unknown_env", NotFound, "neither a URL nor a defined environment";
    UnknownFault = "unknown_fault", NotFound, "no fault with that id on the mailbox or profile";
    UnknownFolder = "unknown_folder", NotFound, "the mailbox has no such folder";
    UnknownFolderRule = "unknown_folder_rule", NotFound, "the folder has no tracking rule";
    UnknownInboxRule = "unknown_inbox_rule", NotFound, "the mailbox has no inbox rule with that name";
    UnknownItem = "unknown_item", NotFound, "no item with that id";
    UnknownJournalEntry = "unknown_journal_entry", NotFound, "the settings journal has no entry with that id";
    UnknownMailbox = "unknown_mailbox", NotFound, "no mailbox with that id, email address or name";
    UnknownPlugin = "unknown_plugin", NotFound, "no plugin with that name";
    UnknownProfile = "unknown_profile", NotFound, "no sign-in profile with that name";
    UnknownQueue = "unknown_queue", NotFound, "no queue with that id, email address or name";
    UnknownRecord = "unknown_record", NotFound, "no record with that id, email address or name";
    UnknownRecordRule = "unknown_record_rule", NotFound, "no record rule with that name";
    UnknownRuleItem = "unknown_rule_item", NotFound, "the record rule has no item at that position";
    UnknownServerProfile = "unknown_server_profile", NotFound, "no email server profile with that id or name";
    UnknownSetting = "unknown_setting", NotFound, "no setting with that name";
    UnknownSettingsInFile = "unknown_settings_in_file", NotFound, "a settings file names settings that do not exist; nothing was changed";
    UnknownUser = "unknown_user", NotFound, "no user with that id, email address or name";
    UnreadableState = "unreadable_state", StateUnusable, "the state file cannot be read";
    Usage = "usage", Usage, "unknown command or option, or a missing argument";
    WeakToken = "weak_token", Invalid, "serve's token must be one word of at least 16 characters";
    WellKnownFolder = "well_known_folder", Invalid, "a well-known folder cannot be renamed, moved or deleted";
    WhatIfDiffers = "what_if_differs", Failure, "what-if: the run with the changed settings differs from the run as it is";
    WriteFailed = "write_failed", Failure, "the output file cannot be written";
    WrongCloud = "wrong_cloud", Invalid, "--cloud names another cloud than the environment's";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// An error for the user: a sentence, the code it is catalogued under, and the lower-level
/// error that caused it (kept for `source()`, not repeated in the sentence by this type).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: Code,
    pub message: String,
    /// Every problem of a batch that was refused as a whole (a settings file with several bad
    /// entries): printed as the envelope's `problems` array under `--json`.
    pub problems: Vec<Problem>,
    #[source]
    cause: Option<Cause>,
}

/// One problem in a batch: what it is about (`path` or `name`), its error code and a sentence.
/// The same shape whether the batch went on past it (an import's unreadable files) or was
/// refused for it (the entries of a settings file).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub code: Code,
    pub message: String,
}

impl Problem {
    pub fn at_path(path: String, code: Code, message: String) -> Self {
        Problem {
            path: Some(path),
            name: None,
            code,
            message,
        }
    }

    /// The problem of the entry called `name`, from the error it was refused with.
    pub fn named(name: &str, err: Error) -> Self {
        Problem {
            path: None,
            name: Some(name.to_string()),
            code: err.code,
            message: err.message,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            problems: Vec::new(),
            cause: None,
        }
    }

    /// Attaches the problems of a refused batch.
    pub fn with_problems(mut self, problems: Vec<Problem>) -> Self {
        self.problems = problems;
        self
    }

    /// Keeps `cause` as this error's source.
    pub fn because(mut self, cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.cause = Some(Box::new(cause));
        self
    }

    /// A failed read or write of `path`: the message names the file.
    pub fn io(path: &Path, err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(Code::BrokenPipe, "stdout closed").because(err);
        }
        let code = match err.kind() {
            std::io::ErrorKind::NotFound => Code::FileNotFound,
            _ => Code::Io,
        };
        Error::new(code, format!("{}: {err}", path.display())).because(err)
    }

    /// A failed write to stdout (the one stream without a path).
    pub fn stdout(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(Code::BrokenPipe, "stdout closed").because(err);
        }
        Error::new(Code::Io, format!("cannot write to stdout: {err}")).because(err)
    }

    /// A value that serde_json could not render.
    pub fn json(err: serde_json::Error) -> Self {
        Error::new(Code::Json, format!("could not render JSON: {err}")).because(err)
    }

    pub fn kind(&self) -> ExitKind {
        self.code.exit_kind()
    }

    pub fn exit_code(&self) -> u8 {
        self.kind() as u8
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        let (code, message) = match err.sqlite_error_code() {
            // Busy past the busy timeout: another orgtrack held the state too long.
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => (
                Code::StateBusy,
                format!("the state file is busy (another orgtrack is writing): {err}"),
            ),
            Some(ErrorCode::DiskFull) => (
                Code::DiskFull,
                "the disk holding the state file is full; the command's open transaction was \
                 rolled back: free some space and run it again"
                    .to_string(),
            ),
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => (
                Code::StateCorrupt,
                format!("the state file is corrupt: {err}"),
            ),
            _ => (Code::Database, format!("state file error: {err}")),
        };
        Error::new(code, message).because(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashSet};

    #[test]
    fn names_are_unique_snake_case() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} is listed twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    && !name.starts_with('_')
                    && !name.ends_with('_'),
                "{name} is not snake_case"
            );
            assert!(!code.meaning().is_empty(), "{name} has no meaning");
        }
    }

    /// The rows of the README's "Error codes" table: code -> (exit status, meaning).
    fn readme_table() -> BTreeMap<String, (u8, String)> {
        let readme = include_str!("../README.md");
        let section = readme
            .split("\n### Error codes\n")
            .nth(1)
            .expect("the README has an '### Error codes' section");
        let mut rows = BTreeMap::new();
        for line in section.lines().skip_while(|l| !l.starts_with('|')) {
            let Some(row) = line.strip_prefix('|') else {
                break;
            };
            let cells: Vec<&str> = row
                .trim_end_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            let [code, exit, meaning] = cells[..] else {
                panic!("README row {line:?} does not have three cells");
            };
            let Some(code) = code.strip_prefix('`').and_then(|c| c.strip_suffix('`')) else {
                continue; // the header and its rule
            };
            let exit: u8 = exit.parse().expect("an exit status");
            let earlier = rows.insert(code.to_string(), (exit, meaning.to_string()));
            assert!(earlier.is_none(), "README lists {code} twice");
        }
        rows
    }

    #[test]
    fn readme_lists_exactly_the_catalogue() {
        let readme = readme_table();
        let catalogue: BTreeMap<String, (u8, String)> = Code::ALL
            .iter()
            .map(|c| {
                let meaning = c.meaning().to_string();
                (c.as_str().to_string(), (c.exit_kind() as u8, meaning))
            })
            .collect();
        for (code, row) in &catalogue {
            assert_eq!(readme.get(code), Some(row), "README row of {code}");
        }
        for code in readme.keys() {
            assert!(
                catalogue.contains_key(code),
                "README lists {code}, the catalogue does not"
            );
        }
    }

    /// Codes are named only here: an error constructor or a JSON error document given a string
    /// for its code, or a catalogued code spelled as a literal anywhere else in `src/`, bypasses
    /// the catalogue.
    #[test]
    fn no_code_literal_outside_the_catalogue() {
        let names: HashSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        // Words that are codes here and also, legitimately, values of other vocabularies:
        // output formats, the tracking outcome of `explain`.
        let other_vocabularies = [
            "json",
            "usage",
            "internal",
            "io",
            "database",
            "runtime",
            "not_tracked",
        ];
        let bypasses = regex::Regex::new(r#"\bError::\w+\(\s*"|"code"\s*:\s*""#).unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offending = Vec::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("src/error.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for found in bypasses.find_iter(&text) {
                    let line = text[..found.start()].lines().count();
                    offending.push(format!("{}:{line}: {}", path.display(), found.as_str()));
                }
                for (n, line) in text.lines().enumerate() {
                    for literal in line.split('"').skip(1).step_by(2) {
                        if names.contains(literal) && !other_vocabularies.contains(&literal) {
                            offending.push(format!("{}:{}: \"{literal}\"", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        assert!(
            offending.is_empty(),
            "error codes outside the catalogue:\n{}",
            offending.join("\n")
        );
    }
}
