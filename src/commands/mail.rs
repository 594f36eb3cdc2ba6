//! `orgtrack mail|appointment|task|contact ...`: items arriving in Exchange mailboxes.

use rusqlite::Connection;

use super::Context;
use crate::cli::mail::{
    AppointmentArgs, AppointmentCommand, ContactCommand, ReceiveArgs, SendArgs, TaskCommand,
};
use crate::engine::delivery::{self, Created, Outgoing, bare_message_id};
use crate::engine::outlook;
use crate::engine::rules::OrgRules;
use crate::error::{Code, Error, Result};
use crate::model::tracking::ItemKind;
use crate::model::{WellKnownFolder, names};
use crate::store::items::{self, NewItem};
use crate::store::{folders, mailboxes, org, resolve, users};
use crate::time;

fn addresses(list: &[String]) -> Result<Vec<String>> {
    list.iter()
        .filter(|a| !a.trim().is_empty())
        .map(|a| names::email(a))
        .collect()
}

pub fn receive(ctx: &Context, args: &ReceiveArgs) -> Result<()> {
    let from = names::email(&args.from)?;
    let (to, cc, bcc) = (
        addresses(&args.to)?,
        addresses(&args.cc)?,
        addresses(&args.bcc)?,
    );
    if let Some(value) = &args.thread_index {
        crate::correlate::thread_index::decode(value).map_err(|why| {
            Error::new(
                Code::InvalidThreadIndex,
                format!("invalid --thread-index '{value}': {why}"),
            )
        })?;
    }
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
                .map_or_else(|| delivery::new_message_id(&from, now), bare_message_id),
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
        irm_restricted: args.irm_restricted,
        ..NewItem::default()
    };
    let created = delivery::receive(&tx, &email, now)?;
    tx.commit()?;
    ctx.out
        .note(&format!("delivered to {} mailbox(es)", created.len()));
    note_inbox_rules(ctx, &created);
    print_copies(ctx, store.conn(), &created)
}

pub fn send(ctx: &Context, args: &SendArgs) -> Result<()> {
    let (to, cc) = (addresses(&args.to)?, addresses(&args.cc)?);
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let sender = mailboxes::get(&tx, resolve::mailbox(&tx, &args.from)?)?;
    let submitter = match &args.submitted_by {
        Some(user) => {
            let user = users::get(&tx, resolve::user(&tx, user)?)?;
            Some(mailboxes::get(&tx, user.mailbox_id)?)
        }
        None => None,
    };
    let rules = OrgRules::load(&tx)?;
    let outgoing = Outgoing {
        subject: args.subject.clone(),
        body: args.body.clone(),
        to,
        cc,
        in_reply_to: args.in_reply_to.as_deref().map(bare_message_id),
        via_dynamics: args.via_dynamics,
        submitter,
    };
    let sent = delivery::send(&tx, &rules, &sender, &outgoing, now)?;
    tx.commit()?;
    if let Some(activity) = sent.pending_activity {
        ctx.out.note(&format!(
            "activity {activity} is Pending Send: the next outgoing poll of mailbox {} sends it once the mailbox is approved, tested and enabled for outgoing email (`orgtrack activity show {activity}`)",
            sent.sent_through
        ));
    }
    note_inbox_rules(ctx, &sent.created);
    print_copies(ctx, store.conn(), &sent.created)
}

/// Prints the copies a command created, in the item shape.
fn print_copies(ctx: &Context, conn: &Connection, created: &[Created]) -> Result<()> {
    let ids: Vec<i64> = created.iter().map(|c| c.item).collect();
    super::print_items(ctx, conn, &ids)
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

pub fn run_appointment(ctx: &Context, cmd: AppointmentCommand) -> Result<()> {
    match cmd {
        AppointmentCommand::Add(args) => add_appointment(ctx, &args),
    }
}

/// Refuses a COUNT above the occurrences one series gets (`ics::MAX_OCCURRENCES`), which would
/// otherwise be cut there without a word.
fn check_count(rule: &str) -> Result<()> {
    let count = rule.split(';').find_map(|part| {
        let (key, value) = part.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("COUNT")
            .then(|| value.trim().parse::<u64>().ok())?
    });
    let limit = crate::import::ics::MAX_OCCURRENCES;
    match count {
        Some(count) if count > limit as u64 => Err(Error::new(
            Code::TooManyOccurrences,
            format!(
                "--rrule COUNT={count} is more than the {limit} occurrences orgtrack creates for one series; give COUNT={limit} or fewer"
            ),
        )),
        _ => Ok(()),
    }
}

fn add_appointment(ctx: &Context, args: &AppointmentArgs) -> Result<()> {
    let now = ctx.now()?;
    let start = time::parse_user(&args.start, now)?;
    let end = time::parse_user(&args.end, now)?;
    if end < start {
        return Err(Error::new(
            Code::InvalidTime,
            "--end must not be before --start",
        ));
    }
    let organizer = args.organizer.as_deref().map(names::email).transpose()?;
    let attendees = addresses(&args.attendees)?;
    if let Some(rule) = &args.rrule {
        check_count(rule)?;
    }
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, &args.mailbox)?)?;
    super::warn_unless_act_syncs(ctx, &mailbox);
    let calendar = folders::well_known(&tx, mailbox.id, WellKnownFolder::Calendar)?;
    let base = NewItem {
        mailbox_id: mailbox.id,
        folder_id: calendar,
        kind: Some(ItemKind::Appointment),
        subject: args.subject.clone(),
        starts_at: Some(start),
        ends_at: Some(end),
        organizer: (!args.no_organizer_address)
            .then(|| organizer.unwrap_or_else(|| mailbox.email.clone())),
        attendees,
        private: args.private,
        ..NewItem::default()
    };
    let mut created = Vec::new();
    match &args.rrule {
        None => {
            let id = items::insert(&tx, &base, now)?;
            created.push(Created {
                item: id,
                inbox_rules: None,
            });
        }
        Some(rule) => {
            let starts = crate::import::ics::rule_occurrences(rule, start).map_err(|why| {
                Error::new(
                    Code::InvalidRrule,
                    format!("invalid --rrule '{rule}': {why}"),
                )
            })?;
            let limit = crate::import::ics::MAX_OCCURRENCES;
            if starts.len() >= limit {
                ctx.out.warn(&format!(
                    "the series stops at {limit} occurrences, the most orgtrack creates for one series"
                ));
            }
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
                    inbox_rules: None,
                });
            }
        }
    }
    tx.commit()?;
    print_copies(ctx, store.conn(), &created)
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
    if let Some(assignee) = &assigned_to
        && let Some(why) = outlook::unsynchronized_assignment(ctx.open()?.conn(), assignee)?
    {
        ctx.out.warn(&why);
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
    super::warn_unless_act_syncs(ctx, &mailbox);
    let folder_id = folders::well_known(&tx, mailbox.id, folder)?;
    let new = build(mailbox.id, folder_id);
    let id = items::insert(&tx, &new, now)?;
    tx.commit()?;
    super::print_items(ctx, store.conn(), &[id])
}
