//! Times: RFC 3339 UTC everywhere (stored, printed, JSON), parsed leniently from users.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

use crate::error::{Error, Result};

pub fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Accepts RFC 3339 (`2026-11-21T09:00:00Z`, with any offset), `2026-11-21 09:00[:00]` (UTC) or
/// a date alone (midnight UTC).
pub fn parse_user(text: &str) -> Result<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    for layout in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, layout) {
            return Ok(t.and_utc());
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc());
    }
    Err(Error::invalid(
        "invalid_time",
        format!(
            "invalid time '{text}': use RFC 3339 (2026-11-21T09:00:00Z), '2026-11-21 09:00' (UTC) or a date"
        ),
    ))
}

pub fn parse_stored(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Error::state(
                "state_corrupt",
                format!("the state holds an invalid time '{text}'"),
            )
        })
}

/// `#[serde(with = "time::rfc3339")]` for `DateTime<Utc>` fields of the JSON contract.
pub mod rfc3339 {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&super::format(*t))
    }
}

/// `#[serde(with = "time::rfc3339_opt")]` for optional times (`null` when absent).
pub mod rfc3339_opt {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(&super::format(*t)),
            None => s.serialize_none(),
        }
    }
}
