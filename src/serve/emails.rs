//! The `emails` table as `serve` offers it, read-only: the state's email activities with the
//! column names of the "Email table/entity reference" (Microsoft Dataverse): `messageid`,
//! `trackingtoken`, `directioncode` (true: outgoing), `correlationmethod`, the lookups
//! `regardingobjectid`, `parentactivityid`, `correlatedactivityid`, `ownerid`,
//! `acceptingentityid` (the queue or user whose mailbox accepted it) and `receivingmailboxid`,
//! and `createdon`. Columns the simulator does not keep on an activity (`conversationindex`
//! lives on the Outlook item) are not offered.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::model::OwnerKind;
use crate::model::tracking::{ActivityKind, EmailDirection};
use crate::remote::odata::{FORMATTED, LOOKUP_TABLE, Table};
use crate::store::activities::{self, Activity, Filter};
use crate::store::{mailboxes, records, users};
use crate::time;

/// A lookup column: the GUID, the table it points to and the row's name.
fn lookup(row: &mut Map<String, Value>, column: &str, target: Option<(String, String, String)>) {
    match target {
        Some((guid, table, name)) => {
            row.insert(column.into(), guid.into());
            row.insert(format!("{column}{LOOKUP_TABLE}"), table.into());
            row.insert(format!("{column}{FORMATTED}"), name.into());
        }
        None => {
            row.insert(column.into(), Value::Null);
        }
    }
}

fn row(conn: &Connection, a: &Activity) -> Result<Map<String, Value>> {
    let mut row = match json!({
        "activityid": Table::Email.guid(a.id),
        "subject": a.subject,
        "messageid": a.message_id,
        "trackingtoken": a.tracking_token,
        "directioncode": a.direction.map(|d| d == EmailDirection::Outgoing),
        "correlationmethod": a.correlation_method.number(),
        "statecode": a.state.number(),
        "createdon": time::format(a.created_at),
    }) {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    };
    let regarding = match a.regarding_record_id {
        Some(id) => {
            let record = records::get(conn, id)?;
            // A case is an `incident` in Dataverse.
            let table = if record.kind == "case" {
                "incident".to_string()
            } else {
                record.kind
            };
            Some((Table::Record.guid(id), table, record.name))
        }
        None => None,
    };
    lookup(&mut row, "_regardingobjectid_value", regarding);
    // An email lookup's formatted value is the linked email's subject.
    let email = |id: Option<i64>| -> Result<Option<(String, String, String)>> {
        Ok(match id {
            Some(id) => activities::find(conn, id)?
                .map(|linked| (Table::Email.guid(id), "email".to_string(), linked.subject)),
            None => None,
        })
    };
    lookup(
        &mut row,
        "_parentactivityid_value",
        email(a.parent_activity_id)?,
    );
    lookup(
        &mut row,
        "_correlatedactivityid_value",
        email(a.correlated_activity_id)?,
    );
    let owner = match a.owner_user_id {
        Some(id) => Some((
            Table::SystemUser.guid(id),
            "systemuser".to_string(),
            users::get(conn, id)?.name,
        )),
        None => None,
    };
    lookup(&mut row, "_ownerid_value", owner);
    let accepting = match a.accepting_mailbox_id {
        Some(id) => {
            let mailbox = mailboxes::get(conn, id)?;
            Some(match mailbox.owner_kind {
                OwnerKind::User => (
                    Table::SystemUser.guid(mailbox.owner_id),
                    "systemuser".to_string(),
                    mailbox.owner,
                ),
                OwnerKind::Queue => (
                    Table::Queue.guid(mailbox.owner_id),
                    "queue".to_string(),
                    mailbox.owner,
                ),
            })
        }
        None => None,
    };
    lookup(&mut row, "_acceptingentityid_value", accepting);
    let receiving = match a.receiving_mailbox_id {
        Some(id) => Some((
            Table::Mailbox.guid(id),
            "mailbox".to_string(),
            mailboxes::get(conn, id)?.name,
        )),
        None => None,
    };
    lookup(&mut row, "_receivingmailboxid_value", receiving);
    Ok(row)
}

/// Every email activity's row, or the one with the GUID `key` (none when it names no email).
pub(super) fn rows(conn: &Connection, key: Option<&str>) -> Result<Vec<Map<String, Value>>> {
    if let Some(key) = key {
        let found = match Table::Email.id_of(key) {
            Some(id) => activities::find(conn, id)?,
            None => None,
        };
        return found
            .filter(|a| a.kind == ActivityKind::Email)
            .map(|a| row(conn, &a))
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    let filter = Filter {
        kind: Some(ActivityKind::Email),
        ..Filter::default()
    };
    activities::for_each(conn, &filter, |a| {
        out.push(row(conn, &a)?);
        Ok(())
    })?;
    Ok(out)
}
