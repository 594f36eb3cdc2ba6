//! What `explain --env` reads about an email: the `emails` row by id or Message-ID, and the
//! email tracking option of the user or queue that owns a mailbox
//! (`usersettings.incomingemailfilteringmethod`, `queue.incomingemailfilteringmethod`).

use super::client::Client;
use super::odata::{self, EmailRow, string_literal};
use crate::error::{Code, Error, ExitKind, Result};
use crate::model::{OwnerKind, TrackEmail};

fn select() -> (&'static str, String) {
    ("$select", odata::select(odata::EMAIL_COLUMNS))
}

fn read(client: &Client, row: &serde_json::Value) -> Result<EmailRow> {
    odata::email_from_row(row).map_err(|why| {
        Error::new(
            Code::RemoteProtocol,
            format!(
                "{} answered with an email row it cannot read: {why}",
                client.host()
            ),
        )
    })
}

/// The email activity with the GUID `id`, or None when the service has none.
pub fn by_id(client: &Client, id: &str) -> Result<Option<EmailRow>> {
    match client.get(&client.url(&format!("emails({id})"), &[select()])) {
        Ok(fetched) => read(client, &fetched.body).map(Some),
        Err(err) if err.kind() == ExitKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

/// Every email activity with the Message-ID `message_id` (one per direction it was tracked in).
pub fn by_message_id(client: &Client, message_id: &str) -> Result<Vec<EmailRow>> {
    let query = [
        select(),
        (
            "$filter",
            format!("messageid eq {}", string_literal(message_id)),
        ),
    ];
    let mut found = Vec::new();
    client.for_each_row(client.url("emails", &query), |row| {
        found.push(read(client, &row)?);
        Ok(())
    })?;
    Ok(found)
}

/// The owner's "Track email messages" option (`incomingemailfilteringmethod`, the same
/// options for users' settings and queues), or None when the service does not give it (the
/// table is not readable to the caller, or not offered).
pub fn tracking_option(
    client: &Client,
    kind: OwnerKind,
    owner: &str,
) -> Result<Option<TrackEmail>> {
    let path = match kind {
        OwnerKind::User => format!("usersettingscollection({owner})"),
        OwnerKind::Queue => format!("queues({owner})"),
    };
    let url = client.url(&path, &[("$select", "incomingemailfilteringmethod".into())]);
    match client.get(&url) {
        Ok(fetched) => Ok(fetched
            .body
            .get("incomingemailfilteringmethod")
            .and_then(serde_json::Value::as_i64)
            .and_then(TrackEmail::from_number)),
        Err(err) if matches!(err.kind(), ExitKind::NotFound) => Ok(None),
        Err(err) if err.code == Code::RemoteError => Ok(None),
        Err(err) => Err(err),
    }
}
