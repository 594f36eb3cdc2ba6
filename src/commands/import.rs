//! `orgtrack mail import` and `orgtrack calendar import`: real messages and meetings, read with
//! the pure readers of `crate::import`, land in a mailbox as items received now (the simulated
//! clock) and keep their own sent times. Bad files are reported and skipped; `--strict` makes
//! the whole import one all-or-nothing step.

use std::time::Instant;

use chrono::{DateTime, Utc};
use indicatif::ProgressBar;
use rusqlite::Connection;
use serde::Serialize;

use super::Context;
use crate::cli::mail::{CalendarCommand, ImportArgs};
use crate::engine::delivery::{deliver, email_of, place};
use crate::error::{Code, Error, Problem, Result};
use crate::import::{self, eml, ics};
use crate::input;
use crate::model::WellKnownFolder;
use crate::model::tracking::ItemKind;
use crate::store::items::{self, NewItem};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::{folders, org, resolve};

/// The summary every import prints: the `--json` contract.
#[derive(Debug, Default, Serialize)]
struct Summary {
    /// Messages or events imported.
    imported: usize,
    duplicates: usize,
    /// Inputs that could not be imported: the length of `problems`.
    failed: usize,
    /// Items created (a recurring event is several): the length of `item_ids`.
    items: usize,
    /// Items created, in the order they were created.
    item_ids: Vec<i64>,
    /// Each input that failed: `path`, `code`, `message`.
    problems: Vec<Problem>,
}

impl Summary {
    fn fail(&mut self, ctx: &Context, path: String, code: Code, message: String) {
        ctx.out.warn(&format!("{path}: {message}"));
        self.failed += 1;
        self.problems.push(Problem::at_path(path, code, message));
    }

    fn created(&mut self, item_id: i64) {
        self.items += 1;
        self.item_ids.push(item_id);
    }
}

/// Table columns of the summary: the counts (the item ids of a large import would make one
/// enormous cell; `item list` shows them, the warnings above name the problems).
const SUMMARY_COLUMNS: &[&str] = &["imported", "duplicates", "failed", "items"];

/// The summary as data: one JSON document, or one table row of counts.
fn show(ctx: &Context, summary: &Summary) -> Result<()> {
    if ctx.out.is_json() {
        return ctx.out.record(summary);
    }
    ctx.out.list(std::slice::from_ref(summary), SUMMARY_COLUMNS)
}

/// Commits (or, under `--strict` with failures, drops) the import and prints the summary;
/// exits 1 when anything failed.
fn finish(
    ctx: &Context,
    tx: rusqlite::Transaction<'_>,
    summary: &Summary,
    strict: bool,
) -> Result<()> {
    let rolled_back = strict && summary.failed > 0;
    if rolled_back {
        drop(tx);
    } else {
        tx.commit()?;
    }
    if rolled_back {
        ctx.out.note(&format!(
            "--strict: {} input(s) failed, so nothing was imported",
            summary.failed
        ));
        let nothing = Summary {
            failed: summary.failed,
            problems: summary.problems.clone(),
            ..Summary::default()
        };
        show(ctx, &nothing)?;
    } else {
        ctx.out.note(&format!(
            "imported {}, {} duplicate(s), {} failed",
            summary.imported, summary.duplicates, summary.failed
        ));
        show(ctx, summary)?;
    }
    if summary.failed > 0 {
        return Err(Error::new(
            Code::ImportFailed,
            format!("{} input(s) could not be imported", summary.failed),
        ));
    }
    Ok(())
}

/// Messages written per transaction by an import that is not `--strict`: large enough that
/// commits cost nothing next to the inserts, small enough that other commands wait little.
const IMPORT_BATCH: usize = 2000;

/// A failure's message, with the message's number in its mbox file when it came from one.
fn numbered(place_in_file: Option<usize>, reason: String) -> String {
    match place_in_file {
        Some(number) => format!("message {number}: {reason}"),
        None => reason,
    }
}

pub fn run_mail(ctx: &Context, args: &ImportArgs) -> Result<()> {
    import::check_named_paths(&args.paths)?;
    let mut store = ctx.open()?;
    let mut tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, &args.mailbox)?)?;
    let folder = match &args.folder {
        Some(path) => resolve::folder_at(&tx, &mailbox, path)?.id,
        None => folders::well_known(&tx, mailbox.id, WellKnownFolder::Inbox)?,
    };
    let inputs = import::collect_inputs(&args.paths);
    let mut progress = Progress::new(ctx, inputs.bytes());
    let mut summary = Summary::default();
    let mut in_batch = 0;
    // Messages imported by the batches committed so far: an error later (a full disk) rolls
    // back only the open batch, and the user must hear that the others stay.
    let mut committed = 0;
    let kept = |committed: usize| {
        move |mut err: Error| {
            if committed > 0 {
                err.message = format!(
                    "{}; the {committed} messages imported before it stay imported (importing \
                     the same files again skips them as duplicates)",
                    err.message
                );
            }
            err
        }
    };
    for input in inputs {
        progress.advance(&input);
        // `--strict` keeps one transaction, so a failure anywhere leaves nothing behind.
        if !args.strict && in_batch == IMPORT_BATCH {
            tx.commit().map_err(|e| kept(committed)(e.into()))?;
            committed = summary.imported;
            tx = store.write()?;
            in_batch = 0;
        }
        in_batch += 1;
        let place_in_file = input.mbox.map(|p| p.message);
        let origin = input.origin();
        let bytes = match input.content {
            Ok(bytes) => bytes,
            Err(reason) => {
                summary.fail(ctx, origin, Code::FileNotFound, reason);
                continue;
            }
        };
        let message = match eml::parse_message(&bytes) {
            Ok(message) => message,
            Err(reason) => {
                summary.fail(
                    ctx,
                    origin,
                    Code::InvalidMessage,
                    numbered(place_in_file, reason),
                );
                continue;
            }
        };
        let email = email_of(message);
        if args.deliver {
            let delivery = deliver(&tx, &email, now, None).map_err(kept(committed))?;
            if delivery.created.is_empty() && delivery.duplicates == 0 {
                summary.fail(
                    ctx,
                    origin,
                    Code::NoInternalRecipient,
                    numbered(
                        place_in_file,
                        "none of its recipients has a mailbox in this org".into(),
                    ),
                );
                continue;
            }
            if delivery.created.is_empty() {
                summary.duplicates += 1;
            } else {
                summary.imported += 1;
            }
            for created in &delivery.created {
                summary.created(created.item);
            }
        } else {
            match place(&tx, &email, mailbox.id, folder, now).map_err(kept(committed))? {
                Some(created) => {
                    summary.imported += 1;
                    summary.created(created.item);
                }
                None => summary.duplicates += 1,
            }
        }
    }
    progress.finish();
    finish(ctx, tx, &summary, args.strict).map_err(kept(committed))
}

/// A bar on stderr for a person watching a long import: messages done, their rate, and the
/// time left (from the bytes read of all the files). Nothing when stderr is not a terminal or
/// under `--quiet`.
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    messages: u64,
}

impl Progress {
    fn new(ctx: &Context, bytes: u64) -> Progress {
        let bar = super::progress_bar(ctx, bytes, "{spinner} import: {msg} {wide_bar} {eta} left");
        Progress {
            bar,
            started: Instant::now(),
            messages: 0,
        }
    }

    fn advance(&mut self, input: &import::Input) {
        let Some(bar) = &self.bar else {
            return;
        };
        self.messages += 1;
        let done = self.messages;
        bar.inc(input.content.as_ref().map_or(0, |c| c.len() as u64));
        if done.is_multiple_of(100) {
            let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{done} messages, {rate:.0}/s"));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

pub fn run_calendar(ctx: &Context, cmd: CalendarCommand) -> Result<()> {
    let CalendarCommand::Import {
        files,
        mailbox,
        strict,
    } = cmd;
    import::check_named_paths(&files)?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let now = org::load(&tx)?.clock;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, &mailbox)?)?;
    super::warn_unless_act_syncs(ctx, &mailbox);
    let calendar = folders::well_known(&tx, mailbox.id, WellKnownFolder::Calendar)?;
    let mut summary = Summary::default();
    for file in &files {
        let origin = file.display().to_string();
        let bytes = match input::read(file, MAX_CALENDAR_BYTES, "calendar file") {
            Ok(bytes) => bytes,
            Err(e) => {
                summary.fail(ctx, origin, e.code, e.message);
                continue;
            }
        };
        let parsed = match ics::parse_calendar(&bytes) {
            Ok(parsed) => parsed,
            Err(reason) => {
                summary.fail(ctx, origin, Code::InvalidCalendar, reason);
                continue;
            }
        };
        // A line that is not a content line loses only itself, unless --strict asks for files
        // that are wholly right.
        if strict && let Some(first) = parsed.malformed.first() {
            let reason = format!("line {}: {}", first.line, first.reason);
            summary.fail(ctx, origin, Code::InvalidCalendar, reason);
            continue;
        }
        // Likewise an event left out or read differently (a bad DTSTART, an RRULE that cannot
        // be expanded): --strict imports a calendar whole or not at all.
        if strict && !parsed.warnings.is_empty() {
            let reason = format!(
                "--strict refuses a calendar that cannot be read whole: {}",
                parsed.warnings.join("; ")
            );
            summary.fail(ctx, origin, Code::InvalidCalendar, reason);
            continue;
        }
        for bad in &parsed.malformed {
            ctx.out.warn(&format!(
                "{origin}: line {}: {}; that line is left out",
                bad.line, bad.reason
            ));
        }
        for warning in &parsed.warnings {
            ctx.out.warn(&format!("{origin}: {warning}"));
        }
        for event in parsed.events {
            if items::exists_in_folder(&tx, calendar, &event.uid)? {
                summary.duplicates += 1;
                continue;
            }
            for id in add_event(&tx, &mailbox, calendar, &event, now)? {
                summary.created(id);
            }
            summary.imported += 1;
        }
    }
    finish(ctx, tx, &summary, strict)
}

/// The largest calendar file read, in bytes.
const MAX_CALENDAR_BYTES: u64 = 256 << 20;

/// One event: a single appointment, or a series item (carrying the rule) followed by one item
/// per occurrence. The UID is kept as the items' message id, which makes re-imports duplicates.
fn add_event(
    conn: &Connection,
    mailbox: &Mailbox,
    calendar: i64,
    event: &ics::Event,
    now: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let base = NewItem {
        mailbox_id: mailbox.id,
        folder_id: calendar,
        kind: Some(ItemKind::Appointment),
        subject: event.summary.clone(),
        body: event.description.clone().unwrap_or_default(),
        message_id: Some(event.uid.clone()),
        starts_at: Some(event.start),
        ends_at: Some(event.end),
        // An organizer without an address stays without one (UseCrmOrganizerForEmptyExchangeOrganizer).
        organizer: (!event.organizer_without_address).then(|| {
            event
                .organizer
                .clone()
                .unwrap_or_else(|| mailbox.email.clone())
        }),
        attendees: event.attendees.clone(),
        private: event.private,
        ..NewItem::default()
    };
    if !event.recurring {
        return Ok(vec![items::insert(conn, &base, now)?]);
    }
    let rule = if event.rrules.is_empty() {
        "RDATE".to_string()
    } else {
        event.rrules.join(" ")
    };
    let series = items::insert(
        conn,
        &NewItem {
            rrule: Some(rule),
            ..base.clone()
        },
        now,
    )?;
    let mut created = vec![series];
    for occurrence in &event.occurrences {
        let item = NewItem {
            starts_at: Some(occurrence.start),
            ends_at: Some(occurrence.end),
            series_item_id: Some(series),
            // Occurrences share the series UID only through their series.
            message_id: None,
            ..base.clone()
        };
        created.push(items::insert(conn, &item, now)?);
    }
    Ok(created)
}
