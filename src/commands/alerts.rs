//! `orgtrack alerts ...`: mailbox and org alerts, newest first.

use super::Context;
use crate::cli::alerts::AlertsCommand;
use crate::error::{Error, Result};
use crate::remote::{self, directory::AlertQuery};
use crate::store::alerts::{self, Filter};
use crate::store::resolve;
use crate::time;

const COLUMNS: &[&str] = &["id", "level", "mailbox", "code", "count", "last_at", "text"];

pub fn run(ctx: &Context, cmd: AlertsCommand) -> Result<()> {
    match cmd {
        AlertsCommand::List {
            mailbox,
            level,
            since,
            limit,
        } => {
            let since = since.as_deref().map(time::parse_user).transpose()?;
            if let Some(client) = ctx.remote()? {
                let query = AlertQuery {
                    mailbox_id: mailbox
                        .as_deref()
                        .map(|m| remote::directory::mailbox(&client, m).map(|(m, _)| m.id))
                        .transpose()?,
                    level,
                    since,
                    limit,
                };
                return ctx
                    .out
                    .list(&remote::directory::alerts(&client, &query)?, COLUMNS);
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
            ctx.out
                .list(&alerts::list(store.conn(), &filter, limit)?, COLUMNS)
        }
        AlertsCommand::Show { id } => {
            let store = ctx.open()?;
            match alerts::get(store.conn(), id)? {
                Some(alert) => ctx.out.record(&alert),
                None => Err(Error::not_found(
                    "unknown_alert",
                    format!("no alert {id} (`orgtrack alerts list` shows them)"),
                )),
            }
        }
        AlertsCommand::Clear { mailbox, before } => {
            let before = before.as_deref().map(time::parse_user).transpose()?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let filter = Filter {
                mailbox_id: mailbox
                    .as_deref()
                    .map(|m| resolve::mailbox(&tx, m))
                    .transpose()?,
                before,
                ..Filter::default()
            };
            let removed = alerts::clear(&tx, &filter)?;
            tx.commit()?;
            let noun = if removed == 1 { "alert" } else { "alerts" };
            ctx.out.note(&format!("removed {removed} {noun}"));
            ctx.out.text_or(
                &format!("{removed}\n"),
                &serde_json::json!({ "removed": removed }),
            )
        }
    }
}
