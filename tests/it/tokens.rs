//! `orgtrack token parse`: tracking tokens read with the org's settings, earlier prefixes kept.

use serde_json::json;

use crate::util::Env;

fn parse(env: &Env, subject: &str) -> serde_json::Value {
    env.json(&["token", "parse", subject])
}

#[test]
fn parses_the_default_token_at_the_end_of_a_reply() {
    let env = Env::new();
    assert_eq!(
        parse(&env, "RE: Offer for Contoso CRM:0001001"),
        json!({"token": "CRM:0001001", "prefix": "CRM", "online": 0, "user_number": 1, "counter": 1})
    );
    let table = env.run(&["token", "parse", "RE: Offer CRM:0042017  "]).ok();
    for text in ["CRM:0042017", "user_number", "42", "17"] {
        assert!(
            table.stdout.contains(text),
            "table lacks {text}:\n{}",
            table.stdout
        );
    }
}

#[test]
fn prefix_case_is_ignored() {
    let env = Env::new();
    let got = parse(&env, "re: offer crm:0002005");
    assert_eq!(got["prefix"], "CRM");
    assert_eq!(got["token"], "crm:0002005");
    assert_eq!(got["user_number"], 2);
    assert_eq!(got["counter"], 5);
}

#[test]
fn a_subject_without_a_token_exits_3() {
    let env = Env::new();
    for subject in [
        "RE: Offer for Contoso",
        "CRM:0001001 is great",
        "Offer CRM:00010",
        "OfferCRM:0001001",
    ] {
        env.run(&["token", "parse", subject])
            .code(3)
            .stderr_has("no tracking token was found")
            .stderr_has("for prefixes CRM");
    }
    let run = env.run(&["--json", "token", "parse", "Offer"]).code(3);
    assert_eq!(run.error_json()["error"]["code"], "no_token");
    assert!(run.stdout.is_empty());
}

#[test]
fn a_changed_prefix_parses_and_the_old_one_still_does() {
    let env = Env::new();
    env.run(&["settings", "set", "trackingprefix", "ACME"]).ok();
    assert_eq!(parse(&env, "RE: Offer ACME:0001001")["prefix"], "ACME");
    assert_eq!(parse(&env, "RE: Offer CRM:0001001")["prefix"], "CRM");
    env.run(&["settings", "set", "trackingprefix", "ZED"]).ok();
    for (subject, prefix) in [
        ("Offer ZED:0001001", "ZED"),
        ("Offer ACME:0001001", "ACME"),
        ("Offer CRM:0001001", "CRM"),
    ] {
        assert_eq!(parse(&env, subject)["prefix"], prefix, "{subject}");
    }
    env.run(&["token", "parse", "Offer OTHER:0001001"])
        .code(3)
        .stderr_has("for prefixes ZED, ACME, CRM");
}

#[test]
fn reset_and_import_also_keep_the_retired_prefix() {
    let env = Env::new();
    env.run(&["settings", "set", "trackingprefix", "ACME"]).ok();
    env.run(&["settings", "reset", "trackingprefix"]).ok();
    assert_eq!(parse(&env, "Offer ACME:0001001")["prefix"], "ACME");
    let file = env.file("prefix.toml", "trackingprefix = \"BETA\"\n");
    env.run(&["settings", "import", &file]).ok();
    assert_eq!(parse(&env, "Offer BETA:0001001")["prefix"], "BETA");
    assert_eq!(parse(&env, "Offer CRM:0001001")["prefix"], "CRM");
    assert_eq!(parse(&env, "Offer ACME:0001001")["prefix"], "ACME");
}

#[test]
fn dry_runs_and_rejected_values_retire_nothing() {
    let env = Env::new();
    env.run(&["settings", "set", "trackingprefix", "ACME", "--dry-run"])
        .ok();
    env.run(&["settings", "set", "trackingprefix", &"X".repeat(21)])
        .code(4);
    env.run(&["token", "parse", "Offer CRM:0001001"]).ok();
    env.run(&["token", "parse", "Offer ACME:0001001"])
        .code(3)
        .stderr_has("for prefixes CRM");
    // A change of letter case is the same prefix: nothing to remember.
    env.run(&["settings", "set", "trackingprefix", "crm"]).ok();
    env.run(&["token", "parse", "Offer ACME:0001001"])
        .code(3)
        .stderr_has("for prefixes crm\n");
}

#[test]
fn going_back_to_an_earlier_prefix_lists_it_once() {
    let env = Env::new();
    env.run(&["settings", "set", "trackingprefix", "ACME"]).ok();
    env.run(&["settings", "set", "trackingprefix", "CRM"]).ok();
    env.run(&["token", "parse", "Offer"])
        .code(3)
        .stderr_has("for prefixes CRM, ACME\n");
}

#[test]
fn digits_follow_the_settings() {
    let env = Env::new();
    env.run(&["settings", "set", "trackingtokeniddigits", "5"])
        .ok();
    env.run(&["settings", "set", "maximumtrackingnumber", "99"])
        .ok();
    assert_eq!(
        parse(&env, "Offer CRM:00012342"),
        json!({"token": "CRM:00012342", "prefix": "CRM", "online": 0, "user_number": 123, "counter": 42})
    );
    // Fewer digits than 1 + 5 + 2 is no token under these widths.
    env.run(&["token", "parse", "Offer CRM:0001001"]).code(3);
    env.run(&["settings", "set", "trackingtokenidbase", "100000"])
        .ok();
    // A user number that outgrew its digits is read in full.
    assert_eq!(parse(&env, "Offer CRM:010000701")["user_number"], 100007);
}

#[test]
fn tokens_off_still_parse_with_a_note() {
    let env = Env::new();
    env.run(&["settings", "set", "maximumtrackingnumber", "0"])
        .ok();
    let run = env
        .run(&["--json", "token", "parse", "Offer CRM:0001001"])
        .ok()
        .stderr_has("tracking tokens are off");
    assert_eq!(run.json()["counter"], 1);
}

#[test]
fn parse_needs_a_state() {
    Env::empty()
        .run(&["token", "parse", "Offer CRM:0001001"])
        .code(7)
        .stderr_has("orgtrack init");
}
