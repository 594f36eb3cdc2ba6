//! libical's recurrence vectors run through the expander `calendar import` uses.

use chrono::NaiveDateTime;
use orgtrack::import::ics::recur::{self, Bounds, Rule};

use crate::util::corpora;

/// Cases we do not run, with the reason. Matched on (RRULE, DTSTART).
const SKIPPED: &[(&str, &str, &str)] = &[(
    "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30;BYWEEKNO=1;UNTIL=20320101",
    "20241230",
    "libical lists no instances for it (BYWEEKNO with BYMONTH and BYMONTHDAY is unimplemented there)",
)];

struct Case {
    line: usize,
    rrule: String,
    dtstart: String,
    start_at: Option<String>,
    instances: String,
}

fn cases() -> Vec<Case> {
    let path = corpora().join("ics/vectors/libical_icalrecur_test.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    for (index, line) in text.lines().chain(std::iter::once("")).enumerate() {
        if line.is_empty() {
            cases.extend(current.take());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let case = current.get_or_insert_with(|| Case {
            line: index + 1,
            rrule: String::new(),
            dtstart: String::new(),
            start_at: None,
            instances: String::new(),
        });
        let (key, value) = line.split_once(':').expect("KEY:value");
        match key {
            "RRULE" => case.rrule = value.to_string(),
            "DTSTART" => case.dtstart = value.to_string(),
            "START-AT" => case.start_at = Some(value.to_string()),
            "INSTANCES" => case.instances = value.to_string(),
            other => panic!("line {}: unknown key {other}", index + 1),
        }
    }
    cases
}

/// The instances of one case in the vectors' notation. Floating and UTC times are both expanded
/// as wall-clock times (the expander never sees zones), and UNTIL is compared the same way.
fn expand(case: &Case) -> Result<Vec<String>, String> {
    let rule: Rule = case.rrule.parse()?;
    let date_only = case.dtstart.len() == 8;
    let utc = case.dtstart.ends_with('Z');
    let start = if date_only {
        chrono::NaiveDate::parse_from_str(&case.dtstart, "%Y%m%d")
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    } else {
        recur::parse_date_time(case.dtstart.trim_end_matches('Z')).unwrap()
    };
    let until = rule.until.map(|u| u.local(|t| t));
    let bounds = Bounds {
        max: 5000,
        horizon: NaiveDateTime::parse_from_str("21000101T000000", "%Y%m%dT%H%M%S").unwrap(),
    };
    let expansion = recur::expand(&rule, start, date_only, until, bounds);
    Ok(expansion
        .instances
        .iter()
        .map(|t| {
            if date_only {
                t.format("%Y%m%d").to_string()
            } else if utc {
                t.format("%Y%m%dT%H%M%SZ").to_string()
            } else {
                t.format("%Y%m%dT%H%M%S").to_string()
            }
        })
        .collect())
}

#[test]
fn libical_vectors_give_exactly_the_listed_instances() {
    let cases = cases();
    assert_eq!(cases.len(), 146, "the vector file changed");
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    for case in &cases {
        if let Some((_, _, why)) = SKIPPED
            .iter()
            .find(|(r, d, _)| *r == case.rrule && *d == case.dtstart)
        {
            skipped.push(format!(
                "line {}: {} (DTSTART {}): {why}",
                case.line, case.rrule, case.dtstart
            ));
            continue;
        }
        let expected: Vec<&str> = case.instances.split(',').collect();
        match expand(case) {
            Ok(got) if got == expected => passed += 1,
            Ok(got) => failures.push(format!(
                "line {}: {} DTSTART {}{}\n  expected {}\n  got      {}",
                case.line,
                case.rrule,
                case.dtstart,
                case.start_at
                    .as_deref()
                    .map(|s| format!(" START-AT {s}"))
                    .unwrap_or_default(),
                expected.join(","),
                got.join(",")
            )),
            Err(e) => failures.push(format!("line {}: {} refused: {e}", case.line, case.rrule)),
        }
    }
    for line in &skipped {
        eprintln!("skipped {line}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert_eq!(passed + skipped.len(), cases.len());
    assert_eq!(skipped.len(), SKIPPED.len(), "a skip entry matches no case");
    assert!(passed >= 145, "only {passed} cases ran");
}

/// START-AT cases: the instances from START-AT on are the tail of the full list, which the test
/// above already pins; here we check the vectors' own reading of it (libical skips listed
/// instances before START-AT) holds for ours.
#[test]
fn start_at_cases_are_the_tail_of_the_full_list() {
    for case in cases().iter().filter(|c| c.start_at.is_some()) {
        let start_at = case.start_at.as_deref().unwrap();
        let got = expand(case).unwrap();
        let tail: Vec<&String> = got.iter().filter(|t| t.as_str() >= start_at).collect();
        assert!(
            !tail.is_empty(),
            "line {}: nothing from {start_at} on",
            case.line
        );
        let expected: Vec<&str> = case
            .instances
            .split(',')
            .filter(|t| *t >= start_at)
            .collect();
        assert_eq!(tail, expected, "line {}", case.line);
    }
}
