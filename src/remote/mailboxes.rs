//! Mailbox administration on a real environment: the mailboxes a command names, and the
//! PATCHes of approve, enable, disable, set, Test & Enable and reset-after-copy, sent as OData
//! `$batch`es ("Execute batch operations using the Web API": at most 1000 requests a batch, a
//! change set per mailbox so that one mailbox's failure leaves the others applied) with a few
//! batches in flight at once; 429 and 503 are retried after `Retry-After` as every request is.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

use super::batch::{self, Item, Request};
use super::client::Client;
use super::directory::{self, AlertQuery, RemoteMailbox};
use crate::error::Result;
use crate::store::alerts::StoredAlert;
use crate::store::mailboxes::Pick;

/// Batches sent at once: enough to hide a round trip, few enough to stay well inside the
/// service protection limit of 52 concurrent requests per user ("Service protection API limits").
const IN_FLIGHT: usize = 4;

/// The mailboxes a command names (GUIDs, addresses or names, each resolved as `mailbox show`
/// resolves it; one named twice counts once), or every mailbox when it names none; those
/// `pick` leaves out are dropped.
pub fn select(client: &Client, references: &[String], pick: &Pick) -> Result<Vec<RemoteMailbox>> {
    let mut found = Vec::new();
    if references.is_empty() {
        directory::for_each_mailbox(client, pick, None, |mailbox| {
            found.push(mailbox);
            Ok(())
        })?;
        return Ok(found);
    }
    let mut seen = HashSet::new();
    for reference in references {
        let mailbox = directory::mailbox(client, reference)?;
        if seen.insert(mailbox.0.id.clone()) && pick.keeps(&mailbox.0) {
            found.push(mailbox);
        }
    }
    Ok(found)
}

/// A PATCH of one mailbox.
pub struct Change {
    pub id: String,
    pub body: Value,
}

/// What became of one mailbox's requests.
pub enum Outcome {
    /// Written; the row as read back afterwards (when asked for).
    Done(Option<RemoteMailbox>),
    /// The service refused: its message.
    Failed(String),
}

/// Sends each change as a change set of one PATCH and returns each mailbox's outcome in the
/// order given. With `read_back` the PATCH asks for the row as written (`Prefer:
/// return=representation`, "Update with data returned"); rows a service answers without are
/// read afterwards. `progress` hears of each mailbox done.
pub fn apply(
    client: &Client,
    changes: &[Change],
    read_back: bool,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Outcome>> {
    let units: Vec<Vec<Item>> = changes
        .iter()
        .map(|change| {
            let url = if read_back {
                directory::mailbox_url(client, &change.id)
            } else {
                client.url(&format!("mailboxes({})", change.id), &[])
            };
            let mut patch = Request::json("PATCH", url.as_str(), &change.body);
            if read_back {
                patch
                    .headers
                    .push(("Prefer".into(), "return=representation".into()));
            }
            vec![Item::ChangeSet(vec![patch])]
        })
        .collect();
    let answered = run(client, units, progress)?;
    let mut outcomes: Vec<Outcome> = answered
        .into_iter()
        .map(|responses| {
            let written = &responses[0];
            if !written.is_success() {
                return Outcome::Failed(client.batch_failure(written));
            }
            if !read_back || written.body.trim().is_empty() {
                return Outcome::Done(None);
            }
            match directory::mailbox_from_body(client, &written.body) {
                Ok(mailbox) => Outcome::Done(Some(mailbox)),
                Err(why) => Outcome::Failed(why),
            }
        })
        .collect();
    if read_back {
        let unread: Vec<usize> = (0..outcomes.len())
            .filter(|&n| matches!(outcomes[n], Outcome::Done(None)))
            .collect();
        let ids: Vec<String> = unread.iter().map(|&n| changes[n].id.clone()).collect();
        for (n, row) in unread.into_iter().zip(read(client, &ids, &|_| {})?) {
            outcomes[n] = match row {
                Ok(mailbox) => Outcome::Done(Some(mailbox)),
                Err(why) => Outcome::Failed(why),
            };
        }
    }
    Ok(outcomes)
}

/// Each mailbox's row now, read in batches of GETs; a row that cannot be read gives the
/// service's message.
pub fn read(
    client: &Client,
    ids: &[String],
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<std::result::Result<RemoteMailbox, String>>> {
    let units = ids
        .iter()
        .map(|id| {
            vec![Item::Single(Request::new(
                "GET",
                directory::mailbox_url(client, id).as_str(),
            ))]
        })
        .collect();
    Ok(run(client, units, progress)?
        .into_iter()
        .map(|responses| {
            let row = &responses[0];
            if row.is_success() {
                directory::mailbox_from_body(client, &row.body)
            } else {
                Err(client.batch_failure(row))
            }
        })
        .collect())
}

/// Sends the units (each a mailbox's items) in batches of at most `batch::MAX_REQUESTS`
/// requests, `IN_FLIGHT` at a time; returns each unit's responses in order.
fn run(
    client: &Client,
    units: Vec<Vec<Item>>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Vec<batch::Response>>> {
    let per_unit = units
        .first()
        .map_or(1, |u| u.iter().map(Item::requests).sum::<usize>())
        .max(1);
    let per_batch = (batch::MAX_REQUESTS / per_unit).max(1);
    let batches: Vec<&[Vec<Item>]> = units.chunks(per_batch).collect();
    let done = AtomicU64::new(0);
    let mut answered = Vec::with_capacity(units.len());
    for wave in batches.chunks(IN_FLIGHT) {
        let results: Vec<Result<Vec<Vec<batch::Response>>>> = std::thread::scope(|scope| {
            let handles: Vec<_> = wave
                .iter()
                .map(|units| {
                    let done = &done;
                    scope.spawn(move || {
                        let items: Vec<Item> = units.iter().flatten().cloned().collect();
                        let mut responses = client.batch(&items)?.into_iter();
                        let split = units
                            .iter()
                            .map(|unit| responses.by_ref().take(unit.len()).collect())
                            .collect();
                        progress(
                            done.fetch_add(units.len() as u64, Ordering::Relaxed)
                                + units.len() as u64,
                        );
                        Ok(split)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a batch thread does not panic"))
                .collect()
        });
        for result in results {
            answered.extend(result?);
        }
    }
    Ok(answered)
}

/// The ids of the mailboxes whose Test & Enable is still scheduled.
pub fn scheduled(client: &Client) -> Result<HashSet<String>> {
    let query = [
        ("$select", "mailboxid".to_string()),
        (
            "$filter",
            "testemailconfigurationscheduled eq true".to_string(),
        ),
    ];
    let mut ids = HashSet::new();
    client.for_each_row(client.url("mailboxes", &query), |row| {
        if let Some(id) = row.get("mailboxid").and_then(Value::as_str) {
            ids.insert(id.to_ascii_lowercase());
        }
        Ok(())
    })?;
    Ok(ids)
}

/// Where the alerts stood before a command: the newest `modifiedon` and the rows at it, so
/// that rows created or modified afterwards can be told apart in the service's own time.
pub struct AlertMark {
    since: Option<chrono::DateTime<chrono::Utc>>,
    seen: HashSet<(String, chrono::DateTime<chrono::Utc>)>,
}

pub fn alert_mark(client: &Client) -> Result<AlertMark> {
    let mut since = None;
    let newest = AlertQuery {
        limit: Some(1),
        ..AlertQuery::default()
    };
    directory::for_each_alert(client, &newest, |alert| {
        since = Some(alert.last_at);
        Ok(())
    })?;
    let mut seen = HashSet::new();
    if since.is_some() {
        let at_mark = AlertQuery {
            since,
            ..AlertQuery::default()
        };
        directory::for_each_alert(client, &at_mark, |alert| {
            seen.insert((alert.id, alert.last_at));
            Ok(())
        })?;
    }
    Ok(AlertMark { since, seen })
}

/// The alerts created or modified since `mark`, oldest first.
pub fn alerts_since(client: &Client, mark: &AlertMark) -> Result<Vec<StoredAlert<String>>> {
    let query = AlertQuery {
        since: mark.since,
        ..AlertQuery::default()
    };
    let mut raised = Vec::new();
    directory::for_each_alert(client, &query, |alert| {
        if !mark.seen.contains(&(alert.id.clone(), alert.last_at)) {
            raised.push(alert);
        }
        Ok(())
    })?;
    raised.reverse();
    Ok(raised)
}
