//! Checks on what users type for names, email addresses, record kinds and folder paths. Each
//! check returns the cleaned value or an exit-4 error saying what is allowed.

use crate::error::{Code, Error, Result};

/// The names closest to a misspelt one, best first: names containing it (any case), then names
/// within a small edit distance. Every "no such name" error suggests these.
pub fn closest<'a>(
    wanted: &str,
    names: impl Iterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted = wanted.trim().to_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .filter_map(|name| {
            let candidate = name.to_lowercase();
            let score = if !wanted.is_empty() && candidate.contains(&wanted) {
                0
            } else {
                edit_distance(&wanted, &candidate)
            };
            (score <= 2 + wanted.chars().count() / 4).then_some((score, name))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(limit)
        .map(|(_, name)| name)
        .collect()
}

/// "; did you mean A, B?" for the names closest to `wanted`, or "" when none is close.
pub fn did_you_mean<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> String {
    let near = closest(wanted, names, 5);
    if near.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", near.join(", "))
    }
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Trims an email address and checks its shape: one `@`, something on each side, no spaces.
/// Deliverability is not this simulator's business.
pub fn email(text: &str) -> Result<String> {
    let text = text.trim();
    let ok = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if ok {
        Ok(text.to_string())
    } else {
        Err(Error::new(
            Code::InvalidEmail,
            format!(
                "invalid email address '{text}': it needs exactly one @ with a name before it and a domain after it, and no spaces"
            ),
        ))
    }
}

/// The name of a user, queue or record. All digits is refused because a reference made of
/// digits is read as an id.
pub fn display_name(noun: &str, text: &str) -> Result<String> {
    let name = text.trim();
    let why = if name.is_empty() {
        Some("it is empty")
    } else if name.chars().any(char::is_control) {
        Some("it contains control characters")
    } else if name.chars().all(|c| c.is_ascii_digit()) {
        Some("a name made of digits would read as an id")
    } else {
        None
    };
    match why {
        Some(why) => Err(Error::new(
            Code::InvalidName,
            format!("invalid {noun} name '{text}': {why}"),
        )),
        None => Ok(name.to_string()),
    }
}

/// A category name as a user gives it: trimmed, not empty, no control characters (as `category
/// rename` requires; digits are fine, categories are never referred to by id).
pub fn category(text: &str) -> Result<String> {
    let name = text.trim();
    let why = if name.is_empty() {
        "it is empty"
    } else if name.chars().any(char::is_control) {
        "it contains control characters"
    } else {
        return Ok(name.to_string());
    };
    Err(Error::new(
        Code::InvalidName,
        format!("invalid category name '{text}': {why}"),
    ))
}

/// The record kinds every org has.
pub const BUILT_IN_KINDS: [&str; 5] = ["account", "contact", "lead", "opportunity", "case"];

/// A record kind: a built-in one or an email-enabled custom table's logical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordKind {
    pub name: String,
    pub custom: bool,
}

pub fn record_kind(text: &str) -> Result<RecordKind> {
    let name = text.trim().to_ascii_lowercase();
    if BUILT_IN_KINDS.contains(&name.as_str()) {
        return Ok(RecordKind {
            name,
            custom: false,
        });
    }
    if is_logical_name(&name) {
        return Ok(RecordKind { name, custom: true });
    }
    Err(Error::new(
        Code::InvalidRecordKind,
        format!(
            "unknown record kind '{text}': use {} or the logical name of an email-enabled custom table (prefix_name, like new_project)",
            BUILT_IN_KINDS.join(", ")
        ),
    ))
}

/// `prefix_name`: a publisher prefix (a letter, then letters or digits), an underscore, then
/// letters, digits or underscores.
fn is_logical_name(name: &str) -> bool {
    let Some((prefix, rest)) = name.split_once('_') else {
        return false;
    };
    let word = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    prefix.starts_with(|c: char| c.is_ascii_lowercase())
        && prefix.chars().all(word)
        && rest.chars().any(word)
        && rest.chars().all(|c| word(c) || c == '_')
        && name.len() <= 64
}

/// One folder name: not empty, no `/` (the path separator), no control characters.
pub fn folder_name(text: &str) -> Result<String> {
    let name = text.trim();
    if name.is_empty() || name.contains('/') || name.chars().any(char::is_control) {
        return Err(Error::new(
            Code::InvalidFolderName,
            format!(
                "invalid folder name '{text}': it must be non-empty, without '/' or control characters"
            ),
        ));
    }
    Ok(name.to_string())
}

/// A `/`-separated folder path from the top of the mailbox (`Inbox/Contoso`). A leading or
/// trailing `/` is ignored; `/` alone is the top (an empty path).
pub fn folder_path(text: &str) -> Result<Vec<String>> {
    let trimmed = text.trim();
    let inner = trimmed.strip_prefix('/').unwrap_or(trimmed);
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    if inner.is_empty() {
        return Ok(Vec::new());
    }
    inner
        .split('/')
        .map(|part| {
            folder_name(part).map_err(|_| {
                Error::new(
                    Code::InvalidFolderPath,
                    format!(
                        "invalid folder path '{text}': use folder names separated by '/', like Inbox/Contoso"
                    ),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(
            edit_distance("trackcategorizeditem", "trackcategorizeditems"),
            1
        );
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
    use proptest::prelude::*;

    #[test]
    fn emails() {
        assert_eq!(email(" alex@contoso.com ").unwrap(), "alex@contoso.com");
        for bad in [
            "",
            "alex",
            "@contoso.com",
            "alex@",
            "a@b@c",
            "alex wu@contoso.com",
        ] {
            let err = email(bad).unwrap_err();
            assert_eq!(err.code, Code::InvalidEmail, "{bad}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(display_name("user", " Alex Wu ").unwrap(), "Alex Wu");
        assert!(display_name("user", "  ").is_err());
        assert!(display_name("user", "1234").is_err());
        assert!(display_name("user", "3M").is_ok());
        assert!(display_name("user", "a\u{7}b").is_err());
    }

    #[test]
    fn record_kinds() {
        assert_eq!(record_kind("Account").unwrap().name, "account");
        assert!(!record_kind("case").unwrap().custom);
        let custom = record_kind("new_project").unwrap();
        assert!(custom.custom);
        assert_eq!(custom.name, "new_project");
        for bad in [
            "project",
            "_project",
            "new_",
            "1new_x",
            "new-project",
            "new_pro ject",
        ] {
            assert!(record_kind(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths() {
        assert_eq!(
            folder_path("Inbox/Contoso/Deals").unwrap(),
            ["Inbox", "Contoso", "Deals"]
        );
        assert_eq!(folder_path("/Inbox/").unwrap(), ["Inbox"]);
        assert!(folder_path("/").unwrap().is_empty());
        assert!(folder_path("Inbox//Deals").is_err());
        assert!(folder_name("a/b").is_err());
    }

    proptest! {
        #[test]
        fn accepted_paths_round_trip(path in "\\PC{0,40}") {
            if let Ok(parts) = folder_path(&path) {
                let joined = parts.join("/");
                prop_assert_eq!(folder_path(&joined).unwrap(), parts);
            }
        }

        #[test]
        fn accepted_emails_have_one_at(text in "\\PC{0,30}") {
            if let Ok(address) = email(&text) {
                prop_assert_eq!(address.matches('@').count(), 1);
                prop_assert!(!address.contains(' '));
            }
        }
    }
}
