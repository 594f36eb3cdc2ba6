//! The `evaluation` of `explain`: what automatic tracking recorded about an item (the engine's
//! `Evaluation`, kept as JSON with the item), with the regarding record's name beside its id.

use rusqlite::Connection;
use serde_json::{Map, Value};

use crate::error::Result;
use crate::store::records;

/// Keys written by the first release, and their names now. States made by it keep their
/// evaluations as they were, so they are renamed when read.
const RENAMED: &[(&str, &str)] = &[
    ("correlated_activity", "correlated_activity_id"),
    ("parent_activity", "parent_activity_id"),
    ("accepting_entity", "accepting_mailbox"),
    ("regarding", "regarding_id"),
    ("activity", "activity_id"),
    ("queue_items", "queue_item_ids"),
];

const RULE_RENAMED: &[(&str, &str)] = &[
    ("item", "item_position"),
    ("record", "record_id"),
    ("contact_created", "contact_id"),
];

/// The stored evaluation in the current shape.
pub fn view(conn: &Connection, stored: Value) -> Result<Value> {
    let Value::Object(mut ev) = stored else {
        return Ok(stored);
    };
    rename(&mut ev, RENAMED);
    for key in ["accepting_mailbox_id", "receiving_mailbox_id"] {
        ev.entry(key).or_insert(Value::Null);
    }
    if let Some(Value::Object(rule)) = ev.get_mut("record_rule") {
        rename(rule, RULE_RENAMED);
        for key in ["rule_id", "queue_id"] {
            rule.entry(key).or_insert(Value::Null);
        }
    }
    let regarding = match ev.get("regarding_id").and_then(Value::as_i64) {
        Some(id) => records::name_of(conn, id)?,
        None => None,
    };
    ev.insert(
        "regarding".into(),
        regarding.map_or(Value::Null, Value::String),
    );
    Ok(Value::Object(ev))
}

fn rename(map: &mut Map<String, Value>, pairs: &[(&str, &str)]) {
    for (old, new) in pairs {
        if let Some(value) = map.remove(*old) {
            map.entry(*new).or_insert(value);
        }
    }
}
