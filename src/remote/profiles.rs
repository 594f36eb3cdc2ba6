//! Sign-in profiles made by `orgtrack auth login`: one per name, each an environment with the
//! tokens the identity platform gave for it. They live in `$XDG_STATE_HOME/orgtrack/auth.json`
//! (else `~/.local/state/orgtrack/auth.json`), created with mode 0600 and replaced whole, and are
//! never printed: what commands show is [`Profile::summary`].

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::auth::Secret;
use crate::error::{Code, Error, Result};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Store {
    /// The profile used when `--env` names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// How the profile signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    DeviceCode,
    ClientSecret,
    Certificate,
    AzureCli,
    ManagedIdentity,
}

impl Method {
    /// Whether a new token is obtained again the same way, with nothing but what the profile
    /// keeps (a certificate file, the Azure CLI's sign-in, the machine's identity), instead of
    /// with a refresh token.
    pub fn renews_itself(self) -> bool {
        matches!(
            self,
            Method::Certificate | Method::AzureCli | Method::ManagedIdentity
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Profile {
    /// The environment's root URL.
    pub env: String,
    pub authority: String,
    pub tenant: String,
    pub client_id: String,
    pub method: Method,
    /// The certificate file (`--certificate`), read again for each new token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
    /// Who signed in: the user's name, or the application id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    pub access_token: String,
    pub expires_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

/// What `auth list` and `auth who` show of a profile: never a token.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub name: String,
    pub env: String,
    pub method: Method,
    pub account: Option<String>,
    pub tenant: String,
    pub expires_at: String,
    pub can_refresh: bool,
    pub selected: bool,
}

impl Profile {
    pub fn summary(&self, name: &str, selected: bool) -> Summary {
        Summary {
            name: name.to_string(),
            env: self.env.clone(),
            method: self.method,
            account: self.account.clone(),
            tenant: self.tenant.clone(),
            expires_at: crate::time::format(self.expires_at),
            can_refresh: self.refresh_token.is_some() || self.method.renews_itself(),
            selected,
        }
    }

    pub fn access_token(&self) -> Secret {
        Secret::new(self.access_token.clone())
    }
}

/// `$XDG_STATE_HOME/orgtrack/auth.json`, else `~/.local/state/orgtrack/auth.json`.
pub fn path() -> PathBuf {
    std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local").join("state"))
        })
        .unwrap_or_else(|| PathBuf::from("."))
        .join("orgtrack")
        .join("auth.json")
}

impl Store {
    /// The profiles; a missing file holds none.
    pub fn load() -> Result<Store> {
        let path = path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Store::default()),
            Err(e) => {
                return Err(Error::new(
                    Code::ProfilesUnreadable,
                    format!("cannot read the sign-in profiles {}: {e}", path.display()),
                ));
            }
        };
        serde_json::from_str(&text).map_err(|e| {
            Error::new(
                Code::InvalidProfiles,
                format!(
                    "{} is not a valid orgtrack sign-in file ({e}); remove it and sign in again",
                    path.display()
                ),
            )
        })
    }

    /// Writes the file whole through a temporary file created with mode 0600, so tokens are
    /// never readable by others, not even for a moment, and never half written.
    pub fn save(&self) -> Result<()> {
        let path = path();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let text = serde_json::to_string_pretty(self).map_err(|e| {
            Error::new(
                Code::ProfilesWrite,
                format!("cannot render the profiles: {e}"),
            )
        })?;
        let staging = path.with_extension(format!("json.new-{}", std::process::id()));
        let written = private_file(&staging).and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        });
        written
            .and_then(|()| std::fs::rename(&staging, &path))
            .map_err(|e| {
                let _ = std::fs::remove_file(&staging);
                Error::new(
                    Code::ProfilesWrite,
                    format!("cannot write {}: {e}", path.display()),
                )
            })
    }

    pub fn get(&self, name: &str) -> Result<&Profile> {
        self.profiles.get(name).ok_or_else(|| unknown(self, name))
    }
}

/// The error for a name that is no profile: exit 3, listing the ones there are.
pub fn unknown(store: &Store, name: &str) -> Error {
    let known: Vec<&str> = store.profiles.keys().map(String::as_str).collect();
    let hint = if known.is_empty() {
        "there are none; sign in with `orgtrack auth login NAME --env URL`".to_string()
    } else {
        format!("profiles: {}", known.join(", "))
    };
    Error::new(
        Code::UnknownProfile,
        format!("no sign-in profile named {name} ({hint})"),
    )
}

#[cfg(unix)]
fn private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}
