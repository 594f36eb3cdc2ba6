//! Mailboxes and alerts of a real environment, as the same `Mailbox` and alert shapes local
//! mode prints (enum columns as words; ids are Dataverse GUIDs).

use serde_json::Value;

use super::client::Client;
use super::odata::{self, string_literal};
use crate::error::{Error, ExitKind, Result};
use crate::model::{AlertLevel, Status};
use crate::store::alerts::StoredAlert;
use crate::store::mailboxes::Mailbox;
use crate::store::resolve;
use crate::time;

/// A mailbox with its `enabledfor*` flags (incoming, outgoing, ACT).
pub type RemoteMailbox = (Mailbox<String>, [bool; 3]);

fn rows_to_mailboxes(client: &Client, rows: &[Value]) -> Result<Vec<RemoteMailbox>> {
    rows.iter()
        .map(|row| odata::mailbox_from_row(row).map_err(|why| unreadable(client, "mailbox", &why)))
        .collect()
}

fn unreadable(client: &Client, what: &str, why: &str) -> Error {
    Error::new(
        ExitKind::Remote,
        "remote_protocol",
        format!(
            "{} answered with a {what} row it cannot read: {why}",
            client.host()
        ),
    )
}

fn select_mailboxes() -> (&'static str, String) {
    ("$select", odata::MAILBOX_COLUMNS.join(","))
}

/// Every mailbox, by name then id, optionally only those with a direction in `status`.
pub fn mailboxes(client: &Client, status: Option<Status>) -> Result<Vec<RemoteMailbox>> {
    let mut query = vec![select_mailboxes()];
    if let Some(status) = status {
        let n = status.number();
        query.push((
            "$filter",
            format!("incomingemailstatus eq {n} or outgoingemailstatus eq {n} or actstatus eq {n}"),
        ));
    }
    let rows = client.get_all(client.url("mailboxes", &query))?;
    let mut mailboxes = rows_to_mailboxes(client, &rows)?;
    mailboxes.sort_by(|(a, _), (b, _)| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    Ok(mailboxes)
}

/// A mailbox by GUID, email address or name, as locally: a name shared by several is refused
/// with the candidates listed.
pub fn mailbox(client: &Client, reference: &str) -> Result<RemoteMailbox> {
    let text = reference.trim();
    if odata::is_guid(text) {
        let url = client.url(&format!("mailboxes({text})"), &[select_mailboxes()]);
        return match client.get(&url) {
            Ok(fetched) => Ok(rows_to_mailboxes(client, &[fetched.body])?.remove(0)),
            Err(err) if err.kind == ExitKind::NotFound => Err(resolve::unknown_mailbox(text)),
            Err(err) => Err(err),
        };
    }
    let mut columns = vec![];
    if text.contains('@') {
        columns.push("emailaddress");
    }
    columns.push("name");
    for column in columns {
        let query = [
            select_mailboxes(),
            ("$filter", format!("{column} eq {}", string_literal(text))),
        ];
        let rows = client.get_all(client.url("mailboxes", &query))?;
        let mut found = rows_to_mailboxes(client, &rows)?;
        match found.len() {
            0 => continue,
            1 => return Ok(found.remove(0)),
            _ => {
                let listed: Vec<String> = found
                    .iter()
                    .map(|(m, _)| resolve::describe_candidate(&m.name, &m.email, &m.id))
                    .collect();
                return Err(resolve::ambiguous_mailbox(text, &listed));
            }
        }
    }
    Err(resolve::unknown_mailbox(text))
}

/// What `alerts list` asks for, pushed into `$filter`, `$orderby` and `$top`.
#[derive(Debug, Default)]
pub struct AlertQuery {
    pub mailbox_id: Option<String>,
    pub level: Option<AlertLevel>,
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub limit: Option<u64>,
}

impl AlertQuery {
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut conditions = Vec::new();
        if let Some(id) = &self.mailbox_id {
            conditions.push(format!("_regardingobjectid_value eq {id}"));
        }
        if let Some(level) = self.level {
            conditions.push(format!("level eq {}", level.number()));
        }
        if let Some(since) = self.since {
            conditions.push(format!("modifiedon ge {}", time::format(since)));
        }
        let mut query = vec![
            ("$select", odata::TRACELOG_COLUMNS.join(",")),
            ("$orderby", "modifiedon desc,tracelogid desc".to_string()),
        ];
        if !conditions.is_empty() {
            query.push(("$filter", conditions.join(" and ")));
        }
        if let Some(limit) = self.limit {
            query.push(("$top", limit.to_string()));
        }
        query
    }
}

/// Alerts about mailboxes (and the org), newest first.
pub fn alerts(client: &Client, query: &AlertQuery) -> Result<Vec<StoredAlert<String>>> {
    let rows = client.get_all(client.url("tracelogs", &query.to_query()))?;
    let mut alerts = Vec::with_capacity(rows.len());
    for row in &rows {
        if let Some(alert) =
            odata::alert_from_row(row).map_err(|why| unreadable(client, "tracelog", &why))?
        {
            alerts.push(alert);
        }
    }
    Ok(alerts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_filters_go_into_the_query() {
        let query = AlertQuery {
            mailbox_id: Some("6d627800-0000-4000-8000-000000000001".into()),
            level: Some(AlertLevel::Error),
            since: Some(time::parse_user("2026-01-05").unwrap()),
            limit: Some(5),
        }
        .to_query();
        let filter = &query.iter().find(|(k, _)| *k == "$filter").unwrap().1;
        assert_eq!(
            filter,
            "_regardingobjectid_value eq 6d627800-0000-4000-8000-000000000001 and level eq 3 and modifiedon ge 2026-01-05T00:00:00Z"
        );
        assert!(query.contains(&("$top", "5".to_string())));
    }
}
