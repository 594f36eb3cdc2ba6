//! `orgtrack mail|appointment|task|contact ...`: items arriving in Exchange mailboxes.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::Context;
use crate::cli::mail::{
    AppointmentArgs, AppointmentCommand, ContactCommand, MailCommand, ReceiveArgs, SendArgs,
    TaskCommand,
};
use crate::correlate::{thread_index, tokens};
use crate::engine::promote::{self, EmailFacts};
use crate::engine::rules::OrgRules;
use crate::engine::{inbox_rules, outlook};
use crate::error::{Error, Result};
use crate::import::eml::fnv1a64;
use crate::model::tracking::{EmailDirection, ItemKind, Pending, TrackingState};
use crate::model::{ActMethod, IncomingMethod, WellKnownFolder, names};
use crate::store::items::{self, NewItem, Tracking};
use crate::store::tokens as stored_tokens;
use crate::store::{folders, mailboxes, org, resolve};
use crate::time;

/// One item created, as printed by the commands that create items.
#[derive(Debug, Serialize)]
pub struct Created {
    pub item: i64,
    pub mailbox: String,
    pub folder: String,
    pub kind: ItemKind,
    /// Mail only: the inbox rules that acted on it as it arrived, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_rules: Option<Vec<String>>,
}

pub fn run_mail(ctx: &Context, cmd: MailCommand) -> Result<()> {
    match cmd {
        MailCommand::Receive(args) => receive(ctx, &args),
        MailCommand::Send(args) => send(ctx, &args),
        MailCommand::Import(args) => super::import::run_mail(ctx, &args),
    }
}

/// Message-IDs are kept without their angle brackets.
pub fn bare_message_id(text: &str) -> String {
    text.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

/// A new Message-ID for mail that comes without one.
fn new_message_id(from: &str, now: DateTime<Utc>) -> String {
    let unique = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let domain = from.rsplit('@').next().unwrap_or("orgtrack.invalid");
    format!(
        "{}.{unique:x}.{}@{domain}",
        now.timestamp(),
        std::process::id()
    )
}

fn addresses(list: &[String]) -> Result<Vec<String>> {
    list.iter()
        .filter(|a| !a.trim().is_empty())
        .map(|a| names::email(a))
        .collect()
}

/// New mail in a mailbox that receives through server-side sync waits for automatic tracking.
fn awaits_evaluation(conn: &Connection, mailbox_id: i64) -> Result<Option<Pending>> {
    let mailbox = mailboxes::get(conn, mailbox_id)?;
    Ok((mailbox.incoming_method == IncomingMethod::ServerSideSync).then_some(Pending::Evaluate))
}

/// The Thread-Index Outlook gives mail it sends: a reply continues its parent's (when the parent
/// is here and carries one), anything else starts a conversation of its own.
fn outlook_thread_index(
    conn: &Connection,
    message_id: &str,
    in_reply_to: Option<&str>,
    now: DateTime<Utc>,
) -> Result<String> {
    if let Some(parent) = in_reply_to
        .map(|id| items::thread_index_of(conn, id))
        .transpose()?
        .flatten()
        && let Ok(reply) = thread_index::encode_reply(&parent, now)
    {
        return Ok(reply);
    }
    let hash = fnv1a64(message_id.as_bytes()).to_be_bytes();
    let mut guid = [0u8; 16];
    guid[..8].copy_from_slice(&hash);
    guid[8..].copy_from_slice(&fnv1a64(&hash).to_be_bytes());
    Ok(thread_index::encode_new(now, guid))
}

/// What a delivery did: the copies it created, and the recipients that had the message already.
#[derive(Debug, Default)]
pub struct Delivery {
    pub created: Vec<Created>,
    pub duplicates: usize,
}

/// Puts a copy in the Inbox of every internal recipient, once per mailbox; a mailbox whose
/// Inbox holds the same Message-ID already is counted as a duplicate instead.
pub fn deliver(
    conn: &Connection,
    email: &NewItem,
    now: DateTime<Utc>,
    skip_mailbox: Option<i64>,
) -> Result<Delivery> {
    let mut delivery = Delivery::default();
    let mut seen = Vec::new();
    for address in email.to.iter().chain(&email.cc).chain(&email.bcc) {
        let Some(mailbox_id) = mailboxes::id_by_email(conn, address)? else {
            continue;
        };
        if seen.contains(&mailbox_id) || Some(mailbox_id) == skip_mailbox {
            continue;
        }
        seen.push(mailbox_id);
        let inbox = folders::well_known(conn, mailbox_id, WellKnownFolder::Inbox)?;
        match place(conn, email, mailbox_id, inbox, now)? {
            Some(created) => delivery.created.push(created),
            None => delivery.duplicates += 1,
        }
    }
    Ok(delivery)
}

/// Puts one copy of an email in a folder, unless the folder holds that Message-ID already.
pub fn place(
    conn: &Connection,
    email: &NewItem,
    mailbox_id: i64,
    folder_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Created>> {
    if let Some(message_id) = &email.message_id
        && items::exists_in_folder(conn, folder_id, message_id)?
    {
        return Ok(None);
    }
    let copy = NewItem {
        mailbox_id,
        folder_id,
        pending: awaits_evaluation(conn, mailbox_id)?,
        ..email.clone()
    };
    let id = items::insert(conn, &copy, now)?;
    // Inbox rules act when mail arrives in the Inbox, and may move it on.
    let inbox = folders::well_known(conn, mailbox_id, WellKnownFolder::Inbox)?;
    let acted = if folder_id == inbox {
        inbox_rules::on_arrival(conn, id, now)?
    } else {
        Vec::new()
    };
    Ok(Some(Created {
        item: id,
        mailbox: mailboxes::get(conn, mailbox_id)?.name,
        folder: folders::path_of(conn, items::get(conn, id)?.folder_id)?,
        kind: ItemKind::Email,
        inbox_rules: Some(acted.into_iter().map(|a| a.rule).collect()),
    }))
}

fn receive(ctx: &Context, args: &ReceiveArgs) -> Result<()> {
    let from = names::email(&args.from)?;
    let (to, cc, bcc) = (
        addresses(&args.to)?,
        addresses(&args.cc)?,
        addresses(&args.bcc)?,
    );
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let sent_at = args
        .date
        .as_deref()
        .map(|t| time::parse_user(t, now))
        .transpose()?;
    let email = NewItem {
        kind: Some(ItemKind::Email),
        subject: args.subject.clone(),
        body: args.body.clone(),
        message_id: Some(
            args.message_id
                .as_deref()
                .map_or_else(|| new_message_id(&from, now), bare_message_id),
        ),
        in_reply_to: args.in_reply_to.as_deref().map(bare_message_id),
        references: args
            .references
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(bare_message_id)
            .collect(),
        thread_index: args.thread_index.clone(),
        from: Some(from),
        to,
        cc,
        bcc,
        sent_at: Some(sent_at.unwrap_or(now)),
        ..NewItem::default()
    };
    let delivery = deliver(&tx, &email, now, None)?;
    if delivery.duplicates > 0 {
        return Err(Error::conflict(
            "duplicate_message",
            format!(
                "{} recipient(s) already have a message with this Message-ID; nothing was delivered",
                delivery.duplicates
            ),
        ));
    }
    let created = delivery.created;
    if created.is_empty() {
        return Err(Error::invalid(
            "no_internal_recipient",
            "none of the recipients has a mailbox in this org (see `orgtrack mailbox list`); nothing was delivered",
        ));
    }
    tx.commit()?;
    ctx.out
        .note(&format!("delivered to {} mailbox(es)", created.len()));
    note_inbox_rules(ctx, &created);
    ctx.out.list(&created, &["item", "mailbox", "folder"])
}

fn send(ctx: &Context, args: &SendArgs) -> Result<()> {
    let (to, cc) = (addresses(&args.to)?, addresses(&args.cc)?);
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let sender = mailboxes::get(&tx, resolve::mailbox(&tx, &args.from)?)?;
    let rules = OrgRules::load(&tx)?;
    let token = match args.via_dynamics {
        true => {
            stored_tokens::next_token(&tx, promote::owner_user(&tx, &sender)?, true)?.map(|t| t.raw)
        }
        false => None,
    };
    let subject = match &token {
        Some(token) => tokens::append_token(&args.subject, token, rules.max_subject_length),
        None => args.subject.clone(),
    };
    let message_id = new_message_id(&sender.email, now);
    let in_reply_to = args.in_reply_to.as_deref().map(bare_message_id);
    let thread_index = outlook_thread_index(&tx, &message_id, in_reply_to.as_deref(), now)?;
    let email = NewItem {
        kind: Some(ItemKind::Email),
        subject,
        body: args.body.clone(),
        message_id: Some(message_id),
        in_reply_to,
        thread_index: Some(thread_index),
        references: args
            .in_reply_to
            .iter()
            .map(|id| bare_message_id(id))
            .collect(),
        from: Some(sender.email.clone()),
        to,
        cc,
        sent_at: Some(now),
        ..NewItem::default()
    };
    let sent_folder = folders::well_known(&tx, sender.id, WellKnownFolder::SentItems)?;
    let sent = items::insert(
        &tx,
        &NewItem {
            mailbox_id: sender.id,
            folder_id: sent_folder,
            pending: if args.via_dynamics {
                None
            } else {
                awaits_evaluation(&tx, sender.id)?
            },
            ..email.clone()
        },
        now,
    )?;
    if args.via_dynamics {
        record_sent_from_dynamics(&tx, &rules, sent, &sender, token, now)?;
    }
    let mut created = vec![Created {
        item: sent,
        mailbox: sender.name.clone(),
        folder: "Sent Items".into(),
        kind: ItemKind::Email,
        inbox_rules: Some(Vec::new()),
    }];
    created.extend(deliver(&tx, &email, now, Some(sender.id))?.created);
    tx.commit()?;
    note_inbox_rules(ctx, &created);
    ctx.out.list(&created, &["item", "mailbox", "folder"])
}

fn note_inbox_rules(ctx: &Context, created: &[Created]) {
    for c in created {
        if let Some(rules) = c.inbox_rules.as_ref().filter(|r| !r.is_empty()) {
            ctx.out.note(&format!(
                "item {}: inbox rule(s) {} acted on it (`orgtrack item show {}` says what they did)",
                c.item,
                rules
                    .iter()
                    .map(|r| format!("'{r}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
                c.item
            ));
        }
    }
}

/// Email sent from Dynamics 365 starts as an outgoing activity carrying its tracking token; the
/// Sent Items copy is that activity's.
fn record_sent_from_dynamics(
    conn: &Connection,
    rules: &OrgRules,
    item_id: i64,
    sender: &mailboxes::Mailbox,
    token: Option<String>,
    now: DateTime<Utc>,
) -> Result<()> {
    let item = items::get(conn, item_id)?;
    let facts = EmailFacts {
        direction: EmailDirection::Outgoing,
        tracking_token: token,
        ..EmailFacts::default()
    };
    let activity = match promote::create_email_activity(conn, rules, &item, sender, &facts, now)? {
        Ok(link) => link.activity_id.expect("an email activity"),
        Err(failure) => {
            return Err(Error::failure(
                "send_failed",
                format!("Dynamics 365 could not send the email: {}", failure.0),
            ));
        }
    };
    let tracking = Tracking {
        state: TrackingState::Tracked,
        activity_id: Some(activity),
        ..Tracking::default()
    };
    items::set_tracking(conn, item_id, &tracking)?;
    items::set_pending(conn, item_id, None, Some("sent from Dynamics 365"))
}

/// Appointments, tasks and contacts land in Exchange whatever the mailbox's ACT method, but
/// only server-side sync tracks them: say so where it cannot (a queue never can).
pub fn warn_unless_act_syncs(ctx: &Context, mailbox: &mailboxes::Mailbox) {
    if mailbox.act_method != ActMethod::ServerSideSync {
        ctx.out.warn(&format!(
            "{} synchronizes appointments, contacts and tasks by method {}: the sync engine will not track them",
            mailbox.name, mailbox.act_method
        ));
    }
}

pub fn run_appointment(ctx: &Context, cmd: AppointmentCommand) -> Result<()> {
    match cmd {
        AppointmentCommand::Add(args) => add_appointment(ctx, &args),
    }
}

fn add_appointment(ctx: &Context, args: &AppointmentArgs) -> Result<()> {
    let now = ctx.now()?;
    let start = time::parse_user(&args.start, now)?;
    let end = time::parse_user(&args.end, now)?;
    if end < start {
        return Err(Error::invalid(
            "invalid_time",
            "--end must not be before --start",
        ));
    }
    let organizer = args.organizer.as_deref().map(names::email).transpose()?;
    let attendees = addresses(&args.attendees)?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, &args.mailbox)?)?;
    warn_unless_act_syncs(ctx, &mailbox);
    let calendar = folders::well_known(&tx, mailbox.id, WellKnownFolder::Calendar)?;
    let base = NewItem {
        mailbox_id: mailbox.id,
        folder_id: calendar,
        kind: Some(ItemKind::Appointment),
        subject: args.subject.clone(),
        starts_at: Some(start),
        ends_at: Some(end),
        organizer: Some(organizer.unwrap_or_else(|| mailbox.email.clone())),
        attendees,
        ..NewItem::default()
    };
    let mut created = Vec::new();
    match &args.rrule {
        None => {
            let id = items::insert(&tx, &base, now)?;
            created.push(Created {
                item: id,
                mailbox: mailbox.name.clone(),
                folder: "Calendar".into(),
                kind: ItemKind::Appointment,
                inbox_rules: None,
            });
        }
        Some(rule) => {
            let starts = crate::import::ics::rule_occurrences(rule, start).map_err(|why| {
                Error::invalid("invalid_rrule", format!("invalid --rrule '{rule}': {why}"))
            })?;
            let series = items::insert(
                &tx,
                &NewItem {
                    rrule: Some(rule.clone()),
                    ..base.clone()
                },
                now,
            )?;
            created.push(Created {
                item: series,
                mailbox: mailbox.name.clone(),
                folder: "Calendar".into(),
                kind: ItemKind::Appointment,
                inbox_rules: None,
            });
            for occurrence_start in starts {
                let occurrence = NewItem {
                    starts_at: Some(occurrence_start),
                    ends_at: Some(occurrence_start + (end - start)),
                    series_item_id: Some(series),
                    ..base.clone()
                };
                let id = items::insert(&tx, &occurrence, now)?;
                created.push(Created {
                    item: id,
                    mailbox: mailbox.name.clone(),
                    folder: "Calendar".into(),
                    kind: ItemKind::Appointment,
                    inbox_rules: None,
                });
            }
        }
    }
    tx.commit()?;
    ctx.out.list(&created, &["item", "mailbox", "folder"])
}

pub fn run_task(ctx: &Context, cmd: TaskCommand) -> Result<()> {
    let TaskCommand::Add {
        mailbox,
        subject,
        due,
        completed,
        assign_to,
    } = cmd;
    let now = ctx.now()?;
    let due = due
        .as_deref()
        .map(|t| time::parse_user(t, now))
        .transpose()?;
    let assigned_to = assign_to.as_deref().map(names::email).transpose()?;
    add_single(
        ctx,
        &mailbox,
        WellKnownFolder::Tasks,
        |mailbox_id, folder_id| NewItem {
            mailbox_id,
            folder_id,
            kind: Some(ItemKind::Task),
            subject: subject.clone(),
            due_at: due,
            completed,
            assigned_to: assigned_to.clone(),
            ..NewItem::default()
        },
    )?;
    if let Some(assignee) = &assigned_to {
        ctx.out.warn(&outlook::unsynchronized_assignment(assignee));
    }
    Ok(())
}

pub fn run_contact(ctx: &Context, cmd: ContactCommand) -> Result<()> {
    let ContactCommand::Add {
        mailbox,
        name,
        email,
    } = cmd;
    let name = names::display_name("contact", &name)?;
    let email = names::email(&email)?;
    add_single(
        ctx,
        &mailbox,
        WellKnownFolder::Contacts,
        |mailbox_id, folder_id| NewItem {
            mailbox_id,
            folder_id,
            kind: Some(ItemKind::Contact),
            subject: name.clone(),
            contact_email: Some(email.clone()),
            ..NewItem::default()
        },
    )
}

fn add_single(
    ctx: &Context,
    mailbox: &str,
    folder: WellKnownFolder,
    build: impl Fn(i64, i64) -> NewItem,
) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, mailbox)?)?;
    warn_unless_act_syncs(ctx, &mailbox);
    let folder_id = folders::well_known(&tx, mailbox.id, folder)?;
    let new = build(mailbox.id, folder_id);
    let kind = new.kind.unwrap_or(ItemKind::Task);
    let id = items::insert(&tx, &new, now)?;
    tx.commit()?;
    let created = Created {
        item: id,
        mailbox: mailbox.name,
        folder: folders::path_of(store.conn(), folder_id)?,
        kind,
        inbox_rules: None,
    };
    ctx.out.list(&[created], &["item", "mailbox", "folder"])
}
