//! A zone defined by a VTIMEZONE's own rules (RFC 5545 section 3.6.5): each STANDARD or
//! DAYLIGHT observance starts at its DTSTART (a local time in its TZOFFSETFROM), again at every
//! RRULE instance and RDATE, and brings its TZOFFSETTO. Outlook writes such zones for its
//! "Customized Time Zone" and for zones it names by a display name only the file explains.

use chrono::{Duration, FixedOffset, NaiveDate, NaiveDateTime};

use super::parse::Component;
use super::parse_offset;
use super::recur::{self, Bounds, Rule};

/// Onsets are computed up to this year; a zone's rules rarely reach further and an event
/// beyond it keeps the last offset.
const LAST_YEAR: i32 = 2200;
/// At most this many onsets per observance (a yearly rule from 1601 to 2200 has 600).
const MAX_ONSETS: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// The offset before the first onset: the first observance's TZOFFSETFROM.
    initial: FixedOffset,
    /// Every onset as a UTC time with the offset it brings, in time order.
    onsets: Vec<(NaiveDateTime, FixedOffset)>,
}

impl Rules {
    /// The rules of a VTIMEZONE; Err names what is missing when no observance is usable.
    pub fn new(zone: &Component) -> Result<Rules, String> {
        let mut onsets = Vec::new();
        let mut problems = Vec::new();
        for observance in zone
            .children
            .iter()
            .filter(|c| c.name == "STANDARD" || c.name == "DAYLIGHT")
        {
            match observance_onsets(observance) {
                Ok(found) => onsets.extend(found),
                Err(reason) => problems.push(format!("{}: {reason}", observance.name)),
            }
        }
        if onsets.is_empty() {
            return Err(if problems.is_empty() {
                "it has no STANDARD or DAYLIGHT rules".to_string()
            } else {
                problems.join("; ")
            });
        }
        onsets.sort_by_key(|(at, from, _)| (*at, from.local_minus_utc()));
        let initial = onsets[0].1;
        Ok(Rules {
            initial,
            onsets: onsets.into_iter().map(|(at, _, to)| (at, to)).collect(),
        })
    }

    /// The offset in force at a UTC time.
    pub fn offset_at(&self, utc: NaiveDateTime) -> FixedOffset {
        match self.onsets.partition_point(|(at, _)| *at <= utc) {
            0 => self.initial,
            n => self.onsets[n - 1].1,
        }
    }

    /// The UTC time of a local one: of the offsets that read it back, the earliest instant (a
    /// time that occurs twice takes the first); in a gap, the offset in force before it.
    pub fn to_utc(&self, local: NaiveDateTime) -> NaiveDateTime {
        let mut offsets: Vec<FixedOffset> = std::iter::once(self.initial)
            .chain(self.onsets.iter().map(|(_, to)| *to))
            .collect();
        offsets.sort_by_key(|o| o.local_minus_utc());
        offsets.dedup();
        offsets
            .iter()
            .map(|o| local - seconds(*o))
            .filter(|utc| local - seconds(self.offset_at(*utc)) == *utc)
            .min()
            .unwrap_or_else(|| local - seconds(self.offset_at(local - Duration::days(1))))
    }

    pub fn to_local(&self, utc: NaiveDateTime) -> NaiveDateTime {
        utc + seconds(self.offset_at(utc))
    }
}

fn seconds(offset: FixedOffset) -> Duration {
    Duration::seconds(offset.local_minus_utc().into())
}

/// One observance's onsets: (UTC time, offset before, offset after).
fn observance_onsets(
    observance: &Component,
) -> Result<Vec<(NaiveDateTime, FixedOffset, FixedOffset)>, String> {
    let offset = |name: &str| {
        observance
            .property(name)
            .and_then(|p| parse_offset(&p.value))
            .ok_or_else(|| format!("no usable {name}"))
    };
    let from = offset("TZOFFSETFROM")?;
    let to = offset("TZOFFSETTO")?;
    let start = observance
        .property("DTSTART")
        .and_then(|p| recur::parse_date_time(p.value.trim()))
        .ok_or("no usable DTSTART")?;
    let horizon = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31)
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .expect("a valid date");
    let mut locals = vec![start];
    for rule in observance.all("RRULE") {
        let rule: Rule = rule
            .value
            .parse()
            .map_err(|e| format!("RRULE {}: {e}", rule.value.trim()))?;
        let until = rule.until.map(|u| u.local(|utc| utc + seconds(from)));
        let bounds = Bounds {
            max: MAX_ONSETS,
            horizon,
        };
        locals.extend(recur::expand(&rule, start, false, until, bounds).instances);
    }
    for rdate in observance.all("RDATE") {
        for value in rdate.value.split(',') {
            let value = value.trim();
            let value = value.split_once('/').map_or(value, |(from, _)| from);
            locals.extend(recur::parse_date_time(value.trim_end_matches(['Z', 'z'])));
        }
    }
    Ok(locals
        .into_iter()
        .map(|local| (local - seconds(from), from, to))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::ics::parse;

    fn rules(text: &str) -> Rules {
        let root = parse::parse(text).unwrap().root;
        Rules::new(&root.children[0]).unwrap()
    }

    fn at(text: &str) -> NaiveDateTime {
        recur::parse_date_time(text).unwrap()
    }

    const CENTRAL_EUROPE: &str = "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\n\
BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n\
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n\
BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n\
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n";

    #[test]
    fn yearly_rules_switch_on_their_days() {
        let zone = rules(CENTRAL_EUROPE);
        assert_eq!(zone.to_utc(at("20260105T090000")), at("20260105T080000"));
        assert_eq!(zone.to_utc(at("20260705T090000")), at("20260705T070000"));
        // 2026-03-29 02:30 does not exist: the offset before the gap (+01:00).
        assert_eq!(zone.to_utc(at("20260329T023000")), at("20260329T013000"));
        // 2026-10-25 02:30 occurs twice: the first (+02:00).
        assert_eq!(zone.to_utc(at("20261025T023000")), at("20261025T003000"));
        assert_eq!(zone.to_local(at("20261025T013000")), at("20261025T023000"));
    }

    #[test]
    fn rdates_and_a_zone_without_daylight_saving() {
        let zone = rules(
            "BEGIN:VTIMEZONE\nTZID:Old rules\nBEGIN:STANDARD\nDTSTART:19700101T000000\n\
TZOFFSETFROM:+0530\nTZOFFSETTO:+0530\nEND:STANDARD\n\
BEGIN:DAYLIGHT\nDTSTART:20300601T000000\nRDATE:20300601T000000,20310601T000000\n\
TZOFFSETFROM:+0530\nTZOFFSETTO:+0630\nEND:DAYLIGHT\nEND:VTIMEZONE\n",
        );
        assert_eq!(zone.to_utc(at("20260105T120000")), at("20260105T063000"));
        assert_eq!(zone.to_utc(at("20310701T120000")), at("20310701T053000"));
    }

    #[test]
    fn a_zone_without_rules_is_refused() {
        let root = parse::parse("BEGIN:VTIMEZONE\nTZID:x\nEND:VTIMEZONE\n")
            .unwrap()
            .root;
        assert!(Rules::new(&root.children[0]).is_err());
    }
}
