//! Validation of a batch of setting values, as a settings file (`settings import|diff`) or a
//! PATCH of `orgtrack serve` gives them: every entry is checked and every problem reported, so
//! one pass tells the user all that is wrong; nothing is returned to apply unless all is good.

use std::collections::HashSet;

use super::{Change, Definition, SettingValue, Snapshot, check_value};
use crate::error::{Code, Error, Problem, Result};

/// A value as its input gives it.
pub enum Given {
    /// A JSON value: a settings file entry, or an organization column of a PATCH.
    Json(serde_json::Value),
    /// The text of an `<OrgSettings>` element.
    Text(String),
    /// JSON null on a column: back to the default.
    Clear,
}

/// One entry of a batch: the setting as the caller found it by name (each input has its own
/// rules for which names it accepts), and its value.
pub struct Entry {
    pub name: String,
    pub setting: Result<&'static Definition>,
    pub given: Given,
}

/// Checks every entry against the org's version (`force`: a setting that does not apply there
/// is checked against its newest row). A setting named twice is a problem, not a silent
/// overwrite. Returns the changes, in input order, or every problem found.
pub fn validate(
    snapshot: &Snapshot,
    entries: Vec<Entry>,
    force: bool,
) -> std::result::Result<Vec<Change>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut changes = Vec::new();
    for entry in entries {
        match check(snapshot, &entry, force, &mut seen) {
            Ok(change) => changes.push(change),
            Err(err) => problems.push(Problem::named(&entry.name, err)),
        }
    }
    if problems.is_empty() {
        Ok(changes)
    } else {
        Err(problems)
    }
}

fn check(
    snapshot: &Snapshot,
    entry: &Entry,
    force: bool,
    seen: &mut HashSet<&'static str>,
) -> Result<Change> {
    let def = match &entry.setting {
        Ok(def) => *def,
        Err(err) => return Err(Error::new(err.code, err.message.clone())),
    };
    if !seen.insert(def.name.as_str()) {
        return Err(Error::new(
            Code::DuplicateSetting,
            format!("{} appears more than once", def.name),
        ));
    }
    let value = match &entry.given {
        Given::Clear => {
            super::check_writable(def)?;
            return Ok(Change::reset(snapshot, def));
        }
        Given::Json(json) => {
            let shown = match json {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            check_value(def, snapshot.version, force, &shown, |row| {
                SettingValue::from_json(row.ty, json, row.range)
            })?
        }
        Given::Text(text) => check_value(def, snapshot.version, force, text, |row| {
            SettingValue::parse(row.ty, text, row.range)
        })?,
    };
    Ok(Change::set(snapshot, def, value))
}
