//! Finding a user, queue, mailbox or record from what a user typed: an id, an email address or
//! a name (both any case). One indexed query per form; a name shared by several is refused with
//! the candidates listed, so nothing is ever done to the wrong one.

use rusqlite::Connection;
use rusqlite::types::Value;

use super::folders::{self, Folder};
use super::mailboxes::{self, Mailbox};
use crate::error::{Code, Error, Result};
use crate::model::names;

/// What `reference` may be matched against for one kind of thing. Each query takes the typed
/// text as ?1 and returns (id, name, email) rows.
struct Lookup {
    noun: &'static str,
    plural: &'static str,
    not_found: Code,
    list_command: &'static str,
    by_id: &'static str,
    by_email: &'static str,
    by_name: &'static str,
    /// Every (name, email) pair, for suggestions when nothing matched: read only then, so the
    /// whole-table read costs nothing on the paths that find what they look for.
    every: &'static str,
}

const USER: Lookup = Lookup {
    noun: "user",
    plural: "users",
    not_found: Code::UnknownUser,
    list_command: "orgtrack user list",
    by_id: "SELECT u.id, u.name, m.email FROM user u JOIN mailbox m ON m.user_id = u.id WHERE u.id = ?1",
    by_email: "SELECT u.id, u.name, m.email FROM mailbox m JOIN user u ON u.id = m.user_id WHERE m.email = ?1",
    by_name: "SELECT u.id, u.name, m.email FROM user u JOIN mailbox m ON m.user_id = u.id WHERE u.name = ?1 ORDER BY u.id",
    every: "SELECT u.name, m.email FROM user u JOIN mailbox m ON m.user_id = u.id",
};

const QUEUE: Lookup = Lookup {
    noun: "queue",
    plural: "queues",
    not_found: Code::UnknownQueue,
    list_command: "orgtrack queue list",
    by_id: "SELECT q.id, q.name, m.email FROM queue q JOIN mailbox m ON m.queue_id = q.id WHERE q.id = ?1",
    by_email: "SELECT q.id, q.name, m.email FROM mailbox m JOIN queue q ON q.id = m.queue_id WHERE m.email = ?1",
    by_name: "SELECT q.id, q.name, m.email FROM queue q JOIN mailbox m ON m.queue_id = q.id WHERE q.name = ?1 ORDER BY q.id",
    every: "SELECT q.name, m.email FROM queue q JOIN mailbox m ON m.queue_id = q.id",
};

const MAILBOX: Lookup = Lookup {
    noun: "mailbox",
    plural: "mailboxes",
    not_found: Code::UnknownMailbox,
    list_command: "orgtrack mailbox list",
    by_id: "SELECT m.id, coalesce(u.name, q.name), m.email FROM mailbox m
            LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id
            WHERE m.id = ?1",
    by_email: "SELECT m.id, coalesce(u.name, q.name), m.email FROM mailbox m
               LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id
               WHERE m.email = ?1",
    by_name: "SELECT m.id, u.name, m.email FROM user u JOIN mailbox m ON m.user_id = u.id WHERE u.name = ?1
              UNION ALL
              SELECT m.id, q.name, m.email FROM queue q JOIN mailbox m ON m.queue_id = q.id WHERE q.name = ?1
              ORDER BY 1",
    every: "SELECT coalesce(u.name, q.name), m.email FROM mailbox m
            LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id",
};

const RECORD: Lookup = Lookup {
    noun: "record",
    plural: "records",
    not_found: Code::UnknownRecord,
    list_command: "orgtrack record list",
    by_id: "SELECT id, name, email FROM record WHERE id = ?1",
    by_email: "SELECT id, name, email FROM record WHERE email = ?1 ORDER BY id",
    by_name: "SELECT id, name, email FROM record WHERE name = ?1 ORDER BY id",
    every: "SELECT name, email FROM record",
};

pub fn user(conn: &Connection, reference: &str) -> Result<i64> {
    resolve(conn, &USER, reference)
}

pub fn queue(conn: &Connection, reference: &str) -> Result<i64> {
    resolve(conn, &QUEUE, reference)
}

pub fn mailbox(conn: &Connection, reference: &str) -> Result<i64> {
    resolve(conn, &MAILBOX, reference)
}

pub fn record(conn: &Connection, reference: &str) -> Result<i64> {
    resolve(conn, &RECORD, reference)
}

struct Candidate {
    id: i64,
    name: String,
    email: Option<String>,
}

impl Candidate {
    fn describe(&self) -> String {
        match &self.email {
            Some(email) => describe_candidate(&self.name, email, &self.id.to_string()),
            None => format!("{} (id {})", self.name, self.id),
        }
    }
}

/// Digits are an id, text with `@` an email address, anything else a name. A form that
/// matches nothing falls through to the name, so a name holding digits or an `@` still resolves.
fn resolve(conn: &Connection, lookup: &Lookup, reference: &str) -> Result<i64> {
    let text = reference.trim();
    // `user:3`, as ids are printed beside their kind: the id and nothing else.
    if let Some((kind, id)) = text.split_once(':')
        && kind.trim().eq_ignore_ascii_case(lookup.noun)
        && let Ok(id) = id.trim().parse::<i64>()
    {
        return match query(conn, lookup.by_id, &Value::Integer(id))?.as_slice() {
            [one, ..] => Ok(one.id),
            [] => Err(unknown(lookup, text, "")),
        };
    }
    let mut forms: Vec<(&str, Value)> = Vec::with_capacity(3);
    if text.chars().all(|c| c.is_ascii_digit())
        && let Ok(id) = text.parse::<i64>()
    {
        forms.push((lookup.by_id, Value::Integer(id)));
    }
    if text.contains('@') {
        forms.push((lookup.by_email, Value::Text(text.to_string())));
    }
    forms.push((lookup.by_name, Value::Text(text.to_string())));
    for (sql, key) in forms {
        let candidates = query(conn, sql, &key)?;
        match candidates.as_slice() {
            [] => continue,
            [one] => return Ok(one.id),
            many => {
                let listed: Vec<String> = many.iter().map(Candidate::describe).collect();
                return Err(ambiguous(lookup, text, &listed));
            }
        }
    }
    let near = suggestions(conn, lookup, text)?;
    Err(unknown(lookup, text, &near))
}

/// "; did you mean ...?" among the names (or, for an address, the addresses) there are.
fn suggestions(conn: &Connection, lookup: &Lookup, text: &str) -> Result<String> {
    let mut stmt = conn.prepare_cached(lookup.every)?;
    let pairs = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let by_address = text.contains('@');
    let mut known = Vec::new();
    for pair in pairs {
        let (name, email) = pair?;
        match (by_address, email) {
            (true, Some(email)) => known.push(email),
            (true, None) => {}
            (false, _) => known.push(name),
        }
    }
    Ok(names::did_you_mean(text, known.iter().map(String::as_str)))
}

fn ambiguous(lookup: &Lookup, text: &str, listed: &[String]) -> Error {
    Error::new(
        Code::AmbiguousName,
        format!(
            "'{text}' matches {} {}: {}; give the id or the email address",
            listed.len(),
            lookup.plural,
            listed.join(", ")
        ),
    )
}

fn unknown(lookup: &Lookup, text: &str, near: &str) -> Error {
    Error::new(
        lookup.not_found,
        format!(
            "no {} '{text}'{near} (give an id, an email address or a name; `{}` shows them)",
            lookup.noun, lookup.list_command
        ),
    )
}

/// The errors of a mailbox lookup, for remote mode where the candidates come from the service:
/// `listed` describes each match as `Name <email> (id ID)`.
pub fn ambiguous_mailbox(text: &str, listed: &[String]) -> Error {
    ambiguous(&MAILBOX, text.trim(), listed)
}

pub fn unknown_mailbox(text: &str) -> Error {
    unknown(&MAILBOX, text.trim(), "")
}

/// How a candidate is named in an ambiguity error.
pub fn describe_candidate(name: &str, email: &str, id: &str) -> String {
    format!("{name} <{email}> (id {id})")
}

fn query(conn: &Connection, sql: &str, key: &Value) -> Result<Vec<Candidate>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([key], |r| {
        Ok(Candidate {
            id: r.get(0)?,
            name: r.get(1)?,
            email: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The folder a user typed (`Inbox/Contoso`) in a mailbox.
pub fn folder_at(conn: &Connection, mailbox: &Mailbox, path: &str) -> Result<Folder> {
    folder_at_path(conn, mailbox, &folder_path(path)?)
}

/// The mailbox a user named, read whole.
pub fn open_mailbox(conn: &Connection, reference: &str) -> Result<Mailbox> {
    mailboxes::get(conn, mailbox(conn, reference)?)
}

/// A folder path as a user typed it, split; an empty path is refused.
pub fn folder_path(text: &str) -> Result<Vec<String>> {
    let path = names::folder_path(text)?;
    if path.is_empty() {
        return Err(Error::new(
            Code::InvalidFolderPath,
            format!("'{text}' names no folder: give a path like Inbox/Contoso"),
        ));
    }
    Ok(path)
}

/// The folder at `path`, or which part of the path is missing (exit 3).
pub fn folder_at_path(conn: &Connection, mailbox: &Mailbox, path: &[String]) -> Result<Folder> {
    match folders::find(conn, mailbox.id, path)? {
        (_, Some(folder)) => Ok(folder),
        (found, None) => {
            // Suggest among the folders at the level where the path went wrong.
            let tree = folders::tree(conn, mailbox.id)?;
            let parent = path[..found].join("/");
            let siblings = tree.iter().filter(|f| {
                f.depth == found
                    && (found == 0 || f.path.rsplit_once('/').is_some_and(|(up, _)| up == parent))
            });
            let near = names::did_you_mean(&path[found], siblings.map(|f| f.folder.name.as_str()));
            let missing = if found == 0 {
                format!("no top-level folder '{}'", path[0])
            } else {
                format!(
                    "{} has no subfolder '{}'",
                    path[..found].join("/"),
                    path[found]
                )
            };
            Err(Error::new(
                Code::UnknownFolder,
                format!(
                    "mailbox {} has no folder {} ({missing}{near}; `orgtrack folder list` shows them)",
                    mailbox.name,
                    path.join("/")
                ),
            ))
        }
    }
}
