//! Ids are never handed out twice (issue 12): deleting the newest items, activities and records
//! and creating new ones never gives an old id, and a state made before ids had a high-water
//! mark opens, migrates and keeps its ids.

use rusqlite::Connection;
use serde_json::Value;

use crate::engine::{ALEX, categorize, email, org, sync, tracking, with_ids};
use crate::util::Env;

/// Tracks one new email of Alex's; returns (item id, activity id).
fn tracked_email(env: &Env, subject: &str) -> (i64, i64) {
    let item = email(env, ALEX.1, subject);
    categorize(env, &[item]);
    sync(env);
    let activity = tracking(env, item)["activity_id"]
        .as_i64()
        .expect("a tracked email has an activity");
    (item, activity)
}

fn record(env: &Env, name: &str) -> i64 {
    env.json(&["record", "add", "account", name])["id"]
        .as_i64()
        .expect("a record id")
}

fn item_ids(env: &Env) -> Vec<i64> {
    env.json(&["item", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

/// Deletes the newest item (in Outlook, applied at the next cycle) and the newest activity.
fn delete_newest(env: &Env, item: i64, activity: i64) {
    with_ids(env, &["item", "delete"], &[item]).ok();
    env.run(&["activity", "delete", &activity.to_string()]).ok();
    sync(env);
    env.run(&["item", "show", &item.to_string()]).code(3);
    env.run(&["activity", "show", &activity.to_string()])
        .code(3);
}

#[test]
fn deleted_items_activities_and_records_never_give_their_ids_again() {
    let env = org();
    tracked_email(&env, "First offer");
    let (item, activity) = tracked_email(&env, "Second offer");
    delete_newest(&env, item, activity);
    let (new_item, new_activity) = tracked_email(&env, "Third offer");
    assert!(new_item > item, "item {new_item} after deleted {item}");
    assert!(
        new_activity > activity,
        "activity {new_activity} after deleted {activity}"
    );

    record(&env, "Fabrikam");
    let newest = record(&env, "Contoso");
    env.run(&["record", "delete", &newest.to_string()]).ok();
    let next = record(&env, "Northwind");
    assert!(next > newest, "record {next} after deleted {newest}");
}

/// The schema before ids got their high-water mark (migrations 1 to 11, never edited).
const OLD_SCHEMA: [&str; 11] = [
    include_str!("../../src/store/migrations/001_org_settings.sql"),
    include_str!("../../src/store/migrations/002_directory.sql"),
    include_str!("../../src/store/migrations/003_token_prefixes.sql"),
    include_str!("../../src/store/migrations/004_engine.sql"),
    include_str!("../../src/store/migrations/005_item_links.sql"),
    include_str!("../../src/store/migrations/006_automatic_tracking.sql"),
    include_str!("../../src/store/migrations/007_row_versions.sql"),
    include_str!("../../src/store/migrations/008_scale.sql"),
    include_str!("../../src/store/migrations/009_rules.sql"),
    include_str!("../../src/store/migrations/010_automatic_tracking_facts.sql"),
    include_str!("../../src/store/migrations/011_delete_paths.sql"),
];

/// Rewrites `env`'s state as the old schema holding the same rows: built from the old
/// migrations, then every column the old tables have copied over.
fn downgrade(env: &Env) {
    let old = env.dir().join("old.db");
    let conn = Connection::open(&old).unwrap();
    for step in OLD_SCHEMA {
        conn.execute_batch(step).unwrap();
    }
    conn.execute_batch(&format!(
        "PRAGMA user_version = {}; PRAGMA application_id = {};",
        OLD_SCHEMA.len(),
        0x4F52_4754
    ))
    .unwrap();
    conn.execute("ATTACH ?1 AS new", [env.state().to_str().unwrap()])
        .unwrap();
    let tables: Vec<String> = conn
        .prepare(
            // `email_hash` became other tables in step 13: the old one stays empty here.
            "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' \
             AND name IN (SELECT name FROM new.sqlite_schema WHERE type = 'table')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN;")
        .unwrap();
    for table in tables {
        let columns: Vec<String> = conn
            .prepare(&format!(
                "SELECT name FROM main.pragma_table_info('{table}')"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let columns = columns.join(", ");
        conn.execute_batch(&format!(
            "DELETE FROM main.{table};
             INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table};"
        ))
        .unwrap();
    }
    conn.execute_batch("COMMIT; DETACH new;").unwrap();
    let autoincrement: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%AUTOINCREMENT%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(autoincrement, 0, "the old schema reuses ids");
    drop(conn);
    for suffix in ["-wal", "-shm"] {
        let mut companion = env.state().as_os_str().to_owned();
        companion.push(suffix);
        let _ = std::fs::remove_file(companion);
    }
    std::fs::rename(&old, env.state()).unwrap();
}

#[test]
fn a_state_of_the_old_schema_migrates_and_keeps_its_ids() {
    let env = org();
    tracked_email(&env, "First offer");
    let (item, activity) = tracked_email(&env, "Second offer");
    let before = item_ids(&env);
    let shown: Value = env.json(&["activity", "show", &activity.to_string()]);
    downgrade(&env);

    assert_eq!(item_ids(&env), before, "ids kept through the migration");
    assert_eq!(
        env.json(&["activity", "show", &activity.to_string()])["subject"],
        shown["subject"]
    );
    delete_newest(&env, item, activity);
    let (new_item, new_activity) = tracked_email(&env, "Third offer");
    assert!(new_item > item, "item {new_item} after deleted {item}");
    assert!(
        new_activity > activity,
        "activity {new_activity} after deleted {activity}"
    );
}
