//! Mailboxes and alerts of a real environment, as the same `Mailbox` and alert shapes local
//! mode prints (enum columns as words; ids are Dataverse GUIDs).

use serde_json::Value;

use super::client::Client;
use super::odata::{self, string_literal};
use crate::error::{Code, Error, ExitKind, Result};
use crate::model::AlertLevel;
use crate::store::alerts::StoredAlert;
use crate::store::mailboxes::{Mailbox, Pick};
use crate::store::resolve;
use crate::time;

/// A mailbox with its `enabledfor*` flags (incoming, outgoing, ACT).
pub type RemoteMailbox = (Mailbox<String>, [bool; 3]);

fn mailbox_of(client: &Client, row: &Value) -> Result<RemoteMailbox> {
    odata::mailbox_from_row(row).map_err(|why| unreadable(client, "mailbox", &why))
}

fn unreadable(client: &Client, what: &str, why: &str) -> Error {
    Error::new(
        Code::RemoteProtocol,
        format!(
            "{} answered with a {what} row it cannot read: {why}",
            client.host()
        ),
    )
}

fn select_mailboxes() -> (&'static str, String) {
    ("$select", odata::select(odata::MAILBOX_COLUMNS))
}

/// Every mailbox `pick` keeps (at most `limit`), by name then id, handed to `each` as the
/// pages arrive. The service orders them, so none is held. Approval and status go into
/// `$filter`; the owner's kind is an annotation, so it is tested here.
pub fn for_each_mailbox(
    client: &Client,
    pick: &Pick,
    limit: Option<u64>,
    mut each: impl FnMut(RemoteMailbox) -> Result<()>,
) -> Result<()> {
    let mut query = vec![
        select_mailboxes(),
        ("$orderby", "name asc,mailboxid asc".to_string()),
    ];
    let mut conditions = Vec::new();
    if let Some(status) = pick.status {
        let n = status.number();
        conditions.push(format!(
            "(incomingemailstatus eq {n} or outgoingemailstatus eq {n} or actstatus eq {n})"
        ));
    }
    for (column, status) in [
        ("incomingemailstatus", pick.incoming_status),
        ("outgoingemailstatus", pick.outgoing_status),
        ("actstatus", pick.act_status),
    ] {
        if let Some(status) = status {
            conditions.push(format!("{column} eq {}", status.number()));
        }
    }
    if let Some(approval) = pick.approval {
        conditions.push(format!(
            "emailrouteraccessapproval eq {}",
            approval.number()
        ));
    }
    if !conditions.is_empty() {
        query.push(("$filter", conditions.join(" and ")));
    }
    // With the owner's kind tested here, `$top` could cut off rows it keeps.
    let mut left = limit;
    if pick.owner_kind.is_none()
        && let Some(limit) = limit
    {
        query.push(("$top", limit.to_string()));
    }
    client.for_each_row(client.url("mailboxes", &query), |row| {
        let mailbox = mailbox_of(client, &row)?;
        if !pick.keeps(&mailbox.0) || left == Some(0) {
            return Ok(());
        }
        left = left.map(|n| n - 1);
        each(mailbox)
    })
}

/// A `mailboxes` row read back after a write, or the reason it cannot be read.
pub fn mailbox_from_body(
    client: &Client,
    body: &str,
) -> std::result::Result<RemoteMailbox, String> {
    let row: Value = serde_json::from_str(body)
        .map_err(|_| format!("{} answered with a mailbox that is not JSON", client.host()))?;
    odata::mailbox_from_row(&row).map_err(|why| {
        format!(
            "{} answered with a mailbox row it cannot read: {why}",
            client.host()
        )
    })
}

/// `mailboxes(<id>)` with the columns orgtrack reads.
pub fn mailbox_url(client: &Client, id: &str) -> reqwest::Url {
    client.url(&format!("mailboxes({id})"), &[select_mailboxes()])
}

/// A mailbox by GUID, email address or name, as locally: a name shared by several is refused
/// with the candidates listed.
pub fn mailbox(client: &Client, reference: &str) -> Result<RemoteMailbox> {
    let text = reference.trim();
    if odata::is_guid(text) {
        let url = mailbox_url(client, text);
        return match client.get(&url) {
            Ok(fetched) => mailbox_of(client, &fetched.body),
            Err(err) if err.kind() == ExitKind::NotFound => Err(resolve::unknown_mailbox(text)),
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
        let mut found = Vec::new();
        client.for_each_row(client.url("mailboxes", &query), |row| {
            found.push(mailbox_of(client, &row)?);
            Ok(())
        })?;
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
            ("$select", odata::select(odata::TRACELOG_COLUMNS)),
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

/// Alerts about mailboxes (and the org), newest first, handed to `each` as the pages arrive.
pub fn for_each_alert(
    client: &Client,
    query: &AlertQuery,
    mut each: impl FnMut(StoredAlert<String>) -> Result<()>,
) -> Result<()> {
    client.for_each_row(client.url("tracelogs", &query.to_query()), |row| {
        match odata::alert_from_row(&row).map_err(|why| unreadable(client, "tracelog", &why))? {
            Some(alert) => each(alert),
            None => Ok(()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_filters_go_into_the_query() {
        let query = AlertQuery {
            mailbox_id: Some("6d627800-0000-4000-8000-000000000001".into()),
            level: Some(AlertLevel::Error),
            since: Some(time::parse_stored("2026-01-05T00:00:00Z").unwrap()),
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
