//! `orgtrack sync` and `orgtrack clock`: cycles on the simulated clock.

use indicatif::ProgressBar;
use serde::Serialize;

use super::Context;
use crate::cli::sync::{ClockCommand, SyncArgs};
use crate::engine::cycle;
use crate::error::{Code, Error, Result};
use crate::store::{Store, cycles, mailboxes, org};
use crate::time;

/// Most important first, as a narrow terminal hides the last: what the cycle did, then when and
/// over how many mailboxes.
const SUMMARY_COLUMNS: &[&str] = &[
    "id:CYCLE",
    "tracked",
    "untracked",
    "retried",
    "failed",
    "undeliverable",
    "deleted:ITEMS REMOVED",
    "activities_deleted:ACTIVITIES DELETED",
    "alerts",
    "started_at",
    "mailboxes",
];

/// At most this many cycles per `sync` call, so a typo in `--until` cannot run for hours.
const MAX_CYCLES: u32 = 100_000;

/// Crash injection for the rule "a cycle is atomic per mailbox": with this set to N, the
/// process aborts right after the N-th mailbox of a cycle committed, as a crash would.
const ABORT_AFTER_MAILBOXES: &str = "ORGTRACK_TEST_ABORT_AFTER_MAILBOXES";

pub fn run(ctx: &Context, args: &SyncArgs) -> Result<()> {
    let mut store = ctx.open()?;
    let summaries = run_cycles(ctx, &mut store, args)?;
    ctx.out.list(&summaries, SUMMARY_COLUMNS)
}

pub fn run_cycles(
    ctx: &Context,
    store: &mut Store,
    args: &SyncArgs,
) -> Result<Vec<cycle::Summary>> {
    let start = org::load(store.conn())?;
    let until = args
        .until
        .as_deref()
        .map(|t| time::parse_user(t, start.clock))
        .transpose()?;
    if args.cycles == Some(0) {
        return Err(Error::new(
            Code::InvalidCycles,
            "--cycles must be 1 or more",
        ));
    }
    check_planned(&start, args.cycles, until)?;
    let mut summaries = Vec::new();
    let bar = progress_bar(ctx, store)?;
    let abort_after: Option<usize> = std::env::var(ABORT_AFTER_MAILBOXES)
        .ok()
        .and_then(|n| n.parse().ok());
    loop {
        let clock = org::load(store.conn())?.clock;
        let done = match (args.cycles, until) {
            (_, Some(until)) => clock >= until,
            (Some(n), None) => summaries.len() as u32 >= n,
            (None, None) => !summaries.is_empty(),
        };
        if done {
            break;
        }
        if summaries.len() as u32 >= MAX_CYCLES {
            return Err(Error::new(
                Code::TooManyCycles,
                format!("stopped after {MAX_CYCLES} cycles; give a nearer --until"),
            ));
        }
        let mut tick = |done: usize, total: usize| {
            if abort_after == Some(done) {
                std::process::abort();
            }
            if let Some(bar) = &bar {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
        };
        summaries.push(cycle::run(store, &mut tick)?);
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(summaries)
}

/// Refuses, before any cycle runs, a run longer than `MAX_CYCLES` or one that would move the
/// clock out of the range of times (`time::in_range`).
fn check_planned(
    org: &org::Org,
    cycles: Option<u32>,
    until: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<()> {
    let interval = org.cycle_minutes.max(1);
    let planned = match (cycles, until) {
        (_, Some(until)) => {
            let minutes = (until - org.clock).num_minutes().max(0);
            (minutes + interval - 1) / interval
        }
        (Some(n), None) => i64::from(n),
        (None, None) => 1,
    };
    if planned > i64::from(MAX_CYCLES) {
        let years = i64::from(MAX_CYCLES) * interval / (365 * 24 * 60);
        return Err(Error::new(
            Code::TooManyCycles,
            format!(
                "this run needs {planned} cycles of {interval} minutes; one sync runs at most \
                 {MAX_CYCLES} (about {years} years of simulated time): give a nearer --until or \
                 fewer --cycles"
            ),
        ));
    }
    let end = org.clock + chrono::Duration::minutes(planned * interval);
    if !time::in_range(end) {
        return Err(Error::new(
            Code::TimeOutOfRange,
            format!(
                "this run would move the clock to {}, past {}-01-01, the latest time orgtrack keeps",
                end.format("%Y-%m-%d"),
                time::LATEST_YEAR
            ),
        ));
    }
    Ok(())
}

/// A bar on stderr only for a person watching a long run.
fn progress_bar(ctx: &Context, store: &Store) -> Result<Option<ProgressBar>> {
    // No terminal, no bar: then the mailboxes are not even counted (a whole-table read).
    let Some(bar) = super::progress_bar(
        ctx,
        0,
        "{spinner} cycle: {pos}/{len} mailboxes {wide_bar} {eta}",
    ) else {
        return Ok(None);
    };
    if mailboxes::count(store.conn())? < 50 {
        return Ok(None);
    }
    Ok(Some(bar))
}

#[derive(Serialize)]
struct ClockView {
    #[serde(with = "time::rfc3339")]
    clock: chrono::DateTime<chrono::Utc>,
    cycle_minutes: i64,
    #[serde(with = "time::rfc3339")]
    next_cycle_ends: chrono::DateTime<chrono::Utc>,
    cycles_run: i64,
}

pub fn run_clock(ctx: &Context, cmd: ClockCommand) -> Result<()> {
    let ClockCommand::Show = cmd;
    let store = ctx.open()?;
    let org = org::load(store.conn())?;
    ctx.out.record(&ClockView {
        clock: org.clock,
        cycle_minutes: org.cycle_minutes,
        next_cycle_ends: org.clock + chrono::Duration::minutes(org.cycle_minutes),
        cycles_run: cycles::count(store.conn())?,
    })
}
