//! Named environments in `$XDG_CONFIG_HOME/orgtrack/config.toml`, and what `--env` accepts:
//! an environment URL or one of those names.
//!
//! ```toml
//! [env.contoso]
//! url = "https://contoso.crm.dynamics.com"
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use reqwest::Url;
use serde::{Deserialize, Serialize};

use crate::error::{Code, Error, Result};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default)]
    pub env: BTreeMap<String, EnvEntry>,
    /// Anything else a later orgtrack (or a person) put there is kept as it was.
    #[serde(flatten)]
    other: toml::Table,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnvEntry {
    pub url: String,
}

/// `$XDG_CONFIG_HOME/orgtrack/config.toml`, else `~/.config/orgtrack/config.toml`.
pub fn path() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))
        .unwrap_or_else(|| PathBuf::from("."))
        .join("orgtrack")
        .join("config.toml")
}

impl ConfigFile {
    /// The file's contents; a missing file is an empty configuration.
    pub fn load() -> Result<ConfigFile> {
        let path = path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => {
                return Err(Error::new(
                    Code::ConfigUnreadable,
                    format!("cannot read {}: {e}", path.display()),
                )
                .because(e));
            }
        };
        toml::from_str(&text).map_err(|e| {
            Error::new(
                Code::InvalidConfig,
                format!(
                    "{} is not a valid orgtrack configuration: {e}",
                    path.display()
                ),
            )
            .because(e)
        })
    }

    /// Writes the file whole through a temporary file, so it is never left half written.
    pub fn save(&self) -> Result<()> {
        let path = path();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| cannot_write(dir, e))?;
        }
        let text = toml::to_string(self).map_err(|e| {
            Error::new(
                Code::ConfigWrite,
                format!("cannot render the configuration: {e}"),
            )
            .because(e)
        })?;
        let staging = path.with_extension(format!("toml.new-{}", std::process::id()));
        std::fs::write(&staging, text).map_err(|e| cannot_write(&staging, e))?;
        std::fs::rename(&staging, &path).map_err(|e| {
            let _ = std::fs::remove_file(&staging);
            cannot_write(&path, e)
        })
    }
}

fn cannot_write(path: &std::path::Path, err: std::io::Error) -> Error {
    Error::new(
        Code::ConfigWrite,
        format!("cannot write {}: {err}", path.display()),
    )
    .because(err)
}

/// What `--env` names: a URL as given, or the URL of a configured environment.
pub fn resolve(value: &str) -> Result<Url> {
    let value = value.trim();
    if value.contains("://") {
        return normalize(value);
    }
    let config = ConfigFile::load()?;
    match config.env.get(value) {
        Some(entry) => normalize(&entry.url),
        None => {
            let known: Vec<&str> = config.env.keys().map(String::as_str).collect();
            let hint = if known.is_empty() {
                "no environments are defined; add one with `orgtrack env add NAME URL`".to_string()
            } else {
                format!("defined environments: {}", known.join(", "))
            };
            Err(Error::new(
                Code::UnknownEnv,
                format!(
                    "'{}' is neither a URL nor a defined environment ({hint})",
                    redact(value)
                ),
            ))
        }
    }
}

/// Checks an environment URL and returns it without a path: `https://host[:port]`. Plain
/// `http` is accepted for loopback addresses only, so a token never crosses a network in clear.
/// Credentials (`user:password@`) and query strings (`?access_token=...`) are refused: secrets
/// come from the environment variables only. Messages show the URL redacted, never as given.
pub fn normalize(text: &str) -> Result<Url> {
    let shown = redact(text.trim());
    let bad = |why: &str| {
        Error::new(
            Code::InvalidEnvUrl,
            format!(
                "invalid environment URL '{shown}': {why} (for example https://contoso.crm.dynamics.com)"
            ),
        )
    };
    let url = Url::parse(text.trim()).map_err(|e| bad(&e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "credentials do not belong in the URL; give a token in ORGTRACK_TOKEN or an app registration in ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(
            "a query or fragment does not belong in the URL (it may carry a token); give a token in ORGTRACK_TOKEN",
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(bad(
                "plain http is allowed for loopback addresses only; use https",
            ));
        }
        other => return Err(bad(&format!("the scheme must be https, not {other}"))),
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("it has no host"));
    }
    if !matches!(url.path(), "" | "/") {
        return Err(bad("give the environment's root, without a path"));
    }
    Ok(url)
}

/// `text` as it may be shown: anything before an `@` in the authority (user and password)
/// and everything from a `?` or `#` on (query strings carry tokens) replaced by `<redacted>`.
/// Works on text that is not a valid URL too, since that is what error messages show.
pub fn redact(text: &str) -> String {
    let (head, tail) = match text.find(['?', '#']) {
        Some(at) => (&text[..at], "?<redacted>"),
        None => (text, ""),
    };
    let (scheme, rest) = match head.find("://") {
        Some(at) => head.split_at(at + 3),
        None => ("", head),
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => format!("<redacted>@{}", &authority[at + 1..]),
        None => authority.to_string(),
    };
    format!("{scheme}{authority}{path}{tail}")
}

pub fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Names of environments: letters, digits, `-` and `_`.
pub fn check_name(name: &str) -> Result<()> {
    if !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Ok(())
    } else {
        Err(Error::new(
            Code::InvalidEnvName,
            format!("invalid environment name '{name}': use 1 to 64 letters, digits, '-' or '_'"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_reduced_to_their_root() {
        let url = normalize("https://contoso.crm.dynamics.com/").unwrap();
        assert_eq!(url.as_str(), "https://contoso.crm.dynamics.com/");
        assert!(normalize("http://127.0.0.1:8080").is_ok());
        assert!(normalize("http://localhost:8080").is_ok());
        assert!(normalize("http://[::1]:8080").is_ok());
    }

    #[test]
    fn unsafe_or_odd_urls_are_refused() {
        for text in [
            "http://contoso.crm.dynamics.com",
            "ftp://contoso.crm.dynamics.com",
            "https://user:pw@contoso.crm.dynamics.com",
            "https://contoso.crm.dynamics.com/api/data/v9.2",
            "https://contoso.crm.dynamics.com/?x=1",
            "not a url",
        ] {
            assert!(normalize(text).is_err(), "{text}");
        }
    }

    #[test]
    fn secrets_in_urls_are_refused_and_never_shown() {
        for (text, secret) in [
            (
                "https://admin:S3cretPassw0rd@contoso.crm.dynamics.com",
                "S3cretPassw0rd",
            ),
            ("https://admin:S3cretPassw0rd@host/x?y#z", "S3cretPassw0rd"),
            ("http://admin:S3cretPassw0rd@example.com", "S3cretPassw0rd"),
            (
                "https://contoso.crm.dynamics.com/?access_token=eyJ0eXAi",
                "eyJ0eXAi",
            ),
            (
                "https://contoso.crm.dynamics.com#access_token=eyJ0eXAi",
                "eyJ0eXAi",
            ),
            ("ht!tp://admin:S3cretPassw0rd@[bad", "S3cretPassw0rd"),
        ] {
            let err = normalize(text).unwrap_err();
            assert!(!err.message.contains(secret), "{}", err.message);
            assert!(err.message.contains("<redacted>"), "{}", err.message);
        }
        assert_eq!(
            redact("https://u:p@h:1/a?b"),
            "https://<redacted>@h:1/a?<redacted>"
        );
        assert_eq!(redact("user:pw@host"), "<redacted>@host");
        assert_eq!(redact("contoso"), "contoso");
        assert_eq!(redact("https://h/a@b"), "https://h/a@b");
    }

    #[test]
    fn names_are_simple_words() {
        assert!(check_name("contoso-dev_2").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("a b").is_err());
        assert!(check_name("https://x").is_err());
    }
}
