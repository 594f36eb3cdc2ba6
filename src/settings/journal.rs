//! The settings journal: one entry per setting a command changed, wherever the org lives (the
//! state file keeps its own; each environment has a file of its own). Pure: what an entry is
//! and how undo reads a run of entries; storing them is the store's and the remote's job.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Change;

/// One setting changed by one command. `--json` of `settings history` prints these.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub id: i64,
    /// The id of the first entry the same command wrote: undo reverts a command whole.
    pub change_id: i64,
    /// When the change was made (RFC 3339 UTC).
    pub at: String,
    /// The state file or the environment URL.
    pub target: String,
    pub setting: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// What the org held before and after: the explicit text, or null for none (the default).
    pub old_explicit: Option<String>,
    pub new_explicit: Option<String>,
    /// The command that made it: set, reset, clear, remove, import or undo.
    pub command: String,
}

/// What a command wrote, before ids are given: the entries of `changes` that change anything.
/// `explicit_after` says what the org holds afterwards for a change (a remote column written
/// back to its default holds nothing explicit).
pub fn entries_of(
    changes: &[Change],
    target: &str,
    command: &str,
    explicit_after: impl Fn(&Change) -> Option<String>,
) -> Vec<Entry> {
    let at = crate::time::format(chrono::Utc::now());
    changes
        .iter()
        .map(|c| Entry {
            id: 0,
            change_id: 0,
            at: at.clone(),
            target: target.to_string(),
            setting: c.name.clone(),
            old: c.old.as_ref().map(|v| v.to_json()),
            new: c.new.as_ref().map(|v| v.to_json()),
            old_explicit: c.old_stored.clone(),
            new_explicit: explicit_after(c),
            command: command.to_string(),
        })
        .filter(|e| e.old_explicit != e.new_explicit || e.old != e.new)
        .collect()
}

/// Gives `entries` ids after `last` (the journal's highest id), one command's change.
pub fn number(entries: &mut [Entry], last: i64) {
    for (i, entry) in entries.iter_mut().enumerate() {
        entry.id = last + 1 + i as i64;
        entry.change_id = last + 1;
    }
}

/// What undoing `entries` (a run of the journal, oldest first) means per setting: the explicit
/// value to restore (before the first entry) and the one the org must still hold (after the
/// last), or the undo would write over a change made since.
pub struct Reversal {
    pub setting: String,
    pub restore: Option<String>,
    pub expected: Option<String>,
    /// The newest entry for the setting, named when the org changed since.
    pub last_id: i64,
}

pub fn reversals(entries: &[Entry]) -> Vec<Reversal> {
    let mut by_setting: BTreeMap<&str, Reversal> = BTreeMap::new();
    for entry in entries {
        by_setting
            .entry(entry.setting.as_str())
            .and_modify(|r| {
                r.expected = entry.new_explicit.clone();
                r.last_id = entry.id;
            })
            .or_insert_with(|| Reversal {
                setting: entry.setting.clone(),
                restore: entry.old_explicit.clone(),
                expected: entry.new_explicit.clone(),
                last_id: entry.id,
            });
    }
    by_setting.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, setting: &str, old: Option<&str>, new: Option<&str>) -> Entry {
        Entry {
            id,
            change_id: id,
            at: String::new(),
            target: String::new(),
            setting: setting.into(),
            old: None,
            new: None,
            old_explicit: old.map(Into::into),
            new_explicit: new.map(Into::into),
            command: "set".into(),
        }
    }

    #[test]
    fn a_run_reverts_to_before_its_first_entry() {
        let run = [
            entry(1, "a", None, Some("1")),
            entry(2, "b", Some("x"), Some("y")),
            entry(3, "a", Some("1"), Some("2")),
        ];
        let r = reversals(&run);
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].restore.as_deref(), r[0].expected.as_deref()),
            (None, Some("2"))
        );
        assert_eq!(r[0].last_id, 3);
        assert_eq!(
            (r[1].restore.as_deref(), r[1].expected.as_deref()),
            (Some("x"), Some("y"))
        );
    }
}
