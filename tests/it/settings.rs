//! `orgtrack settings ...`: typed, range-checked, version-aware and all-or-nothing.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::util::Env;

fn value_of(env: &Env, name: &str) -> Value {
    env.json(&["settings", "get", name])["value"].clone()
}

#[test]
fn get_reports_the_contract_fields_with_canonical_names() {
    let env = Env::new();
    let got = env.json(&["settings", "get", "maxrecordsforexporttoexcel"]);
    assert_eq!(got["name"], "MaxRecordsForExportToExcel");
    assert_eq!(got["value"], 10000);
    assert_eq!(got["default"], 10000);
    assert_eq!(got["type"], "number");
    // Dataverse keeps it as a column of the organization table, not in orgdborgsettings.
    assert_eq!(got["kind"], "column");
    assert_eq!(got["min"], 5000);
    assert_eq!(got["max"], 1000000);
    assert_eq!(got["is_default"], true);
    assert_eq!(got["applies"], true);
    assert!(got["description"].as_str().unwrap().len() > 10);
}

#[test]
fn email_tracking_columns_have_the_page_defaults() {
    let env = Env::new();
    let expected = [
        ("emailcorrelationenabled", json!(true)),
        ("maximumtrackingnumber", json!(999)),
        ("trackingprefix", json!("CRM")),
        ("trackingtokenidbase", json!(0)),
        ("trackingtokeniddigits", json!(3)),
        ("enablesmartmatching", json!(false)),
        ("hashfilterkeywords", json!(r"^[\s]*([\w]+\s?:[\s]*)+")),
        ("hashmaxcount", json!(20)),
        ("hashdeltasubjectcount", json!(0)),
        ("hashminaddresscount", json!(2)),
        ("isfolderbasedtrackingenabled", json!(true)),
        ("ignoreinternalemail", json!(false)),
        ("generatealertsforerrors", json!(true)),
        ("generatealertsforwarnings", json!(true)),
        ("generatealertsforinformation", json!(true)),
        ("maxfolderbasedtrackingmappings", json!(25)),
        ("AutoTrackSentFolderItems", json!(false)),
    ];
    for (name, default) in expected {
        let got = env.json(&["settings", "get", name]);
        assert_eq!(got["value"], default, "{name}");
        let kind = if name == "AutoTrackSentFolderItems" {
            "orgdb"
        } else {
            "column"
        };
        assert_eq!(got["kind"], kind, "{name}");
    }
    let digits = env.json(&["settings", "get", "trackingtokeniddigits"]);
    assert_eq!(
        (digits["min"].clone(), digits["max"].clone()),
        (json!(1), json!(10))
    );
}

#[test]
fn track_categorized_items_default_follows_the_version() {
    for (version, expected) in [
        ("9.1.0.4038", false),
        ("9.1.0.4039", true),
        ("9.2.25101.0", true),
        ("9.0.2.100", false),
    ] {
        let env = Env::with_version(version);
        let got = env.json(&["settings", "get", "TrackCategorizedItems"]);
        assert_eq!(got["default"], expected, "at {version}");
        assert_eq!(got["applies"], true, "at {version}");
    }
    let old = Env::with_version("8.2.0.0");
    assert_eq!(
        old.json(&["settings", "get", "TrackCategorizedItems"])["applies"],
        false
    );
}

#[test]
fn set_checks_type_and_range_and_changes_nothing_on_error() {
    let env = Env::new();
    env.run(&["settings", "set", "TRACKCATEGORIZEDITEMS", "FALSE"])
        .ok()
        .stderr_has("TrackCategorizedItems: true -> false");
    assert_eq!(value_of(&env, "TrackCategorizedItems"), false);

    let bad_bool = env
        .run(&["settings", "set", "TrackCategorizedItems", "yes"])
        .code(4);
    assert!(
        bad_bool.stderr.contains("expected true or false"),
        "{}",
        bad_bool.stderr
    );

    let out_of_range = env
        .run(&[
            "--json",
            "settings",
            "set",
            "MaxRecordsForExportToExcel",
            "4999",
        ])
        .code(4);
    let error = out_of_range.error_json();
    assert_eq!(error["error"]["code"], "invalid_value");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("5000..1000000")
    );

    env.run(&["settings", "set", "MaxRecordsForExportToExcel", "ten"])
        .code(4)
        .stderr_has("expected a whole number");
    env.run(&["settings", "set", "trackingprefix", ""])
        .code(4)
        .stderr_has("length must be 1..20");
    assert_eq!(value_of(&env, "MaxRecordsForExportToExcel"), 10000);
    assert_eq!(value_of(&env, "trackingprefix"), "CRM");
    assert_eq!(
        env.json(&["settings", "list", "--changed"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn negative_values_are_values_not_options() {
    let env = Env::new();
    env.run(&[
        "settings",
        "set",
        "SSSForceFilteringMethodForUserMailboxes",
        "2",
    ])
    .ok();
    env.run(&[
        "settings",
        "set",
        "SSSForceFilteringMethodForUserMailboxes",
        "-1",
    ])
    .ok();
    assert_eq!(
        value_of(&env, "SSSForceFilteringMethodForUserMailboxes"),
        -1
    );
    env.run(&[
        "settings",
        "set",
        "SSSForceFilteringMethodForUserMailboxes",
        "-2",
    ])
    .code(4)
    .stderr_has("-1..4");
}

#[test]
fn an_unknown_name_exits_3_with_the_closest_names() {
    let env = Env::new();
    let run = env
        .run(&["--json", "settings", "set", "TrackCategorisedItems", "true"])
        .code(3);
    let error = run.error_json();
    assert_eq!(error["error"]["code"], "unknown_setting");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did you mean TrackCategorizedItems")
    );
    env.run(&["settings", "get", "NoSuchThingAtAll"])
        .code(3)
        .stderr_has("unknown setting 'NoSuchThingAtAll'");
}

#[test]
fn a_setting_outside_its_versions_needs_force() {
    let env = Env::new();
    // AuditRetentionPeriod stops at 9.2.21114.0; this org is 9.2.25101.0.
    let run = env
        .run(&["settings", "set", "AuditRetentionPeriod", "90"])
        .code(4);
    assert!(
        run.stderr
            .contains("does not apply to org version 9.2.25101.0"),
        "{}",
        run.stderr
    );
    assert!(
        env.json(&["settings", "list", "--changed", "--all"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.run(&["settings", "set", "AuditRetentionPeriod", "90", "--force"])
        .ok();
    let got = env.json(&["settings", "get", "AuditRetentionPeriod"]);
    assert_eq!(
        (got["value"].clone(), got["applies"].clone()),
        (json!(90), json!(false))
    );
}

#[test]
fn dry_run_shows_the_change_and_keeps_the_value() {
    let env = Env::new();
    let run = env
        .run(&[
            "--json",
            "settings",
            "set",
            "hashmaxcount",
            "30",
            "--dry-run",
        ])
        .ok();
    assert_eq!(run.json()[0]["old"], 20);
    assert_eq!(run.json()[0]["new"], 30);
    assert!(run.stderr.contains("dry run"));
    assert_eq!(value_of(&env, "hashmaxcount"), 20);
}

#[test]
fn reset_goes_back_to_the_default_and_checks_every_name_first() {
    let env = Env::new();
    env.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    env.run(&["settings", "set", "enablesmartmatching", "true"])
        .ok();
    env.run(&["settings", "reset", "hashmaxcount", "nosuchsetting"])
        .code(3);
    assert_eq!(value_of(&env, "hashmaxcount"), 30);
    let changes = env.json(&["settings", "reset", "hashmaxcount", "EnableSmartMatching"]);
    assert_eq!(changes.as_array().unwrap().len(), 2);
    assert_eq!(value_of(&env, "hashmaxcount"), 20);
    assert_eq!(value_of(&env, "enablesmartmatching"), false);
}

#[test]
fn list_filters_by_applicability_change_area_and_text() {
    let env = Env::new();
    let applicable = env.json(&["settings", "list"]).as_array().unwrap().len();
    let all = env
        .json(&["settings", "list", "--all"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        all,
        192 + 40,
        "every catalog name and every email settings column"
    );
    assert!(
        applicable < all && applicable > 150,
        "{applicable} of {all} apply"
    );
    let alerts = env.json(&["settings", "list", "--area", "ALERTS"]);
    assert!(
        alerts
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["area"] == "alerts")
    );
    assert!(
        alerts
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "generatealertsforerrors")
    );
    let filtered = env.json(&["settings", "list", "--filter", "smartmatching"]);
    let names: Vec<&str> = filtered
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"enablesmartmatching") && names.contains(&"DisableSmartMatching"),
        "{names:?}"
    );
    env.run(&["settings", "list", "--area", "nowhere"])
        .code(4)
        .stderr_has("areas are");
    let table = env
        .run(&["settings", "list", "--filter", "TrackCategorizedItems"])
        .ok();
    assert!(table.stdout.contains("TrackCategorizedItems") && table.stdout.contains("IS DEFAULT"));
}

#[test]
fn ndjson_prints_one_object_per_line() {
    let env = Env::new();
    let run = env
        .run(&["--format", "ndjson", "settings", "list", "--area", "alerts"])
        .ok();
    for line in run.stdout.lines() {
        let object: Value = serde_json::from_str(line).unwrap();
        assert!(object["name"].is_string());
    }
    assert!(run.stdout.lines().count() >= 3);
}

#[test]
fn describe_shows_every_version_row() {
    let env = Env::new();
    let described = env.json(&["settings", "describe", "trackcategorizeditems"]);
    let rows = described["versions"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2]["min_version"], "9.1.0.4039");
    assert_eq!(rows[2]["in_force"], true);
    assert!(
        described["stored_as"]
            .as_str()
            .unwrap()
            .contains("orgdborgsettings")
    );
    let table = env
        .run(&["settings", "describe", "TrackCategorizedItems"])
        .ok();
    assert!(table.stdout.contains("8.2.2.840"));
}

fn configure(env: &Env) {
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    env.run(&["settings", "set", "MaxRecordsForExportToExcel", "250000"])
        .ok();
    env.run(&["settings", "set", "trackingprefix", "FAB"]).ok();
    env.run(&[
        "settings",
        "set",
        "hashfilterkeywords",
        r"^(RE|FW|AW) ?: <&>",
    ])
    .ok();
}

#[test]
fn export_formats_hold_the_explicit_values() {
    let env = Env::new();
    configure(&env);
    let toml = env.run(&["settings", "export"]).ok().stdout;
    assert!(toml.contains("TrackCategorizedItems = false"), "{toml}");
    assert!(
        toml.contains("MaxRecordsForExportToExcel = 250000"),
        "{toml}"
    );
    assert!(toml.contains("trackingprefix = \"FAB\""), "{toml}");
    let json: Value =
        serde_json::from_str(&env.run(&["settings", "export", "json"]).ok().stdout).unwrap();
    assert_eq!(json["MaxRecordsForExportToExcel"], 250000);
    assert_eq!(json.as_object().unwrap().len(), 4);
    let xml = env.run(&["settings", "export", "xml"]).ok();
    assert_eq!(
        xml.stdout.trim(),
        "<OrgSettings><TrackCategorizedItems>false</TrackCategorizedItems></OrgSettings>",
        "xml holds OrgDB settings only"
    );
    xml.stderr_has(
        "left out 3 changed settings that are columns of the organization table, not OrgDB settings: MaxRecordsForExportToExcel, hashfilterkeywords, trackingprefix; toml and json exports keep every setting",
    );
    let file = env.dir().join("out.toml");
    env.run(&["settings", "export", "toml", "-o", file.to_str().unwrap()])
        .ok()
        .stderr_has("wrote 4 settings");
    assert_eq!(std::fs::read_to_string(file).unwrap(), toml);
}

#[test]
fn every_export_format_imports_back_to_the_same_values() {
    for format in ["toml", "json", "xml"] {
        let source = Env::new();
        configure(&source);
        let exported = source.run(&["settings", "export", format]).ok().stdout;
        let target = Env::new();
        let path = target.file(&format!("settings.{format}"), &exported);
        let changes = target.json(&["settings", "import", &path]);
        assert!(!changes.as_array().unwrap().is_empty());
        assert_eq!(
            target.run(&["settings", "export", format]).ok().stdout,
            exported,
            "{format} round trip"
        );
        target.run(&["settings", "diff", &path, "--exit-code"]).ok();
    }
}

#[test]
fn import_is_all_or_nothing_and_names_every_bad_entry() {
    let env = Env::new();
    let path = env.file(
        "bad.toml",
        "TrackCategorizedItems = false\nMaxRecordsForExportToExcel = 12\nNoSuchSetting = true\nhashmaxcount = \"25\"\n",
    );
    let run = env.run(&["settings", "import", &path]).code(4);
    assert!(
        run.stderr.contains("2 bad entries, nothing was changed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("MaxRecordsForExportToExcel") && run.stderr.contains("NoSuchSetting")
    );
    assert!(
        env.json(&["settings", "list", "--changed"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    let good = env.file(
        "good.json",
        r#"{"TrackCategorizedItems": false, "hashmaxcount": "25"}"#,
    );
    let dry = env.run(&["settings", "import", &good, "--dry-run"]).ok();
    assert!(
        dry.stderr.contains("TrackCategorizedItems: true -> false"),
        "{}",
        dry.stderr
    );
    assert!(
        env.json(&["settings", "list", "--changed"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.run(&["settings", "import", &good]).ok();
    assert_eq!(value_of(&env, "hashmaxcount"), 25);

    let broken = env.file("broken.xml", "<OrgSettings><A>1</A>");
    env.run(&["settings", "import", &broken])
        .code(4)
        .stderr_has("broken.xml");
    let twice = env.file("twice.json", r#"{"hashmaxcount": 1, "HASHMAXCOUNT": 2}"#);
    env.run(&["settings", "import", &twice])
        .code(4)
        .stderr_has("more than once");
    env.run(&["settings", "import", "/nonexistent/file.toml"])
        .code(3);
    assert_eq!(value_of(&env, "hashmaxcount"), 25);
}

#[test]
fn diff_lists_what_differs_and_can_fail_the_build() {
    let env = Env::new();
    env.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    let path = env.file(
        "prod.toml",
        "TrackCategorizedItems = false\nhashmaxcount = 30\n",
    );
    let diff = env.json(&["settings", "diff", &path]);
    assert_eq!(
        diff,
        json!([{"name": "TrackCategorizedItems", "org": true, "other": false}])
    );
    env.run(&["settings", "diff", &path, "--exit-code"])
        .code(1)
        .stderr_has("1 settings differ");
    let only_org = env.file("empty.toml", "");
    let diff = env.json(&["settings", "diff", &only_org]);
    assert_eq!(
        diff,
        json!([{"name": "hashmaxcount", "org": 30, "other": 20}])
    );
}

/// The catalog against the community reference, row by row: every name, and the default and
/// range in force at each row's first version.
#[test]
fn catalog_matches_the_reference_csv() {
    let reference = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/reference/orgdb_settings.csv"),
    )
    .expect("../shared/reference/orgdb_settings.csv");
    let mut by_version: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    let mut names = std::collections::BTreeSet::new();
    for line in reference.lines().skip(1) {
        let f: Vec<String> = line.split(',').map(|s| s.trim().to_string()).collect();
        names.insert(f[0].to_lowercase());
        by_version.entry(f[5].clone()).or_default().push(f);
    }
    assert_eq!(names.len(), 192);
    let normal = |s: &str| match s {
        "" | "null" => Value::Null,
        _ => serde_json::from_str(&s.to_lowercase()).unwrap_or(Value::String(s.to_string())),
    };
    // Deliberate readings, each explained in data/settings.csv and the README: Microsoft's
    // documented defaults win over the community catalogue's.
    let decided = |name: &str, version: &str| {
        (name == "TrackCategorizedItems" && version == "9.1.0.15324")
            || name == "BPFInstanceDaysModifiedForOfflineSync"
            || name == "YammerGroupId"
            // The organization table reference's Boolean defaults and narrower range win.
            || [
                "AllowClientMessageBarAd",
                "EnableUnifiedInterfaceShellRefresh",
                "pastexpansionwindow",
            ]
            .contains(&name)
            || [
                "DoNotAutoTrackEmail",
                "EnableSssItemLevelMonitoring",
                "IgnoreCopiedItemsInSSSForMailbox",
                "UseXAnchorMailboxInExchangeRequestHeader",
            ]
            .contains(&name)
    };
    let mut checked = 0;
    for (version, rows) in &by_version {
        let env = Env::with_version(version);
        let listed = env.json(&["settings", "list", "--all"]);
        let catalog: BTreeMap<String, &Value> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["name"].as_str().unwrap().to_lowercase(), s))
            .collect();
        for f in rows {
            let got = catalog
                .get(&f[0].to_lowercase())
                .unwrap_or_else(|| panic!("{} missing", f[0]));
            assert_eq!(got["name"], f[0].as_str());
            let kind = if f[7] == "true" { "column" } else { "orgdb" };
            assert_eq!(got["kind"], kind, "{} is stored as a {kind}", f[0]);
            if decided(&f[0], version) {
                continue;
            }
            assert_eq!(got["applies"], true, "{} at {version}", f[0]);
            assert_eq!(got["type"], f[1].to_lowercase(), "{} type", f[0]);
            if f[1] == "Double" {
                assert_eq!(
                    got["default"].as_f64(),
                    normal(&f[2]).as_f64(),
                    "{} default",
                    f[0]
                );
            } else {
                assert_eq!(
                    got["default"],
                    normal(&f[2]),
                    "{} default at {version}",
                    f[0]
                );
            }
            if f[1] != "Boolean" {
                assert_eq!(got["min"].as_f64(), normal(&f[3]).as_f64(), "{} min", f[0]);
                assert_eq!(got["max"].as_f64(), normal(&f[4]).as_f64(), "{} max", f[0]);
            }
            checked += 1;
        }
    }
    assert!(checked >= 195, "only {checked} rows compared");
}

/// The readings `catalog_matches_the_reference_csv` skips, pinned to what the organization
/// table reference says (README, "Settings catalogue decisions").
#[test]
fn organization_table_reference_defaults_and_ranges_win() {
    let env = Env::new();
    for (name, default) in [
        ("AllowClientMessageBarAd", false),
        ("EnableUnifiedInterfaceShellRefresh", true),
        ("isemailmonitoringallowed", true),
    ] {
        assert_eq!(
            env.json(&["settings", "get", name])["default"],
            default,
            "{name}"
        );
    }
    assert_eq!(
        env.json(&["settings", "get", "pastexpansionwindow"])["max"],
        120
    );
    env.run(&["settings", "set", "pastexpansionwindow", "121"])
        .code(4);
    for name in ["maxverboseloggingmailbox", "maxverboseloggingsynccycles"] {
        assert_eq!(
            env.json(&["settings", "describe", name])["readonly"],
            true,
            "{name}"
        );
        env.run(&["settings", "set", name, "5"])
            .code(4)
            .stderr_has("read-only");
    }
}

#[test]
fn a_keyword_filter_that_is_not_a_regular_expression_is_refused() {
    let env = Env::new();
    let run = env
        .run(&["settings", "set", "hashfilterkeywords", "^(RE:"])
        .code(4);
    assert!(
        run.stderr.contains("not a usable regular expression"),
        "{}",
        run.stderr
    );
    assert_eq!(
        value_of(&env, "hashfilterkeywords"),
        r"^[\s]*([\w]+\s?:[\s]*)+"
    );
    let file = env.file("bad.json", r#"{"hashfilterkeywords": "([a-z"}"#);
    env.run(&["settings", "import", &file]).code(4);
    env.run(&["settings", "set", "hashfilterkeywords", r"^(RE|AW):\s*"])
        .ok();
}
