//! Outlook inbox rules: run as mail arrives in the Inbox, in order, `--stop` ending the chain;
//! what they do is seen by the next cycle as if the user did it (SPEC sections 3, 5 and 8).

use serde_json::{Value, json};

use crate::engine::{ALEX, MARIA, TRACKED, activities, created, item, org, sync, with_ids};
use crate::util::Env;

/// `mail receive` from `from` to `to`; the rows it prints (item, mailbox, folder, inbox_rules).
fn mail(env: &Env, from: &str, to: &str, subject: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "mail",
        "receive",
        "--from",
        from,
        "--to",
        to,
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn one(rows: &Value) -> i64 {
    created(rows)[0]
}

fn rule(env: &Env, mailbox: &str, name: &str, extra: &[&str]) -> Value {
    let mut args = vec!["inbox-rule", "add", mailbox, name];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn explain(env: &Env, id: i64) -> String {
    env.run(&["explain", &id.to_string()]).ok().stdout
}

/// The names of the inbox rules in an item's `inbox_rules`, in order.
fn rule_names(item: &Value) -> Vec<String> {
    item["inbox_rules"]
        .as_array()
        .expect("inbox_rules is a list")
        .iter()
        .map(|a| a["rule"].as_str().expect("a rule name").to_string())
        .collect()
}

/// (rule, actions) of the inbox rules `item show` says acted on an item.
fn acted(env: &Env, id: i64) -> Vec<(String, Vec<String>)> {
    item(env, id)["inbox_rules"]
        .as_array()
        .expect("inbox_rules is a list")
        .iter()
        .map(|a| {
            (
                a["rule"].as_str().unwrap().to_string(),
                a["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

/// Adds user categories to a mailbox's master list (by categorizing a throw-away item).
fn user_categories(env: &Env, mailbox_email: &str, names: &[&str]) {
    let scratch = one(&mail(env, "setup@example.com", mailbox_email, "setup", &[]));
    for name in names {
        with_ids(env, &["item", "categorize", "--category", name], &[scratch]).ok();
    }
}

#[test]
fn a_rule_assigns_the_tracking_category_to_every_mail_from_a_domain_and_the_next_cycle_tracks_it() {
    let env = org();
    let added = rule(
        &env,
        "Alex Wu",
        "Fabrikam",
        &["--from", "fabrikam.com", "--assign-category", TRACKED],
    );
    assert_eq!(
        added["summary"],
        format!("from fabrikam.com: assign category '{TRACKED}'")
    );

    let rows = mail(&env, "buyer@fabrikam.com", "alex@contoso.com", "Quote", &[]);
    assert_eq!(rule_names(&rows[0]), ["Fabrikam"]);
    assert_eq!(rows[0]["folder"], "Inbox");
    let quote = one(&rows);
    let other = one(&mail(
        &env,
        "seller@FABRIKAM.com",
        "alex@contoso.com",
        "Offer",
        &[],
    ));
    let subdomain = one(&mail(
        &env,
        "x@sales.fabrikam.com",
        "alex@contoso.com",
        "Promo",
        &[],
    ));
    let outsider = mail(&env, "news@northwind.com", "alex@contoso.com", "News", &[]);
    assert!(rule_names(&outsider[0]).is_empty(), "{:?}", outsider[0]);
    let outsider = one(&outsider);

    // Categorized at arrival, exactly as `item categorize` would: tracked at the next cycle.
    for id in [quote, other] {
        let shown = item(&env, id);
        assert_eq!(shown["categories"], json!([TRACKED]));
        assert_eq!(shown["pending"], "track");
        assert_eq!(shown["tracking"]["state"], "pending");
    }
    assert!(activities(&env).is_empty());
    for id in [subdomain, outsider] {
        assert_eq!(item(&env, id)["categories"], json!([]));
        assert!(acted(&env, id).is_empty());
    }

    assert_eq!(sync(&env)["tracked"], 2);
    for id in [quote, other] {
        let tracking = &item(&env, id)["tracking"];
        assert_eq!(tracking["state"], "tracked");
        assert_eq!(tracking["method"], "category");
    }
    // Alex tracks responses only: the others stay untracked.
    for id in [subdomain, outsider] {
        assert_eq!(item(&env, id)["state"], "untracked");
    }
    assert_eq!(
        acted(&env, quote),
        [(
            "Fabrikam".to_string(),
            vec![format!(
                "assigned category '{TRACKED}': tracked at the next cycle"
            )]
        )]
    );
    let text = explain(&env, quote);
    assert!(
        text.contains(&format!(
            "Inbox rule 'Fabrikam' acted on it when it arrived: assigned category '{TRACKED}'"
        )),
        "{text}"
    );
    let doc = env.json(&["explain", &quote.to_string()]);
    assert_eq!(doc["item"]["inbox_rules"][0]["rule"], "Fabrikam");
    // The rule, not the mailbox's owner, categorized it.
    let history = env.json(&["item", "history", &quote.to_string()]);
    let categorized = history
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "categorized")
        .unwrap_or_else(|| panic!("{history:#}"));
    assert_eq!(categorized["actor"], "inbox rule 'Fabrikam'");
}

#[test]
fn a_rule_that_moves_replies_out_of_the_inbox_takes_them_out_of_automatic_tracking() {
    let env = org();
    env.run(&["user", "set", "Alex Wu", "--track-email", "all"])
        .ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Replies"]).ok();
    rule(
        &env,
        "Alex Wu",
        "Replies",
        &["--subject-contains", "re:", "--move-to", "Inbox/Replies"],
    );
    let first = one(&mail(
        &env,
        "buyer@fabrikam.com",
        "alex@contoso.com",
        "Quote",
        &["--message-id", "<q1@fabrikam.com>"],
    ));
    let rows = mail(
        &env,
        "buyer@fabrikam.com",
        "alex@contoso.com",
        "RE: Quote",
        &[
            "--message-id",
            "<q2@fabrikam.com>",
            "--in-reply-to",
            "<q1@fabrikam.com>",
        ],
    );
    assert_eq!(rows[0]["folder"], "Inbox/Replies");
    let reply = one(&rows);
    let moved = item(&env, reply);
    assert_eq!(moved["folder"], "Inbox/Replies");
    // Still waiting for the cycle's evaluation, which only looks at the Inbox.
    assert_eq!(moved["pending"], "evaluate");

    assert_eq!(sync(&env)["tracked"], 1);
    assert_eq!(item(&env, first)["tracking"]["method"], "automatic");
    let after = item(&env, reply);
    assert_eq!(after["state"], "untracked");
    assert_eq!(after["pending"], Value::Null);
    assert_eq!(activities(&env).len(), 1);
    let text = explain(&env, reply);
    for line in [
        "Not tracked: automatic tracking did not accept it: not directly in the Inbox",
        "Inbox rule 'Replies' acted on it when it arrived: moved to Inbox/Replies.",
        "not directly in the Inbox: automatic tracking only looks there (track it manually)",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    let doc = env.json(&["explain", &reply.to_string()]);
    assert_eq!(doc["evaluation"]["outcome"], "not_tracked");
    // Later cycles leave it alone.
    assert_eq!(sync(&env)["tracked"], 0);
}

#[test]
fn a_rule_that_moves_mail_into_a_tracked_folder_has_the_folder_rule_track_it() {
    let env = org();
    env.run(&["record", "add", "account", "Fabrikam"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Fabrikam"])
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
    rule(
        &env,
        "Alex Wu",
        "File Fabrikam",
        &[
            "--from",
            "buyer@fabrikam.com",
            "--move-to",
            "Inbox/Fabrikam",
        ],
    );
    let id = one(&mail(
        &env,
        "buyer@fabrikam.com",
        "alex@contoso.com",
        "Order",
        &[],
    ));
    let shown = item(&env, id);
    assert_eq!(shown["folder"], "Inbox/Fabrikam");
    assert_eq!(shown["pending"], "evaluate");
    assert_eq!(shown["note"], "moved into a tracked folder");

    assert_eq!(sync(&env)["tracked"], 1);
    let tracking = item(&env, id)["tracking"].clone();
    assert_eq!(tracking["method"], "folder");
    let activity = env.json(&["activity", "show", &tracking["activity_id"].to_string()]);
    assert_eq!(activity["regarding"], "Fabrikam");
}

#[test]
fn rules_run_in_order_each_seeing_what_the_earlier_ones_did() {
    let env = org();
    user_categories(&env, "alex@contoso.com", &["Red"]);
    user_categories(&env, "maria@contoso.com", &["Red"]);
    env.run(&["folder", "add", "Alex Wu", "Inbox/Red"]).ok();
    env.run(&["folder", "add", "Maria Garcia", "Inbox/Red"])
        .ok();
    // Alex: categorize first, then file what carries the category.
    rule(
        &env,
        "Alex Wu",
        "Mark",
        &["--from", "fabrikam.com", "--assign-category", "Red"],
    );
    rule(
        &env,
        "Alex Wu",
        "File",
        &["--has-category", "red", "--move-to", "Inbox/Red"],
    );
    // Maria: the same two rules the other way round; the filing rule runs too early.
    rule(
        &env,
        "Maria Garcia",
        "File",
        &["--has-category", "Red", "--move-to", "Inbox/Red"],
    );
    rule(
        &env,
        "Maria Garcia",
        "Mark",
        &["--from", "fabrikam.com", "--assign-category", "Red"],
    );
    let listed = env.json(&["inbox-rule", "list", "Maria Garcia"]);
    let order: Vec<(&str, i64)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["order"].as_i64().unwrap()))
        .collect();
    assert_eq!(order, [("File", 1), ("Mark", 2)]);

    let rows = mail(
        &env,
        "buyer@fabrikam.com",
        "alex@contoso.com,maria@contoso.com",
        "Order",
        &[],
    );
    let (alex, maria) = (rows[0].clone(), rows[1].clone());
    assert_eq!(alex["mailbox"], "Alex Wu");
    assert_eq!(rule_names(&alex), ["Mark", "File"]);
    assert_eq!(alex["folder"], "Inbox/Red");
    assert_eq!(rule_names(&maria), ["Mark"]);
    assert_eq!(maria["folder"], "Inbox");
    let alex_item = alex["id"].as_i64().unwrap();
    assert_eq!(
        acted(&env, alex_item),
        [
            (
                "Mark".to_string(),
                vec!["assigned category 'Red'".to_string()]
            ),
            ("File".to_string(), vec!["moved to Inbox/Red".to_string()]),
        ]
    );
    assert_eq!(item(&env, alex_item)["categories"], json!(["Red"]));
}

#[test]
fn the_first_matching_rule_with_stop_ends_the_chain() {
    let env = org();
    user_categories(&env, "alex@contoso.com", &["Red", "Blue"]);
    rule(
        &env,
        "Alex Wu",
        "Urgent",
        &[
            "--subject-contains",
            "URGENT",
            "--assign-category",
            "Red",
            "--stop",
        ],
    );
    rule(
        &env,
        "Alex Wu",
        "Everything",
        &["--assign-category", "Blue"],
    );
    let urgent = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "urgent: call",
        &[],
    ));
    let routine = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "Weekly",
        &[],
    ));
    assert_eq!(item(&env, urgent)["categories"], json!(["Red"]));
    assert_eq!(item(&env, urgent)["inbox_rules"][0]["rule"], "Urgent");
    assert_eq!(
        item(&env, urgent)["inbox_rules"].as_array().unwrap().len(),
        1
    );
    assert_eq!(item(&env, routine)["categories"], json!(["Blue"]));

    // Without --stop the chain goes on.
    env.run(&["inbox-rule", "remove", "Alex Wu", "Urgent"]).ok();
    rule(
        &env,
        "Alex Wu",
        "Urgent",
        &["--subject-contains", "urgent", "--assign-category", "Red"],
    );
    let again = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "URGENT too",
        &[],
    ));
    assert_eq!(item(&env, again)["categories"], json!(["Blue", "Red"]));
}

#[test]
fn conditions_on_recipients_and_removing_a_category() {
    let env = org();
    user_categories(&env, "alex@contoso.com", &["Team"]);
    rule(
        &env,
        "Alex Wu",
        "Team",
        &["--to", "maria@contoso.com", "--assign-category", "Team"],
    );
    rule(
        &env,
        "Alex Wu",
        "Not from boss",
        &["--from", "boss@contoso.com", "--remove-category", "Team"],
    );
    let cc = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "Hi both",
        &["--cc", "maria@contoso.com"],
    ));
    assert_eq!(item(&env, cc)["categories"], json!(["Team"]));
    let alone = one(&mail(&env, "a@fabrikam.com", "alex@contoso.com", "Hi", &[]));
    assert_eq!(item(&env, alone)["categories"], json!([]));
    let boss = created(&mail(
        &env,
        "boss@contoso.com",
        "alex@contoso.com,maria@contoso.com",
        "Plan",
        &[],
    ))[0];
    assert_eq!(item(&env, boss)["categories"], json!([]));
    assert_eq!(
        acted(&env, boss),
        [
            (
                "Team".to_string(),
                vec!["assigned category 'Team'".to_string()]
            ),
            (
                "Not from boss".to_string(),
                vec!["removed category 'Team'".to_string()]
            ),
        ]
    );
}

#[test]
fn disabled_rules_keep_their_place_but_do_not_run_and_removed_ones_stay_named_on_items() {
    let env = org();
    rule(
        &env,
        "Alex Wu",
        "Fabrikam",
        &["--from", "fabrikam.com", "--assign-category", TRACKED],
    );
    let before = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "One",
        &[],
    ));

    let disabled = env.run(&[
        "--json",
        "inbox-rule",
        "disable",
        "alex@contoso.com",
        "fabrikam",
    ]);
    let disabled = disabled.ok().stderr_has("no longer runs").json();
    assert_eq!(disabled["enabled"], false);
    assert_eq!(
        env.json(&["inbox-rule", "list", "Alex Wu"])[0]["enabled"],
        false
    );
    let off = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "Two",
        &[],
    ));
    assert_eq!(item(&env, off)["categories"], json!([]));
    assert!(acted(&env, off).is_empty());

    assert_eq!(
        env.json(&["inbox-rule", "enable", "Alex Wu", "Fabrikam"])["enabled"],
        true
    );
    let on = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "Three",
        &[],
    ));
    assert_eq!(item(&env, on)["categories"], json!([TRACKED]));

    env.run(&["inbox-rule", "remove", "Alex Wu", "Fabrikam"])
        .ok()
        .stderr_has("removed inbox rule 'Fabrikam'");
    assert_eq!(env.json(&["inbox-rule", "list", "Alex Wu"]), json!([]));
    let gone = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "Four",
        &[],
    ));
    assert_eq!(item(&env, gone)["categories"], json!([]));
    // What it did before stays visible.
    assert_eq!(acted(&env, before)[0].0, "Fabrikam");
}

#[test]
fn rules_follow_renamed_categories_and_report_what_they_could_not_do() {
    let env = org();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Later"]).ok();
    rule(
        &env,
        "Alex Wu",
        "Track and file",
        &["--assign-category", TRACKED, "--move-to", "Inbox/Later"],
    );
    env.run(&["category", "rename", "Alex Wu", TRACKED, "CRM"])
        .ok();
    env.run(&["folder", "rename", "Alex Wu", "Inbox/Later", "Someday"])
        .ok();
    let listed = env.json(&["inbox-rule", "list", "Alex Wu"]);
    assert_eq!(
        listed[0]["actions"],
        json!([
            {"action": "assign_category", "target_id": 1, "target": "CRM", "exists": true},
            {"action": "move_to", "target_id": 13, "target": "Inbox/Someday", "exists": true},
        ])
    );
    let id = one(&mail(
        &env,
        "a@fabrikam.com",
        "alex@contoso.com",
        "One",
        &[],
    ));
    let shown = item(&env, id);
    assert_eq!(shown["categories"], json!(["CRM"]));
    assert_eq!(shown["folder"], "Inbox/Someday");

    // With category tracking off the category is soft-deleted: the rule cannot assign it, says
    // so, and the mail is delivered all the same.
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    sync(&env);
    let rows = mail(&env, "a@fabrikam.com", "alex@contoso.com", "Two", &[]);
    let id = one(&rows);
    assert_eq!(item(&env, id)["categories"], json!([]));
    assert_eq!(item(&env, id)["folder"], "Inbox/Someday");
    let actions = &acted(&env, id)[0].1;
    assert!(
        actions[0].starts_with("could not assign category 'CRM': ")
            && actions[0].contains("TrackCategorizedItems is off"),
        "{actions:?}"
    );
    assert_eq!(actions[1], "moved to Inbox/Someday");

    // A deleted folder leaves the action in place, doing nothing.
    env.run(&["folder", "add", "Alex Wu", "Inbox/Temp"]).ok();
    rule(
        &env,
        "Alex Wu",
        "Temp",
        &["--from", "temp@example.com", "--move-to", "Inbox/Temp"],
    );
    env.run(&["folder", "delete", "Alex Wu", "Inbox/Temp"]).ok();
    let listed = env.json(&["inbox-rule", "list", "Alex Wu"]);
    assert_eq!(
        listed[1]["actions"],
        json!([{"action": "move_to", "target_id": null, "target": "Inbox/Temp", "exists": false}])
    );
    assert_eq!(
        listed[1]["summary"],
        "from temp@example.com: move to Inbox/Temp (deleted)"
    );
    let id = one(&mail(
        &env,
        "temp@example.com",
        "alex@contoso.com",
        "Three",
        &[],
    ));
    assert_eq!(item(&env, id)["folder"], "Inbox/Someday");
    assert_eq!(
        acted(&env, id)[1],
        (
            "Temp".to_string(),
            vec!["folder 'Inbox/Temp' no longer exists: not moved".to_string()]
        )
    );
}

#[test]
fn rules_run_on_mail_sent_by_colleagues_but_not_on_the_senders_copy() {
    let env = org();
    rule(
        &env,
        "Alex Wu",
        "From Maria",
        &["--from", MARIA.1, "--assign-category", TRACKED],
    );
    rule(
        &env,
        "Maria Garcia",
        "Everything",
        &["--assign-category", TRACKED],
    );
    let rows = env.json(&[
        "mail",
        "send",
        "--from",
        "Maria Garcia",
        "--to",
        ALEX.1,
        "--subject",
        "Lunch",
    ]);
    assert_eq!(rows[0]["folder"], "Sent Items");
    assert!(rule_names(&rows[0]).is_empty(), "{:?}", rows[0]);
    assert_eq!(rule_names(&rows[1]), ["From Maria"]);
    let [sent, received] = [0, 1].map(|i| rows[i]["id"].as_i64().unwrap());
    assert_eq!(item(&env, sent)["categories"], json!([]));
    assert_eq!(item(&env, received)["categories"], json!([TRACKED]));
}

#[test]
fn inbox_rule_list_prints_every_field() {
    let env = org();
    user_categories(&env, "alex@contoso.com", &["Red"]);
    env.run(&["folder", "add", "Alex Wu", "Inbox/Red"]).ok();
    let run = env
        .run(&[
            "inbox-rule",
            "add",
            "Alex Wu",
            "Red mail",
            "--from",
            "@Fabrikam.com",
            "--to",
            "alex@contoso.com",
            "--subject-contains",
            "order",
            "--has-category",
            "red",
            "--assign-category",
            TRACKED,
            "--remove-category",
            "Red",
            "--move-to",
            "inbox/red",
            "--stop",
        ])
        .ok()
        .stderr_has("added inbox rule 'Red mail' to Alex Wu (runs first)");
    let id: i64 = run.stdout.trim().parse().expect("add prints the id");
    let listed = env.json(&["inbox-rule", "list", "alex@contoso.com"]);
    assert_eq!(
        listed,
        json!([{
            "id": id,
            "mailbox": "Alex Wu",
            "mailbox_id": 1,
            "name": "Red mail",
            "order": 1,
            "from": "Fabrikam.com",
            "to": "alex@contoso.com",
            "subject_contains": "order",
            "has_category": "Red",
            "actions": [
                {"action": "assign_category", "target_id": 1, "target": TRACKED, "exists": true},
                {"action": "remove_category", "target_id": 3, "target": "Red", "exists": true},
                {"action": "move_to", "target_id": 13, "target": "Inbox/Red", "exists": true},
            ],
            "stop": true,
            "enabled": true,
            "summary": format!("from Fabrikam.com and to alex@contoso.com and subject contains 'order' and has category 'Red': assign category '{TRACKED}', remove category 'Red', move to Inbox/Red"),
            "created_at": "2026-01-05T09:15:00Z",
        }])
    );
    let table = env.run(&["inbox-rule", "list", "Alex Wu"]).ok().stdout;
    for header in ["ORDER", "NAME", "ENABLED", "STOP", "SUMMARY"] {
        assert!(table.contains(header), "{table}");
    }
}

/// Runs a refused command: the exit code and error code, and nothing changed.
fn refused(env: &Env, args: &[&str], exit: i32, code: &str, message: &str) {
    let before = (
        env.json(&["inbox-rule", "list", "Alex Wu"]),
        env.json(&["item", "list"]),
    );
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run(&all).code(exit);
    let error = &run.error_json()["error"];
    assert_eq!(error["code"], code, "{error}");
    let text = error["message"].as_str().unwrap();
    assert!(text.contains(message), "{text:?} lacks {message:?}");
    let after = (
        env.json(&["inbox-rule", "list", "Alex Wu"]),
        env.json(&["item", "list"]),
    );
    assert_eq!(after, before);
}

#[test]
fn bad_rules_are_refused_and_change_nothing() {
    let env = org();
    rule(&env, "Alex Wu", "Existing", &["--assign-category", TRACKED]);
    let add = |extra: &[&str]| {
        let mut args = vec!["inbox-rule", "add", "Alex Wu", "New"];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, i32, &str, &str)> = vec![
        (
            vec![
                "inbox-rule",
                "add",
                "Nobody",
                "X",
                "--assign-category",
                TRACKED,
            ]
            .into_iter()
            .map(str::to_string)
            .collect(),
            3,
            "unknown_mailbox",
            "no mailbox 'Nobody'",
        ),
        (
            add(&["--assign-category", "Nope"]),
            3,
            "unknown_category",
            "has no category 'Nope'",
        ),
        (
            add(&["--remove-category", "Nope"]),
            3,
            "unknown_category",
            "'Nope'",
        ),
        (
            add(&["--has-category", "Nope", "--assign-category", TRACKED]),
            3,
            "unknown_category",
            "'Nope'",
        ),
        (
            add(&["--move-to", "Inbox/Nope"]),
            3,
            "unknown_folder",
            "Inbox/Nope",
        ),
        (
            add(&["--from", "fabrikam.com"]),
            4,
            "no_action",
            "needs an action",
        ),
        (
            add(&["--from", "not an address", "--assign-category", TRACKED]),
            4,
            "invalid_address",
            "not an address",
        ),
        (
            add(&["--assign-category", TRACKED, "--remove-category", TRACKED]),
            4,
            "contradictory_actions",
            "both assign and remove",
        ),
        (
            vec![
                "inbox-rule",
                "add",
                "Alex Wu",
                "EXISTING",
                "--assign-category",
                TRACKED,
            ]
            .into_iter()
            .map(str::to_string)
            .collect(),
            5,
            "inbox_rule_exists",
            "already has an inbox rule named 'EXISTING'",
        ),
        (
            vec!["inbox-rule", "remove", "Alex Wu", "Nope"]
                .into_iter()
                .map(str::to_string)
                .collect(),
            3,
            "unknown_inbox_rule",
            "Alex Wu has no inbox rule 'Nope'",
        ),
        (
            vec!["inbox-rule", "disable", "Alex Wu", "Nope"]
                .into_iter()
                .map(str::to_string)
                .collect(),
            3,
            "unknown_inbox_rule",
            "'Nope'",
        ),
        (
            vec!["inbox-rule", "enable", "Maria Garcia", "Existing"]
                .into_iter()
                .map(str::to_string)
                .collect(),
            3,
            "unknown_inbox_rule",
            "Maria Garcia has no inbox rule",
        ),
        (
            vec!["inbox-rule", "list", "Nobody"]
                .into_iter()
                .map(str::to_string)
                .collect(),
            3,
            "unknown_mailbox",
            "Nobody",
        ),
    ];
    for (args, exit, code, message) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&env, &args, *exit, code, message);
    }
    // Two moves in one rule is a usage error.
    env.run(&[
        "inbox-rule",
        "add",
        "Alex Wu",
        "X",
        "--move-to",
        "Inbox",
        "--move-to",
        "Inbox",
    ])
    .code(2);
}

#[test]
fn a_rule_on_the_tracking_category_needs_the_first_cycle_to_have_created_it() {
    let env = Env::with_mailboxes(&[ALEX]);
    let run = env
        .run(&[
            "inbox-rule",
            "add",
            "Alex Wu",
            "Track",
            "--assign-category",
            TRACKED,
        ])
        .code(3);
    assert!(
        run.stderr
            .contains("the tracking category appears at the first sync cycle")
    );
    sync(&env);
    rule(&env, "Alex Wu", "Track", &["--assign-category", TRACKED]);
}
