//! RFC 5545 recurrence rules (RRULE) and their expansion, on local (wall-clock) times.
//!
//! Our own expander rather than the `rrule` crate: run over libical's test vectors that crate
//! (a port of python-dateutil) missed 22 of 146 cases, among them plain RFC behaviour (BYSETPOS
//! in a WEEKLY rule counted from DTSTART's weekday instead of the week start) and the parts RFC
//! 5545 derives from DTSTART when a rule leaves them out; it also rejects rules real calendars
//! carry (a UTC UNTIL with a floating DTSTART). Times here are naive: the caller resolves the
//! time zone, so a 09:00 meeting stays at 09:00 across daylight-saving changes.
//!
//! How a rule is read (RFC 5545 section 3.3.10, with libical's reading where the RFC is loose):
//! - Each period (the year, month, week, day, hour, minute or second that FREQ and INTERVAL step
//!   through) yields the instants that satisfy every BY* part present; within a period a part
//!   expands or limits depending on the frequency, which falls out of "satisfies all of them".
//! - Parts the rule leaves out are taken from DTSTART: the time of day for DAILY and coarser
//!   rules; the day of the month for MONTHLY, the weekday for WEEKLY, the month and day for
//!   YEARLY; a YEARLY rule with only BYMONTHDAY keeps DTSTART's month, one with only BYWEEKNO
//!   keeps DTSTART's weekday.
//! - BYDAY with an ordinal (`-1SU`) counts within the month for MONTHLY rules and YEARLY rules
//!   with BYMONTH, within the year for other YEARLY rules; elsewhere the ordinal is ignored.
//! - A YEARLY rule with BYWEEKNO steps through week-numbering years (weeks start on WKST; week 1
//!   is the first with four days in the year), so a week may take days from the calendar years
//!   around it. The first such year is DTSTART's own week-year when DTSTART is an instance,
//!   otherwise its calendar year.
//! - BYSETPOS picks from each period's sorted instants before DTSTART, UNTIL and COUNT apply.
//! - Instants before DTSTART are dropped; DTSTART itself is an instance only when it satisfies
//!   the rule (adding it to the set is the caller's business). COUNT counts the instances kept.
//! - With a date-only DTSTART, BYHOUR, BYMINUTE and BYSECOND are ignored.
//! - RSCALE is supported only as GREGORIAN with SKIP=OMIT (RFC 7529's defaults); other RSCALE and
//!   SKIP values are refused, as is anything malformed.
//!
//! Expansion is bounded: it stops at `Bounds::max` instances or past `Bounds::horizon`, and gives
//! up after `MAX_PERIODS` periods (a rule that never matches, such as every February 30th).

use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// Periods examined before a rule that keeps yielding nothing is abandoned.
pub const MAX_PERIODS: u64 = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Freq {
    Secondly,
    Minutely,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

impl Freq {
    fn unit_seconds(self) -> i64 {
        match self {
            Freq::Secondly => 1,
            Freq::Minutely => 60,
            Freq::Hourly => 3600,
            _ => 86_400,
        }
    }
}

/// UNTIL as written: its meaning depends on the DTSTART it is paired with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    Date(NaiveDate),
    Floating(NaiveDateTime),
    Utc(NaiveDateTime),
}

impl Until {
    /// The last local instant allowed, `utc_to_local` converting a UTC UNTIL into DTSTART's zone.
    /// A date-only UNTIL allows that whole day.
    pub fn local(self, utc_to_local: impl Fn(NaiveDateTime) -> NaiveDateTime) -> NaiveDateTime {
        match self {
            Until::Date(date) => date.and_hms_opt(23, 59, 59).expect("valid time"),
            Until::Floating(time) => time,
            Until::Utc(time) => utc_to_local(time),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    pub interval: u32,
    pub count: Option<u32>,
    pub until: Option<Until>,
    pub by_second: Vec<u32>,
    pub by_minute: Vec<u32>,
    pub by_hour: Vec<u32>,
    /// (ordinal, weekday); ordinal 0 means every such weekday.
    pub by_day: Vec<(i32, Weekday)>,
    pub by_month_day: Vec<i32>,
    pub by_year_day: Vec<i32>,
    pub by_week_no: Vec<i32>,
    pub by_month: Vec<u32>,
    pub by_set_pos: Vec<i32>,
    pub wkst: Weekday,
}

impl FromStr for Rule {
    type Err = String;

    fn from_str(text: &str) -> Result<Rule, String> {
        let mut freq = None;
        let mut rule = Rule {
            freq: Freq::Daily,
            interval: 1,
            count: None,
            until: None,
            by_second: Vec::new(),
            by_minute: Vec::new(),
            by_hour: Vec::new(),
            by_day: Vec::new(),
            by_month_day: Vec::new(),
            by_year_day: Vec::new(),
            by_week_no: Vec::new(),
            by_month: Vec::new(),
            by_set_pos: Vec::new(),
            wkst: Weekday::Mon,
        };
        let text = text.trim();
        let text = text.strip_prefix("RRULE:").unwrap_or(text);
        for part in text.split(';').filter(|p| !p.trim().is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("'{part}' is not NAME=VALUE"))?;
            let key = key.trim().to_ascii_uppercase();
            let value = value.trim();
            match key.as_str() {
                "FREQ" => freq = Some(parse_freq(value)?),
                "INTERVAL" => {
                    rule.interval = number(&key, value, 1, i64::from(u32::MAX))? as u32;
                }
                "COUNT" => rule.count = Some(number(&key, value, 0, i64::from(u32::MAX))? as u32),
                "UNTIL" => rule.until = Some(parse_until(value)?),
                "BYSECOND" => rule.by_second = list(&key, value, 0, 60, false)?,
                "BYMINUTE" => rule.by_minute = list(&key, value, 0, 59, false)?,
                "BYHOUR" => rule.by_hour = list(&key, value, 0, 23, false)?,
                "BYMONTHDAY" => rule.by_month_day = list(&key, value, 1, 31, true)?,
                "BYYEARDAY" => rule.by_year_day = list(&key, value, 1, 366, true)?,
                "BYWEEKNO" => rule.by_week_no = list(&key, value, 1, 53, true)?,
                "BYMONTH" => rule.by_month = list(&key, value, 1, 12, false)?,
                "BYSETPOS" => rule.by_set_pos = list(&key, value, 1, 366, true)?,
                "BYDAY" => {
                    rule.by_day = value
                        .split(',')
                        .map(parse_by_day)
                        .collect::<Result<_, _>>()?;
                    rule.by_day
                        .sort_by_key(|(n, d)| (*n, d.num_days_from_monday()));
                    rule.by_day.dedup();
                }
                "WKST" => rule.wkst = parse_weekday(value)?,
                "RSCALE" if value.eq_ignore_ascii_case("GREGORIAN") => {}
                "SKIP" if value.eq_ignore_ascii_case("OMIT") => {}
                "RSCALE" | "SKIP" => return Err(format!("{key}={value} is not supported")),
                // Extensions (X-...) and parts from later drafts do not change the instances.
                _ => {}
            }
        }
        rule.freq = freq.ok_or("FREQ is missing")?;
        if rule.by_second.contains(&60) {
            // A leap second cannot be represented; 60 means the minute's last second.
            rule.by_second.retain(|s| *s != 60);
            if rule.by_second.is_empty() {
                rule.by_second.push(59);
            }
        }
        Ok(rule)
    }
}

fn parse_freq(value: &str) -> Result<Freq, String> {
    Ok(match value.to_ascii_uppercase().as_str() {
        "SECONDLY" => Freq::Secondly,
        "MINUTELY" => Freq::Minutely,
        "HOURLY" => Freq::Hourly,
        "DAILY" => Freq::Daily,
        "WEEKLY" => Freq::Weekly,
        "MONTHLY" => Freq::Monthly,
        "YEARLY" => Freq::Yearly,
        _ => return Err(format!("unknown FREQ '{value}'")),
    })
}

fn number(key: &str, value: &str, min: i64, max: i64) -> Result<i64, String> {
    value
        .parse::<i64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{key}={value} is not a number from {min} to {max}"))
}

/// A comma list of numbers within `min..=max`, or within `-max..=-min` too when `signed`.
fn list<T: TryFrom<i64> + Ord + Copy>(
    key: &str,
    value: &str,
    min: i64,
    max: i64,
    signed: bool,
) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    for item in value.split(',') {
        let item = item.trim().trim_start_matches('+');
        let n: i64 = item
            .parse()
            .map_err(|_| format!("{key}: '{item}' is not a number"))?;
        let ok = (min..=max).contains(&n) || (signed && (-max..=-min).contains(&n));
        if !ok {
            return Err(format!("{key}: {n} is out of range"));
        }
        out.push(T::try_from(n).map_err(|_| format!("{key}: {n} is out of range"))?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn parse_by_day(item: &str) -> Result<(i32, Weekday), String> {
    let item = item.trim();
    if item.len() < 2 {
        return Err(format!("BYDAY: '{item}' is not a weekday"));
    }
    let (ordinal, day) = item.split_at(item.len() - 2);
    let weekday = parse_weekday(day)?;
    let ordinal = match ordinal.trim_start_matches('+') {
        "" => 0,
        n => n
            .parse::<i32>()
            .ok()
            .filter(|n| (1..=53).contains(&n.abs()))
            .ok_or_else(|| format!("BYDAY: '{item}' has an invalid ordinal"))?,
    };
    Ok((ordinal, weekday))
}

fn parse_weekday(value: &str) -> Result<Weekday, String> {
    Ok(match value.to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return Err(format!("'{value}' is not a weekday (MO..SU)")),
    })
}

fn parse_until(value: &str) -> Result<Until, String> {
    let bad = || format!("UNTIL={value} is not a date or date-time");
    if let Some(utc) = value.strip_suffix(['Z', 'z']) {
        return parse_date_time(utc).map(Until::Utc).ok_or_else(bad);
    }
    if value.len() == 8 {
        return NaiveDate::parse_from_str(value, "%Y%m%d")
            .map(Until::Date)
            .map_err(|_| bad());
    }
    parse_date_time(value).map(Until::Floating).ok_or_else(bad)
}

/// `YYYYMMDDTHHMMSS` (no zone suffix).
pub fn parse_date_time(value: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()
}

/// How far an expansion may go.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub max: usize,
    pub horizon: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub instances: Vec<NaiveDateTime>,
    /// True when a bound stopped the expansion before the rule ended.
    pub truncated: bool,
}

/// The rule with the parts it leaves out filled in from DTSTART.
struct Plan<'a> {
    rule: &'a Rule,
    hours: Vec<u32>,
    minutes: Vec<u32>,
    seconds: Vec<u32>,
    by_day: Vec<(i32, Weekday)>,
    by_month_day: Vec<i32>,
    by_month: Vec<u32>,
}

impl<'a> Plan<'a> {
    fn new(rule: &'a Rule, start: NaiveDateTime, date_only: bool) -> Plan<'a> {
        let time_part = |given: &Vec<u32>, freq_finer: bool, from_start: u32| {
            if date_only {
                vec![0]
            } else if !given.is_empty() {
                given.clone()
            } else if freq_finer {
                Vec::new()
            } else {
                vec![from_start]
            }
        };
        let freq = rule.freq;
        let mut plan = Plan {
            rule,
            hours: time_part(&rule.by_hour, freq <= Freq::Hourly, start.hour()),
            minutes: time_part(&rule.by_minute, freq <= Freq::Minutely, start.minute()),
            seconds: time_part(&rule.by_second, freq <= Freq::Secondly, start.second()),
            by_day: rule.by_day.clone(),
            by_month_day: rule.by_month_day.clone(),
            by_month: rule.by_month.clone(),
        };
        let no_day_parts = rule.by_week_no.is_empty()
            && rule.by_year_day.is_empty()
            && rule.by_month_day.is_empty()
            && rule.by_day.is_empty();
        let date = start.date();
        match freq {
            Freq::Yearly if no_day_parts => {
                plan.by_month_day = vec![date.day() as i32];
                if plan.by_month.is_empty() {
                    plan.by_month = vec![date.month()];
                }
            }
            Freq::Yearly
                if rule.by_month.is_empty()
                    && rule.by_week_no.is_empty()
                    && rule.by_year_day.is_empty()
                    && rule.by_day.is_empty() =>
            {
                plan.by_month = vec![date.month()];
            }
            Freq::Yearly
                if !rule.by_week_no.is_empty()
                    && rule.by_day.is_empty()
                    && rule.by_year_day.is_empty()
                    && rule.by_month_day.is_empty() =>
            {
                plan.by_day = vec![(0, date.weekday())];
            }
            Freq::Monthly if no_day_parts => plan.by_month_day = vec![date.day() as i32],
            Freq::Weekly if no_day_parts => plan.by_day = vec![(0, date.weekday())],
            _ => {}
        }
        plan
    }

    fn day_matches(&self, date: NaiveDate) -> bool {
        let rule = self.rule;
        if !self.by_month.is_empty() && !self.by_month.contains(&date.month()) {
            return false;
        }
        if !rule.by_week_no.is_empty() {
            let (year, week) = week_of(date, rule.wkst);
            let weeks = weeks_in(year, rule.wkst) as i32;
            let hit = rule
                .by_week_no
                .iter()
                .any(|n| *n == week || *n == week - weeks - 1);
            if !hit {
                return false;
            }
        }
        if !rule.by_year_day.is_empty() {
            let day = date.ordinal() as i32;
            let len = days_in_year(date.year()) as i32;
            if !rule
                .by_year_day
                .iter()
                .any(|n| *n == day || *n == day - len - 1)
            {
                return false;
            }
        }
        if !self.by_month_day.is_empty() {
            let day = date.day() as i32;
            let len = days_in_month(date.year(), date.month()) as i32;
            if !self
                .by_month_day
                .iter()
                .any(|n| *n == day || *n == day - len - 1)
            {
                return false;
            }
        }
        if !self.by_day.is_empty() && !self.by_day.iter().any(|d| self.weekday_hit(date, *d)) {
            return false;
        }
        true
    }

    fn weekday_hit(&self, date: NaiveDate, (ordinal, weekday): (i32, Weekday)) -> bool {
        if date.weekday() != weekday {
            return false;
        }
        if ordinal == 0 {
            return true;
        }
        let in_month = match self.rule.freq {
            Freq::Monthly => true,
            Freq::Yearly if !self.rule.by_week_no.is_empty() => return true,
            Freq::Yearly => !self.by_month.is_empty(),
            _ => return true,
        };
        let (index, len) = if in_month {
            (date.day(), days_in_month(date.year(), date.month()))
        } else {
            (date.ordinal(), days_in_year(date.year()))
        };
        let from_start = ((index - 1) / 7 + 1) as i32;
        let from_end = -(((len - index) / 7 + 1) as i32);
        ordinal == from_start || ordinal == from_end
    }

    /// False when every BYSETPOS lies beyond the instants any period can hold, which happens to
    /// sub-daily rules (their periods have a fixed size): such a rule has no instances at all.
    fn set_pos_can_select(&self) -> bool {
        let per_period = match self.rule.freq {
            Freq::Secondly => 1,
            Freq::Minutely => any_of(&self.seconds, 60),
            Freq::Hourly => any_of(&self.minutes, 60) * any_of(&self.seconds, 60),
            _ => return true,
        };
        self.rule.by_set_pos.is_empty()
            || self
                .rule
                .by_set_pos
                .iter()
                .any(|p| p.unsigned_abs() as usize <= per_period)
    }

    fn times(&self) -> Vec<NaiveTime> {
        let mut times = Vec::new();
        for h in &self.hours {
            for m in &self.minutes {
                for s in &self.seconds {
                    times.extend(NaiveTime::from_hms_opt(*h, *m, *s));
                }
            }
        }
        times
    }
}

/// Expands `rule` from `start`; `until` is the rule's UNTIL already made local (see
/// [`Until::local`]).
pub fn expand(
    rule: &Rule,
    start: NaiveDateTime,
    date_only: bool,
    until: Option<NaiveDateTime>,
    bounds: Bounds,
) -> Expansion {
    let plan = Plan::new(rule, start, date_only);
    let mut out = Expansion {
        instances: Vec::new(),
        truncated: false,
    };
    if !plan.set_pos_can_select() {
        return out;
    }
    let end = match until {
        Some(until) if until <= bounds.horizon => until,
        _ => bounds.horizon,
    };
    // Past `end` the rule is over when `end` is its UNTIL, and cut short when it is the horizon.
    let horizon_binds = until.is_none_or(|u| u > bounds.horizon);
    let count = rule.count.map(|c| c as usize);
    if count == Some(0) {
        return out;
    }
    let mut periods = Periods::new(&plan, start);
    let mut examined = 0u64;
    while let Some(candidates) = periods.next_period(&plan) {
        examined += 1;
        if examined > MAX_PERIODS {
            out.truncated = true;
            break;
        }
        if periods.past(end) {
            out.truncated = horizon_binds;
            break;
        }
        let Some(candidates) = candidates else {
            continue;
        };
        for instant in select(&plan, &candidates) {
            if instant < start {
                continue;
            }
            if instant > end {
                out.truncated = horizon_binds;
                return out;
            }
            out.instances.push(instant);
            if count == Some(out.instances.len()) {
                return out;
            }
            if out.instances.len() >= bounds.max {
                out.truncated = true;
                return out;
            }
        }
    }
    out
}

/// One period's candidate days and times (both sorted); the instants are their product.
struct Candidates {
    days: Vec<NaiveDate>,
    times: Vec<NaiveTime>,
}

fn select(plan: &Plan, c: &Candidates) -> Vec<NaiveDateTime> {
    let total = c.days.len() * c.times.len();
    let at = |i: usize| c.days[i / c.times.len()].and_time(c.times[i % c.times.len()]);
    if plan.rule.by_set_pos.is_empty() {
        return (0..total).map(at).collect();
    }
    let mut picked: Vec<usize> = plan
        .rule
        .by_set_pos
        .iter()
        .filter_map(|p| {
            let index = if *p > 0 {
                *p as i64 - 1
            } else {
                total as i64 + *p as i64
            };
            (0..total as i64).contains(&index).then_some(index as usize)
        })
        .collect();
    picked.sort();
    picked.dedup();
    picked.into_iter().map(at).collect()
}

/// Steps through the periods of a rule.
struct Periods {
    freq: Freq,
    interval: i64,
    /// Index of the current period (years, months, weeks, days or seconds from the origin).
    k: i64,
    /// Yearly: the first (week-)year; monthly: months since year 0 of the first month; weekly:
    /// the first week's start; daily and finer: the first period's start.
    origin_year: i64,
    origin_month: i64,
    origin_date: NaiveDate,
    origin_time: NaiveDateTime,
    week_years: bool,
    wkst: Weekday,
    last_start: NaiveDateTime,
}

impl Periods {
    fn new(plan: &Plan, start: NaiveDateTime) -> Periods {
        let rule = plan.rule;
        let date = start.date();
        let week_years = rule.freq == Freq::Yearly && !rule.by_week_no.is_empty();
        let origin_year = if week_years {
            let (week_year, _) = week_of(date, rule.wkst);
            if week_year != date.year() && plan.day_matches(date) {
                week_year
            } else {
                date.year()
            }
        } else {
            date.year()
        };
        let unit = rule.freq.unit_seconds();
        let origin_time = if rule.freq <= Freq::Hourly {
            let since_midnight = i64::from(start.num_seconds_from_midnight());
            date.and_time(NaiveTime::MIN) + Duration::seconds(since_midnight / unit * unit)
        } else {
            date.and_time(NaiveTime::MIN)
        };
        let week_start = date - Duration::days(days_since(date.weekday(), rule.wkst));
        Periods {
            freq: rule.freq,
            interval: i64::from(rule.interval),
            k: 0,
            origin_year: i64::from(origin_year),
            origin_month: i64::from(date.year()) * 12 + i64::from(date.month0()),
            origin_date: if rule.freq == Freq::Weekly {
                week_start
            } else {
                date
            },
            origin_time,
            week_years,
            wkst: rule.wkst,
            last_start: origin_time,
        }
    }

    /// Whether every period from now on starts after `end`.
    fn past(&self, end: NaiveDateTime) -> bool {
        self.last_start > end
    }

    /// The next period: None when the calendar runs out; Some(None) for a period that cannot
    /// hold an instance.
    fn next_period(&mut self, plan: &Plan) -> Option<Option<Candidates>> {
        let step = self.k.checked_mul(self.interval)?;
        self.k += 1;
        let days: Vec<NaiveDate> = match self.freq {
            Freq::Yearly => {
                let year = i32::try_from(self.origin_year.checked_add(step)?).ok()?;
                let (first, after) = if self.week_years {
                    (
                        week_year_start(year, self.wkst)?,
                        week_year_start(year + 1, self.wkst)?,
                    )
                } else {
                    (
                        NaiveDate::from_ymd_opt(year, 1, 1)?,
                        NaiveDate::from_ymd_opt(year + 1, 1, 1)?,
                    )
                };
                self.last_start = first.and_time(NaiveTime::MIN);
                first.iter_days().take_while(|d| *d < after).collect()
            }
            Freq::Monthly => {
                let month = self.origin_month.checked_add(step)?;
                let year = i32::try_from(month.div_euclid(12)).ok()?;
                let month = month.rem_euclid(12) as u32 + 1;
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                self.last_start = first.and_time(NaiveTime::MIN);
                let len = days_in_month(year, month);
                first.iter_days().take(len as usize).collect()
            }
            Freq::Weekly => {
                let first = self
                    .origin_date
                    .checked_add_signed(Duration::try_days(step.checked_mul(7)?)?)?;
                self.last_start = first.and_time(NaiveTime::MIN);
                first.iter_days().take(7).collect()
            }
            Freq::Daily => {
                let day = self
                    .origin_date
                    .checked_add_signed(Duration::try_days(step)?)?;
                self.last_start = day.and_time(NaiveTime::MIN);
                vec![day]
            }
            _ => return self.next_sub_daily(plan, step),
        };
        let days: Vec<NaiveDate> = days.into_iter().filter(|d| plan.day_matches(*d)).collect();
        let times = plan.times();
        if days.is_empty() || times.is_empty() {
            return Some(None);
        }
        Some(Some(Candidates { days, times }))
    }

    /// Hourly, minutely and secondly periods. A period whose day, hour or minute cannot match
    /// skips straight to the first period of the next day, hour or minute.
    fn next_sub_daily(&mut self, plan: &Plan, step: i64) -> Option<Option<Candidates>> {
        let unit = self.freq.unit_seconds();
        let offset = step.checked_mul(unit)?;
        let begin = self
            .origin_time
            .checked_add_signed(Duration::try_seconds(offset)?)?;
        self.last_start = begin;
        let date = begin.date();
        let skip_to = |this: &mut Periods, boundary: NaiveDateTime| {
            let gap = (boundary - this.origin_time).num_seconds();
            let stride = this.interval * unit;
            this.k = this.k.max((gap + stride - 1).div_euclid(stride));
        };
        if !plan.day_matches(date) {
            skip_to(self, (date + Duration::days(1)).and_time(NaiveTime::MIN));
            return Some(None);
        }
        let hour_start = date.and_hms_opt(begin.hour(), 0, 0)?;
        if !plan.hours.is_empty() && !plan.hours.contains(&begin.hour()) {
            skip_to(self, hour_start + Duration::hours(1));
            return Some(None);
        }
        let minute_start = hour_start + Duration::minutes(i64::from(begin.minute()));
        let minutes = match self.freq {
            Freq::Hourly if plan.minutes.is_empty() => (0..60).collect(),
            Freq::Hourly => plan.minutes.clone(),
            _ if plan.minutes.is_empty() || plan.minutes.contains(&begin.minute()) => {
                vec![begin.minute()]
            }
            _ => {
                skip_to(self, minute_start + Duration::minutes(1));
                return Some(None);
            }
        };
        let seconds: Vec<u32> = match self.freq {
            Freq::Secondly if plan.seconds.is_empty() || plan.seconds.contains(&begin.second()) => {
                vec![begin.second()]
            }
            Freq::Secondly => return Some(None),
            _ if plan.seconds.is_empty() => (0..60).collect(),
            _ => plan.seconds.clone(),
        };
        let mut times = Vec::new();
        for m in &minutes {
            for s in &seconds {
                times.extend(NaiveTime::from_hms_opt(begin.hour(), *m, *s));
            }
        }
        Some(Some(Candidates {
            days: vec![date],
            times,
        }))
    }
}

/// How many values a time part allows: an empty part allows all `all`.
fn any_of(part: &[u32], all: usize) -> usize {
    if part.is_empty() { all } else { part.len() }
}

fn days_since(day: Weekday, week_start: Weekday) -> i64 {
    i64::from((7 + day.num_days_from_monday() - week_start.num_days_from_monday()) % 7)
}

/// The first day of week 1 of `year`: weeks start on `wkst`, and week 1 is the first week with
/// at least four days in the year.
fn week_year_start(year: i32, wkst: Weekday) -> Option<NaiveDate> {
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let back = days_since(jan1.weekday(), wkst);
    Some(if back <= 3 {
        jan1 - Duration::days(back)
    } else {
        jan1 + Duration::days(7 - back)
    })
}

/// (week-numbering year, week number) of a date.
fn week_of(date: NaiveDate, wkst: Weekday) -> (i32, i32) {
    for year in [date.year() + 1, date.year(), date.year() - 1] {
        if let Some(first) = week_year_start(year, wkst)
            && date >= first
        {
            return (year, ((date - first).num_days() / 7 + 1) as i32);
        }
    }
    (date.year(), 1)
}

fn weeks_in(year: i32, wkst: Weekday) -> i64 {
    match (week_year_start(year, wkst), week_year_start(year + 1, wkst)) {
        (Some(a), Some(b)) => (b - a).num_days() / 7,
        _ => 52,
    }
}

fn days_in_year(year: i32) -> u32 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some())
        .unwrap_or(28)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        parse_date_time(text).unwrap()
    }

    fn run(rule: &str, start: &str, max: usize) -> Vec<String> {
        let rule: Rule = rule.parse().unwrap();
        let start = at(start);
        let until = rule.until.map(|u| u.local(|t| t));
        let bounds = Bounds {
            max,
            horizon: at("21000101T000000"),
        };
        expand(&rule, start, false, until, bounds)
            .instances
            .iter()
            .map(|t| t.format("%Y%m%dT%H%M%S").to_string())
            .collect()
    }

    #[test]
    fn weekly_on_two_days() {
        assert_eq!(
            run("FREQ=WEEKLY;COUNT=4;BYDAY=TU,TH", "19970902T090000", 100),
            [
                "19970902T090000",
                "19970904T090000",
                "19970909T090000",
                "19970911T090000"
            ]
        );
    }

    #[test]
    fn parses_and_refuses() {
        let rule: Rule = "FREQ=MONTHLY;BYDAY=-1SU,+2MO;WKST=SU;UNTIL=20250101T000000Z;"
            .parse()
            .unwrap();
        assert_eq!(rule.by_day, [(-1, Weekday::Sun), (2, Weekday::Mon)]);
        assert_eq!(rule.wkst, Weekday::Sun);
        assert_eq!(rule.until, Some(Until::Utc(at("20250101T000000"))));
        for bad in [
            "BYDAY=MO",
            "FREQ=FORTNIGHTLY",
            "FREQ=DAILY;INTERVAL=0",
            "FREQ=DAILY;BYMONTH=13",
            "FREQ=DAILY;BYDAY=XX",
            "FREQ=DAILY;UNTIL=tomorrow",
            "FREQ=YEARLY;RSCALE=CHINESE",
            "FREQ",
        ] {
            assert!(bad.parse::<Rule>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn unbounded_rules_stop_at_the_bounds() {
        let rule: Rule = "FREQ=DAILY".parse().unwrap();
        let bounds = Bounds {
            max: 10,
            horizon: at("21000101T000000"),
        };
        let out = expand(&rule, at("20260105T090000"), false, None, bounds);
        assert_eq!(out.instances.len(), 10);
        assert!(out.truncated);

        let never: Rule = "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30".parse().unwrap();
        let out = expand(&never, at("20260105T090000"), false, None, bounds);
        assert!(out.instances.is_empty());
        assert!(out.truncated, "stopped by the horizon, not by the rule");
        let ended = Some(at("20300101T000000"));
        assert!(!expand(&never, at("20260105T090000"), false, ended, bounds).truncated);

        let sparse: Rule =
            "FREQ=SECONDLY;BYMONTH=12;BYMONTHDAY=31;BYHOUR=23;BYMINUTE=59;BYSECOND=59"
                .parse()
                .unwrap();
        let out = expand(&sparse, at("20260105T090000"), false, None, bounds);
        assert_eq!(out.instances[0], at("20261231T235959"));
        assert_eq!(out.instances.len(), 10);
    }

    #[test]
    fn a_finished_rule_is_not_truncated() {
        let rule: Rule = "FREQ=DAILY;COUNT=3".parse().unwrap();
        let bounds = Bounds {
            max: 1000,
            horizon: at("21000101T000000"),
        };
        let out = expand(&rule, at("20260105T090000"), false, None, bounds);
        assert_eq!(out.instances.len(), 3);
        assert!(!out.truncated);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn expansion_never_panics_and_stays_sorted(
            freq in proptest::sample::select(vec!["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY"]),
            interval in 1u32..5,
            by_day in proptest::option::of(proptest::sample::select(vec!["MO", "-1FR", "2TU,TH", "SU,SA"])),
            by_month_day in proptest::option::of(proptest::sample::select(vec!["1", "-1", "15,31", "29"])),
            by_month in proptest::option::of(proptest::sample::select(vec!["2", "1,7", "12"])),
            by_week_no in proptest::option::of(proptest::sample::select(vec!["1", "-1", "53", "20,21"])),
            by_set_pos in proptest::option::of(proptest::sample::select(vec!["1", "-1", "2,-2"])),
            start_day in 0i64..3000,
        ) {
            let mut text = format!("FREQ={freq};INTERVAL={interval};COUNT=20");
            for (key, value) in [("BYDAY", by_day), ("BYMONTHDAY", by_month_day), ("BYMONTH", by_month), ("BYWEEKNO", by_week_no), ("BYSETPOS", by_set_pos)] {
                if let Some(value) = value {
                    text.push_str(&format!(";{key}={value}"));
                }
            }
            let rule: Rule = text.parse().unwrap();
            let start = at("20200101T093000") + Duration::days(start_day);
            let bounds = Bounds { max: 50, horizon: start + Duration::days(730) };
            let out = expand(&rule, start, false, None, bounds);
            proptest::prop_assert!(out.instances.len() <= 20);
            proptest::prop_assert!(out.instances.windows(2).all(|w| w[0] < w[1]));
            proptest::prop_assert!(out.instances.iter().all(|t| *t >= start));
        }
    }
}
