//! Settings: the catalog, typed values, the `<OrgSettings>` codec, and how a stored value and
//! the org's version combine into what a user sees.

pub mod catalog;
pub mod files;
pub mod journal;
pub mod validate;
pub mod value;
pub mod xml;

use std::collections::BTreeMap;

use serde::Serialize;

pub use catalog::{Catalog, Definition, Kind, Source};
pub use value::{SettingType, SettingValue};

use crate::error::{Code, Error, Result};
use crate::version::Version;

/// A setting as shown by `settings list|get`: the `--json` contract.
#[derive(Debug, Clone, Serialize)]
pub struct SettingView {
    pub name: String,
    pub value: Option<SettingValue>,
    pub default: Option<SettingValue>,
    #[serde(rename = "type")]
    pub ty: SettingType,
    pub kind: Kind,
    pub area: String,
    pub min: Option<serde_json::Value>,
    pub max: Option<serde_json::Value>,
    /// `min` and `max` in words (`1..50000`); null when neither is set.
    pub range: Option<String>,
    pub is_default: bool,
    pub applies: bool,
    pub description: String,
}

impl SettingView {
    /// `explicit` is the stored text of an explicitly set value, if any.
    pub fn new(def: &Definition, explicit: Option<&str>, version: Version) -> Self {
        let in_force = def.row_for(version);
        let row = in_force.unwrap_or_else(|| def.latest_row());
        let default = in_force.and_then(|r| r.default.clone());
        let value = match explicit {
            // Stored text always parses under the row it was checked against; after a version
            // change the type may differ, and then the raw text is still worth showing.
            Some(text) => Some(
                SettingValue::parse(row.ty, text, Default::default())
                    .unwrap_or_else(|_| SettingValue::Text(text.to_string())),
            ),
            None => default.clone(),
        };
        let bound = |b: Option<f64>| {
            b.map(|x| match row.ty {
                SettingType::Double => serde_json::json!(x),
                _ => serde_json::json!(x as i64),
            })
        };
        SettingView {
            name: def.name.clone(),
            is_default: explicit.is_none() || value == default,
            value,
            default,
            ty: row.ty,
            kind: def.kind,
            area: def.area.clone(),
            min: bound(row.range.min),
            max: bound(row.range.max),
            range: Some(row.range.describe(row.ty)).filter(|r| !r.is_empty()),
            applies: in_force.is_some(),
            description: def.description.clone(),
        }
    }
}

/// The org's version and its explicitly set values (canonical name -> canonical text): what
/// every view is computed from, wherever the org lives.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: Version,
    pub explicit: BTreeMap<String, String>,
}

impl Snapshot {
    pub fn view(&self, def: &Definition) -> SettingView {
        SettingView::new(
            def,
            self.explicit.get(&def.name).map(String::as_str),
            self.version,
        )
    }

    /// The value in force: the explicit one, else the default at the org's version.
    pub fn value(&self, def: &Definition) -> Option<SettingValue> {
        self.view(def).value
    }

    /// The value a reset leaves: the default at the org's version.
    pub fn default_value(&self, def: &Definition) -> Option<SettingValue> {
        SettingView::new(def, None, self.version).value
    }
}

/// One setting's change, as set, reset, clear, remove, import and undo make it and print it.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub name: String,
    pub old: Option<SettingValue>,
    pub new: Option<SettingValue>,
    /// What the org holds before: the canonical text of an explicit value (an element of the
    /// blob, a column that differs from its default), or None.
    #[serde(skip)]
    pub old_stored: Option<String>,
    /// What it holds after; None removes the explicit value (back to the default).
    #[serde(skip)]
    pub stored: Option<String>,
}

impl Change {
    /// `def` made to hold `stored` (an explicit text, or None for no explicit value).
    pub fn to_stored(snapshot: &Snapshot, def: &Definition, stored: Option<String>) -> Change {
        Change {
            name: def.name.clone(),
            old: snapshot.value(def),
            new: SettingView::new(def, stored.as_deref(), snapshot.version).value,
            old_stored: snapshot.explicit.get(&def.name).cloned(),
            stored,
        }
    }

    /// An explicit value for `def`.
    pub fn set(snapshot: &Snapshot, def: &Definition, value: SettingValue) -> Change {
        Change::to_stored(snapshot, def, Some(value.to_string()))
    }

    /// Back to the default: an OrgDB setting is written with its default value (Dataverse has
    /// no per-setting delete; `remove` deletes the element), a column takes its default.
    pub fn reset(snapshot: &Snapshot, def: &Definition) -> Change {
        let stored = match def.kind {
            Kind::Orgdb => snapshot.default_value(def).map(|v| v.to_string()),
            Kind::Column => None,
        };
        Change::to_stored(snapshot, def, stored)
    }

    /// No explicit value: the element leaves the blob, a nullable column becomes null.
    pub fn remove(snapshot: &Snapshot, def: &Definition) -> Change {
        Change::to_stored(snapshot, def, None)
    }

    /// Whether the org would hold anything different afterwards.
    pub fn is_noop(&self) -> bool {
        self.old_stored == self.stored
    }
}

/// Refuses a change to a read-only setting, saying where it is changed instead.
pub fn check_writable(def: &Definition) -> Result<()> {
    if def.readonly {
        return Err(Error::new(
            Code::ReadOnlySetting,
            format!(
                "{} is read-only and cannot be changed with orgtrack: {}",
                def.name,
                def.changed_elsewhere()
            ),
        ));
    }
    Ok(())
}

/// Finds a setting by name (any case) or explains which names come closest (exit 3).
pub fn lookup(name: &str) -> Result<&'static Definition> {
    let catalog = Catalog::get();
    catalog.find(name).ok_or_else(|| {
        let near = catalog.closest(name, 5);
        let hint = if near.is_empty() {
            "; `orgtrack settings list --all` shows every known setting".to_string()
        } else {
            format!("; did you mean {}?", near.join(", "))
        };
        Error::new(
            Code::UnknownSetting,
            format!("unknown setting '{name}'{hint}"),
        )
    })
}

/// Checks a new value for `def` at the org's version. A setting that does not apply at that
/// version is refused unless `force` (then it is checked against its newest row).
pub fn check_value(
    def: &Definition,
    version: Version,
    force: bool,
    shown: &str,
    parse: impl Fn(&catalog::VersionRow) -> Result<SettingValue, String>,
) -> Result<SettingValue> {
    check_writable(def)?;
    let row = match def.row_for(version) {
        Some(row) => row,
        None if force => def.latest_row(),
        None => {
            return Err(Error::new(
                Code::NotApplicable,
                format!(
                    "{} does not apply to org version {version} (it applies to {}); use --force to set it anyway",
                    def.name,
                    applicable_versions(def)
                ),
            ));
        }
    };
    parse(row)
        .and_then(|value| check_meaning(def, value))
        .map_err(|why| {
            Error::new(
                Code::InvalidValue,
                format!(
                    "invalid value '{shown}' for {} ({}): {why}",
                    def.name, row.ty
                ),
            )
        })
}

/// Checks beyond type and range, for the few settings whose text has a grammar: a setting the
/// engine cannot use must not be stored, or every later sync would fail on it.
fn check_meaning(def: &Definition, value: SettingValue) -> Result<SettingValue, String> {
    if def.name.eq_ignore_ascii_case("hashfilterkeywords")
        && let SettingValue::Text(pattern) = &value
    {
        regex::Regex::new(pattern).map_err(|e| format!("not a usable regular expression: {e}"))?;
    }
    Ok(value)
}

/// "8.2.2.840 to 9.999.9999.9999" for each version row, as the catalogue writes the bounds.
pub fn applicable_versions(def: &Definition) -> String {
    def.rows
        .iter()
        .map(|row| match (&row.min_text, &row.max_text) {
            (Some(lo), Some(hi)) => format!("{lo} to {hi}"),
            (Some(lo), None) => format!("{lo} and later"),
            (None, Some(hi)) => format!("up to {hi}"),
            (None, None) => "every version".to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// What `settings set NAME VALUE` does with any text, for every setting of the catalog
        /// and each of its version rows: no panic, and an accepted value reads back the same
        /// from the text the state stores.
        #[test]
        fn any_text_for_any_setting(
            pick in proptest::num::usize::ANY,
            text in proptest::prop_oneof![
                "[ ]?[+-]?[0-9]{0,12}([.][0-9]{0,6})?[ ]?",
                "(?i)(true|false|yes|no|1|0)",
                ".{0,300}",
            ],
        ) {
            let definitions = Catalog::get().definitions();
            let def = &definitions[pick % definitions.len()];
            for row in &def.rows {
                let version = row.min_version;
                let checked = check_value(def, version, false, &text, |row| {
                    value::SettingValue::parse(row.ty, &text, row.range)
                });
                if let Ok(value) = checked {
                    let view = SettingView::new(def, Some(&value.to_string()), version);
                    proptest::prop_assert_eq!(view.value, Some(value));
                }
            }
        }
    }
}
