//! Appointments and the settings of "OrgDBSettings for server-side sync": who may track an
//! appointment, what a cancellation in Dynamics 365 does to Exchange, and overlapping bookings.

use crate::automatic::set;
use crate::engine::{activities, appointment, categorize, item, org, sync, tracking};

const EXTERNAL: &str = "organizer@fabrikam.com";

#[test]
fn an_attendee_tracks_an_appointment_only_while_track_appointments_from_non_organizer_is_on() {
    let env = org();
    let theirs = ["--organizer", EXTERNAL];
    let first = appointment(
        &env,
        "Their meeting",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &theirs,
    );
    categorize(&env, &[first]).ok();
    sync(&env);
    assert_eq!(tracking(&env, first)["state"], "tracked", "on by default");

    set(&env, "TrackAppointmentsFromNonOrganizer", "false");
    let second = appointment(
        &env,
        "Their next meeting",
        "2026-01-08T10:00:00Z",
        "2026-01-08T11:00:00Z",
        &theirs,
    );
    let own = appointment(
        &env,
        "My meeting",
        "2026-01-08T12:00:00Z",
        "2026-01-08T13:00:00Z",
        &[],
    );
    categorize(&env, &[second, own]).ok();
    sync(&env);
    assert_eq!(tracking(&env, second)["state"], "untracked");
    let note = item(&env, second)["note"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        note.contains("TrackAppointmentsFromNonOrganizer is off"),
        "{note}"
    );
    assert_eq!(
        tracking(&env, own)["state"],
        "tracked",
        "the organizer's own copy is tracked"
    );
}

#[test]
fn overlapping_appointments_are_both_tracked_as_the_service_does() {
    let env = org();
    let one = appointment(
        &env,
        "Booking A",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &[],
    );
    let two = appointment(
        &env,
        "Booking B",
        "2026-01-07T10:30:00Z",
        "2026-01-07T11:30:00Z",
        &[],
    );
    categorize(&env, &[one, two]).ok();
    assert_eq!(sync(&env)["tracked"], 2);
    assert_eq!(activities(&env).len(), 2);
    let alerts = env.json(&["alerts", "list"]);
    let warnings: Vec<&serde_json::Value> = alerts
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["level"] != "information")
        .collect();
    assert!(warnings.is_empty(), "no conflict alert: {warnings:?}");
}

/// A tracked appointment organized by Alex, starting at `start`; returns (item, activity).
fn tracked_meeting(env: &crate::util::Env, start: &str, end: &str) -> (i64, i64) {
    let id = appointment(env, "Review", start, end, &[]);
    categorize(env, &[id]).ok();
    sync(env);
    let activity = tracking(env, id)["activity_id"].as_i64().expect("tracked");
    (id, activity)
}

fn cancel(env: &crate::util::Env, activity: i64) {
    env.run(&["activity", "set-state", &activity.to_string(), "canceled"])
        .ok();
}

fn still_in_outlook(env: &crate::util::Env, id: i64) -> bool {
    env.run(&["item", "show", &id.to_string()]).code == 0
}

#[test]
fn a_cancellation_in_dynamics_deletes_the_organizers_appointment_only_when_propagated() {
    let env = org();
    let (kept, activity) = tracked_meeting(&env, "2026-01-09T10:00:00Z", "2026-01-09T11:00:00Z");
    cancel(&env, activity);
    sync(&env);
    assert!(
        still_in_outlook(&env, kept),
        "off by default: Exchange keeps it"
    );

    set(
        &env,
        "SSSPropagateAppointmentCancellationsToExchange",
        "true",
    );
    let (gone, activity) = tracked_meeting(&env, "2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z");
    let out = env
        .run(&["activity", "set-state", &activity.to_string(), "canceled"])
        .ok();
    assert!(
        out.stderr.contains("deletes the canceled appointment"),
        "{}",
        out.stderr
    );
    assert!(still_in_outlook(&env, gone), "not before the next cycle");
    sync(&env);
    assert!(!still_in_outlook(&env, gone));
}

#[test]
fn a_past_meeting_canceled_in_dynamics_reaches_exchange_only_with_past_meeting_updates() {
    let env = org();
    set(
        &env,
        "SSSPropagateAppointmentCancellationsToExchange",
        "true",
    );
    // The clock is at 2026-01-05T09:00Z plus a cycle or two: these meetings are over.
    let (kept, activity) = tracked_meeting(&env, "2026-01-02T10:00:00Z", "2026-01-02T11:00:00Z");
    cancel(&env, activity);
    sync(&env);
    assert!(still_in_outlook(&env, kept));

    set(&env, "SSSUpdatePastMeetingsInNonDraftMode", "true");
    let (gone, activity) = tracked_meeting(&env, "2026-01-03T10:00:00Z", "2026-01-03T11:00:00Z");
    cancel(&env, activity);
    sync(&env);
    assert!(!still_in_outlook(&env, gone));
}

#[test]
fn with_forced_organizer_sync_an_appointment_an_attendee_tracks_belongs_to_the_organizer() {
    let env = org();
    let marias = ["--organizer", crate::engine::MARIA.1];
    let first = appointment(
        &env,
        "Maria's meeting",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &marias,
    );
    categorize(&env, &[first]).ok();
    sync(&env);
    let owner = |id: i64| {
        crate::engine::activity(&env, &tracking(&env, id)["activity_id"])["owner"].clone()
    };
    assert_eq!(owner(first), "Alex Wu");

    set(
        &env,
        "ForceOrganizerSyncForAttendeeTrackedAppointment",
        "true",
    );
    let second = appointment(
        &env,
        "Maria's next meeting",
        "2026-01-08T10:00:00Z",
        "2026-01-08T11:00:00Z",
        &marias,
    );
    let external = appointment(
        &env,
        "Their meeting",
        "2026-01-08T12:00:00Z",
        "2026-01-08T13:00:00Z",
        &["--organizer", EXTERNAL],
    );
    categorize(&env, &[second, external]).ok();
    sync(&env);
    assert_eq!(owner(second), "Maria Garcia");
    assert_eq!(
        owner(external),
        "Alex Wu",
        "an organizer outside the org has no mailbox here"
    );
}

/// The activity an item is tracked to.
fn activity_of(env: &crate::util::Env, id: i64) -> serde_json::Value {
    crate::engine::activity(env, &tracking(env, id)["activity_id"])
}

#[test]
fn a_private_appointment_is_private_in_dynamics_only_with_sss_sync_appointment_is_private() {
    let env = org();
    let first = appointment(
        &env,
        "Doctor",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &["--private"],
    );
    assert_eq!(item(&env, first)["private"], true);
    categorize(&env, &[first]).ok();
    sync(&env);
    assert_eq!(activity_of(&env, first)["private"], false, "off by default");

    set(&env, "SSSSyncAppointmentIsPrivateFromExchange", "true");
    let second = appointment(
        &env,
        "Dentist",
        "2026-01-08T10:00:00Z",
        "2026-01-08T11:00:00Z",
        &["--private"],
    );
    let open = appointment(
        &env,
        "Team lunch",
        "2026-01-08T12:00:00Z",
        "2026-01-08T13:00:00Z",
        &[],
    );
    categorize(&env, &[second, open]).ok();
    sync(&env);
    assert_eq!(activity_of(&env, second)["private"], true);
    assert_eq!(activity_of(&env, open)["private"], false);
}

fn organizers(activity: &serde_json::Value) -> Vec<String> {
    activity["parties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == "organizer")
        .map(|p| p["address"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_organizer_without_an_address_takes_the_dynamics_organizer_only_with_the_setting() {
    let env = org();
    let room = ["--no-organizer-address"];
    let first = appointment(
        &env,
        "Room booking",
        "2026-01-07T10:00:00Z",
        "2026-01-07T11:00:00Z",
        &room,
    );
    assert_eq!(item(&env, first)["organizer"], serde_json::Value::Null);
    categorize(&env, &[first]).ok();
    sync(&env);
    assert!(organizers(&activity_of(&env, first)).is_empty());

    set(&env, "UseCrmOrganizerForEmptyExchangeOrganizer", "true");
    let second = appointment(
        &env,
        "Room booking 2",
        "2026-01-08T10:00:00Z",
        "2026-01-08T11:00:00Z",
        &room,
    );
    let with_address = appointment(
        &env,
        "Their meeting",
        "2026-01-08T12:00:00Z",
        "2026-01-08T13:00:00Z",
        &["--organizer", EXTERNAL],
    );
    categorize(&env, &[second, with_address]).ok();
    sync(&env);
    assert_eq!(
        organizers(&activity_of(&env, second)),
        [crate::engine::ALEX.1],
        "the owner organizes it in Dynamics 365"
    );
    assert_eq!(organizers(&activity_of(&env, with_address)), [EXTERNAL]);
}

#[test]
fn no_organizer_address_and_an_organizer_cannot_be_given_together() {
    let env = org();
    env.run(&[
        "appointment",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        "X",
        "--start",
        "2026-01-07T10:00:00Z",
        "--end",
        "2026-01-07T11:00:00Z",
        "--organizer",
        EXTERNAL,
        "--no-organizer-address",
    ])
    .code(2);
    assert_eq!(
        env.json(&["item", "list", "--kind", "appointment"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

fn add_in_dynamics(env: &crate::util::Env, subject: &str, extra: &[&str]) -> crate::util::Run {
    let mut args = vec![
        "--json",
        "activity",
        "add-appointment",
        "--owner",
        "Alex Wu",
        "--subject",
        subject,
        "--start",
        "2026-01-09T10:00:00Z",
        "--end",
        "2026-01-09T11:00:00Z",
    ];
    args.extend_from_slice(extra);
    env.run(&args)
}

/// Alex's Outlook appointments tracked to `activity`.
fn outlook_copies(env: &crate::util::Env, activity: &serde_json::Value) -> usize {
    env.json(&[
        "item",
        "list",
        "--mailbox",
        "Alex Wu",
        "--kind",
        "appointment",
    ])
    .as_array()
    .unwrap()
    .iter()
    .filter(|i| i["tracking"]["activity_id"] == *activity)
    .count()
}

#[test]
fn an_appointment_saved_as_a_draft_reaches_exchange_only_when_sent() {
    let env = org();
    // Off (the default): no draft; an appointment goes to Exchange at once.
    add_in_dynamics(&env, "Plan", &["--draft"])
        .code(4)
        .stderr_has("AllowSaveAsDraftAppointment");
    assert!(activities(&env).is_empty(), "nothing was created");
    let sent = add_in_dynamics(&env, "Plan", &[]).ok().json();
    assert_eq!(sent["draft"], false);
    assert_eq!(outlook_copies(&env, &sent["id"]), 1);

    set(&env, "AllowSaveAsDraftAppointment", "true");
    let draft = add_in_dynamics(&env, "Plan B", &["--draft"]).ok().json();
    assert_eq!(draft["draft"], true);
    assert_eq!(
        outlook_copies(&env, &draft["id"]),
        0,
        "a draft stays in Dynamics 365"
    );
    sync(&env);
    assert_eq!(outlook_copies(&env, &draft["id"]), 0);
    let id = draft["id"].to_string();
    let sent = env.json(&["activity", "send", &id]);
    assert_eq!(sent["draft"], false);
    assert_eq!(outlook_copies(&env, &draft["id"]), 1);
    env.run(&["activity", "send", &id])
        .code(4)
        .stderr_has("not a draft");
}

#[test]
fn an_appointment_created_from_a_record_is_regarding_it_only_with_add_parent_entity() {
    let env = org();
    crate::automatic::record(&env, "account", "Fabrikam", None);
    let from_fabrikam = ["--from-record", "Fabrikam"];
    let plain = add_in_dynamics(&env, "Kickoff", &from_fabrikam).ok().json();
    assert_eq!(
        plain["regarding"],
        serde_json::Value::Null,
        "off by default"
    );

    set(&env, "AddParentEntityToRelatedOnNewActivityCreate", "true");
    let related = add_in_dynamics(&env, "Review", &from_fabrikam).ok().json();
    assert_eq!(related["regarding"], "Fabrikam");
    let without = add_in_dynamics(&env, "Lunch", &[]).ok().json();
    assert_eq!(without["regarding"], serde_json::Value::Null);
    add_in_dynamics(&env, "Nowhere", &["--from-record", "No Such Record"]).code(3);
}

#[test]
fn an_imported_private_event_and_an_organizer_without_address_carry_over() {
    let env = org();
    let ics = env.file(
        "outlook.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:private-1\r\nSUMMARY:Doctor\r\n\
         DTSTART:20260107T100000Z\r\nDTEND:20260107T110000Z\r\nCLASS:PRIVATE\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:room-1\r\nSUMMARY:Room\r\nDTSTART:20260108T100000Z\r\n\
         DTEND:20260108T110000Z\r\nORGANIZER;CN=\"Room 1\":invalid:nomail\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
    );
    let out = env.json(&["calendar", "import", &ics, "--mailbox", "Alex Wu"]);
    let items: Vec<serde_json::Value> = out["item_ids"]
        .as_array()
        .expect("item_ids")
        .iter()
        .map(|id| item(&env, id.as_i64().unwrap()))
        .collect();
    let by_subject = |subject: &str| {
        items
            .iter()
            .find(|i| i["subject"] == subject)
            .unwrap_or_else(|| panic!("no {subject} in {out}"))
            .clone()
    };
    assert_eq!(by_subject("Doctor")["private"], true);
    assert_eq!(by_subject("Doctor")["organizer"], crate::engine::ALEX.1);
    assert_eq!(by_subject("Room")["private"], false);
    assert_eq!(by_subject("Room")["organizer"], serde_json::Value::Null);
}
