//! One error type for the whole crate. Every error carries the exit code the user sees and a
//! stable machine-readable code for `--json` consumers, so the mapping lives in one place.

use std::fmt;

/// The documented exit codes (README, `orgtrack man`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// stdout was closed by its reader (`orgtrack ... | head`): not a failure.
    BrokenPipe = 0,
    Failure = 1,
    NotFound = 3,
    Invalid = 4,
    Conflict = 5,
    Remote = 6,
    StateUnusable = 7,
}

#[derive(Debug)]
pub struct Error {
    pub kind: ExitKind,
    /// snake_case identifier, stable across releases (`unknown_setting`, `invalid_value`, ...).
    pub code: &'static str,
    pub message: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ExitKind, code: &'static str, message: impl Into<String>) -> Self {
        Error {
            kind,
            code,
            message: message.into(),
        }
    }
    pub fn failure(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(ExitKind::Failure, code, message)
    }
    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(ExitKind::NotFound, code, message)
    }
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(ExitKind::Invalid, code, message)
    }
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(ExitKind::Conflict, code, message)
    }
    pub fn state(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(ExitKind::StateUnusable, code, message)
    }
    pub fn exit_code(&self) -> u8 {
        self.kind as u8
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            // Busy past the busy timeout: another orgtrack held the state too long.
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::conflict(
                "state_busy",
                format!("the state file is busy (another orgtrack is writing): {err}"),
            ),
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Error::state("state_corrupt", format!("the state file is corrupt: {err}"))
            }
            _ => Error::failure("database", format!("state file error: {err}")),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(ExitKind::BrokenPipe, "broken_pipe", "stdout closed");
        }
        Error::failure("io", err.to_string())
    }
}
