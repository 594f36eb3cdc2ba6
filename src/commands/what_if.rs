//! `what-if`: the simulation run twice from private copies of the state, once as it is and
//! once with other settings, over the same pending work, messages and cycles; what differs is
//! listed per mailbox and per item. The state itself is only read (copied with `VACUUM INTO`
//! through a read-only connection), so it is byte for byte the same afterwards.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use chrono::{DurationRound, TimeDelta, Utc};

use super::{Context, snapshot_into};
use crate::cli::what_if::WhatIfArgs;
use crate::engine::cycle;
use crate::engine::delivery::{deliver, email_of, place};
use crate::error::{Code, Error, Problem, Result};
use crate::import::{self, eml};
use crate::input;
use crate::model::WellKnownFolder;
use crate::settings::files::{self, FileFormat};
use crate::settings::validate::{Entry, Given, validate};
use crate::settings::{Change, Snapshot, lookup};
use crate::store::outcomes::{self, ItemOutcome, MailboxOutcome, RaisedAlert};
use crate::store::{Store, folders, org, resolve};
use crate::time;
use crate::version::Version;
use crate::view::ReportedChange;

/// One difference between the two runs. `item_id` is null for a difference of the mailbox
/// (its categories, activities, queue items, alerts) or of the org (records).
#[derive(Debug, Serialize)]
struct Difference {
    mailbox_id: Option<i64>,
    mailbox: Option<String>,
    item_id: Option<i64>,
    what: &'static str,
    before: Option<String>,
    after: Option<String>,
    why: Option<String>,
}

/// The whole answer under `--json`.
#[derive(Serialize)]
struct Answer<'a> {
    settings: Vec<ReportedChange<'a>>,
    cycles: u32,
    changes: &'a [Difference],
}

/// Records of each kind a `--env` copy takes, as `init --from-env` does by default.
const SNAPSHOT_RECORDS: u64 = 1000;

/// A fact two runs are compared on: what it is called and how to read it.
type Fact<T, V> = (&'static str, fn(&T) -> V);

const COLUMNS: &[&str] = &["mailbox", "item_id", "what", "before", "after", "why"];

pub fn run(ctx: &Context, args: &WhatIfArgs) -> Result<()> {
    let scratch = Scratch::new()?;
    // With --env, the environment is copied into a private state first (only read; nothing
    // is written to it) and the comparison runs on that copy, deleted with the scratch space.
    let state = match ctx.remote()? {
        Some(client) => {
            refuse_unknown_names(args)?;
            let path = scratch.file("snapshot.db");
            let clock = Utc::now()
                .duration_trunc(TimeDelta::minutes(1))
                .expect("a minute divides any time");
            snapshot_into(ctx, client, &path, false, clock, SNAPSHOT_RECORDS)?;
            path
        }
        None => ctx.state_path(),
    };
    // Opened (and migrated, if it is older) as a copy only: the state is never written.
    let before_path = scratch.file("as-it-is.db");
    outcomes::copy_state(&state, &before_path).map_err(|e| no_state(&state, e))?;
    let mut before = Store::open(&before_path)?;
    let settings = checked_settings(&before, args)?;
    let after_path = scratch.file("what-if.db");
    outcomes::copy_state(&state, &after_path)?;
    let mut after = Store::open(&after_path)?;
    let started = time::format(org::load(before.conn())?.clock);

    prepare(&mut before, args, &[])?;
    prepare(&mut after, args, &settings)?;
    for _ in 0..args.cycles {
        cycle::run(&mut before, &mut |_, _| {})?;
        cycle::run(&mut after, &mut |_, _| {})?;
    }
    let changes = compare(&before, &after, &started)?;
    if ctx.out.is_json() {
        ctx.out.record(&Answer {
            settings: settings
                .iter()
                .map(|change| ReportedChange {
                    change,
                    dry_run: true,
                })
                .collect(),
            cycles: args.cycles,
            changes: &changes,
        })?;
    } else {
        ctx.out.list(&changes, COLUMNS)?;
    }
    if changes.is_empty() {
        ctx.out.note(&format!(
            "nothing differs after {} cycle(s) with {} setting(s) changed",
            args.cycles,
            settings.len()
        ));
        return Ok(());
    }
    Err(Error::new(
        Code::WhatIfDiffers,
        format!(
            "{} difference(s) after {} cycle(s); the state was not changed",
            changes.len(),
            args.cycles
        ),
    ))
}

/// A missing state is named as such, not as a failed copy.
fn no_state(state: &Path, err: Error) -> Error {
    if state.exists() {
        err
    } else {
        Error::new(
            Code::NoState,
            format!(
                "no state file at {}; run `orgtrack init` to create one",
                state.display()
            ),
        )
    }
}

/// Every setting of the second run, checked as `settings import` checks a file: all problems
/// reported at once, nothing run.
fn checked_settings(store: &Store, args: &WhatIfArgs) -> Result<Vec<Change>> {
    let mut entries = Vec::new();
    for text in &args.changes {
        let (name, value) = text.split_once('=').ok_or_else(|| {
            Error::new(
                Code::InvalidValue,
                format!(
                    "what-if: '{text}' is not SETTING=VALUE (e.g. TrackCategorizedItems=false)"
                ),
            )
        })?;
        let name = name.trim();
        entries.push(Entry {
            name: name.to_string(),
            setting: lookup(name),
            given: Given::Text(value.to_string()),
        });
    }
    if let Some(path) = &args.from_file {
        let text = input::read_text(path, files::MAX_FILE_BYTES, "settings file")?;
        let shown = path.display().to_string();
        let format = FileFormat::detect(&shown, &text);
        let read = files::read(format, &text)
            .map_err(|why| Error::new(Code::InvalidFile, format!("{shown}: {why}")))?;
        entries.extend(read.into_iter().map(|(name, raw)| Entry {
            setting: lookup(&name),
            name,
            given: Given::Json(raw),
        }));
    }
    let snapshot = crate::store::settings::snapshot(store.conn())?;
    validate(&snapshot, entries, false).map_err(refused)
}

/// Before an environment is copied: a setting name the catalogue does not know is refused at
/// once (values and applicability are checked against the copy's version afterwards).
fn refuse_unknown_names(args: &WhatIfArgs) -> Result<()> {
    let unknown: Vec<Entry> = args
        .changes
        .iter()
        .filter_map(|text| text.split_once('='))
        .map(|(name, _)| name.trim())
        .filter(|name| lookup(name).is_err())
        .map(|name| Entry {
            name: name.to_string(),
            setting: lookup(name),
            given: Given::Text(String::new()),
        })
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let snapshot = Snapshot {
        version: Version::MAX,
        explicit: Default::default(),
    };
    validate(&snapshot, unknown, false).map_err(refused)?;
    Ok(())
}

/// Any bad setting, an unknown name too, is a bad question (exit 4; each entry's own code is
/// in `problems`): nothing is run.
fn refused(problems: Vec<Problem>) -> Error {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("  {}: {}", p.name.as_deref().unwrap_or_default(), p.message))
        .collect();
    Error::new(
        Code::InvalidValue,
        format!(
            "what-if: {} bad setting(s), nothing was run:\n{}",
            problems.len(),
            lines.join("\n")
        ),
    )
    .with_problems(problems)
}

/// Before the cycles: the run's settings, then the messages, in one transaction.
fn prepare(store: &mut Store, args: &WhatIfArgs, settings: &[Change]) -> Result<()> {
    let tx = store.write()?;
    crate::store::settings::apply(&tx, settings)?;
    if !args.mail.is_empty() {
        import::check_named_paths(&args.mail)?;
        let now = org::load(&tx)?.clock;
        let inboxes = args
            .mailbox
            .iter()
            .map(|name| {
                let id = resolve::mailbox(&tx, name)?;
                Ok((id, folders::well_known(&tx, id, WellKnownFolder::Inbox)?))
            })
            .collect::<Result<Vec<_>>>()?;
        for input in import::collect_inputs(&args.mail) {
            let origin = input.origin();
            let bytes = input
                .content
                .map_err(|why| Error::new(Code::FileNotFound, format!("{origin}: {why}")))?;
            let message = eml::parse_message(&bytes)
                .map_err(|why| Error::new(Code::InvalidMessage, format!("{origin}: {why}")))?;
            let email = email_of(message);
            if inboxes.is_empty() {
                deliver(&tx, &email, now, None)?;
            }
            for &(mailbox_id, inbox) in &inboxes {
                place(&tx, &email, mailbox_id, inbox, now)?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

/// What differs between the runs: items (walked side by side in id order), mailboxes, the
/// alerts each run raised, and the org's records.
fn compare(before: &Store, after: &Store, started: &str) -> Result<Vec<Difference>> {
    let mut changes = Vec::new();
    let mut theirs = Vec::new();
    outcomes::for_each_item(after.conn(), |item| {
        theirs.push(item);
        Ok(())
    })?;
    let mut next = theirs.into_iter().peekable();
    outcomes::for_each_item(before.conn(), |mine| {
        while let Some(extra) = next.next_if(|o| o.item_id < mine.item_id) {
            changes.push(item_presence(&extra, false));
        }
        match next.next_if(|o| o.item_id == mine.item_id) {
            Some(other) => compare_items(&mine, &other, &mut changes),
            None => changes.push(item_presence(&mine, true)),
        }
        Ok(())
    })?;
    changes.extend(next.map(|extra| item_presence(&extra, false)));

    let mut theirs = Vec::new();
    outcomes::for_each_mailbox(after.conn(), |mailbox| {
        theirs.push(mailbox);
        Ok(())
    })?;
    let mut next = theirs.into_iter();
    outcomes::for_each_mailbox(before.conn(), |mine| {
        if let Some(other) = next.next() {
            compare_mailboxes(&mine, &other, &mut changes);
        }
        Ok(())
    })?;
    compare_alerts(
        &outcomes::alerts_since(before.conn(), started)?,
        &outcomes::alerts_since(after.conn(), started)?,
        before,
        &mut changes,
    )?;
    let (records_before, records_after) = (
        outcomes::record_count(before.conn())?,
        outcomes::record_count(after.conn())?,
    );
    if records_before != records_after {
        changes.push(Difference {
            mailbox_id: None,
            mailbox: None,
            item_id: None,
            what: "records",
            before: Some(records_before.to_string()),
            after: Some(records_after.to_string()),
            why: None,
        });
    }
    Ok(changes)
}

/// An item one run removed (Exchange deletes it) and the other kept.
fn item_presence(item: &ItemOutcome, kept_before: bool) -> Difference {
    let (before, after) = if kept_before {
        ("present", "removed")
    } else {
        ("removed", "present")
    };
    Difference {
        mailbox_id: Some(item.mailbox_id),
        mailbox: Some(item.mailbox.clone()),
        item_id: Some(item.item_id),
        what: "item",
        before: Some(before.into()),
        after: Some(after.into()),
        why: item.note.clone(),
    }
}

fn compare_items(mine: &ItemOutcome, other: &ItemOutcome, changes: &mut Vec<Difference>) {
    let tracking = |o: &ItemOutcome| match o.method {
        Some(method) => format!("{} ({})", o.state.word(), method.word()),
        None => o.state.word().to_string(),
    };
    let deleted = |o: &ItemOutcome| if o.deleted { "deleted" } else { "kept" }.to_string();
    let facts: [Fact<ItemOutcome, Option<String>>; 2] = [
        ("regarding", |o| o.regarding.clone()),
        ("categories", |o| {
            Some(o.categories.clone()).filter(|c| !c.is_empty())
        }),
    ];
    let mut differ = |what: &'static str, before: Option<String>, after: Option<String>| {
        if before != after {
            changes.push(Difference {
                mailbox_id: Some(mine.mailbox_id),
                mailbox: Some(mine.mailbox.clone()),
                item_id: Some(mine.item_id),
                what,
                before,
                after,
                // Why the what-if run did what it did; else why the run as it is did.
                why: other.note.clone().or_else(|| mine.note.clone()),
            });
        }
    };
    differ("tracking", Some(tracking(mine)), Some(tracking(other)));
    differ("deleted", Some(deleted(mine)), Some(deleted(other)));
    for (what, fact) in facts {
        differ(what, fact(mine), fact(other));
    }
}

fn compare_mailboxes(mine: &MailboxOutcome, other: &MailboxOutcome, changes: &mut Vec<Difference>) {
    let facts: [Fact<MailboxOutcome, String>; 3] = [
        ("categories", |m| m.categories.clone()),
        ("activities", |m| m.activities.to_string()),
        ("queue_items", |m| m.queue_items.to_string()),
    ];
    for (what, fact) in facts {
        let (before, after) = (fact(mine), fact(other));
        if before != after {
            changes.push(Difference {
                mailbox_id: Some(mine.mailbox_id),
                mailbox: Some(mine.mailbox.clone()),
                item_id: None,
                what,
                before: Some(before).filter(|t| !t.is_empty()),
                after: Some(after).filter(|t| !t.is_empty()),
                why: None,
            });
        }
    }
}

/// Alerts raised (or raised again) by one run and not, or not as often, by the other.
fn compare_alerts(
    mine: &[RaisedAlert],
    theirs: &[RaisedAlert],
    store: &Store,
    changes: &mut Vec<Difference>,
) -> Result<()> {
    let in_mine: HashSet<&RaisedAlert> = mine.iter().collect();
    let in_theirs: HashSet<&RaisedAlert> = theirs.iter().collect();
    let shown = |a: &RaisedAlert| format!("{}: {} (x{})", a.level.label(), a.text, a.count);
    let only_mine = mine
        .iter()
        .filter(|a| !in_theirs.contains(a))
        .map(|a| (a, true));
    let only_theirs = theirs
        .iter()
        .filter(|a| !in_mine.contains(a))
        .map(|a| (a, false));
    for (alert, raised_before) in only_mine.chain(only_theirs) {
        let mailbox = alert
            .mailbox_id
            .map(|id| crate::store::mailboxes::get(store.conn(), id).map(|m| m.name))
            .transpose()?;
        let text = Some(shown(alert));
        changes.push(Difference {
            mailbox_id: alert.mailbox_id,
            mailbox,
            item_id: None,
            what: "alert",
            before: if raised_before { text.clone() } else { None },
            after: if raised_before { None } else { text },
            why: None,
        });
    }
    Ok(())
}

/// A private directory (mode 0700) for the two copies, removed with everything in it when
/// the command ends, however it ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("orgtrack-what-if-{}-{nanos}", std::process::id()));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(&path).map_err(|e| Error::io(&path, e))?;
        Ok(Scratch(path))
    }

    fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
