//! `orgtrack alerts ...`: mailbox and org alerts, newest first.

use super::Context;
use crate::cli::alerts::AlertsCommand;
use crate::error::{Code, Error, Result};
use crate::remote::{self, directory::AlertQuery};
use crate::store::alerts::{self, Filter};
use crate::store::resolve;
use crate::time;

/// Most important first: on a narrow terminal the last columns are hidden.
const COLUMNS: &[&str] = &["id", "level", "mailbox", "last_at", "text", "count", "code"];

pub fn run(ctx: &Context, cmd: AlertsCommand) -> Result<()> {
    match cmd {
        AlertsCommand::List {
            mailbox,
            level,
            since,
            limit,
            after,
        } => {
            let now = ctx.now()?;
            let since = since
                .as_deref()
                .map(|t| time::parse_user(t, now))
                .transpose()?;
            if let Some(client) = ctx.remote()? {
                if after.is_some() {
                    return Err(super::after_is_local());
                }
                let query = AlertQuery {
                    mailbox_id: mailbox
                        .as_deref()
                        .map(|m| remote::directory::mailbox(&client, m).map(|(m, _)| m.id))
                        .transpose()?,
                    level,
                    since,
                    limit,
                };
                let mut rows = ctx.out.stream(COLUMNS);
                remote::directory::for_each_alert(&client, &query, |alert| rows.row(&alert))?;
                return rows.finish();
            }
            let store = ctx.open()?;
            let filter = Filter {
                mailbox_id: mailbox
                    .as_deref()
                    .map(|m| resolve::mailbox(store.conn(), m))
                    .transpose()?,
                level,
                since,
                before: None,
            };
            if let Some(id) = after {
                known(store.conn(), id)?;
            }
            let mut rows = ctx.out.stream(COLUMNS);
            alerts::for_each(store.conn(), &filter, after, limit, |alert| {
                rows.row(&alert)
            })?;
            rows.finish()
        }
        AlertsCommand::Show { id } => {
            let store = ctx.open()?;
            ctx.out.record(&known(store.conn(), id)?)
        }
        AlertsCommand::Clear {
            mailbox,
            before,
            confirm,
        } => {
            let now = ctx.now()?;
            let before = before
                .as_deref()
                .map(|t| time::parse_user(t, now))
                .transpose()?;
            let mut store = ctx.open()?;
            let filter = Filter {
                mailbox_id: mailbox
                    .as_deref()
                    .map(|m| resolve::mailbox(store.conn(), m))
                    .transpose()?,
                before,
                ..Filter::default()
            };
            if filter.mailbox_id.is_none() && filter.before.is_none() {
                let every = alerts::count(store.conn())?;
                super::confirm_wide(confirm, &format!("every alert ({every})"))?;
            }
            let tx = store.write()?;
            // The rows first: what is deleted is shown as it was.
            let mut removed = Vec::new();
            alerts::for_each(&tx, &filter, None, None, |alert| {
                removed.push(alert);
                Ok(())
            })?;
            alerts::clear(&tx, &filter)?;
            let noun = if removed.len() == 1 {
                "alert"
            } else {
                "alerts"
            };
            let note = format!("removed {} {noun}", removed.len());
            super::commit_deletion(ctx, tx, confirm.dry_run, &note)?;
            ctx.out.list(&removed, COLUMNS)
        }
    }
}

fn known(conn: &rusqlite::Connection, id: i64) -> Result<alerts::StoredAlert> {
    alerts::get(conn, id)?.ok_or_else(|| {
        Error::new(
            Code::UnknownAlert,
            format!("no alert {id} (`orgtrack alerts list` shows them)"),
        )
    })
}
