//! `orgtrack server-profile ...`: email server profiles ("Email server profiles", Power
//! Platform admin; the EmailServerProfile table reference).

use rusqlite::Connection;

use super::{Context, print_created, run_fault};
use crate::cli::server_profile::{ProfileFields, ServerProfileCommand};
use crate::error::Result;
use crate::model::names;
use crate::store::faults::On;
use crate::store::profiles::{self, Changes};
use crate::store::resolve;
use crate::time;

const COLUMNS: &[&str] = &[
    "id",
    "name",
    "server_type",
    "authentication",
    "owner",
    "notify_owner",
    "is_default",
    "mailboxes",
];

pub fn run(ctx: &Context, cmd: ServerProfileCommand) -> Result<()> {
    match cmd {
        ServerProfileCommand::Add(args) => {
            let name = names::display_name("email server profile", &args.name)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let changes = changes(ctx, &tx, &args.fields)?;
            let id = profiles::create(&tx, &name, &changes)?;
            let profile = profiles::get(&tx, id)?;
            tx.commit()?;
            ctx.out.note(&format!("added email server profile {name}"));
            print_created(ctx, id, &profile)
        }
        ServerProfileCommand::List => {
            let store = ctx.open()?;
            ctx.out.list(&profiles::list(store.conn())?, COLUMNS)
        }
        ServerProfileCommand::Show { profile } => {
            let store = ctx.open()?;
            let id = profiles::resolve(store.conn(), &profile)?;
            ctx.out.record(&profiles::get(store.conn(), id)?)
        }
        ServerProfileCommand::Set(args) => {
            let name = args
                .name
                .as_deref()
                .map(|n| names::display_name("email server profile", n))
                .transpose()?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let id = profiles::resolve(&tx, &args.profile)?;
            let changes = Changes {
                name,
                ..changes(ctx, &tx, &args.fields)?
            };
            profiles::update(&tx, id, &changes)?;
            if args.default {
                profiles::make_default(&tx, id)?;
            }
            let profile = profiles::get(&tx, id)?;
            tx.commit()?;
            ctx.out.record(&profile)
        }
        ServerProfileCommand::Remove { profile } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let id = profiles::resolve(&tx, &profile)?;
            let name = profiles::get(&tx, id)?.name;
            profiles::remove(&tx, id)?;
            tx.commit()?;
            ctx.out
                .note(&format!("removed email server profile {name}"));
            Ok(())
        }
        ServerProfileCommand::Fault(cmd) => run_fault(ctx, cmd, |conn, reference, _| {
            Ok(On::Profile(profiles::resolve(conn, reference)?))
        }),
    }
}

/// The fields given, checked and resolved before anything changes.
fn changes(ctx: &Context, conn: &Connection, fields: &ProfileFields) -> Result<Changes> {
    Ok(Changes {
        name: None,
        server_type: fields.server_type,
        authentication: fields.authentication,
        process_email_from: fields
            .process_email_from
            .as_deref()
            .map(|t| time::parse_user(t, ctx.now()?))
            .transpose()?,
        owner_user_id: fields
            .owner
            .as_deref()
            .map(|o| resolve::user(conn, o))
            .transpose()?,
        notify_owner: fields.notify_owner,
    })
}
