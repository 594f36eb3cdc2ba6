//! iCalendar files (RFC 5545) read into events: the appointments and recurring series that
//! `calendar import` creates.
//!
//! Read from each VEVENT: UID, SUMMARY, LOCATION, DESCRIPTION, DTSTART, DTEND or DURATION,
//! ORGANIZER, ATTENDEE, STATUS, RRULE (several are united), RDATE, EXDATE, and the VEVENTs that
//! share a UID and carry RECURRENCE-ID (one occurrence changed or cancelled, or with
//! RANGE=THISANDFUTURE every later one moved). Times:
//! - `...Z` is UTC; `TZID=` names a zone: IANA, Windows or an Outlook display name (see [`tz`]
//!   and [`display_names`]), or else the file's VTIMEZONE with that TZID gives its
//!   X-LIC-LOCATION, or failing that its STANDARD/DAYLIGHT rules (see [`vtimezone`]). A display
//!   name that names no place we know is read at its stated offset, with a warning that daylight
//!   saving is unknown; any other unknown TZID is read as UTC, with a warning naming it.
//! - Floating times (no zone) are read as UTC: the simulated org has no time zone of its own.
//! - `VALUE=DATE` makes an all-day event: it starts at midnight UTC of that date and lasts the
//!   days up to DTEND (one day when DTEND is missing). A timed event without DTEND or DURATION
//!   lasts no time.
//! - A local time that falls in a daylight-saving gap takes the offset in force before the gap;
//!   one that occurs twice takes the first.
//!
//! Expansion is bounded: [`MAX_OCCURRENCES`] occurrences per event, none more than
//! [`HORIZON_YEARS`] years after DTSTART; a series cut short says so (`truncated`).
//!
//! A file fails as a whole (Err with the reason) when its BEGIN/END blocks do not match, or it
//! holds no VCALENDAR. Within a good file, a line that is not a content line (a quoted property
//! name, an unterminated quoted parameter) is left out and listed in `malformed` (the caller
//! warns, or refuses the file under `--strict`), and a VEVENT that cannot be used (no DTSTART,
//! a bad date, a bad RRULE) is left out with a warning, so one broken line or event does not lose
//! the others.

pub mod display_names;
pub mod parse;
pub mod recur;
pub mod tz;
pub mod vtimezone;

use std::collections::BTreeMap;

use chrono::{
    DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;

use self::parse::{Component, Property, unescape};
use self::recur::{Bounds, Rule};
use self::vtimezone::Rules;

pub const MAX_OCCURRENCES: usize = 1000;
pub const HORIZON_YEARS: i32 = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    pub events: Vec<Event>,
    /// What was left out or guessed, one sentence each, naming the event.
    pub warnings: Vec<String>,
    /// The lines left out because they are not content lines, in file order.
    pub malformed: Vec<parse::Malformed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub all_day: bool,
    /// The zone DTSTART was given in (IANA name, `UTC`, a fixed offset, or the TZID of the
    /// file's VTIMEZONE whose rules were used); None when floating.
    pub time_zone: Option<String>,
    /// Email addresses (`mailto:` removed).
    pub organizer: Option<String>,
    /// The event names an organizer with no email address (Outlook writes `invalid:nomail`).
    pub organizer_without_address: bool,
    /// `CLASS:PRIVATE`: marked private in Outlook.
    pub private: bool,
    pub attendees: Vec<String>,
    /// As written, uppercase: TENTATIVE, CONFIRMED, CANCELLED.
    pub status: Option<String>,
    /// The RRULE values as written; empty for a single appointment.
    pub rrules: Vec<String>,
    /// A series: it has an RRULE or RDATEs.
    pub recurring: bool,
    /// Every occurrence in start order (one for a single appointment), after EXDATE and
    /// RECURRENCE-ID changes.
    pub occurrences: Vec<Occurrence>,
    /// The expansion stopped at a bound before the series ended.
    pub truncated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The original start, which identifies the occurrence (its RECURRENCE-ID).
    pub recurrence_id: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Changed by a VEVENT with a RECURRENCE-ID.
    pub overridden: bool,
}

pub fn parse_calendar(bytes: &[u8]) -> Result<Calendar, String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    let parse::Parsed { root, malformed } =
        parse::parse(text).map_err(|reason| format!("not a calendar: {reason}"))?;
    let mut calendars = Vec::new();
    if root.children.iter().all(|c| c.name != "VCALENDAR") {
        return Err("not a calendar: no BEGIN:VCALENDAR".into());
    }
    root.descendants("VCALENDAR", &mut calendars);
    let mut out = Calendar {
        events: Vec::new(),
        warnings: Vec::new(),
        malformed,
    };
    for calendar in calendars {
        read_calendar(calendar, &mut out);
    }
    Ok(out)
}

fn read_calendar(calendar: &Component, out: &mut Calendar) {
    let zones = Zones::new(calendar);
    // Group by UID, keeping file order: a master and the RECURRENCE-ID changes to it.
    let mut groups: BTreeMap<String, (usize, Vec<&Component>)> = BTreeMap::new();
    for (index, event) in calendar
        .children
        .iter()
        .filter(|c| c.name == "VEVENT")
        .enumerate()
    {
        let uid = match event.property("UID").map(|p| unescape(&p.value)) {
            Some(uid) if !uid.trim().is_empty() => uid.trim().to_string(),
            _ => derived_uid(event),
        };
        groups
            .entry(uid)
            .or_insert((index, Vec::new()))
            .1
            .push(event);
    }
    let mut ordered: Vec<(String, (usize, Vec<&Component>))> = groups.into_iter().collect();
    ordered.sort_by_key(|(_, (index, _))| *index);
    for (uid, (_, members)) in ordered {
        let (masters, changes): (Vec<&Component>, Vec<&Component>) = members
            .into_iter()
            .partition(|c| c.property("RECURRENCE-ID").is_none());
        let mut reader = Reader {
            zones: &zones,
            uid: &uid,
            warnings: &mut out.warnings,
        };
        match masters.split_first() {
            Some((master, extra)) => {
                if !extra.is_empty() {
                    reader.warn(&format!(
                        "{} more VEVENTs without RECURRENCE-ID share this UID; the first is used",
                        extra.len()
                    ));
                }
                out.events.extend(reader.event(master, &changes));
            }
            // Changes whose series is not in the file: each is an appointment of its own.
            None => {
                for change in changes {
                    out.events.extend(reader.event(change, &[]));
                }
            }
        }
    }
}

/// A UID for a VEVENT that has none, stable for the same content.
fn derived_uid(event: &Component) -> String {
    let mut text = String::new();
    for property in &event.properties {
        text.push_str(&property.name);
        text.push(':');
        text.push_str(&property.value);
        text.push('\n');
    }
    format!(
        "derived.{:016x}@orgtrack.invalid",
        crate::import::eml::fnv1a64(text.as_bytes())
    )
}

/// How a time value's wall-clock reading becomes an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone<'a> {
    /// No zone (floating, or a date): read as UTC.
    Floating,
    Utc,
    Tz(Tz),
    Fixed(FixedOffset),
    /// A VTIMEZONE of the file, by its TZID.
    Rules(&'a str, &'a Rules),
}

impl Zone<'_> {
    fn to_utc(self, local: NaiveDateTime) -> DateTime<Utc> {
        match self {
            Zone::Floating | Zone::Utc => local.and_utc(),
            Zone::Fixed(offset) => {
                (local - Duration::seconds(offset.local_minus_utc().into())).and_utc()
            }
            Zone::Tz(tz) => match tz.from_local_datetime(&local).earliest() {
                Some(t) => t.with_timezone(&Utc),
                None => {
                    // In a gap: the offset in force before it (RFC 5545 section 3.3.5).
                    let before = tz
                        .from_local_datetime(&(local - Duration::hours(3)))
                        .earliest()
                        .map_or(0, |t| t.offset().fix().local_minus_utc());
                    (local - Duration::seconds(before.into())).and_utc()
                }
            },
            Zone::Rules(_, rules) => rules.to_utc(local).and_utc(),
        }
    }

    fn to_local(self, utc: NaiveDateTime) -> NaiveDateTime {
        match self {
            Zone::Floating | Zone::Utc => utc,
            Zone::Fixed(offset) => utc + Duration::seconds(offset.local_minus_utc().into()),
            Zone::Tz(tz) => tz.from_utc_datetime(&utc).naive_local(),
            Zone::Rules(_, rules) => rules.to_local(utc),
        }
    }

    fn name(self) -> Option<String> {
        match self {
            Zone::Floating => None,
            Zone::Utc => Some("UTC".into()),
            Zone::Tz(tz) => Some(tz.name().to_string()),
            Zone::Fixed(offset) => Some(offset.to_string()),
            Zone::Rules(tzid, _) => Some(tzid.to_string()),
        }
    }
}

/// The file's VTIMEZONEs, consulted for TZIDs that are not zone names we know.
struct Zones {
    defined: BTreeMap<String, Defined>,
}

/// What a VTIMEZONE gives: an IANA zone named by X-LIC-LOCATION, its own rules, or why neither.
enum Defined {
    Location(Tz),
    Rules(Rules),
    Unusable(String),
}

impl Zones {
    fn new(calendar: &Component) -> Zones {
        let mut defined = BTreeMap::new();
        for zone in calendar.children.iter().filter(|c| c.name == "VTIMEZONE") {
            let Some(tzid) = zone.property("TZID") else {
                continue;
            };
            let location = zone
                .property("X-LIC-LOCATION")
                .and_then(|p| tz::resolve(&p.value));
            let definition = match location {
                Some(tz) => Defined::Location(tz),
                None => Rules::new(zone).map_or_else(Defined::Unusable, Defined::Rules),
            };
            defined.insert(tzid.value.trim().to_string(), definition);
        }
        Zones { defined }
    }
}

/// `+0100`, `-0500`, `+005328`.
fn parse_offset(text: &str) -> Option<FixedOffset> {
    let text = text.trim();
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..4].parse().ok()?;
    let seconds: i32 = match &digits[4..] {
        "" => 0,
        seconds => seconds.parse().ok()?,
    };
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60 + seconds))
}

/// A DATE or DATE-TIME value with the zone it is read in.
#[derive(Debug, Clone, Copy)]
struct When<'a> {
    local: NaiveDateTime,
    date_only: bool,
    zone: Zone<'a>,
}

impl When<'_> {
    fn utc(self) -> DateTime<Utc> {
        self.zone.to_utc(self.local)
    }
}

struct Reader<'a> {
    zones: &'a Zones,
    uid: &'a str,
    warnings: &'a mut Vec<String>,
}

impl<'a> Reader<'a> {
    /// Records a warning once (a zone can be named by many properties of one event).
    fn warn(&mut self, text: &str) {
        let warning = format!("event {}: {text}", self.uid);
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// One event from its master VEVENT and the VEVENTs that change its occurrences; None (with
    /// a warning) when it cannot be used.
    fn event(&mut self, master: &Component, changes: &[&Component]) -> Option<Event> {
        match self.try_event(master, changes) {
            Ok(event) => Some(event),
            Err(reason) => {
                self.warn(&format!("{reason}; left out"));
                None
            }
        }
    }

    fn try_event(&mut self, master: &Component, changes: &[&Component]) -> Result<Event, String> {
        let start_prop = master.property("DTSTART").ok_or("no DTSTART")?;
        let start = self.when(start_prop, start_prop.value.trim())?;
        let length = self.length(master, start)?;
        let rrules: Vec<String> = master
            .all("RRULE")
            .map(|p| p.value.trim().to_string())
            .collect();
        let rules = rrules
            .iter()
            .map(|r| r.parse::<Rule>().map_err(|e| format!("RRULE {r}: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        let horizon = start
            .local
            .checked_add_signed(Duration::days(366 * i64::from(HORIZON_YEARS)))
            .unwrap_or(NaiveDateTime::MAX);
        let bounds = Bounds {
            max: MAX_OCCURRENCES,
            horizon,
        };

        // Occurrence starts, keyed by instant: DTSTART, each rule's instances, RDATEs.
        let mut starts: BTreeMap<DateTime<Utc>, Duration> = BTreeMap::new();
        starts.insert(start.utc(), length);
        let mut truncated = false;
        for rule in &rules {
            let until = rule.until.map(|u| u.local(|utc| start.zone.to_local(utc)));
            let expansion = recur::expand(rule, start.local, start.date_only, until, bounds);
            truncated |= expansion.truncated;
            for local in expansion.instances {
                starts.insert(start.zone.to_utc(local), length);
            }
        }
        let mut has_rdate = false;
        for property in master.all("RDATE") {
            for value in property.value.split(',').filter(|v| !v.trim().is_empty()) {
                has_rdate = true;
                match self.rdate(property, value.trim(), start, length) {
                    Ok((at, len)) => {
                        starts.insert(at, len);
                    }
                    Err(reason) => self.warn(&format!("RDATE {value} ignored: {reason}")),
                }
            }
        }
        for property in master.all("EXDATE") {
            for value in property.value.split(',').filter(|v| !v.trim().is_empty()) {
                match self.when(property, value.trim()) {
                    Ok(ex) if ex.date_only && !start.date_only => {
                        starts.retain(|at, _| {
                            start.zone.to_local(at.naive_utc()).date() != ex.local.date()
                        });
                    }
                    Ok(ex) => {
                        starts.remove(&ex.utc());
                    }
                    Err(reason) => self.warn(&format!("EXDATE {value} ignored: {reason}")),
                }
            }
        }
        if starts.len() > MAX_OCCURRENCES {
            truncated = true;
        }
        let mut occurrences: Vec<Occurrence> = starts
            .into_iter()
            .take(MAX_OCCURRENCES)
            .map(|(at, len)| Occurrence {
                recurrence_id: at,
                start: at,
                end: at + len,
                overridden: false,
            })
            .collect();
        self.apply_changes(&mut occurrences, changes, start, length);
        let organizer = master
            .property("ORGANIZER")
            .and_then(address)
            .filter(|a| a.contains('@'));

        Ok(Event {
            uid: self.uid.to_string(),
            summary: text(master, "SUMMARY").unwrap_or_default(),
            location: text(master, "LOCATION"),
            description: text(master, "DESCRIPTION"),
            start: start.utc(),
            end: start.utc() + length,
            all_day: start.date_only,
            time_zone: start.zone.name(),
            organizer: organizer.clone(),
            organizer_without_address: master.property("ORGANIZER").is_some()
                && organizer.is_none(),
            private: text(master, "CLASS").is_some_and(|c| c.eq_ignore_ascii_case("PRIVATE")),
            attendees: master.all("ATTENDEE").filter_map(address).collect(),
            status: text(master, "STATUS").map(|s| s.to_ascii_uppercase()),
            recurring: !rules.is_empty() || has_rdate,
            rrules,
            occurrences,
            truncated,
        })
    }

    /// Applies RECURRENCE-ID VEVENTs in the order of the occurrences they name.
    fn apply_changes(
        &mut self,
        occurrences: &mut Vec<Occurrence>,
        changes: &[&Component],
        start: When,
        length: Duration,
    ) {
        let mut read = Vec::new();
        for change in changes {
            let id_prop = change.property("RECURRENCE-ID").expect("partitioned on it");
            let parsed = self.when(id_prop, id_prop.value.trim()).and_then(|id| {
                let new_start = match change.property("DTSTART") {
                    Some(p) => self.when(p, p.value.trim())?,
                    None => id,
                };
                let new_length = match (change.property("DTEND"), change.property("DURATION")) {
                    (None, None) => length,
                    _ => self.length(change, new_start)?,
                };
                Ok((id, new_start, new_length))
            });
            match parsed {
                Ok(found) => read.push((found, *change)),
                Err(reason) => self.warn(&format!("a RECURRENCE-ID change is ignored: {reason}")),
            }
        }
        read.sort_by_key(|((id, _, _), _)| id.utc());
        for ((id, new_start, new_length), change) in read {
            let id_utc = if id.date_only && !start.date_only {
                start
                    .zone
                    .to_utc(id.local.date().and_time(start.local.time()))
            } else {
                id.utc()
            };
            let cancelled =
                text(change, "STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"));
            let this_and_future = change
                .property("RECURRENCE-ID")
                .and_then(|p| p.param("RANGE"))
                .is_some_and(|r| r.eq_ignore_ascii_case("THISANDFUTURE"));
            let shift = new_start.utc() - id_utc;
            if cancelled {
                occurrences.retain(|o| {
                    o.recurrence_id != id_utc && !(this_and_future && o.recurrence_id > id_utc)
                });
                continue;
            }
            let mut matched = false;
            for occurrence in occurrences.iter_mut() {
                let hit = occurrence.recurrence_id == id_utc
                    || (this_and_future && occurrence.recurrence_id > id_utc);
                if hit {
                    matched |= occurrence.recurrence_id == id_utc;
                    occurrence.start = occurrence.recurrence_id + shift;
                    occurrence.end = occurrence.start + new_length;
                    occurrence.overridden = true;
                }
            }
            if !matched {
                // It names an instant the rules do not produce: an occurrence of its own.
                occurrences.push(Occurrence {
                    recurrence_id: id_utc,
                    start: new_start.utc(),
                    end: new_start.utc() + new_length,
                    overridden: true,
                });
            }
        }
        occurrences.sort_by_key(|o| (o.start, o.recurrence_id));
    }

    /// The duration from DTEND or DURATION; all-day events default to one day, others to none.
    fn length(&mut self, event: &Component, start: When<'a>) -> Result<Duration, String> {
        if let Some(end) = event.property("DTEND") {
            let end = self.when(end, end.value.trim())?;
            let length = end.utc() - start.utc();
            if length < Duration::zero() {
                self.warn("DTEND is before DTSTART; the event is given no duration");
                return Ok(Duration::zero());
            }
            return Ok(length);
        }
        if let Some(duration) = event.property("DURATION") {
            let length = parse_duration(duration.value.trim())?;
            return Ok(length.max(Duration::zero()));
        }
        Ok(if start.date_only {
            Duration::days(1)
        } else {
            Duration::zero()
        })
    }

    /// One RDATE value: a date, a date-time or a PERIOD (`start/end` or `start/duration`).
    fn rdate(
        &mut self,
        property: &Property,
        value: &str,
        start: When,
        length: Duration,
    ) -> Result<(DateTime<Utc>, Duration), String> {
        if let Some((from, to)) = value.split_once('/') {
            let from = self.when(property, from)?;
            let len = if to.starts_with(['P', '+', '-']) {
                parse_duration(to)?
            } else {
                self.when(property, to)?.utc() - from.utc()
            };
            return Ok((from.utc(), len));
        }
        let when = self.when(property, value)?;
        if when.date_only && !start.date_only {
            let at = when.local.date().and_time(start.local.time());
            return Ok((start.zone.to_utc(at), length));
        }
        Ok((when.utc(), length))
    }

    /// A DATE or DATE-TIME value of `property` (which supplies TZID and VALUE).
    fn when(&mut self, property: &Property, value: &str) -> Result<When<'a>, String> {
        let date_only = property
            .param("VALUE")
            .is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
            || (value.len() == 8 && !value.contains('T'));
        if date_only {
            let date = NaiveDate::parse_from_str(value.get(..8).unwrap_or(value), "%Y%m%d")
                .map_err(|_| format!("{} '{value}' is not a date", property.name))?;
            return Ok(When {
                local: date.and_time(NaiveTime::MIN),
                date_only: true,
                zone: Zone::Floating,
            });
        }
        let bad = || format!("{} '{value}' is not a date-time", property.name);
        if let Some(utc) = value.strip_suffix(['Z', 'z']) {
            let local = recur::parse_date_time(utc).ok_or_else(bad)?;
            return Ok(When {
                local,
                date_only: false,
                zone: Zone::Utc,
            });
        }
        let local = recur::parse_date_time(value).ok_or_else(bad)?;
        let zone = match property.param("TZID") {
            None => Zone::Floating,
            Some(tzid) => self.zone(tzid),
        };
        Ok(When {
            local,
            date_only: false,
            zone,
        })
    }

    fn zone(&mut self, tzid: &str) -> Zone<'a> {
        if let Some(tz) = tz::resolve(tzid) {
            return Zone::Tz(tz);
        }
        let zones = self.zones;
        let name = tzid.trim().trim_matches('"');
        match zones.defined.get_key_value(name) {
            Some((_, Defined::Location(tz))) => return Zone::Tz(*tz),
            Some((tzid, Defined::Rules(rules))) => return Zone::Rules(tzid, rules),
            Some((_, Defined::Unusable(reason))) => self.warn(&format!(
                "the VTIMEZONE of time zone '{name}' cannot be used ({reason})"
            )),
            None => {}
        }
        if let Some(stated) = display_names::split(name) {
            self.warn(&format!(
                "time zone '{name}' names no place we know; its stated offset {} is used without daylight saving",
                stated.offset
            ));
            return Zone::Fixed(stated.offset);
        }
        self.warn(&format!(
            "time zone '{name}' is unknown (not an IANA or Windows zone, an Outlook display name, or a VTIMEZONE of the file); times in it are read as UTC"
        ));
        Zone::Floating
    }
}

fn text(component: &Component, name: &str) -> Option<String> {
    let value = unescape(&component.property(name)?.value);
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The address of an ORGANIZER or ATTENDEE (`mailto:` removed; other URIs as written).
fn address(property: &Property) -> Option<String> {
    let value = property.value.trim();
    let value = match value.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("mailto:") => &value[7..],
        _ => value,
    };
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// RFC 5545 DURATION: `[+-]P[nW]` or `[+-]P[nD][T[nH][nM][nS]]`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("DURATION '{text}' is not a duration (PT1H, P1D, P1W...)");
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'-') => (-1, &text[1..]),
        Some(b'+') => (1, &text[1..]),
        _ => (1, text),
    };
    let rest = rest.strip_prefix(['P', 'p']).ok_or_else(bad)?;
    let mut seconds: i64 = 0;
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    let mut any_time = false;
    for c in rest.chars() {
        match c.to_ascii_uppercase() {
            d if d.is_ascii_digit() => number.push(d),
            'T' if number.is_empty() && !in_time => in_time = true,
            unit => {
                let n: i64 = number.parse().map_err(|_| bad())?;
                number.clear();
                let scale = match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return Err(bad()),
                };
                seconds = n
                    .checked_mul(scale)
                    .and_then(|s| s.checked_add(seconds))
                    .ok_or_else(bad)?;
                any = true;
                any_time |= in_time;
            }
        }
    }
    if !any || !number.is_empty() || (in_time && !any_time) {
        return Err(bad());
    }
    Duration::try_seconds(sign * seconds).ok_or_else(bad)
}

/// The occurrence starts of a recurrence rule in UTC, from `start` (always the first), bounded
/// like calendar import (`MAX_OCCURRENCES`, `HORIZON_YEARS`): for `appointment add --rrule`.
pub fn rule_occurrences(rule: &str, start: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, String> {
    let rule: Rule = rule.trim().parse()?;
    let local = start.naive_utc();
    let horizon = local
        .checked_add_signed(Duration::days(366 * i64::from(HORIZON_YEARS)))
        .unwrap_or(NaiveDateTime::MAX);
    let until = rule.until.map(|u| u.local(|utc| utc));
    let expansion = recur::expand(
        &rule,
        local,
        false,
        until,
        Bounds {
            max: MAX_OCCURRENCES,
            horizon,
        },
    );
    let mut starts: Vec<DateTime<Utc>> = std::iter::once(local)
        .chain(expansion.instances)
        .map(|t| t.and_utc())
        .collect();
    starts.sort();
    starts.dedup();
    Ok(starts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::format;

    fn one(text: &str) -> Calendar {
        parse_calendar(text.as_bytes()).unwrap()
    }

    #[test]
    fn reads_a_series_with_exceptions() {
        let calendar = one("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:s1\r\nSUMMARY:Weekly sync\r\n\
DTSTART;TZID=W. Europe Standard Time:20260105T090000\r\nDTEND;TZID=W. Europe Standard Time:20260105T093000\r\n\
RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;TZID=W. Europe Standard Time:20260112T090000\r\n\
ORGANIZER;CN=Ann:mailto:ann@example.com\r\nATTENDEE;CN=Bob:MAILTO:bob@example.com\r\nSTATUS:CONFIRMED\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:s1\r\nRECURRENCE-ID;TZID=W. Europe Standard Time:20260119T090000\r\n\
DTSTART;TZID=W. Europe Standard Time:20260119T140000\r\nDTEND;TZID=W. Europe Standard Time:20260119T150000\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n");
        assert!(calendar.warnings.is_empty(), "{:?}", calendar.warnings);
        let event = &calendar.events[0];
        assert_eq!(calendar.events.len(), 1);
        assert_eq!(event.summary, "Weekly sync");
        assert_eq!(event.time_zone.as_deref(), Some("Europe/Berlin"));
        assert_eq!(event.organizer.as_deref(), Some("ann@example.com"));
        assert_eq!(event.attendees, ["bob@example.com"]);
        assert!(event.recurring);
        let starts: Vec<String> = event.occurrences.iter().map(|o| format(o.start)).collect();
        assert_eq!(
            starts,
            [
                "2026-01-05T08:00:00Z",
                "2026-01-19T13:00:00Z",
                "2026-01-26T08:00:00Z"
            ]
        );
        assert!(event.occurrences[1].overridden);
        assert_eq!(
            format(event.occurrences[1].recurrence_id),
            "2026-01-19T08:00:00Z"
        );
        assert_eq!(format(event.occurrences[1].end), "2026-01-19T14:00:00Z");
    }

    #[test]
    fn keeps_wall_clock_time_across_daylight_saving() {
        let calendar = one("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\n\
DTSTART;TZID=Europe/Paris:20260320T090000\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\nEND:VCALENDAR\n");
        let starts: Vec<String> = calendar.events[0]
            .occurrences
            .iter()
            .map(|o| format(o.start))
            .collect();
        assert_eq!(
            starts,
            [
                "2026-03-20T08:00:00Z",
                "2026-03-27T08:00:00Z",
                "2026-04-03T07:00:00Z"
            ]
        );
    }

    #[test]
    fn all_day_events_and_unbounded_series() {
        let calendar = one(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20260105\n\
RRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n",
        );
        let event = &calendar.events[0];
        assert!(event.all_day);
        assert_eq!(format(event.end), "2026-01-06T00:00:00Z");
        assert_eq!(event.occurrences.len(), MAX_OCCURRENCES);
        assert!(event.truncated);
    }

    #[test]
    fn broken_events_are_left_out_with_a_warning() {
        let calendar = one("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:no-start\nEND:VEVENT\n\
BEGIN:VEVENT\nUID:bad-rule\nDTSTART:20260105T090000Z\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\n\
BEGIN:VEVENT\nUID:ok\nDTSTART;TZID=Nowhere/Special:20260105T090000\nEND:VEVENT\nEND:VCALENDAR\n");
        assert_eq!(calendar.events.len(), 1);
        assert_eq!(calendar.events[0].uid, "ok");
        assert_eq!(format(calendar.events[0].start), "2026-01-05T09:00:00Z");
        assert_eq!(calendar.warnings.len(), 3, "{:?}", calendar.warnings);
        assert_eq!(calendar.warnings[0], "event no-start: no DTSTART; left out");
        assert!(calendar.warnings[1].contains("unknown FREQ"));
        assert!(calendar.warnings[2].contains("time zone 'Nowhere/Special' is unknown"));
    }

    #[test]
    fn refuses_what_is_not_a_calendar() {
        assert_eq!(parse_calendar(b"").unwrap_err(), "empty file");
        assert!(
            parse_calendar(b"From: a@example.com\n\nhello")
                .unwrap_err()
                .starts_with("not a calendar")
        );
        assert_eq!(
            parse_calendar(b"BEGIN:VCARD\nEND:VCARD\n").unwrap_err(),
            "not a calendar: no BEGIN:VCALENDAR"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT1H30M").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("P1W").unwrap(), Duration::days(7));
        assert_eq!(parse_duration("-P1DT2H").unwrap(), -Duration::hours(26));
        assert_eq!(parse_duration("PT0S").unwrap(), Duration::zero());
        for bad in ["", "P", "1H", "PT", "P1H", "PT1D", "P1DT"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..1024)) {
            let _ = parse_calendar(&raw);
        }

        #[test]
        fn never_panics_on_calendar_like_text(
            lines in proptest::collection::vec(proptest::sample::select(vec![
                "BEGIN:VEVENT", "END:VEVENT", "UID:x", "DTSTART:20260105T090000Z",
                "DTSTART;VALUE=DATE:20260105", "DTSTART;TZID=Europe/Paris:20260329T023000",
                "DTEND:20260104T090000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=5",
                "RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1", "EXDATE:20260106T090000Z",
                "RDATE;VALUE=PERIOD:20260110T090000Z/PT2H", "RECURRENCE-ID:20260107T090000Z",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20260107T090000Z", "STATUS:CANCELLED",
                " folded", "X-JUNK;A=\"b:c\":d",
            ]), 0..30),
        ) {
            let text = format!("BEGIN:VCALENDAR\n{}\nEND:VCALENDAR\n", lines.join("\n"));
            let _ = parse_calendar(text.as_bytes());
        }
    }
}
