//! Settings true to Dataverse in the local state: where each setting is kept, read-only and
//! nullable settings, honest XML export and diff, `import -` and `--prune`, `remove`, and the
//! journal behind `history` and `undo`.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::util::{Env, Run};

fn value_of(env: &Env, name: &str) -> Value {
    env.json(&["settings", "get", name])["value"].clone()
}

/// Runs orgtrack with `input` on standard input.
fn with_stdin(env: &Env, args: &[&str], input: &str) -> Run {
    let mut child = env
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run orgtrack");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    Run::from(child.wait_with_output().unwrap(), args)
}

#[test]
fn organization_columns_are_kept_as_columns_never_in_the_blob() {
    let env = Env::new();
    for name in [
        "MaxRecordsForExportToExcel",
        "ExpireChangeTrackingInDays",
        "pastexpansionwindow",
        "DaysBeforeEmailDescriptionIsMigrated",
    ] {
        let described = env.json(&["settings", "describe", name]);
        assert_eq!(described["kind"], "column", "{name}");
        assert_eq!(
            described["stored_as"],
            format!(
                "column {} of the organization table",
                name.to_ascii_lowercase()
            )
        );
    }
    env.run(&["settings", "set", "MaxRecordsForExportToExcel", "50000"])
        .ok();
    let xml = env.run(&["settings", "export", "xml"]).ok();
    assert_eq!(xml.stdout.trim(), "<OrgSettings></OrgSettings>");
    xml.stderr_has("left out 1 changed settings")
        .stderr_has("MaxRecordsForExportToExcel")
        .stderr_has("toml and json exports keep every setting");
    let toml = env.run(&["settings", "export"]).ok().stdout;
    assert_eq!(toml, "MaxRecordsForExportToExcel = 50000\n");
    let json = env.json(&["settings", "export", "json"]);
    assert_eq!(json, json!({"MaxRecordsForExportToExcel": 50000}));
}

#[test]
fn read_only_settings_are_refused_saying_where_they_are_changed() {
    let env = Env::with_version("9.1.0.17162");
    let run = env
        .run(&["--json", "settings", "set", "EnableTDSEndpoint", "true"])
        .code(4);
    let error = run.error_json();
    assert_eq!(error["error"]["code"], "read_only_setting");
    let message = error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("EnableTDSEndpoint is read-only")
            && message.contains("Power Platform admin centre"),
        "{message}"
    );
    env.run(&["settings", "reset", "EnableTDSEndpoint"])
        .code(4)
        .stderr_has("read-only");
    env.run(&["settings", "remove", "EnableTDSEndpoint"])
        .code(4)
        .stderr_has("read-only");
    let file = env.file("tds.toml", "EnableTDSEndpoint = true\n");
    env.run(&["settings", "import", &file])
        .code(4)
        .stderr_has("EnableTDSEndpoint: EnableTDSEndpoint is read-only");
    assert_eq!(value_of(&env, "EnableTDSEndpoint"), false);
    let described = env.json(&["settings", "describe", "EnableTDSEndpoint"]);
    assert_eq!(described["readonly"], true);
    assert_eq!(env.json(&["settings", "history"]), json!([]));
}

#[test]
fn nullable_settings_can_be_cleared_and_others_cannot() {
    let env = Env::new();
    assert_eq!(value_of(&env, "tracelogmaximumageindays"), Value::Null);
    env.run(&["settings", "set", "tracelogmaximumageindays", "30"])
        .ok();
    assert_eq!(value_of(&env, "tracelogmaximumageindays"), 30);
    let cleared = env.json(&["settings", "clear", "tracelogmaximumageindays"]);
    assert_eq!(
        cleared,
        json!([{"name": "tracelogmaximumageindays", "old": 30, "new": null, "dry_run": false}])
    );
    assert_eq!(value_of(&env, "tracelogmaximumageindays"), Value::Null);
    env.run(&["settings", "clear", "hashmaxcount"])
        .code(4)
        .stderr_has("hashmaxcount cannot be cleared")
        .stderr_has("settings reset hashmaxcount");
    let described = env.json(&["settings", "describe", "tracelogmaximumageindays"]);
    assert_eq!(described["nullable"], true);
}

#[test]
fn the_email_settings_of_the_admin_centre_are_in_the_catalogue() {
    let env = Env::new();
    let expected = [
        ("requireapprovalforuseremail", json!(true)),
        ("requireapprovalforqueueemail", json!(true)),
        ("allowunresolvedpartiesonemailsend", json!(false)),
        ("resolvesimilarunresolvedemailaddress", json!(false)),
        ("unresolveemailaddressifmultiplematch", json!(false)),
        ("maxuploadfilesize", json!(5242880)),
        ("isappointmentattachmentsyncenabled", json!(false)),
        ("isassignedtaskssyncenabled", json!(false)),
        ("emailsendpollingperiod", json!(60)),
        ("isemailmonitoringallowed", json!(true)),
        ("defaultemailserverprofileid", Value::Null),
        ("tracelogmaximumageindays", Value::Null),
        ("mailboxintermittentissueminrange", Value::Null),
        ("mailboxpermanentissueminrange", Value::Null),
        ("nexttrackingnumber", Value::Null),
    ];
    for (name, default) in expected {
        let got = env.json(&["settings", "get", name]);
        assert_eq!(got["default"], default, "{name}");
        assert_eq!(got["kind"], "column", "{name}");
    }
    let blocked = env.json(&["settings", "get", "blockedattachments"]);
    assert!(blocked["default"].as_str().unwrap().contains(";exe;"));
    env.run(&["settings", "set", "nexttrackingnumber", "5"])
        .code(4)
        .stderr_has("read-only");
    env.run(&["settings", "set", "maxuploadfilesize", "-1"])
        .code(4)
        .stderr_has("0..2147483647");
}

#[test]
fn documented_defaults_win_over_the_community_catalogue() {
    let env = Env::new();
    for name in [
        "DoNotAutoTrackEmail",
        "EnableSssItemLevelMonitoring",
        "IgnoreCopiedItemsInSSSForMailbox",
        "UseXAnchorMailboxInExchangeRequestHeader",
    ] {
        let described = env.json(&["settings", "describe", name]);
        assert_eq!(described["default"], true, "{name}");
        assert!(
            described["source"]
                .as_str()
                .unwrap()
                .contains("OrgDBOrgSettings for server-side synchronization"),
            "{name}"
        );
        assert!(
            described["note"]
                .as_str()
                .unwrap()
                .contains("as Microsoft documents it"),
            "{name}"
        );
    }
}

#[test]
fn describe_speaks_to_admins() {
    let env = Env::new();
    let described = env.json(&["settings", "describe", "TrackCategorizedItems"]);
    assert_eq!(described["simulated"], true);
    assert_eq!(described["readonly"], false);
    let rows = described["versions"].as_array().unwrap();
    assert_eq!(rows[2]["min_version"], "9.1.0.4039");
    assert_eq!(rows[2]["max_version"], "9.999.9999.9999");
    let column = env.json(&["settings", "describe", "trackingtokeniddigits"]);
    let row = &column["versions"][0];
    assert_eq!(
        (&row["min_version"], &row["max_version"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!((&row["min"], &row["max"]), (&json!(1), &json!(10)));
    assert!(row["min"].is_i64());
    let ignored = env.json(&["settings", "describe", "ActivityRollupChildRecordLimit"]);
    assert_eq!(ignored["simulated"], false);
    assert!(ignored["source"].as_str().unwrap().contains("community"));
    // Notes are sentences for admins, never internals or fragments (every note: a unit test).
    let note = env.json(&[
        "settings",
        "describe",
        "BPFInstanceDaysModifiedForOfflineSync",
    ])["note"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(note.ends_with('.') && !note.contains("csv"), "{note}");
    let yammer = env.json(&["settings", "describe", "YammerGroupId"]);
    assert_eq!(yammer["versions"][0]["max_version"], "9.1.9.9");
    assert_eq!(yammer["versions"][0]["min"], Value::Null);
    let table = env
        .run(&["settings", "describe", "ActivityRollupChildRecordLimit"])
        .ok();
    assert!(
        table
            .stdout
            .contains("simulated: no, the sync simulator ignores it"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains("50000.0"), "{}", table.stdout);
}

#[test]
fn setting_what_the_simulation_ignores_says_so() {
    let env = Env::new();
    env.run(&["settings", "set", "ActivityRollupChildRecordLimit", "500"])
        .ok()
        .stderr_has("the simulation ignores ActivityRollupChildRecordLimit");
    let run = env
        .run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    assert!(!run.stderr.contains("ignores"), "{}", run.stderr);
}

#[test]
fn diff_against_an_xml_file_compares_only_what_xml_holds() {
    let env = Env::new();
    env.run(&["settings", "set", "maximumtrackingnumber", "9999"])
        .ok();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    let out = env.dir().join("org.xml");
    env.run(&["settings", "export", "xml", "-o", out.to_str().unwrap()])
        .ok()
        .stderr_has("wrote 1 settings")
        .stderr_has("maximumtrackingnumber");
    let diff = env
        .run(&[
            "--json",
            "settings",
            "diff",
            out.to_str().unwrap(),
            "--exit-code",
        ])
        .ok()
        .stderr_has("holds OrgDB settings only: organization columns were not compared");
    assert_eq!(diff.json(), json!([]));
    let with_column = env.file(
        "column.xml",
        "<OrgSettings><maximumtrackingnumber>99</maximumtrackingnumber><NoSuch>1</NoSuch></OrgSettings>",
    );
    let run = env
        .run(&["--json", "settings", "import", &with_column])
        .code(4);
    let message = run.error_json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("2 bad entries"), "{message}");
    assert!(message.contains("maximumtrackingnumber: maximumtrackingnumber is a column of the organization table; an <OrgSettings> file holds OrgDB settings only (column_in_xml)"), "{message}");
    assert!(
        message.contains("NoSuch: unknown setting 'NoSuch'"),
        "{message}"
    );
    assert!(message.contains("(unknown_setting)"), "{message}");
    assert_eq!(value_of(&env, "maximumtrackingnumber"), 9999);
}

#[test]
fn import_reads_standard_input_and_prune_makes_the_org_equal_to_the_file() {
    let env = Env::new();
    env.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    env.run(&["settings", "set", "JumpBarAlphabetOverride", "ABC"])
        .ok();
    let exported = env.run(&["settings", "export"]).ok().stdout;

    let target = Env::new();
    target
        .run(&["settings", "set", "enablesmartmatching", "true"])
        .ok();
    let dry = with_stdin(
        &target,
        &["settings", "import", "-", "--dry-run"],
        &exported,
    )
    .ok();
    dry.stderr_has("dry run: nothing was changed");
    assert_eq!(value_of(&target, "hashmaxcount"), 20);
    with_stdin(&target, &["settings", "import", "-", "--prune"], &exported)
        .ok()
        .stderr_has("enablesmartmatching: true -> false");
    target
        .run(&[
            "settings",
            "diff",
            "--against",
            env.dir().join("x").to_str().unwrap(),
        ])
        .code(3);
    let file = target.file("source.toml", &exported);
    target
        .run(&["settings", "diff", "--against", &file, "--exit-code"])
        .ok();
    assert_eq!(value_of(&target, "enablesmartmatching"), false);
    // One change: undo reverts the whole import.
    let history = target.json(&["settings", "history"]);
    let imported: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["command"] == "import")
        .collect();
    assert_eq!(imported.len(), 4);
    assert!(
        imported
            .iter()
            .all(|e| e["change_id"] == imported[0]["change_id"])
    );
    target.run(&["settings", "undo"]).ok();
    assert_eq!(value_of(&target, "enablesmartmatching"), true);
    assert_eq!(value_of(&target, "hashmaxcount"), 20);
    assert_eq!(
        target.run(&["settings", "export"]).ok().stdout,
        "enablesmartmatching = true\n"
    );
}

#[test]
fn remove_deletes_elements_and_reset_writes_the_default() {
    let env = Env::new();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    env.run(&["settings", "set", "JumpBarAlphabetOverride", "ABC"])
        .ok();
    env.run(&["settings", "reset", "AutoTrackSentFolderItems"])
        .ok();
    assert_eq!(
        env.run(&["settings", "export", "xml"]).ok().stdout.trim(),
        "<OrgSettings><AutoTrackSentFolderItems>false</AutoTrackSentFolderItems><JumpBarAlphabetOverride>ABC</JumpBarAlphabetOverride></OrgSettings>"
    );
    env.run(&["settings", "reset", "JumpBarAlphabetOverride"])
        .code(4)
        .stderr_has("settings remove JumpBarAlphabetOverride");
    env.run(&[
        "settings",
        "remove",
        "AutoTrackSentFolderItems",
        "hashmaxcount",
    ])
    .code(4)
    .stderr_has("hashmaxcount is a column of the organization table");
    env.run(&[
        "settings",
        "remove",
        "AutoTrackSentFolderItems",
        "JumpBarAlphabetOverride",
    ])
    .ok();
    assert_eq!(
        env.run(&["settings", "export", "xml"]).ok().stdout.trim(),
        "<OrgSettings></OrgSettings>"
    );
    assert_eq!(value_of(&env, "JumpBarAlphabetOverride"), Value::Null);
}

#[test]
fn history_lists_every_change_and_undo_reverts_it() {
    let env = Env::new();
    env.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    env.run(&["settings", "reset", "hashmaxcount"]).ok();
    let history = env.json(&["settings", "history"]);
    let entries = history.as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0]["setting"], "hashmaxcount");
    assert_eq!(
        (&entries[0]["old"], &entries[0]["new"]),
        (&json!(20), &json!(30))
    );
    assert_eq!(entries[0]["command"], "set");
    assert_eq!(entries[2]["command"], "reset");
    assert_eq!(entries[0]["target"], env.state().display().to_string());
    assert!(entries[0]["at"].as_str().unwrap().ends_with('Z'));
    let one = env.json(&[
        "settings",
        "history",
        "--setting",
        "HASHMAXCOUNT",
        "--limit",
        "1",
    ]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["command"], "reset");
    env.run(&["settings", "history"])
        .ok()
        .stdout_has("hashmaxcount");
    env.run(&["settings", "history", "--setting", "nosuch"])
        .code(3);

    // The latest change first, then back to an entry.
    env.run(&["settings", "undo"]).ok();
    assert_eq!(value_of(&env, "hashmaxcount"), 30);
    let first = entries[0]["id"].as_i64().unwrap().to_string();
    env.run(&["settings", "undo", "--to", &first]).ok();
    assert_eq!(value_of(&env, "hashmaxcount"), 20);
    assert_eq!(value_of(&env, "AutoTrackSentFolderItems"), false);
    assert_eq!(env.run(&["settings", "export"]).ok().stdout, "");
    let after = env.json(&["settings", "history"]);
    assert_eq!(after.as_array().unwrap().last().unwrap()["command"], "undo");
    env.run(&["settings", "undo", "--to", "999"]).code(3);
}

#[test]
fn undo_refuses_when_the_setting_changed_since() {
    let env = Env::new();
    env.run(&["settings", "set", "hashmaxcount", "30"]).ok();
    let id = env.json(&["settings", "history"])[0]["id"]
        .as_i64()
        .unwrap();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    env.run(&["settings", "set", "hashmaxcount", "40"]).ok();
    // Back to the first entry passes over the later ones: fine.
    env.run(&["settings", "undo", "--to", &id.to_string(), "--dry-run"])
        .ok()
        .stderr_has("hashmaxcount: 40 -> 20");
    // A change made behind the journal's back (by an older orgtrack, say) is not overwritten.
    let conn = rusqlite::Connection::open(env.state()).unwrap();
    conn.execute(
        "UPDATE setting_value SET value = '50' WHERE name = 'hashmaxcount'",
        [],
    )
    .unwrap();
    drop(conn);
    env.run(&["--json", "settings", "undo"])
        .code(5)
        .stderr_has("changed_since")
        .stderr_has("nothing was written");
    assert_eq!(value_of(&env, "hashmaxcount"), 50);
}

#[test]
fn an_empty_journal_has_nothing_to_undo() {
    let env = Env::new();
    env.run(&["settings", "undo"])
        .code(3)
        .stderr_has("journal")
        .stderr_has("is empty");
}
