//! `orgtrack init`: a new state holding an empty org, or (`--from-env`) a copy of a real
//! environment's org. Either way the state is built beside its final path and renamed into
//! place at the end, so an interrupted snapshot leaves no state behind.

use std::collections::HashMap;

use chrono::Utc;
use rusqlite::Connection;

use super::{Context, OrgToCreate, created, remove_leftovers};
use crate::cli::{FromEnvArgs, InitArgs, InitCommand};
use crate::error::{Code, Error, Result};
use crate::model::{Direction, MailboxMethods};
use crate::remote::snapshot::{self, Copied, Record};
use crate::store::{
    Store, bulk, folder_rules, folders, mailboxes, org, profiles, queues, records, settings,
    users,
};
use crate::time;

pub fn run(ctx: &Context, args: &InitCommand) -> Result<()> {
    match &args.snapshot.from_env {
        Some(env) => from_env(ctx, &args.init, &args.snapshot, env),
        None => empty(ctx, &args.init),
    }
}

fn empty(ctx: &Context, args: &InitArgs) -> Result<()> {
    let org = OrgToCreate::from_args(args)?;
    let path = ctx.state_path();
    remove_leftovers(ctx, &path)?;
    let clock = time::format(org.clock);
    let store = Store::create(&path, args.force, &org.as_new(&clock))?;
    created(ctx, &store, serde_json::Map::new())
}

/// What the copy made, and what it left out (`skipped`: rows the state cannot hold as they
/// are, each with the reason).
#[derive(Default, serde::Serialize)]
struct Made {
    users: usize,
    queues: usize,
    mailboxes: usize,
    server_profiles: usize,
    folder_rules: usize,
    records: usize,
    refused: Vec<String>,
    skipped: Vec<String>,
}

fn from_env(ctx: &Context, args: &InitArgs, from: &FromEnvArgs, env: &str) -> Result<()> {
    let path = ctx.state_path();
    // Checked before anything is read: an existing state without --force is refused at once.
    if !args.force && path.exists() {
        return Err(Error::new(
            Code::StateExists,
            format!(
                "{} already exists; use --force to replace it",
                path.display()
            ),
        ));
    }
    remove_leftovers(ctx, &path)?;
    let client = ctx.connect(env)?;
    let source = client.host().to_string();
    let taken_at = Utc::now();
    let copied = snapshot::read(client, from.records, |table, rows| {
        ctx.out.note(&format!("read {rows} rows of {table}"));
    })?;
    let mut org = OrgToCreate::from_args(args)?;
    org.name.clone_from(&copied.name);
    org.version = copied.settings.version.to_string();
    let clock = time::format(org.clock);
    let mut made = Made::default();
    let store = Store::create_with(&path, args.force, &org.as_new(&clock), |conn| {
        bulk::relax_durability(conn)?;
        made = fill(conn, &copied, &clock)?;
        org::set_origin(conn, &source, taken_at)
    })?;
    made.refused = copied.refused;
    for refused in &made.refused {
        ctx.out.warn(&format!("not copied: {refused}"));
    }
    for skipped in &made.skipped {
        ctx.out.note(&format!("skipped {skipped}"));
    }
    let extra = match serde_json::to_value(&made) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    created(ctx, &store, extra)?;
    if from.strict && !made.refused.is_empty() {
        return Err(Error::new(
            Code::SnapshotIncomplete,
            format!(
                "{} refused {} table(s); the rest was copied to {}",
                source,
                made.refused.len(),
                path.display()
            ),
        ));
    }
    Ok(())
}

/// Writes the copy into the new state: settings, users, profiles, queues, mailboxes, records,
/// then folder rules (which refer to mailboxes and records). Environment GUIDs are mapped to
/// the state's ids as rows are made.
fn fill(conn: &Connection, copied: &Copied, now: &str) -> Result<Made> {
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
            made.skipped.push(format!("mailbox {}: {why}", mailbox.name));
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
    let id = records::create(
        conn,
        &record.kind,
        &record.name,
        record.email.as_deref(),
        owner,
    )?;
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
