//! The history shape: `item history`, `activity history` and the `history` of `explain`. One
//! row per event, oldest first; `snapshot` is what a deleted item or activity was (option
//! values as words, like everywhere else), null on other events.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, EmailDirection, FilterReason, ItemKind,
    TrackingMethod, TrackingState,
};
use crate::store::history::Event;

#[derive(Debug, Serialize)]
pub struct HistoryView {
    pub id: i64,
    pub at: String,
    /// received or sent (an email), created (an appointment, task, contact or activity),
    /// categorized, uncategorized, tracked, untracked, failed, undeliverable, deleted (in
    /// Outlook, or an activity), removed (an item gone from Outlook).
    pub event: String,
    pub item_id: Option<i64>,
    pub activity_id: Option<i64>,
    /// Who did it: a user's name, `server-side sync`, `App for Outlook`, `Exchange`, `Dynamics 365`.
    pub actor: String,
    /// The sync cycle that did it; null outside a cycle.
    pub cycle: Option<i64>,
    pub method: Option<TrackingMethod>,
    /// The error of a failure.
    pub detail: Option<String>,
    pub snapshot: Option<Value>,
}

/// Table columns of a history.
pub const COLUMNS: &[&str] = &[
    "at",
    "event",
    "actor",
    "item_id:ITEM",
    "activity_id:ACTIVITY",
    "cycle",
    "method",
    "detail",
];

pub fn view(event: Event) -> HistoryView {
    HistoryView {
        id: event.id,
        at: event.at,
        event: event.event,
        item_id: event.item_id,
        activity_id: event.activity_id,
        actor: event.actor,
        cycle: event.cycle,
        method: event.method,
        detail: event.detail,
        snapshot: event.snapshot.map(words),
    }
}

/// The stored snapshot has option values as numbers (it is written by SQL); the contract says words.
fn words(snapshot: Value) -> Value {
    let Value::Object(mut map) = snapshot else {
        return snapshot;
    };
    let is_activity = map.contains_key("correlation_method");
    if is_activity {
        word(&mut map, "kind", |n| {
            ActivityKind::from_number(n).map(ActivityKind::word)
        });
        word(&mut map, "direction", |n| {
            EmailDirection::from_number(n).map(EmailDirection::word)
        });
        word(&mut map, "correlation_method", |n| {
            CorrelationMethod::from_number(n).map(CorrelationMethod::word)
        });
        word(&mut map, "filter_reason", |n| {
            FilterReason::from_number(n).map(FilterReason::word)
        });
        word(&mut map, "state", |n| {
            ActivityState::from_number(n).map(ActivityState::word)
        });
    } else {
        word(&mut map, "kind", |n| {
            ItemKind::from_number(n).map(ItemKind::word)
        });
        word(&mut map, "tracking_state", |n| {
            TrackingState::from_number(n).map(TrackingState::word)
        });
        word(&mut map, "tracking_method", |n| {
            TrackingMethod::from_number(n).map(TrackingMethod::word)
        });
        // The automatic-tracking evaluation is stored as JSON text.
        if let Some(Value::String(text)) = map.get("evaluation") {
            let parsed = serde_json::from_str(text).unwrap_or(Value::Null);
            map.insert("evaluation".into(), parsed);
        }
    }
    Value::Object(map)
}

fn word(map: &mut Map<String, Value>, key: &str, to_word: impl Fn(i64) -> Option<&'static str>) {
    if let Some(n) = map.get(key).and_then(Value::as_i64) {
        let value = to_word(n).map_or(Value::Null, |w| Value::String(w.into()));
        map.insert(key.into(), value);
    }
}
