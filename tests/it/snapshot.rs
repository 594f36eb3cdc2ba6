//! `init --from-env`: an org served by `orgtrack serve`, copied into a new state through the
//! Web API, agrees with its original on everything the copy takes; refused tables are listed
//! and the rest kept; `what-if --env` answers from a copy and writes nothing.

use serde_json::{Value, json};

use crate::directory::{add_queue, add_user};
use crate::remote::{Responder, Server, TOKEN, forward, http, respond};
use crate::util::{Env, Run, START};

/// Two users (one with another tracking option), a queue, a second email server profile, a
/// disabled mailbox, changed settings, records of several kinds (one resolved), and folder
/// rules, one regarding a record of a kind the copy does not list (an opportunity).
fn original() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    add_user(&env, "Bea Ortiz", "bea@contoso.com");
    env.run(&["user", "set", "Bea Ortiz", "--track-email", "none"])
        .ok();
    add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    env.run(&[
        "queue",
        "set",
        "Support",
        "--convert-email",
        "email-enabled",
    ])
    .ok();
    env.run(&["settings", "set", "AutoTrackSentFolderItems", "true"])
        .ok();
    env.run(&["settings", "set", "trackingprefix", "CASE"]).ok();
    env.run(&[
        "server-profile",
        "add",
        "Contoso IMAP",
        "--type",
        "imap_smtp",
        "--owner",
        "Alex Wu",
        "--notify-owner",
        "false",
    ])
    .ok();
    env.run(&["mailbox", "set", "Bea Ortiz", "--profile", "Contoso IMAP"])
        .ok();
    env.run(&["mailbox", "approve", "Alex Wu", "Support"]).ok();
    env.run(&["mailbox", "test-enable", "Alex Wu"]).ok();
    env.run(&["mailbox", "disable", "Support"]).ok();
    for (kind, name, email) in [
        ("account", "Fabrikam", "info@fabrikam.com"),
        ("contact", "Dana Lee", "dana@fabrikam.com"),
        ("lead", "Eli Park", "eli@tailspin.com"),
    ] {
        env.run(&[
            "record", "add", kind, name, "--email", email, "--owner", "Alex Wu",
        ])
        .ok();
    }
    env.run(&[
        "record",
        "add",
        "contact",
        "Gus Hale",
        "--email",
        "gus@fabrikam.com",
        "--email2",
        "gus@home.example",
        "--email3",
        "g.hale@fabrikam.com",
    ])
    .ok();
    env.run(&["record", "add", "opportunity", "Big deal"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Fabrikam"])
        .ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Deals"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Deals/2026"])
        .ok();
    env.run(&[
        "folder",
        "track",
        "Alex Wu",
        "Inbox/Fabrikam",
        "--regarding",
        "Fabrikam",
    ])
    .ok();
    env.run(&[
        "folder",
        "track",
        "Alex Wu",
        "Inbox/Deals/2026",
        "--regarding",
        "Big deal",
    ])
    .ok();
    env
}

/// `doc` without what a copy gives anew: ids (its own numbers), creation and sync times.
fn comparable(doc: &Value) -> Value {
    match doc {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !(k.as_str() == "id"
                        || k.ends_with("_id")
                        || matches!(k.as_str(), "created_at" | "last_sync_at" | "resolved_at"))
                })
                .map(|(k, v)| (k.clone(), comparable(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(comparable).collect()),
        other => other.clone(),
    }
}

fn snapshot_of(url: &str, extra: &[&str]) -> (Env, Run) {
    let copy = Env::empty();
    let mut args = vec!["--json", "init", "--from-env", url, "--clock", START];
    args.extend_from_slice(extra);
    let run = copy.run_with(&args, &[("ORGTRACK_TOKEN", TOKEN)]);
    (copy, run)
}

const LISTS: &[&[&str]] = &[
    &["settings", "list", "--changed"],
    &["user", "list"],
    &["queue", "list"],
    &["mailbox", "list"],
    &["server-profile", "list"],
    &["record", "list"],
    &["folder", "rules", "Alex Wu"],
    &["folder", "list", "Alex Wu"],
];

#[test]
fn a_served_org_copied_agrees_with_its_original() {
    let env = original();
    let server = Server::start(&env, &[]);
    let (copy, run) = snapshot_of(&server.url, &[]);
    let run = run.ok();
    let made = run.json();
    assert_eq!(made["org"], "Contoso");
    assert_eq!(made["users"], 2);
    assert_eq!(made["queues"], 1);
    assert_eq!(made["mailboxes"], 3);
    assert_eq!(made["folder_rules"], 2);
    assert_eq!(made["refused"], json!([]));
    for args in LISTS {
        assert_eq!(
            comparable(&copy.json(args)),
            comparable(&env.json(args)),
            "{args:?}"
        );
    }
    let (original, copied) = (env.json(&["org", "show"]), copy.json(&["org", "show"]));
    for field in ["name", "version"] {
        assert_eq!(copied[field], original[field], "{field}");
    }
    for count in [
        "settings_changed",
        "users",
        "queues",
        "mailboxes",
        "records",
    ] {
        assert_eq!(
            copied["counts"][count], original["counts"][count],
            "{count}"
        );
    }
    assert_eq!(copied["source"], server.url.as_str());
    assert!(copied["snapshot_at"].is_string(), "{copied}");
    assert_eq!(original["source"], Value::Null);
    // Nothing of the token is kept in the state or shown.
    let bytes = std::fs::read(copy.state()).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains(TOKEN));
    assert!(!run.stdout.contains(TOKEN) && !run.stderr.contains(TOKEN));
    // The state file is private to its owner.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(copy.state())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn records_are_bounded_and_an_existing_state_needs_force() {
    let env = original();
    let server = Server::start(&env, &[]);
    let (copy, run) = snapshot_of(&server.url, &["--records", "0"]);
    run.ok();
    // Only the regarding records of folder rules are made without --records.
    let kinds: Vec<Value> = copy
        .json(&["record", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["kind"], r["name"]]))
        .collect();
    assert_eq!(
        kinds,
        [
            json!(["account", "Fabrikam"]),
            json!(["opportunity", "Big deal"])
        ]
    );
    let before = std::fs::read(copy.state()).unwrap();
    copy.run_with(
        &["init", "--from-env", &server.url],
        &[("ORGTRACK_TOKEN", TOKEN)],
    )
    .code(5)
    .stderr_has("already exists; use --force");
    assert_eq!(std::fs::read(copy.state()).unwrap(), before);
    copy.run_with(
        &[
            "init",
            "--from-env",
            &server.url,
            "--force",
            "--records",
            "1",
        ],
        &[("ORGTRACK_TOKEN", TOKEN)],
    )
    .ok();
    assert_eq!(copy.json(&["org", "show"])["counts"]["records"], 4);
    copy.run(&["init", "--records", "3"]).code(2);
}

#[test]
fn a_refused_table_is_listed_and_the_rest_copied() {
    let env = original();
    let server = Server::start(&env, &[]);
    let upstream = server.addr();
    let proxy = Responder::start(move |request| {
        if request.path.contains("/queues") {
            let body = r#"{"error":{"code":"0x80040220","message":"Principal user is missing prvReadQueue privilege"}}"#;
            respond(
                "403 Forbidden",
                &[("Content-Type", "application/json")],
                body,
            )
        } else {
            forward(request, upstream)
        }
    });
    let (copy, run) = snapshot_of(&proxy.url(), &[]);
    let run = run
        .ok()
        .stderr_has("not copied: queues")
        .stderr_has("prvReadQueue");
    let made = run.json();
    assert_eq!(made["queues"], 0);
    assert_eq!(made["users"], 2);
    assert_eq!(
        comparable(&copy.json(&["user", "list"])),
        comparable(&env.json(&["user", "list"]))
    );
    assert_eq!(copy.json(&["queue", "list"]), json!([]));

    let strict = Env::empty();
    strict
        .run_with(
            &["init", "--from-env", &proxy.url(), "--strict"],
            &[("ORGTRACK_TOKEN", TOKEN)],
        )
        .code(1)
        .stderr_has("refused 1 table");
    assert!(strict.state().exists());
}

#[test]
fn a_refused_token_leaves_no_state() {
    let env = original();
    let server = Server::start(&env, &[]);
    let copy = Env::empty();
    copy.run_with(
        &["init", "--from-env", &server.url],
        &[("ORGTRACK_TOKEN", "wrong-token-0123456789abcdef")],
    )
    .code(6);
    assert!(!copy.state().exists());
    let leftovers: Vec<_> = std::fs::read_dir(copy.dir()).unwrap().collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn directory_sets_are_served_with_dataverse_columns() {
    let env = original();
    let server = Server::start(&env, &[]);
    let auth = format!("Bearer {TOKEN}");
    let get = |path: &str, prefer: &str| {
        let mut headers = vec![("Authorization", auth.as_str())];
        if !prefer.is_empty() {
            headers.push(("Prefer", prefer));
        }
        let (status, _, body) = http(
            "GET",
            &format!("{}/api/data/v9.2/{path}", server.url),
            &headers,
            "",
        );
        (
            status,
            serde_json::from_str::<Value>(&body).unwrap_or(Value::Null),
        )
    };
    let (status, users) = get(
        "systemusers?$select=fullname,internalemailaddress,isdisabled&$orderby=fullname",
        "",
    );
    assert_eq!(status, 200);
    let first = &users["value"][0];
    assert_eq!(first["fullname"], "Alex Wu");
    assert_eq!(first["internalemailaddress"], "alex@contoso.com");
    assert_eq!(first["isdisabled"], false);
    let (_, settings) = get(
        "usersettingscollection?$filter=incomingemailfilteringmethod%20eq%204",
        "",
    );
    assert_eq!(settings["value"].as_array().unwrap().len(), 1);
    let (_, queues) = get("queues", "odata.include-annotations=\"*\"");
    let queue = &queues["value"][0];
    assert_eq!(queue["name"], "Support");
    assert_eq!(queue["incomingemailfilteringmethod"], 3);
    assert_eq!(
        queue["_ownerid_value@OData.Community.Display.V1.FormattedValue"],
        "Alex Wu"
    );
    let (_, rules) = get(
        "mailboxtrackingfolders?$orderby=exchangefoldername",
        "odata.include-annotations=\"*\"",
    );
    let rule = &rules["value"][0];
    assert_eq!(rule["exchangefoldername"], "Inbox/Deals/2026");
    assert_eq!(
        rule["_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname"],
        "opportunity"
    );
    let (_, accounts) = get("accounts?$select=name,emailaddress1,statecode", "");
    assert_eq!(accounts["value"][0]["name"], "Fabrikam");
    assert_eq!(accounts["value"][0]["emailaddress1"], "info@fabrikam.com");
    assert_eq!(accounts["value"][0]["statecode"], 0);
    let (_, leads) = get("leads?$count=true", "odata.maxpagesize=1");
    assert_eq!(leads["@odata.count"], 1);
    assert_eq!(leads["value"][0]["fullname"], "Eli Park");
    let (status, _) = get("contacts?$select=name", "");
    assert_eq!(status, 400);
    let (status, _) = get("accounts(72656300-0000-4000-8000-0000000000ff)", "");
    assert_eq!(status, 404);
    let (_, paged) = get("systemusers", "odata.maxpagesize=1");
    assert!(paged["@odata.nextLink"].is_string(), "{paged}");
    let (status, _, metadata) = http(
        "GET",
        &format!("{}/api/data/v9.2/$metadata", server.url),
        &[("Authorization", auth.as_str())],
        "",
    );
    assert_eq!(status, 200);
    for set in [
        "systemusers",
        "usersettingscollection",
        "queues",
        "mailboxtrackingfolders",
        "accounts",
        "contacts",
        "leads",
    ] {
        assert!(
            metadata.contains(&format!("<EntitySet Name=\"{set}\"")),
            "{set}"
        );
    }
    let (status, _, _) = http(
        "PATCH",
        &format!(
            "{}/api/data/v9.2/queues(71756575-0000-4000-8000-000000000001)",
            server.url
        ),
        &[
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
        ],
        "{\"name\":\"x\"}",
    );
    assert_eq!(status, 405);
}

#[test]
fn what_if_against_an_environment_answers_from_a_copy_and_writes_nothing() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    env.run(&[
        "user",
        "set",
        "Alex Wu",
        "--track-email",
        "leads-contacts-accounts",
    ])
    .ok();
    // Two contacts share Carl's address: which way an ambiguous sender goes is the setting.
    for name in ["Carl Ito", "Carl Ito (old)"] {
        env.run(&[
            "record",
            "add",
            "contact",
            name,
            "--email",
            "carl@fabrikam.com",
        ])
        .ok();
    }
    let from_carl = env.file(
        "carl.eml",
        "From: carl@fabrikam.com\r\nTo: alex@contoso.com\r\nSubject: Order\r\n\
         Message-ID: <order@fabrikam.com>\r\nDate: Mon, 5 Jan 2026 08:00:00 +0000\r\n\r\nTen units\r\n",
    );
    let server = Server::start(&env, &[]);
    let scratch = env.dir().join("tmp");
    std::fs::create_dir(&scratch).unwrap();
    let tmp = scratch.to_str().unwrap();
    let settings_before = env.json(&["settings", "list", "--changed"]);
    let vars = [("ORGTRACK_TOKEN", TOKEN), ("TMPDIR", tmp)];
    let elsewhere = Env::empty();
    let answer = elsewhere
        .run_with(
            &[
                "--env",
                &server.url,
                "--json",
                "what-if",
                "UnresolveSenderInCaseOfMultipleMatch=true",
                "--mail",
                &from_carl,
                "--mailbox",
                "alex@contoso.com",
            ],
            &vars,
        )
        .code(1)
        .json();
    let tracking: Vec<&Value> = answer["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["what"] == "tracking")
        .collect();
    assert_eq!(tracking.len(), 1, "{answer:#}");
    assert_eq!(tracking[0]["mailbox"], "Alex Wu");
    assert_eq!(tracking[0]["after"], "untracked");
    // Nothing was written to the environment, no local state was made, the copy is gone.
    assert_eq!(
        env.json(&["settings", "list", "--changed"]),
        settings_before
    );
    assert_eq!(env.json(&["item", "list"]), json!([]));
    assert!(!elsewhere.state().exists());
    assert_eq!(std::fs::read_dir(&scratch).unwrap().count(), 0);
    // An unknown name is refused before the environment is read (exit 4, as any bad setting).
    elsewhere
        .run_with(
            &[
                "--env",
                &server.url,
                "what-if",
                "TrackCategorisedItems=false",
            ],
            &vars,
        )
        .code(4)
        .stderr_has("TrackCategorisedItems");
    // A bad value is refused as locally (exit 4).
    elsewhere
        .run_with(
            &[
                "--env",
                &server.url,
                "what-if",
                "TrackCategorizedItems=maybe",
            ],
            &vars,
        )
        .code(4);
    assert_eq!(std::fs::read_dir(&scratch).unwrap().count(), 0);
}

#[test]
fn a_snapshot_killed_before_its_rename_leaves_no_state() {
    let env = original();
    let server = Server::start(&env, &[]);
    for step in ["staging-filled", "staging-ready"] {
        let copy = Env::empty();
        let killed = copy.run_with(
            &["init", "--from-env", &server.url],
            &[("ORGTRACK_TOKEN", TOKEN), ("ORGTRACK_TEST_ABORT_AT", step)],
        );
        assert_ne!(killed.code, 0, "{step}: the run was not aborted");
        assert!(!copy.state().exists(), "{step}: a state was left");
        // The next run removes what the killed one left and makes the whole copy.
        let made = copy
            .run_with(
                &["--json", "init", "--from-env", &server.url],
                &[("ORGTRACK_TOKEN", TOKEN)],
            )
            .ok()
            .json();
        assert_eq!(made["mailboxes"], 3, "{step}");
        let left: Vec<String> = std::fs::read_dir(copy.dir())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".new-"))
            .collect();
        assert!(left.is_empty(), "{step}: {left:?}");
    }
}
