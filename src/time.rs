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

/// The longest duration a user may give (a year), so minute counts stay far from overflow.
const MAX_DURATION_MINUTES: i64 = 366 * 24 * 60;

/// A duration as users write it: a whole number and a unit, `m` (minutes), `h` (hours) or `d`
/// (days): `30m`, `2h`, `1d`; `0` alone is no time at all. Returns whole minutes.
pub fn parse_duration(text: &str) -> Result<i64> {
    let trimmed = text.trim();
    let bad = || {
        Error::invalid(
            "invalid_duration",
            format!(
                "invalid duration '{text}': use a whole number and a unit m, h or d (30m, 2h, 1d), or 0, up to 366d"
            ),
        )
    };
    if trimmed == "0" {
        return Ok(0);
    }
    let unit = trimmed.chars().last().ok_or_else(bad)?;
    let per_unit = match unit.to_ascii_lowercase() {
        'm' => 1,
        'h' => 60,
        'd' => 24 * 60,
        _ => return Err(bad()),
    };
    let digits = &trimmed[..trimmed.len() - 1];
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let minutes = digits
        .parse::<i64>()
        .ok()
        .and_then(|n| n.checked_mul(per_unit))
        .filter(|m| *m <= MAX_DURATION_MINUTES)
        .ok_or_else(bad)?;
    Ok(minutes)
}

/// Minutes in the largest unit that divides them: `90m`, `2h`, `1d`, `0`.
pub fn format_duration(minutes: i64) -> String {
    match minutes {
        0 => "0".to_string(),
        m if m % (24 * 60) == 0 => format!("{}d", m / (24 * 60)),
        m if m % 60 == 0 => format!("{}h", m / 60),
        m => format!("{m}m"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_minutes_hours_and_days() {
        assert_eq!(parse_duration("30m").unwrap(), 30);
        assert_eq!(parse_duration(" 2h ").unwrap(), 120);
        assert_eq!(parse_duration("1D").unwrap(), 1440);
        assert_eq!(parse_duration("0").unwrap(), 0);
        assert_eq!(parse_duration("0h").unwrap(), 0);
        assert_eq!(parse_duration("366d").unwrap(), 366 * 1440);
        for bad in [
            "",
            "m",
            "2",
            "2x",
            "-1h",
            "1.5h",
            "h2",
            "2 h",
            "367d",
            "99999999999999999999d",
            "1h30m",
        ] {
            let err = parse_duration(bad).unwrap_err();
            assert_eq!(err.code, "invalid_duration", "{bad:?}");
            assert_eq!(err.exit_code(), 4);
        }
    }

    #[test]
    fn durations_print_in_their_largest_whole_unit() {
        assert_eq!(format_duration(0), "0");
        assert_eq!(format_duration(90), "90m");
        assert_eq!(format_duration(120), "2h");
        assert_eq!(format_duration(2880), "2d");
        for text in ["45m", "3h", "7d"] {
            assert_eq!(format_duration(parse_duration(text).unwrap()), text);
        }
    }
}
