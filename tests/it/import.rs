//! The pure readers behind `mail import` and `calendar import`, run over the real corpora.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use orgtrack::import::{self, eml, ics};
use serde_json::Value;

use crate::util::corpora;

/// Every message of a corpus folder: (origin, parse result).
fn parse_all(dir: &Path) -> Vec<(String, Result<eml::Message, String>)> {
    import::collect_inputs(&[dir])
        .map(|input| {
            let parsed = match &input.content {
                Ok(bytes) => eml::parse_message(bytes),
                Err(reason) => Err(reason.clone()),
            };
            let origin = input.origin();
            let origin = origin
                .strip_prefix(&format!("{}/", dir.display()))
                .unwrap_or(&origin)
                .to_string();
            (origin, parsed)
        })
        .collect()
}

#[test]
fn every_corpus_message_parses_or_fails_with_a_reason() {
    let all = parse_all(&corpora().join("eml"));
    let mut per_folder: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (origin, parsed) in &all {
        let folder = origin.split('/').next().unwrap().to_string();
        let counts = per_folder.entry(folder).or_default();
        match parsed {
            Ok(message) => {
                counts.0 += 1;
                assert!(!message.message_id.is_empty(), "{origin}: empty Message-ID");
                assert!(
                    !message.message_id.contains(['<', '>']),
                    "{origin}: {}",
                    message.message_id
                );
            }
            Err(reason) => {
                counts.1 += 1;
                assert!(!reason.is_empty(), "{origin}: failure without a reason");
                failures.push(format!("{origin}: {reason}"));
            }
        }
    }
    let expected: BTreeMap<String, (usize, usize)> = [
        ("mimekit", (27, 0)),
        ("notmuch-broken", (4, 0)),
        ("notmuch-lkml", (210, 0)),
        ("notmuch-threading", (12, 0)),
        ("ruby-mail", (103, 1)),
        ("stalwart-malformed", (23, 0)),
        ("stalwart-rfc", (10, 0)),
        ("stalwart-thirdparty", (20, 0)),
        ("talon-replies", (12, 0)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(per_folder, expected, "failures: {failures:#?}");
    // The only failure is the empty sample; the .json sidecars and SOURCES.txt are not mail.
    assert_eq!(
        failures,
        ["ruby-mail/sample_output_multipart.eml: empty file"]
    );
    assert_eq!(all.len(), 422);
}

#[test]
fn messages_without_an_id_get_a_stable_derived_one() {
    let all = parse_all(&corpora().join("eml"));
    let derived: Vec<&eml::Message> = all
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .filter(|m| m.derived_id)
        .collect();
    assert!(!derived.is_empty());
    for message in derived {
        assert!(
            message.message_id.starts_with("derived.")
                && message.message_id.ends_with("@orgtrack.invalid")
        );
    }
    let again = parse_all(&corpora().join("eml"));
    let ids = |v: &Vec<(String, Result<eml::Message, String>)>| -> Vec<String> {
        v.iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|m| m.message_id.clone())
            .collect()
    };
    assert_eq!(ids(&all), ids(&again));
}

/// mail-parser's own expected parse of the stalwart samples: subject, From, To and Message-ID of
/// every sample that has one. Addresses without an email (a bare group name) are left out by us.
#[test]
fn stalwart_samples_match_their_expected_parse() {
    let mut checked = 0;
    let mut fields = 0;
    for folder in ["stalwart-rfc", "stalwart-malformed", "stalwart-thirdparty"] {
        let dir = corpora().join("eml").join(folder);
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for json_path in names
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        {
            let eml_path = json_path
                .to_string_lossy()
                .replace(".expected.json", ".eml");
            let raw = std::fs::read(&eml_path).unwrap();
            let message = eml::parse_message(&raw).unwrap_or_else(|e| panic!("{eml_path}: {e}"));
            let expected: Value =
                serde_json::from_slice(&std::fs::read(json_path).unwrap()).unwrap();
            let headers = expected["parts"][0]["headers"].as_array().unwrap();
            // The last occurrence of a header wins, as in the parser.
            let header = |name: &str| {
                headers
                    .iter()
                    .rev()
                    .find(|h| h["name"] == name)
                    .map(|h| &h["value"])
            };
            if let Some(subject) = header("subject") {
                assert_eq!(
                    message.subject,
                    subject["Text"].as_str().unwrap().trim(),
                    "{eml_path}: subject"
                );
                fields += 1;
            } else {
                assert_eq!(message.subject, "", "{eml_path}: subject");
            }
            if let Some(id) = header("message_id") {
                assert_eq!(
                    message.message_id,
                    id["Text"].as_str().unwrap(),
                    "{eml_path}: message id"
                );
                assert!(!message.derived_id);
                fields += 1;
            } else {
                assert!(message.derived_id, "{eml_path}: expected a derived id");
            }
            for (name, got) in [("from", &message.from), ("to", &message.to)] {
                let want: Vec<(Option<String>, String)> = header(name)
                    .map(|v| v["Address"]["List"].as_array().unwrap().clone())
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|a| {
                        let email = a["address"].as_str()?.to_string();
                        Some((a["name"].as_str().map(|n| n.trim().to_string()), email))
                    })
                    .collect();
                let got: Vec<(Option<String>, String)> = got
                    .iter()
                    .map(|a| (a.name.clone(), a.email.clone()))
                    .collect();
                assert_eq!(got, want, "{eml_path}: {name}");
                fields += usize::from(header(name).is_some());
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 53, "samples with an expected parse");
    assert!(fields >= 70, "only {fields} fields compared");
}

/// Subjects and names are decoded from RFC 2047 (spot checks of non-ASCII samples).
#[test]
fn encoded_subjects_and_names_are_decoded() {
    let dir = corpora().join("eml");
    let japanese =
        eml::parse_message(&std::fs::read(dir.join("stalwart-thirdparty/010.eml")).unwrap())
            .unwrap();
    assert_eq!(japanese.subject, "こんにちは");
    let reply =
        eml::parse_message(&std::fs::read(dir.join("notmuch-lkml/1354585346.000260.eml")).unwrap())
            .unwrap();
    assert_eq!(
        reply.message_id,
        "1258848661-4660-2-git-send-email-stefan@datenfreihafen.org"
    );
    assert_eq!(
        reply.in_reply_to.as_deref(),
        Some("1258848661-4660-1-git-send-email-stefan@datenfreihafen.org")
    );
    assert!(
        reply
            .subject
            .starts_with("[notmuch] [PATCH 2/2] notmuch-new: Tag mails not as unread")
    );
    assert!(reply.sent_at.is_some());
    assert!(!reply.body.is_empty());
}

/// (distinct replies, whose In-Reply-To is in the set, that name any message of the set).
const REPLY_COUNTS: (usize, usize, usize) = (171, 136, 156);

/// What the lead's conversations rest on: in the LKML threads, replies name parents that are in
/// the same set. The corpus is a cut of a larger archive, so some parents are absent; the counts
/// are pinned.
#[test]
fn lkml_replies_name_parents_in_the_same_set() {
    let all = parse_all(&corpora().join("eml/notmuch-lkml"));
    let mut by_id: BTreeMap<String, eml::Message> = BTreeMap::new();
    for (origin, parsed) in all {
        let message = parsed.unwrap_or_else(|e| panic!("{origin}: {e}"));
        by_id.entry(message.message_id.clone()).or_insert(message);
    }
    assert_eq!(by_id.len(), 176, "distinct messages (the rest are copies)");
    let ids: HashSet<&String> = by_id.keys().collect();
    let replies: Vec<&eml::Message> = by_id.values().filter(|m| m.in_reply_to.is_some()).collect();
    let parent_present = replies
        .iter()
        .filter(|m| ids.contains(m.in_reply_to.as_ref().unwrap()))
        .count();
    let some_ancestor_present = replies
        .iter()
        .filter(|m| {
            m.references
                .iter()
                .chain(m.in_reply_to.iter())
                .any(|id| ids.contains(id))
        })
        .count();
    assert_eq!(
        (replies.len(), parent_present, some_ancestor_present),
        REPLY_COUNTS
    );
}
fn calendar(name: &str) -> ics::Calendar {
    let path = corpora().join("ics/real").join(name);
    ics::parse_calendar(&std::fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn starts(event: &ics::Event) -> Vec<String> {
    event
        .occurrences
        .iter()
        .map(|o| orgtrack::time::format(o.start))
        .collect()
}

/// Every real calendar reads; per file: events, occurrences of each, whether cut at the bound.
#[test]
fn every_real_calendar_reads() {
    let expected: &[(&str, &[(usize, bool)])] = &[
        ("icaljs_daily_recur.ics", &[(1000, true)]),
        ("icaljs_multiple_rrules.ics", &[(36, false)]),
        ("icaljs_rdate_exdate.ics", &[(3, false)]),
        ("icaljs_recur_instances.ics", &[(1000, true)]),
        ("icaljs_recur_instances_finite.ics", &[(5, false)]),
        // Its zone is only defined by its VTIMEZONE: at +02:00 the last weekday, 22 July at
        // 08:00Z, is UNTIL itself and counts.
        ("pyicalendar_issue_165_missing_event.ics", &[(14, false)]),
        ("pyicalendar_issue_836_do_not_quote_tzid.ics", &[(1, false)]),
        ("pyicalendar_timezone_same_start.ics", &[(1, false)]),
        ("rie_each_week_but_one_deleted.ics", &[(7, false)]),
        ("rie_each_week_but_two_deleted.ics", &[(6, false)]),
        ("rie_issue_148_exdate_and_rdate_updated.ics", &[(3, false)]),
        ("rie_issue_20_exdate_ignored.ics", &[(7, false)]),
        (
            "rie_issue_243_recurrence_id_is_not_identical_to_dtstart.ics",
            &[(1000, true)],
        ),
        ("rie_issue_27_t1.ics", &[(2, false)]),
        ("rie_issue_27_t2.ics", &[(2, false)]),
        (
            "rie_issue_28_rrule_with_UTC_endinginZ.ics",
            &[(15, false), (12, false)],
        ),
        ("rie_issue_62_moved_event.ics", &[(1000, true)]),
        ("rie_issue_75_range_parameter.ics", &[(194, false)]),
        ("rie_recurring_events_moved.ics", &[(3, false), (4, false)]),
    ];
    let mut files: Vec<String> = std::fs::read_dir(corpora().join("ics/real"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let listed: Vec<&str> = expected.iter().map(|(f, _)| *f).collect();
    assert_eq!(files, listed, "the corpus changed");
    for (file, events) in expected {
        let calendar = calendar(file);
        let got: Vec<(usize, bool)> = calendar
            .events
            .iter()
            .map(|e| (e.occurrences.len(), e.truncated))
            .collect();
        assert_eq!(&got, events, "{file}");
        for event in &calendar.events {
            assert!(
                event
                    .occurrences
                    .windows(2)
                    .all(|w| w[0].start <= w[1].start),
                "{file}"
            );
        }
    }
}

#[test]
fn exdates_remove_occurrences() {
    // Weekly, 8 times, from Monday 2019-03-04 00:30 Berlin; the second is deleted (in UTC).
    let event = &calendar("rie_each_week_but_one_deleted.ics").events[0];
    let got = starts(event);
    assert_eq!(got.len(), 7);
    assert_eq!(got[0], "2019-03-03T23:30:00Z");
    assert!(!got.contains(&"2019-03-10T23:30:00Z".to_string()));
    assert_eq!(got[1], "2019-03-17T23:30:00Z");
    // A date EXDATE removes the timed occurrence on that day.
    let event = &calendar("icaljs_rdate_exdate.ics").events[0];
    assert_eq!(
        starts(event),
        [
            "2024-06-09T03:00:00Z",
            "2024-06-10T03:00:00Z",
            "2024-06-12T03:00:00Z"
        ]
    );
}

#[test]
fn two_rrules_are_united() {
    // Mondays (weekly) and every Sunday (monthly BYDAY=SU), 11:00 Los Angeles, until late July.
    let event = &calendar("icaljs_multiple_rrules.ics").events[0];
    assert_eq!(event.rrules.len(), 2);
    assert_eq!(event.organizer.as_deref(), Some("frashed@mozilla.com"));
    assert_eq!(event.attendees, ["jlal@mozilla.com"]);
    let got = starts(event);
    assert_eq!(got[0], "2012-03-26T18:00:00Z");
    assert_eq!(got[1], "2012-04-01T18:00:00Z");
    assert_eq!(got.last().unwrap(), "2012-07-29T18:00:00Z");
}

#[test]
fn recurrence_id_changes_move_occurrences() {
    let calendar = calendar("rie_recurring_events_moved.ics");
    let second = &calendar.events[1];
    assert_eq!(
        starts(second),
        [
            "2019-03-07T01:00:00Z",
            "2019-03-08T00:00:00Z",
            "2019-03-09T02:00:00Z",
            "2019-03-10T01:00:00Z"
        ]
    );
    let flags: Vec<bool> = second.occurrences.iter().map(|o| o.overridden).collect();
    assert_eq!(flags, [false, true, true, false]);
    assert_eq!(
        orgtrack::time::format(second.occurrences[1].recurrence_id),
        "2019-03-08T01:00:00Z"
    );

    // RANGE=THISANDFUTURE moves every later occurrence too.
    let event = &calendar_75();
    let at = |rid: &str| {
        event
            .occurrences
            .iter()
            .find(|o| orgtrack::time::format(o.recurrence_id) == rid)
            .unwrap_or_else(|| panic!("no occurrence {rid}"))
    };
    let fmt = orgtrack::time::format;
    assert_eq!(
        fmt(at("2024-09-11T12:00:00Z").start),
        "2024-09-11T12:00:00Z"
    );
    let moved = at("2024-09-13T12:00:00Z");
    assert_eq!(
        (fmt(moved.start), fmt(moved.end)),
        ("2024-09-13T09:00:00Z".into(), "2024-09-13T16:00:00Z".into())
    );
    assert_eq!(
        fmt(at("2024-09-17T12:00:00Z").start),
        "2024-09-17T09:00:00Z"
    );
    assert_eq!(
        fmt(at("2024-09-15T12:00:00Z").start),
        "2024-09-15T17:00:00Z"
    );
    assert_eq!(
        fmt(at("2024-09-23T12:00:00Z").start),
        "2024-09-24T14:22:00Z"
    );
}

fn calendar_75() -> ics::Event {
    calendar("rie_issue_75_range_parameter.ics")
        .events
        .remove(0)
}

#[test]
fn windows_time_zone_names_resolve() {
    let event = &calendar("pyicalendar_issue_836_do_not_quote_tzid.ics").events[0];
    assert_eq!(event.time_zone.as_deref(), Some("America/New_York"));
    assert_eq!(orgtrack::time::format(event.start), "2024-10-28T21:00:00Z");
    assert_eq!(orgtrack::time::format(event.end), "2024-10-28T22:00:00Z");
    assert!(!event.recurring);
}
