//! The settings catalog, compiled in from `data/settings.csv`: every OrgDBOrgSetting the
//! community catalog knows plus the organization columns behind the email tracking page.
//! A setting has one row per version range; the row in force follows the org's version.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::value::{Range, SettingType, SettingValue};
use crate::version::Version;

const CATALOG_CSV: &str = include_str!("../../data/settings.csv");

/// Where a setting is stored in Dataverse (the `is_organization_column` fact of the community
/// catalogue, and the organization table reference for the email columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An element of the `organization.orgdborgsettings` XML blob.
    Orgdb,
    /// A column of the `organization` table.
    Column,
}

/// Where a row's facts (default, range, versions) come from. Microsoft's documentation wins
/// where the sources disagree; the README lists those decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// "OrgDBOrgSettings for server-side synchronization".
    ServerSideSync,
    /// The community OrgDBOrgSettings catalogue that "Environment database settings" sends
    /// admins to (the editor's settings list).
    Community,
    /// The organization table reference.
    OrgTable,
    /// The email settings page of the Power Platform admin centre.
    AdminEmail,
    /// orgtrack's own reading where the sources leave a gap (see the README).
    Orgtrack,
}

impl Source {
    fn parse(word: &str) -> Option<Source> {
        Some(match word {
            "sss" => Source::ServerSideSync,
            "community" => Source::Community,
            "org-table" => Source::OrgTable,
            "admin-email" => Source::AdminEmail,
            "spec" => Source::Orgtrack,
            _ => return None,
        })
    }

    /// The page a row cites, as an admin can look it up.
    pub fn citation(self) -> &'static str {
        match self {
            Source::ServerSideSync => {
                "OrgDBOrgSettings for server-side synchronization (https://learn.microsoft.com/power-platform/admin/orgdborgsettings)"
            }
            Source::Community => {
                "the community OrgDBOrgSettings catalogue, linked from Environment database settings (https://learn.microsoft.com/power-platform/admin/environment-database-settings)"
            }
            Source::OrgTable => {
                "organization table reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/organization)"
            }
            Source::AdminEmail => {
                "Manage email settings, Power Platform admin centre (https://learn.microsoft.com/power-platform/admin/settings-email)"
            }
            Source::Orgtrack => {
                "orgtrack's reading of Microsoft's pages where they leave a gap (README, Settings catalogue decisions)"
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub ty: SettingType,
    pub default: Option<SettingValue>,
    pub range: Range,
    pub min_version: Version,
    pub max_version: Version,
    /// The bounds as the catalogue writes them (`9.1.0.4039`); None where there is no bound.
    pub min_text: Option<String>,
    pub max_text: Option<String>,
    pub source: Source,
    pub note: String,
}

impl VersionRow {
    pub fn applies_to(&self, version: Version) -> bool {
        self.min_version <= version && version <= self.max_version
    }
}

#[derive(Debug, Clone)]
pub struct Definition {
    pub name: String,
    pub kind: Kind,
    /// What `storage_name` gives.
    storage: String,
    /// Shown, never written: the note of its rows says where it is changed instead.
    pub readonly: bool,
    /// May be cleared (Dataverse keeps null); such a setting has no default.
    pub nullable: bool,
    pub area: String,
    pub description: String,
    pub rows: Vec<VersionRow>,
}

impl Definition {
    /// The name Dataverse knows it by: the element name inside `orgdborgsettings`, or the
    /// column's logical name (always lowercase).
    pub fn storage_name(&self) -> &str {
        &self.storage
    }

    /// Where an admin changes a read-only setting instead (its newest row's note).
    pub fn changed_elsewhere(&self) -> &str {
        &self.latest_row().note
    }

    /// The row in force at `version`, or None when the setting does not apply there.
    pub fn row_for(&self, version: Version) -> Option<&VersionRow> {
        self.rows.iter().find(|row| row.applies_to(version))
    }

    /// The row used to type-check a value when the setting does not apply (`--force`, or a
    /// stored value after a version change): the newest one.
    pub fn latest_row(&self) -> &VersionRow {
        self.rows
            .iter()
            .max_by_key(|row| row.max_version)
            .expect("every definition has a row")
    }
}

pub struct Catalog {
    definitions: Vec<Definition>,
    by_name: HashMap<String, usize>,
}

impl Catalog {
    pub fn get() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::parse(CATALOG_CSV).expect("data/settings.csv is valid"))
    }

    pub fn definitions(&self) -> &[Definition] {
        &self.definitions
    }

    /// Case-insensitive lookup.
    pub fn find(&self, name: &str) -> Option<&Definition> {
        self.by_name
            .get(&name.trim().to_ascii_lowercase())
            .map(|&i| &self.definitions[i])
    }

    /// Known names closest to a misspelt one, best first (`names::closest`).
    pub fn closest(&self, name: &str, limit: usize) -> Vec<&str> {
        crate::model::names::closest(
            name,
            self.definitions.iter().map(|d| d.name.as_str()),
            limit,
        )
    }

    fn parse(text: &str) -> Result<Catalog, String> {
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let header = split_csv_line(lines.next().ok_or("empty catalog")?);
        let expected = "name,kind,type,default,min,max,min_version,max_version,area,readonly,nullable,source,description,note";
        if header.join(",") != expected {
            return Err(format!("catalog header must be {expected}"));
        }
        let mut definitions: Vec<Definition> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for line in lines {
            let f = split_csv_line(line);
            if f.len() != 14 {
                return Err(format!("catalog line has {} fields: {line}", f.len()));
            }
            let ty = SettingType::parse(&f[2]).ok_or_else(|| format!("bad type in {line}"))?;
            let bound = |s: &str| -> Result<Option<f64>, String> {
                if s.is_empty() {
                    Ok(None)
                } else {
                    s.parse()
                        .map(Some)
                        .map_err(|_| format!("bad bound in {line}"))
                }
            };
            let range = Range {
                min: bound(&f[4])?,
                max: bound(&f[5])?,
            };
            let default = if f[3].is_empty() {
                None
            } else {
                // Defaults are facts from the catalog; they are not range-checked here (the data
                // file notes the rows whose default lies outside their own range).
                Some(
                    SettingValue::parse(ty, &f[3], Range::default())
                        .map_err(|e| format!("{e} in {line}"))?,
                )
            };
            let version = |s: &str, fallback: Version| -> Result<Version, String> {
                if s.is_empty() {
                    Ok(fallback)
                } else {
                    s.parse().map_err(|_| format!("bad version in {line}"))
                }
            };
            let flag = |s: &str| match s {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(format!("bad flag {s} in {line}")),
            };
            let (readonly, nullable) = (flag(&f[9])?, flag(&f[10])?);
            if nullable && default.is_some() {
                return Err(format!("a nullable setting has no default: {line}"));
            }
            let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
            let row = VersionRow {
                ty,
                default,
                range,
                min_version: version(&f[6], Version::MIN)?,
                max_version: version(&f[7], Version::MAX)?,
                min_text: text(&f[6]),
                max_text: text(&f[7]),
                source: Source::parse(&f[11]).ok_or_else(|| format!("bad source in {line}"))?,
                note: f[13].clone(),
            };
            let kind = match f[1].as_str() {
                "orgdb" => Kind::Orgdb,
                "column" => Kind::Column,
                other => return Err(format!("bad kind {other}")),
            };
            let key = f[0].to_ascii_lowercase();
            match by_name.get(&key) {
                Some(&i) => definitions[i].rows.push(row),
                None => {
                    by_name.insert(key, definitions.len());
                    let storage = match kind {
                        Kind::Orgdb => f[0].clone(),
                        Kind::Column => f[0].to_ascii_lowercase(),
                    };
                    definitions.push(Definition {
                        name: f[0].clone(),
                        kind,
                        storage,
                        readonly,
                        nullable,
                        area: f[8].clone(),
                        description: f[12].clone(),
                        rows: vec![row],
                    });
                }
            }
        }
        for def in &mut definitions {
            def.rows.sort_by_key(|row| row.min_version);
        }
        Ok(Catalog {
            definitions,
            by_name,
        })
    }
}

/// Splits one RFC 4180 line (the catalog has no embedded newlines).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_quotes_and_commas() {
        assert_eq!(
            split_csv_line(r#"a,"b, c","say ""hi""",,"#),
            vec!["a", "b, c", r#"say "hi""#, "", ""]
        );
    }

    /// What `describe` and the refusal of a read-only setting print: whole sentences, and for a
    /// read-only setting where it is changed instead.
    #[test]
    fn notes_are_sentences_and_read_only_settings_say_where_they_change() {
        for def in Catalog::get().definitions() {
            for row in &def.rows {
                assert!(
                    row.note.is_empty() || row.note.ends_with('.'),
                    "{}: {}",
                    def.name,
                    row.note
                );
                assert!(
                    !row.note.contains("SPEC") && !row.note.contains("csv"),
                    "{}: {}",
                    def.name,
                    row.note
                );
            }
            if def.readonly {
                assert!(!def.changed_elsewhere().is_empty(), "{}", def.name);
            }
        }
    }

    #[test]
    fn organization_columns_are_stored_by_their_lowercase_logical_name() {
        let def = Catalog::get().find("maxrecordsforexporttoexcel").unwrap();
        assert_eq!(def.kind, Kind::Column);
        assert_eq!(def.storage_name(), "maxrecordsforexporttoexcel");
        let orgdb = Catalog::get().find("trackcategorizeditems").unwrap();
        assert_eq!(orgdb.storage_name(), "TrackCategorizedItems");
    }
}
