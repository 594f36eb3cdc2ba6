//! `orgtrack queue ...`: queues, each with an owning user and a mailbox created with it.

use super::{Context, print_created};
use crate::cli::queue::{QueueCommand, QueueSetArgs};
use crate::error::Result;
use crate::model::names;
use crate::store::{mailboxes, queue_items, queues, resolve};

const COLUMNS: &[&str] = &[
    "id",
    "name",
    "email",
    "owner",
    "convert_email",
    "mailbox_id",
];

pub fn run(ctx: &Context, cmd: QueueCommand) -> Result<()> {
    match cmd {
        QueueCommand::Add {
            name,
            email,
            owner,
            convert_email,
        } => {
            let name = names::display_name("queue", &name)?;
            let email = names::email(&email)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let owner_id = resolve::user(&tx, &owner)?;
            mailboxes::ensure_email_free(&tx, &email)?;
            let id = queues::create(&tx, &name, &email, owner_id, convert_email)?;
            let queue = queues::get(&tx, id)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "added queue {} <{}> (id {id}) owned by {} and its mailbox (id {}, approval pending)",
                queue.name, queue.email, queue.owner, queue.mailbox_id
            ));
            print_created(ctx, id, &queue)
        }
        QueueCommand::List => {
            let store = ctx.open()?;
            let mut rows = ctx.out.stream(COLUMNS);
            queues::for_each(store.conn(), |queue| rows.row(&queue))?;
            rows.finish()
        }
        QueueCommand::Show { queue } => {
            let store = ctx.open()?;
            let id = resolve::queue(store.conn(), &queue)?;
            ctx.out.record(&queues::get(store.conn(), id)?)
        }
        QueueCommand::Set(args) => set(ctx, &args),
        QueueCommand::Items { queue } => {
            let store = ctx.open()?;
            let id = resolve::queue(store.conn(), &queue)?;
            ctx.out.list(
                &queue_items::list(store.conn(), id)?,
                &[
                    "id",
                    "activity_id:ACTIVITY",
                    "subject",
                    "state",
                    "origin",
                    "created_at",
                ],
            )
        }
    }
}

fn set(ctx: &Context, args: &QueueSetArgs) -> Result<()> {
    let name = args
        .name
        .as_deref()
        .map(|n| names::display_name("queue", n))
        .transpose()?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let id = resolve::queue(&tx, &args.queue)?;
    let owner_id = args
        .owner
        .as_deref()
        .map(|o| resolve::user(&tx, o))
        .transpose()?;
    queues::update(&tx, id, name.as_deref(), owner_id, args.convert_email)?;
    let queue = queues::get(&tx, id)?;
    tx.commit()?;
    ctx.out
        .note(&format!("updated queue {} (id {id})", queue.name));
    ctx.out.record(&queue)
}
