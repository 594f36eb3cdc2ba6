//! Export and import files: the `<OrgSettings>` XML blob, or a flat TOML / JSON map of setting
//! name to typed value. Pure: reads and writes text, knows nothing of the state file.

use std::collections::BTreeMap;

use clap::ValueEnum;
use serde_json::Value;

use super::xml;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    Toml,
    Json,
    Xml,
}

impl FileFormat {
    /// Picks the format from the file name, else from the first meaningful character.
    pub fn detect(path: &str, text: &str) -> FileFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".xml") {
            return FileFormat::Xml;
        }
        if lower.ends_with(".json") {
            return FileFormat::Json;
        }
        if lower.ends_with(".toml") {
            return FileFormat::Toml;
        }
        match text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .chars()
            .next()
        {
            Some('<') => FileFormat::Xml,
            Some('{') => FileFormat::Json,
            _ => FileFormat::Toml,
        }
    }
}

/// The most entries a settings file may hold: several times the catalog, so that no real file
/// comes near it, and a file of a million names is refused at once instead of checked name by
/// name.
pub const MAX_ENTRIES: usize = 10_000;

/// The largest settings file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 8 << 20;

/// The longest value a settings file may hold, in characters. Longer ones are refused without
/// being repeated in the message.
pub const MAX_VALUE_CHARS: usize = 10_000;

/// Reads a settings file into (name, value) pairs in file order, a name given twice twice (the
/// caller refuses that); XML values come back as strings.
pub fn read(format: FileFormat, text: &str) -> Result<Vec<(String, Value)>, String> {
    let entries = parse(format, text.trim_start_matches('\u{feff}'))?;
    if entries.len() > MAX_ENTRIES {
        return Err(format!(
            "the file holds {} entries; a settings file holds at most {MAX_ENTRIES}",
            entries.len()
        ));
    }
    for (name, value) in &entries {
        if let Value::String(text) = value
            && text.chars().count() > MAX_VALUE_CHARS
        {
            return Err(format!(
                "the value of {} is {} characters long; values are at most {MAX_VALUE_CHARS}",
                shorten(name),
                text.chars().count()
            ));
        }
    }
    Ok(entries)
}

/// A name from the file as a message may quote it: long ones cut.
fn shorten(name: &str) -> String {
    const SHOWN: usize = 80;
    if name.chars().count() <= SHOWN {
        return name.to_string();
    }
    let head: String = name.chars().take(SHOWN).collect();
    format!("{head}...")
}

fn parse(format: FileFormat, text: &str) -> Result<Vec<(String, Value)>, String> {
    match format {
        FileFormat::Xml => Ok(xml::parse(text)?
            .into_iter()
            .map(|(n, v)| (n, Value::String(v)))
            .collect()),
        FileFormat::Json => match serde_json::from_str::<Pairs>(text) {
            Ok(Pairs(pairs)) => Ok(pairs),
            Err(e) if e.classify() == serde_json::error::Category::Data => {
                Err("expected a JSON object mapping setting names to values".into())
            }
            Err(e) => Err(format!("not valid JSON: {e}")),
        },
        FileFormat::Toml => {
            let doc: toml::Table =
                toml::from_str(text).map_err(|e| format!("not valid TOML: {e}"))?;
            doc.into_iter()
                .map(|(name, value)| {
                    let json = match value {
                        toml::Value::String(s) => Value::String(s),
                        toml::Value::Integer(i) => Value::from(i),
                        toml::Value::Float(f) => Value::from(f),
                        toml::Value::Boolean(b) => Value::Bool(b),
                        other => {
                            return Err(format!(
                                "{name}: expected a plain value, found a {}",
                                other.type_str()
                            ));
                        }
                    };
                    Ok((name, json))
                })
                .collect()
        }
    }
}

/// A JSON settings object as the pairs it is written with. Read as a map it would keep the last
/// of two equal keys; as pairs it keeps both, so a name given twice is refused as in TOML and XML.
struct Pairs(Vec<(String, Value)>);

impl<'de> serde::Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Writes typed values. `entries` are (name, value, is_orgdb); XML keeps only OrgDB settings
/// because columns are not part of the blob.
pub fn write(format: FileFormat, entries: &[(String, Value, bool)]) -> String {
    match format {
        FileFormat::Xml => xml::write(
            entries
                .iter()
                .filter(|(_, _, orgdb)| *orgdb)
                .map(|(n, v, _)| (n.as_str(), plain_text(v))),
        ),
        FileFormat::Json => {
            let map: serde_json::Map<String, Value> = entries
                .iter()
                .map(|(n, v, _)| (n.clone(), v.clone()))
                .collect();
            format!(
                "{}\n",
                serde_json::to_string_pretty(&Value::Object(map)).expect("a map renders")
            )
        }
        FileFormat::Toml => {
            let map: BTreeMap<&str, toml::Value> = entries
                .iter()
                .filter_map(|(n, v, _)| to_toml(v).map(|t| (n.as_str(), t)))
                .collect();
            toml::to_string(&map).expect("a flat map renders")
        }
    }
}

fn plain_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn to_toml(value: &Value) -> Option<toml::Value> {
    Some(match value {
        Value::Bool(b) => toml::Value::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(n.as_f64()?),
        },
        Value::String(s) => toml::Value::String(s.clone()),
        _ => return None,
    })
}
