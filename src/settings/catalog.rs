//! The settings catalog, compiled in from `data/settings.csv`: every OrgDBOrgSetting the
//! community catalog knows plus the organization columns behind the email tracking page.
//! A setting has one row per version range; the row in force follows the org's version.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::value::{Range, SettingType, SettingValue};
use crate::version::Version;

const CATALOG_CSV: &str = include_str!("../../data/settings.csv");

/// Where a setting is stored in Dataverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An element of the `organization.orgdborgsettings` XML blob.
    Orgdb,
    /// A column of the `organization` table.
    Column,
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub ty: SettingType,
    pub default: Option<SettingValue>,
    pub range: Range,
    pub min_version: Version,
    pub max_version: Version,
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
    pub area: String,
    pub description: String,
    pub rows: Vec<VersionRow>,
}

impl Definition {
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

    /// Known names closest to a misspelt one, best first: names containing it, then names within a
    /// small edit distance.
    pub fn closest(&self, name: &str, limit: usize) -> Vec<&str> {
        let wanted = name.trim().to_ascii_lowercase();
        let mut scored: Vec<(usize, &str)> = self
            .definitions
            .iter()
            .filter_map(|def| {
                let candidate = def.name.to_ascii_lowercase();
                let score = if !wanted.is_empty() && candidate.contains(&wanted) {
                    0
                } else {
                    edit_distance(&wanted, &candidate)
                };
                (score <= 2 + wanted.len() / 4).then_some((score, def.name.as_str()))
            })
            .collect();
        scored.sort();
        scored
            .into_iter()
            .take(limit)
            .map(|(_, name)| name)
            .collect()
    }

    fn parse(text: &str) -> Result<Catalog, String> {
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let header = split_csv_line(lines.next().ok_or("empty catalog")?);
        let expected =
            "name,kind,type,default,min,max,min_version,max_version,area,description,note";
        if header.join(",") != expected {
            return Err(format!("catalog header must be {expected}"));
        }
        let mut definitions: Vec<Definition> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for line in lines {
            let f = split_csv_line(line);
            if f.len() != 11 {
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
            let row = VersionRow {
                ty,
                default,
                range,
                min_version: version(&f[6], Version::MIN)?,
                max_version: version(&f[7], Version::MAX)?,
                note: f[10].clone(),
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
                    definitions.push(Definition {
                        name: f[0].clone(),
                        kind,
                        area: f[8].clone(),
                        description: f[9].clone(),
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

fn edit_distance(a: &str, b: &str) -> usize {
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

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(
            edit_distance("trackcategorizeditem", "trackcategorizeditems"),
            1
        );
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
