//! The settings journal of a real environment: one JSON-lines file per environment in the XDG
//! data directory (`$XDG_DATA_HOME/orgtrack/journal/<host>.jsonl`), readable by its owner only.
//! The environment itself keeps no history orgtrack could read back.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;

use crate::error::{Code, Error, Result};
use crate::settings::journal::{self, Entry};

/// The journal file of the environment at `url` (`https://contoso.crm.dynamics.com`).
pub fn path(url: &str) -> PathBuf {
    let name: String = url
        .trim_end_matches('/')
        .split("://")
        .last()
        .unwrap_or(url)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    data_home()
        .join("orgtrack")
        .join("journal")
        .join(format!("{name}.jsonl"))
}

fn data_home() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Every entry of the environment's journal, oldest first (none when there is no file yet).
pub fn read(url: &str) -> Result<Vec<Entry>> {
    let path = path(url);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(unreadable(&path, &e.to_string())),
    };
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).map_err(|e| unreadable(&path, &e.to_string())))
        .collect()
}

/// Appends one command's entries, numbered after the last one.
pub fn append(url: &str, mut entries: Vec<Entry>) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let last = read(url)?.last().map_or(0, |e| e.id);
    journal::number(&mut entries, last);
    let path = path(url);
    let failed = |e: std::io::Error| {
        Error::new(
            Code::JournalWrite,
            format!("cannot write the settings journal {}: {e}", path.display()),
        )
    };
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(failed)?;
    }
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(&path)
        .map_err(failed)?;
    // A file made by hand or by an older copy keeps no wider access than its owner's.
    file.set_permissions(fs::Permissions::from_mode(0o600))
        .map_err(failed)?;
    let mut text = String::new();
    for entry in &entries {
        text.push_str(&serde_json::to_string(entry).expect("an entry renders"));
        text.push('\n');
    }
    file.write_all(text.as_bytes()).map_err(failed)
}

fn unreadable(path: &std::path::Path, why: &str) -> Error {
    Error::new(
        Code::JournalUnreadable,
        format!(
            "the settings journal {} cannot be read: {why}",
            path.display()
        ),
    )
}
