//! `orgtrack demo`: the story of category tracking, told by running the real commands on a
//! throw-away org (or on a new file given with `--keep`). It never opens `--state`,
//! `ORGTRACK_STATE` or the default state file.

use std::path::{Path, PathBuf};

use clap::Parser;

use super::{Context, dispatch};
use crate::cli::Cli;
use crate::cli::sync::DemoArgs;
use crate::error::{Code, Error, Result};
use crate::output::{Format, Output, write_stdout};

enum Step {
    /// A chapter heading and what to look for.
    Say(&'static str),
    /// One orgtrack command line, as a user would type it.
    Run(&'static [&'static str]),
}

use Step::{Run, Say};

/// Item ids are predictable because the org starts empty: 1 is the quote request, 2-3 the
/// thread, 4-8 the weekly meeting (series and four occurrences), 9 the contract, 10 the task.
const STORY: &[Step] = &[
    Say("A fresh org at version 9.2: two users, an account, mailboxes approved and tested."),
    Run(&["user", "add", "Alex Wu", "--email", "alex@contoso.com"]),
    Run(&[
        "user",
        "add",
        "Maria Garcia",
        "--email",
        "maria@contoso.com",
    ]),
    Run(&[
        "record",
        "add",
        "account",
        "Fabrikam",
        "--email",
        "info@fabrikam.com",
    ]),
    Run(&[
        "mailbox",
        "approve",
        "alex@contoso.com",
        "maria@contoso.com",
    ]),
    Run(&["mailbox", "test-enable", "--all"]),
    Say(
        "1. TrackCategorizedItems is on by default from 9.1.0.4039. The next cycle creates the\n   'Tracked to Dynamics 365' category in each mailbox and records an Information alert.",
    ),
    Run(&["settings", "get", "TrackCategorizedItems"]),
    Run(&["sync"]),
    Run(&[
        "alerts",
        "list",
        "--mailbox",
        "Alex Wu",
        "--level",
        "information",
    ]),
    Run(&["category", "list", "Alex Wu"]),
    Say("2. Alex categorizes an email. It is pending until the next cycle creates the activity."),
    Run(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "Quote request",
        "--message-id",
        "quote-1@fabrikam.com",
    ]),
    Run(&["item", "categorize", "1"]),
    Run(&["sync"]),
    Run(&["item", "show", "1"]),
    Say("3. Categorizing a conversation tracks every email of the thread."),
    Run(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "Delivery dates",
        "--message-id",
        "dates-1@fabrikam.com",
    ]),
    Run(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "RE: Delivery dates",
        "--message-id",
        "dates-2@fabrikam.com",
        "--in-reply-to",
        "dates-1@fabrikam.com",
    ]),
    Run(&["item", "categorize", "2", "--thread"]),
    Run(&["sync"]),
    Run(&["item", "list", "--mailbox", "Alex Wu", "--kind", "email"]),
    Say("4. A weekly meeting: categorizing one occurrence tracks the whole series."),
    Run(&[
        "appointment",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        "Weekly sync",
        "--start",
        "2026-01-06T10:00:00Z",
        "--end",
        "2026-01-06T10:30:00Z",
        "--rrule",
        "FREQ=WEEKLY;COUNT=4",
    ]),
    Run(&["item", "categorize", "6"]),
    Run(&["sync"]),
    Run(&["activity", "list", "--kind", "recurring_appointment"]),
    Run(&["activity", "list", "--kind", "appointment"]),
    Say(
        "5. A customer plugin fails every promotion. The item is retried once per cycle; after the\n   first attempt and 5 retries it gets 'Tracked to Dynamics 365 (Undeliverable)'.",
    ),
    Run(&[
        "plugin",
        "add",
        "ContractValidation",
        "--on",
        "email",
        "--subject-contains",
        "contract",
        "--error",
        "plugin",
    ]),
    Run(&[
        "mail",
        "receive",
        "--from",
        "legal@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "Contract draft",
    ]),
    Run(&["item", "categorize", "9"]),
    Run(&["sync", "--cycles", "6"]),
    Run(&["item", "show", "9"]),
    Say("   The admin removes the plugin; assigning the category again starts over."),
    Run(&["plugin", "remove", "ContractValidation"]),
    Run(&["item", "categorize", "9"]),
    Run(&["sync"]),
    Run(&["item", "list", "--mailbox", "Alex Wu", "--kind", "email"]),
    Say("6. Removing the category untracks the email at the next cycle; the activity is kept."),
    Run(&["item", "uncategorize", "1"]),
    Run(&["sync"]),
    Run(&["item", "show", "1"]),
    Run(&["activity", "show", "1"]),
    Say(
        "7. Deletion rules: deleting a tracked task in Outlook deletes its activity; deleting a\n   tracked email never does.",
    ),
    Run(&[
        "task",
        "add",
        "--mailbox",
        "Alex Wu",
        "--subject",
        "Call Fabrikam back",
        "--due",
        "2026-01-20",
    ]),
    Run(&["item", "categorize", "10"]),
    Run(&["sync"]),
    Run(&["item", "delete", "10"]),
    Run(&["item", "delete", "2"]),
    Run(&["sync"]),
    Run(&["activity", "list"]),
    Say("That is the story. Every step above is an orgtrack command you can run yourself."),
];

/// Removes the throw-away state when the demo ends, however it ends.
struct TempState(PathBuf);

impl Drop for TempState {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn run(ctx: &Context, args: &DemoArgs) -> Result<()> {
    if ctx.out.is_json() {
        return Err(Error::new(
            Code::DemoIsText,
            "the demo is a story told in tables and words; run it without --json or --format",
        ));
    }
    let (path, _cleanup) = match &args.keep {
        Some(path) if path.exists() => {
            return Err(Error::new(
                Code::StateExists,
                format!(
                    "{} already exists; the demo only writes a new file",
                    path.display()
                ),
            ));
        }
        Some(path) => (path.clone(), None),
        None => {
            let unique = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default();
            let dir = std::env::temp_dir()
                .join(format!("orgtrack-demo-{}-{unique:x}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            (dir.join("demo.db"), Some(TempState(dir)))
        }
    };
    let out = Output::new(
        Format::Table,
        ctx.out.quiet,
        crate::output::ColorChoice::Never,
    );
    let demo = Context::new(out, Some(path.clone()), None);
    run_step(
        &demo,
        &path,
        &[
            "init",
            "--org",
            "Contoso",
            "--version",
            "9.2.25101.0",
            "--clock",
            "2026-01-05T09:00:00Z",
        ],
    )?;
    for step in STORY {
        match step {
            Say(text) => write_stdout(&format!("\n{text}\n"))?,
            Run(words) => run_step(&demo, &path, words)?,
        }
    }
    if args.keep.is_some() {
        ctx.out
            .note(&format!("the demo org is kept in {}", path.display()));
    }
    Ok(())
}

fn run_step(demo: &Context, state: &Path, words: &[&str]) -> Result<()> {
    let shown: Vec<String> = words
        .iter()
        .map(|w| {
            if w.contains([' ', ';']) {
                format!("'{w}'")
            } else {
                w.to_string()
            }
        })
        .collect();
    write_stdout(&format!("\n$ orgtrack {}\n", shown.join(" ")))?;
    let mut argv = vec![
        "orgtrack".to_string(),
        "--state".to_string(),
        state.display().to_string(),
    ];
    argv.extend(words.iter().map(|w| w.to_string()));
    let cli = Cli::try_parse_from(&argv).map_err(|e| {
        Error::new(
            Code::DemoStep,
            format!("demo step `{}` does not parse: {e}", shown.join(" ")),
        )
        .because(e)
    })?;
    // The demo runs on its own throw-away state, never with --env.
    dispatch(cli, "demo", demo)
}
