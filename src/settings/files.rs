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

/// Reads a settings file into (name, value) pairs; XML values come back as strings.
pub fn read(format: FileFormat, text: &str) -> Result<Vec<(String, Value)>, String> {
    let text = text.trim_start_matches('\u{feff}');
    match format {
        FileFormat::Xml => Ok(xml::parse(text)?
            .into_iter()
            .map(|(n, v)| (n, Value::String(v)))
            .collect()),
        FileFormat::Json => {
            let doc: Value =
                serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
            match doc {
                Value::Object(map) => Ok(map.into_iter().collect()),
                _ => Err("expected a JSON object mapping setting names to values".into()),
            }
        }
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
