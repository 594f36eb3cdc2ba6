//! The directory tables `serve` offers read-only, with the column names of Microsoft's table
//! references, so that `init --from-env` can copy an org from a served state:
//! - `systemusers` ("SystemUser table/entity reference": `fullname`, `internalemailaddress`,
//!   `isdisabled`); every local user is enabled;
//! - `usersettingscollection` ("UserSettings": `incomingemailfilteringmethod`, the user's
//!   personal option "Track email messages");
//! - `queues` ("Queue": `name`, `emailaddress`, `_ownerid_value`, `incomingemailfilteringmethod`,
//!   the queue's "Convert incoming email to activities");
//! - `mailboxtrackingfolders` ("MailboxTrackingFolder": `_mailboxid_value`, `exchangefolderid`,
//!   `exchangefoldername`, `_regardingobjectid_value` with its logical name); the folder name
//!   is given as its path from the top of the mailbox (`Inbox/Contoso`) so nesting survives;
//! - `accounts`, `contacts`, `leads` (`name` or `fullname`, `emailaddress1..3`, `_ownerid_value`,
//!   `statecode`): its state `active` is statecode 0, `resolved` 1 (Inactive for accounts and
//!   contacts, Qualified for leads).

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::api::{Answer, Request, collection, names, single};
use crate::error::Result;
use crate::remote::odata::{Column, FORMATTED, LOOKUP_TABLE, Table, choice, column, record_table};
use crate::store::{folder_rules, folders, mailboxes, queues, records, users};

/// "Track email messages" / "Convert incoming email to activities": the same five options in
/// `usersettings` and `queue` (`incomingemailfilteringmethod`).
const FILTERING: &[(i64, &str)] = &[
    (0, "All email messages"),
    (1, "Email messages in response to Email"),
    (2, "Email from Leads, Contacts and Accounts"),
    (3, "Email from records that are email enabled"),
    (4, "No email messages"),
];
const ACTIVE_INACTIVE: &[(i64, &str)] = &[(0, "Active"), (1, "Inactive")];
const LEAD_STATES: &[(i64, &str)] = &[(0, "Open"), (1, "Qualified"), (2, "Disqualified")];

const SYSTEMUSER: &[Column] = &[
    column("systemuserid", "Edm.Guid"),
    column("fullname", "Edm.String"),
    column("internalemailaddress", "Edm.String"),
    column("isdisabled", "Edm.Boolean"),
];
const USERSETTINGS: &[Column] = &[
    column("systemuserid", "Edm.Guid"),
    choice("incomingemailfilteringmethod", FILTERING),
];
const QUEUE: &[Column] = &[
    column("queueid", "Edm.Guid"),
    column("name", "Edm.String"),
    column("emailaddress", "Edm.String"),
    column("_ownerid_value", "Edm.Guid"),
    choice("incomingemailfilteringmethod", FILTERING),
];
const TRACKING_FOLDER: &[Column] = &[
    column("mailboxtrackingfolderid", "Edm.Guid"),
    column("_mailboxid_value", "Edm.Guid"),
    column("exchangefolderid", "Edm.String"),
    column("exchangefoldername", "Edm.String"),
    column("_regardingobjectid_value", "Edm.Guid"),
];

macro_rules! record_columns {
    ($id:literal, $name:literal, $states:expr) => {
        &[
            column($id, "Edm.Guid"),
            column($name, "Edm.String"),
            column("emailaddress1", "Edm.String"),
            column("emailaddress2", "Edm.String"),
            column("emailaddress3", "Edm.String"),
            column("_ownerid_value", "Edm.Guid"),
            choice("statecode", $states),
        ]
    };
}
const ACCOUNT: &[Column] = record_columns!("accountid", "name", ACTIVE_INACTIVE);
const CONTACT: &[Column] = record_columns!("contactid", "fullname", ACTIVE_INACTIVE);
const LEAD: &[Column] = record_columns!("leadid", "fullname", LEAD_STATES);

type Rows = Vec<Map<String, Value>>;

/// One entity set: its table's logical name, columns and rows (all, or the one keyed).
pub(super) struct Set {
    pub(super) name: &'static str,
    pub(super) table: &'static str,
    pub(super) columns: &'static [Column],
    rows: fn(&Connection, Option<i64>) -> Result<Rows>,
    key: Table,
}

pub(super) const SETS: &[Set] = &[
    Set {
        name: "systemusers",
        table: "systemuser",
        columns: SYSTEMUSER,
        rows: systemusers,
        key: Table::SystemUser,
    },
    Set {
        name: "usersettingscollection",
        table: "usersettings",
        columns: USERSETTINGS,
        rows: usersettings,
        key: Table::SystemUser,
    },
    Set {
        name: "queues",
        table: "queue",
        columns: QUEUE,
        rows: queue_rows,
        key: Table::Queue,
    },
    Set {
        name: "mailboxtrackingfolders",
        table: "mailboxtrackingfolder",
        columns: TRACKING_FOLDER,
        rows: tracking_folders,
        key: Table::MailboxTrackingFolder,
    },
    Set {
        name: "accounts",
        table: "account",
        columns: ACCOUNT,
        rows: |conn, key| record_rows(conn, key, "account"),
        key: Table::Record,
    },
    Set {
        name: "contacts",
        table: "contact",
        columns: CONTACT,
        rows: |conn, key| record_rows(conn, key, "contact"),
        key: Table::Record,
    },
    Set {
        name: "leads",
        table: "lead",
        columns: LEAD,
        rows: |conn, key| record_rows(conn, key, "lead"),
        key: Table::Record,
    },
];

pub(super) fn find(name: &str) -> Option<&'static Set> {
    SETS.iter().find(|s| s.name == name)
}

/// `GET <set>` or `GET <set>(<id>)`.
pub(super) fn answer(ctx: &Request, name: &str, key: Option<&str>) -> Answer {
    let set = find(name).expect("routed only for a directory set");
    ctx.options.check_columns(set.table, &names(set.columns))?;
    // A key of another table names no row here (404), as an unknown GUID does.
    let wanted = key.map(|k| set.key.id_of(k).unwrap_or(-1));
    let rows: Rows = {
        let store = ctx.reader()?;
        (set.rows)(store.conn(), wanted)?
            .into_iter()
            .map(|row| ctx.annotated(row, set.columns))
            .collect()
    };
    let id_column = format!("{}id", set.table);
    match key {
        Some(key) => single(ctx, set.name, set.table, rows, key),
        None => collection(ctx, set.name, &id_column, rows),
    }
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

fn systemusers(conn: &Connection, key: Option<i64>) -> Result<Rows> {
    let mut rows = Vec::new();
    users::for_each(conn, |user| {
        if key.is_none_or(|k| k == user.id) {
            rows.push(object(json!({
                "systemuserid": Table::SystemUser.guid(user.id),
                "fullname": user.name,
                "internalemailaddress": user.email,
                "isdisabled": false,
            })));
        }
        Ok(())
    })?;
    Ok(rows)
}

fn usersettings(conn: &Connection, key: Option<i64>) -> Result<Rows> {
    let mut rows = Vec::new();
    users::for_each(conn, |user| {
        if key.is_none_or(|k| k == user.id) {
            rows.push(object(json!({
                "systemuserid": Table::SystemUser.guid(user.id),
                "incomingemailfilteringmethod": user.track_email.number(),
            })));
        }
        Ok(())
    })?;
    Ok(rows)
}

fn queue_rows(conn: &Connection, key: Option<i64>) -> Result<Rows> {
    let mut rows = Vec::new();
    queues::for_each(conn, |queue| {
        if key.is_none_or(|k| k == queue.id) {
            rows.push(object(json!({
                "queueid": Table::Queue.guid(queue.id),
                "name": queue.name,
                "emailaddress": queue.email,
                "_ownerid_value": Table::SystemUser.guid(queue.owner_id),
                format!("_ownerid_value{FORMATTED}"): queue.owner,
                format!("_ownerid_value{LOOKUP_TABLE}"): "systemuser",
                "incomingemailfilteringmethod": queue.convert_email.number(),
            })));
        }
        Ok(())
    })?;
    Ok(rows)
}

fn tracking_folders(conn: &Connection, key: Option<i64>) -> Result<Rows> {
    let mut rows = Vec::new();
    for mailbox_id in mailboxes::ids(conn)? {
        for rule in folder_rules::list(conn, mailbox_id)? {
            if key.is_some_and(|k| k != rule.id) {
                continue;
            }
            let regarding = "_regardingobjectid_value";
            let mut row = object(json!({
                "mailboxtrackingfolderid": Table::MailboxTrackingFolder.guid(rule.id),
                "_mailboxid_value": Table::Mailbox.guid(mailbox_id),
                "exchangefolderid": rule.folder_id.to_string(),
                "exchangefoldername": folders::path_of(conn, rule.folder_id)?,
                regarding: Value::Null,
            }));
            if let Some(id) = rule.regarding_record_id {
                let record = records::get(conn, id)?;
                row.insert(regarding.into(), json!(Table::Record.guid(id)));
                row.insert(
                    format!("{regarding}{LOOKUP_TABLE}"),
                    json!(record_table(&record.kind)),
                );
                row.insert(format!("{regarding}{FORMATTED}"), json!(record.name));
            }
            rows.push(row);
        }
    }
    Ok(rows)
}

fn record_rows(conn: &Connection, key: Option<i64>, kind: &str) -> Result<Rows> {
    let name = if kind == "account" {
        "name"
    } else {
        "fullname"
    };
    let id = format!("{kind}id");
    let mut rows = Vec::new();
    records::for_each(conn, Some(kind), |record| {
        if key.is_none_or(|k| k == record.id) {
            let mut row = object(json!({
                id.as_str(): Table::Record.guid(record.id),
                name: record.name,
                "emailaddress1": record.email,
                "emailaddress2": record.email2,
                "emailaddress3": record.email3,
                "_ownerid_value": record.owner_id.map(|o| Table::SystemUser.guid(o)),
                "statecode": i64::from(record.state != "active"),
            }));
            if let Some(owner) = record.owner {
                row.insert(format!("_ownerid_value{FORMATTED}"), json!(owner));
                row.insert(format!("_ownerid_value{LOOKUP_TABLE}"), json!("systemuser"));
            }
            rows.push(row);
        }
        Ok(())
    })?;
    Ok(rows)
}
