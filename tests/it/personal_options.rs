//! The choices of a user's "Track email messages" option that the org offers
//! (`DoNotAutoTrackEmail`, `HideTrackAllOption`, `HideEmailAutoTrackOptions`).

use crate::automatic::{org, set};
use crate::engine::ALEX;
use crate::util::Env;

fn choose(env: &Env, option: &str) -> crate::util::Run {
    env.run(&["--json", "user", "set", ALEX.0, "--track-email", option])
}

#[track_caller]
fn refused(env: &Env, option: &str, why: &str) {
    let run = choose(env, option).code(4);
    let err = run.error_json();
    assert_eq!(err["error"]["code"], "option_hidden");
    let message = err["error"]["message"].as_str().unwrap();
    assert!(message.contains(why), "{message}");
    assert_eq!(
        env.json(&["user", "show", ALEX.0])["track_email"],
        "responses",
        "nothing changed"
    );
}

#[test]
fn no_email_messages_is_offered_only_while_do_not_auto_track_email_is_on() {
    let env = org();
    set(&env, "DoNotAutoTrackEmail", "false");
    refused(&env, "none", "DoNotAutoTrackEmail is off");
    set(&env, "DoNotAutoTrackEmail", "true");
    choose(&env, "none").ok();
}

#[test]
fn hide_track_all_option_hides_all_email_messages() {
    let env = org();
    choose(&env, "all").ok();
    choose(&env, "responses").ok();
    set(&env, "HideTrackAllOption", "true");
    refused(&env, "all", "HideTrackAllOption is on");
    choose(&env, "leads-contacts-accounts").ok();
}

#[test]
fn hide_email_auto_track_options_leaves_responses_and_none() {
    let env = org();
    set(&env, "HideEmailAutoTrackOptions", "true");
    set(&env, "DoNotAutoTrackEmail", "true");
    for option in ["all", "leads-contacts-accounts", "email-enabled"] {
        refused(&env, option, "HideEmailAutoTrackOptions is on");
    }
    choose(&env, "responses").ok();
    choose(&env, "none").ok();
}
