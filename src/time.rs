//! Times: RFC 3339 UTC everywhere (stored, printed, JSON), parsed leniently from users.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

use crate::error::{Code, Error, Result};

pub fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// What every time option accepts, said once for every error message (README "Times").
const TIME_FORMS: &str = "RFC 3339 (2026-11-21T09:00:00Z), '2026-11-21 09:00' (UTC), a date \
(2026-11-21), now, today, yesterday, tomorrow, or a distance from now: 1h or -2d (ago), +30m \
(ahead), in s, m, h, d or w";

/// A time as users write it. Absolute forms: RFC 3339 (`2026-11-21T09:00:00Z`, any offset),
/// `2026-11-21 09:00[:00]` (UTC) or a date alone (midnight UTC). Forms relative to `now` (the
/// simulated clock for the simulator, the wall clock for a remote environment): `now`, `today`,
/// `yesterday`, `tomorrow` (midnight UTC) and distances: `1h` and `-1h` mean an hour ago (the
/// way `--since 1h` reads), `+1h` an hour ahead (the way `sync --until +1h` reads).
pub fn parse_user(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let text = text.trim();
    let t = parse_absolute(text)
        .or_else(|| parse_relative(text, now))
        .ok_or_else(|| {
            Error::new(
                Code::InvalidTime,
                format!("invalid time '{text}': use {TIME_FORMS}"),
            )
        })?;
    if !in_range(t) {
        return Err(Error::new(
            Code::TimeOutOfRange,
            format!(
                "time '{text}' is out of range: times must lie between {EARLIEST_YEAR}-01-01 and {LATEST_YEAR}-01-01"
            ),
        ));
    }
    Ok(t)
}

/// The range of times orgtrack accepts and lets its clock reach: far beyond any real use, and
/// far from year 10000, past which a time has no RFC 3339 text to be stored and read back as.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 9000;

pub fn in_range(t: DateTime<Utc>) -> bool {
    (EARLIEST_YEAR..LATEST_YEAR).contains(&t.year())
}

fn parse_absolute(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    for layout in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, layout) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .map(midnight)
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc()
}

fn parse_relative(text: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let today = now.date_naive();
    match text.to_ascii_lowercase().as_str() {
        "now" => return Some(now),
        "today" => return Some(midnight(today)),
        "yesterday" => return today.pred_opt().map(midnight),
        "tomorrow" => return today.succ_opt().map(midnight),
        _ => {}
    }
    let (ahead, distance) = match text.as_bytes().first()? {
        b'+' => (true, &text[1..]),
        b'-' => (false, &text[1..]),
        _ => (false, text),
    };
    let unit = distance.chars().last()?;
    let seconds_per_unit = match unit.to_ascii_lowercase() {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        'w' => 7 * 86_400,
        _ => return None,
    };
    let digits = &distance[..distance.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds = digits.parse::<i64>().ok()?.checked_mul(seconds_per_unit)?;
    let delta = chrono::TimeDelta::try_seconds(seconds)?;
    if ahead {
        now.checked_add_signed(delta)
    } else {
        now.checked_sub_signed(delta)
    }
}

/// The longest duration a user may give (a year), so minute counts stay far from overflow.
const MAX_DURATION_MINUTES: i64 = 366 * 24 * 60;

/// A duration as users write it: a whole number and a unit, `m` (minutes), `h` (hours) or `d`
/// (days): `30m`, `2h`, `1d`; `0` alone is no time at all. Returns whole minutes.
pub fn parse_duration(text: &str) -> Result<i64> {
    let trimmed = text.trim();
    let bad = || {
        Error::new(
            Code::InvalidDuration,
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
            Error::new(
                Code::StateCorrupt,
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

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn times_read_absolute_named_and_relative_forms() {
        let now = at("2026-01-05T09:30:00Z");
        for (text, want) in [
            ("2026-11-21T09:00:00+02:00", "2026-11-21T07:00:00Z"),
            ("2026-11-21 09:00", "2026-11-21T09:00:00Z"),
            ("2026-11-21", "2026-11-21T00:00:00Z"),
            ("now", "2026-01-05T09:30:00Z"),
            ("Today", "2026-01-05T00:00:00Z"),
            ("yesterday", "2026-01-04T00:00:00Z"),
            ("tomorrow", "2026-01-06T00:00:00Z"),
            ("1h", "2026-01-05T08:30:00Z"),
            ("-2d", "2026-01-03T09:30:00Z"),
            ("+30m", "2026-01-05T10:00:00Z"),
            ("+1w", "2026-01-12T09:30:00Z"),
            ("90s", "2026-01-05T09:28:30Z"),
        ] {
            assert_eq!(parse_user(text, now).unwrap(), at(want), "{text}");
        }
        for bad in [
            "",
            "h",
            "+",
            "1.5h",
            "1x",
            "+-1h",
            "soon",
            "99999999999999999999d",
        ] {
            let err = parse_user(bad, now).unwrap_err();
            assert_eq!(err.code, Code::InvalidTime, "{bad:?}");
            assert!(err.message.contains("yesterday"), "{}", err.message);
        }
    }

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
            assert_eq!(err.code, Code::InvalidDuration, "{bad:?}");
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
