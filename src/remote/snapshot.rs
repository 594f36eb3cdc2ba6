//! What `init --from-env` reads from an environment: the org row, email server profiles,
//! enabled users with their "Track email messages" option (`usersettings`), queues, every
//! mailbox, folder tracking rules (`mailboxtrackingfolders`) and up to N accounts, contacts and
//! leads. Every collection is paged (`@odata.nextLink`) and retried when throttled by the
//! client. A table the environment refuses (HTTP 403, or 404 where it does not exist at this
//! version) is named in `refused` and the rest is read. Ids stay the environment's GUIDs here;
//! the state gives its own.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde_json::Value;

use super::client::Client;
use super::directory::RemoteMailbox;
use super::odata::{self, FORMATTED, LOOKUP_TABLE, MAILBOX_COLUMNS, record_kind};
use super::org::RemoteOrg;
use crate::error::{Code, Error, Result};
use crate::model::{Authentication, Direction, MailboxMethods, ServerType, TrackEmail};
use crate::settings::Snapshot;
use crate::store::{folder_rules, folders, mailboxes, profiles, queues, records, settings, users};
use crate::time;

pub struct Profile {
    pub id: String,
    pub name: String,
    pub server_type: ServerType,
    pub authentication: Authentication,
    pub process_email_from: Option<DateTime<Utc>>,
    pub owner_id: Option<String>,
    pub notify_owner: bool,
}

pub struct User {
    pub id: String,
    pub name: String,
    pub email: String,
    pub track_email: TrackEmail,
}

pub struct Queue {
    pub id: String,
    pub name: String,
    pub email: String,
    pub owner_id: Option<String>,
    pub convert_email: TrackEmail,
}

/// A record (account, contact, lead, or the regarding record of a folder rule).
pub struct Record {
    pub id: String,
    pub kind: String,
    pub name: String,
    /// `emailaddress1`, `2` and `3`.
    pub emails: [Option<String>; 3],
    pub owner_id: Option<String>,
    pub active: bool,
}

pub struct TrackingFolder {
    pub mailbox_id: String,
    pub folder: String,
    /// The regarding record: its id, kind and name (from the lookup's annotations).
    pub regarding: Option<Record>,
}

/// Everything read; `refused` names the tables that could not be.
pub struct Copied {
    pub name: String,
    pub settings: Snapshot,
    pub profiles: Vec<Profile>,
    pub users: Vec<User>,
    pub queues: Vec<Queue>,
    pub mailboxes: Vec<RemoteMailbox>,
    pub folders: Vec<TrackingFolder>,
    pub records: Vec<Record>,
    pub refused: Vec<String>,
}

/// The record tables copied, with their primary name columns.
const RECORD_SETS: &[(&str, &str, &str)] = &[
    ("accounts", "account", "name"),
    ("contacts", "contact", "fullname"),
    ("leads", "lead", "fullname"),
];

/// Reads the environment behind `client`; `records` bounds each record table (0: none).
/// How many tables `read` reports to `progress`, one call each: six, and accounts, contacts
/// and leads when records are copied.
pub fn tables(records: u64) -> u64 {
    if records > 0 { 9 } else { 6 }
}

/// `progress` hears each table as it is done, with its row count.
pub fn read(client: Client, records: u64, mut progress: impl FnMut(&str, usize)) -> Result<Copied> {
    let mut org = RemoteOrg::new(client);
    let settings = org.read()?;
    let client = org.client();
    let name = org_name(client)?;
    let mut copied = Copied {
        name,
        settings,
        profiles: Vec::new(),
        users: Vec::new(),
        queues: Vec::new(),
        mailboxes: Vec::new(),
        folders: Vec::new(),
        records: Vec::new(),
        refused: Vec::new(),
    };
    let mut reader = Reader {
        client,
        refused: &mut copied.refused,
    };

    let select = "emailserverprofileid,name,servertype,incomingcredentialretrieval,processemailsreceivedafter,_ownerid_value,sendemailalert";
    copied.profiles = reader.table("emailserverprofiles", &[("$select", select.into())], |r| {
        Ok(Profile {
            id: r.text("emailserverprofileid")?,
            name: r.text("name")?,
            server_type: r.choice("servertype", ServerType::from_number)?,
            authentication: r.choice("incomingcredentialretrieval", Authentication::from_number)?,
            process_email_from: r.time("processemailsreceivedafter")?,
            owner_id: r.opt_text("_ownerid_value"),
            notify_owner: r.get("sendemailalert").and_then(Value::as_bool) != Some(false),
        })
    })?;
    progress("emailserverprofiles", copied.profiles.len());

    let tracking: HashMap<String, TrackEmail> = reader
        .table(
            "usersettingscollection",
            &[(
                "$select",
                "systemuserid,incomingemailfilteringmethod".into(),
            )],
            |r| {
                Ok((
                    r.text("systemuserid")?,
                    r.choice("incomingemailfilteringmethod", TrackEmail::from_number)?,
                ))
            },
        )?
        .into_iter()
        .collect();
    progress("usersettingscollection", tracking.len());

    let users = [
        (
            "$select",
            "systemuserid,fullname,internalemailaddress,isdisabled".to_string(),
        ),
        ("$filter", "isdisabled eq false".to_string()),
    ];
    copied.users = reader.table("systemusers", &users, |r| {
        let id = r.text("systemuserid")?;
        Ok(User {
            // Without usersettings (refused), the default option: email in response to email.
            track_email: tracking.get(&id).copied().unwrap_or(TrackEmail::Responses),
            id,
            name: r.text("fullname")?,
            email: r.opt_text("internalemailaddress").unwrap_or_default(),
        })
    })?;
    progress("systemusers", copied.users.len());

    let queues = "queueid,name,emailaddress,_ownerid_value,incomingemailfilteringmethod";
    copied.queues = reader.table("queues", &[("$select", queues.into())], |r| {
        Ok(Queue {
            id: r.text("queueid")?,
            name: r.text("name")?,
            email: r.opt_text("emailaddress").unwrap_or_default(),
            owner_id: r.opt_text("_ownerid_value"),
            convert_email: r.choice("incomingemailfilteringmethod", TrackEmail::from_number)?,
        })
    })?;
    progress("queues", copied.queues.len());

    let mailboxes = [("$select", odata::select(MAILBOX_COLUMNS))];
    copied.mailboxes = reader.table("mailboxes", &mailboxes, |r| {
        odata::mailbox_from_row(r.0).map_err(|why| r.unreadable(&why))
    })?;
    progress("mailboxes", copied.mailboxes.len());

    let folders = "_mailboxid_value,exchangefoldername,_regardingobjectid_value";
    copied.folders = reader.table(
        "mailboxtrackingfolders",
        &[("$select", folders.into())],
        |r| {
            let regarding = r.opt_text("_regardingobjectid_value").map(|id| Record {
                id,
                kind: record_kind(
                    &r.opt_text(&format!("_regardingobjectid_value{LOOKUP_TABLE}"))
                        .unwrap_or_default(),
                )
                .to_string(),
                name: r
                    .opt_text(&format!("_regardingobjectid_value{FORMATTED}"))
                    .unwrap_or_default(),
                emails: [None, None, None],
                owner_id: None,
                active: true,
            });
            Ok(TrackingFolder {
                mailbox_id: r.text("_mailboxid_value")?,
                folder: r.text("exchangefoldername")?,
                regarding,
            })
        },
    )?;
    progress("mailboxtrackingfolders", copied.folders.len());

    if records > 0 {
        for (set, kind, name) in RECORD_SETS {
            let query = [
                (
                    "$select",
                    format!(
                        "{kind}id,{name},emailaddress1,emailaddress2,emailaddress3,_ownerid_value,statecode"
                    ),
                ),
                ("$top", records.to_string()),
            ];
            let rows = reader.table(set, &query, |r| {
                Ok(Record {
                    id: r.text(&format!("{kind}id"))?,
                    kind: (*kind).to_string(),
                    name: r.opt_text(name).unwrap_or_default(),
                    emails: ["emailaddress1", "emailaddress2", "emailaddress3"]
                        .map(|c| r.opt_text(c).filter(|t| !t.is_empty())),
                    owner_id: r.opt_text("_ownerid_value"),
                    active: r.get("statecode").and_then(Value::as_i64) == Some(0),
                })
            })?;
            progress(set, rows.len());
            copied.records.extend(rows);
        }
    }
    Ok(copied)
}

/// What the copy made, and what it left out (`skipped`: rows the state cannot hold as they
/// are, each with the reason).
#[derive(Default, serde::Serialize)]
pub struct Made {
    pub users: usize,
    pub queues: usize,
    pub mailboxes: usize,
    pub server_profiles: usize,
    pub folder_rules: usize,
    pub records: usize,
    pub refused: Vec<String>,
    pub skipped: Vec<String>,
}

/// Writes the copy into the new state: settings, users, profiles, queues, mailboxes, records,
/// then folder rules (which refer to mailboxes and records). Environment GUIDs are mapped to
/// the state's ids as rows are made.
pub fn write(conn: &Connection, copied: &Copied, now: &str) -> Result<Made> {
    let mut made = Made::default();
    for (name, value) in &copied.settings.explicit {
        settings::set_value(conn, name, value, now)?;
    }

    let mut user_ids: HashMap<&str, i64> = HashMap::new();
    let mut owner_mailbox: HashMap<&str, i64> = HashMap::new();
    for user in &copied.users {
        if let Err(why) = email_free(conn, &user.email) {
            made.skipped.push(format!("user {}: {why}", user.name));
            continue;
        }
        let id = users::create(conn, &user.name, &user.email, user.track_email)?;
        user_ids.insert(&user.id, id);
        owner_mailbox.insert(&user.id, users::get(conn, id)?.mailbox_id);
        made.users += 1;
    }

    let mut profile_ids: HashMap<&str, i64> = HashMap::new();
    for profile in &copied.profiles {
        let changes = profiles::Changes {
            name: None,
            server_type: Some(profile.server_type),
            authentication: Some(profile.authentication),
            process_email_from: profile.process_email_from,
            owner_user_id: profile
                .owner_id
                .as_deref()
                .and_then(|o| user_ids.get(o).copied()),
            notify_owner: Some(profile.notify_owner),
        };
        // The state starts with "Microsoft Exchange Online"; a profile of that name is it.
        let id = match profiles::resolve(conn, &profile.name) {
            Ok(id) => {
                profiles::update(conn, id, &changes)?;
                id
            }
            Err(_) => profiles::create(conn, &profile.name, &changes)?,
        };
        profile_ids.insert(&profile.id, id);
        made.server_profiles += 1;
    }

    for queue in &copied.queues {
        let owner = queue.owner_id.as_deref().and_then(|o| user_ids.get(o));
        let Some(&owner) = owner else {
            made.skipped.push(format!(
                "queue {}: its owner is not an enabled user that was copied",
                queue.name
            ));
            continue;
        };
        if let Err(why) = email_free(conn, &queue.email) {
            made.skipped.push(format!("queue {}: {why}", queue.name));
            continue;
        }
        let id = queues::create(conn, &queue.name, &queue.email, owner, queue.convert_email)?;
        owner_mailbox.insert(&queue.id, queues::get(conn, id)?.mailbox_id);
        made.queues += 1;
    }

    let mut mailbox_ids: HashMap<&str, i64> = HashMap::new();
    for (mailbox, _) in &copied.mailboxes {
        let Some(&id) = owner_mailbox.get(mailbox.owner_id.as_str()) else {
            made.skipped.push(format!(
                "mailbox {}: its owner is not a user or queue that was copied",
                mailbox.name
            ));
            continue;
        };
        let methods = MailboxMethods {
            incoming: mailbox.incoming_method,
            outgoing: mailbox.outgoing_method,
            act: mailbox.act_method,
        };
        if let Err(why) = methods.check(mailbox.owner_kind) {
            made.skipped
                .push(format!("mailbox {}: {why}", mailbox.name));
            continue;
        }
        mailboxes::set_methods(conn, id, &methods)?;
        for direction in [Direction::Incoming, Direction::Outgoing, Direction::Act] {
            mailboxes::set_status(conn, id, direction, mailbox.status(direction))?;
        }
        mailboxes::set_approval(conn, id, mailbox.approval)?;
        mailboxes::set_enabled(conn, id, mailbox.enabled)?;
        mailboxes::set_watermark(conn, id, mailbox.process_email_after)?;
        mailboxes::set_test_scheduled(conn, id, mailbox.test_scheduled)?;
        if let Some(&profile) = mailbox
            .profile_id
            .as_deref()
            .and_then(|p| profile_ids.get(p))
        {
            mailboxes::set_profile(conn, id, profile)?;
        }
        mailbox_ids.insert(&mailbox.id, id);
        made.mailboxes += 1;
    }

    let mut record_ids: HashMap<&str, i64> = HashMap::new();
    for record in &copied.records {
        let id = add_record(conn, record, &user_ids, now)?;
        record_ids.insert(&record.id, id);
        made.records += 1;
    }

    for rule in &copied.folders {
        let Some(&mailbox_id) = mailbox_ids.get(rule.mailbox_id.as_str()) else {
            made.skipped.push(format!(
                "folder rule on {}: its mailbox was not copied",
                rule.folder
            ));
            continue;
        };
        let folder = folder_at(conn, mailbox_id, &rule.folder)?;
        // A regarding record not among those copied (another kind, or past --records) is
        // made from the lookup's name and table.
        let regarding = match &rule.regarding {
            Some(record) => Some(match record_ids.get(record.id.as_str()) {
                Some(&id) => id,
                None => {
                    let id = add_record(conn, record, &user_ids, now)?;
                    record_ids.insert(&record.id, id);
                    made.records += 1;
                    id
                }
            }),
            None => None,
        };
        folder_rules::upsert(conn, mailbox_id, folder, regarding, now)?;
        made.folder_rules += 1;
    }
    Ok(made)
}

fn email_free(conn: &Connection, email: &str) -> std::result::Result<(), String> {
    if email.trim().is_empty() {
        return Err("no email address".into());
    }
    mailboxes::ensure_email_free(conn, email).map_err(|err| err.message)
}

fn add_record(
    conn: &Connection,
    record: &Record,
    user_ids: &HashMap<&str, i64>,
    now: &str,
) -> Result<i64> {
    let owner = record
        .owner_id
        .as_deref()
        .and_then(|o| user_ids.get(o).copied());
    let [email, email2, email3] = &record.emails;
    let id = records::create(conn, &record.kind, &record.name, email.as_deref(), owner)?;
    if email2.is_some() || email3.is_some() {
        records::set_other_emails(conn, id, email2.as_deref(), email3.as_deref())?;
    }
    if !record.active {
        records::resolve(conn, id, time::parse_stored(now)?)?;
    }
    Ok(id)
}

/// The folder at `path` (`Inbox/Contoso`) in the mailbox, made where missing.
fn folder_at(conn: &Connection, mailbox_id: i64, path: &str) -> Result<i64> {
    let mut parent = None;
    for name in path.split('/').filter(|n| !n.is_empty()) {
        parent = Some(match folders::child(conn, mailbox_id, parent, name)? {
            Some(folder) => folder.id,
            None => folders::add(conn, mailbox_id, parent, name)?,
        });
    }
    parent.ok_or_else(|| {
        Error::new(
            Code::RemoteProtocol,
            "a folder tracking rule without a folder name",
        )
    })
}

/// The organization's name (`organizations?$select=name`).
fn org_name(client: &Client) -> Result<String> {
    let url = client.url("organizations", &[("$select", "name".into())]);
    let mut name = None;
    client.for_each_row(url, |row| {
        if name.is_none() {
            name = row.get("name").and_then(Value::as_str).map(str::to_string);
        }
        Ok(())
    })?;
    name.ok_or_else(|| {
        Error::new(
            Code::RemoteProtocol,
            format!("{} answered without an organization name", client.host()),
        )
    })
}

struct Reader<'a> {
    client: &'a Client,
    refused: &'a mut Vec<String>,
}

impl Reader<'_> {
    /// Every row of `set`; a refused table gives none and is noted.
    fn table<T>(
        &mut self,
        set: &str,
        query: &[(&str, String)],
        mut each: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut rows = Vec::new();
        let read = self
            .client
            .for_each_row(self.client.url(set, query), |value| {
                rows.push(each(&Row(&value, self.client, set))?);
                Ok(())
            });
        match read {
            Ok(()) => Ok(rows),
            // The org row was read with the same token, so a refusal here is this table's:
            // a privilege the caller lacks (403) or a table this version lacks (404).
            Err(err) if matches!(err.code, Code::TokenRefused | Code::RemoteNotFound) => {
                self.refused.push(format!("{set}: {}", err.message));
                Ok(Vec::new())
            }
            Err(err) => Err(err),
        }
    }
}

/// One row of a table, read leniently: absent and null are the same.
struct Row<'a>(&'a Value, &'a Client, &'a str);

impl Row<'_> {
    fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name).filter(|v| !v.is_null())
    }

    fn opt_text(&self, name: &str) -> Option<String> {
        self.get(name).and_then(Value::as_str).map(str::to_string)
    }

    fn text(&self, name: &str) -> Result<String> {
        self.opt_text(name)
            .ok_or_else(|| self.unreadable(&format!("no {name}")))
    }

    fn choice<T>(&self, name: &str, from: impl Fn(i64) -> Option<T>) -> Result<T> {
        let number = self.get(name).and_then(Value::as_i64);
        number.and_then(from).ok_or_else(|| {
            self.unreadable(&format!(
                "{name} {number:?} is not an option orgtrack knows"
            ))
        })
    }

    fn time(&self, name: &str) -> Result<Option<DateTime<Utc>>> {
        self.opt_text(name)
            .map(|t| time::parse_stored(&t))
            .transpose()
            .map_err(|_| self.unreadable(&format!("{name} is not a time")))
    }

    fn unreadable(&self, why: &str) -> Error {
        Error::new(
            Code::RemoteProtocol,
            format!(
                "{} answered with a {} row it cannot read: {why}",
                self.1.host(),
                self.2
            ),
        )
    }
}
