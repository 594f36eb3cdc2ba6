//! `orgtrack user ...`: users, each created with its mailbox.

use super::{Context, print_created};
use crate::cli::user::{UserCommand, UserSetArgs};
use crate::engine::personal_options;
use crate::error::Result;
use crate::model::names;
use crate::store::{mailboxes, resolve, users};

const COLUMNS: &[&str] = &["id", "name", "email", "track_email", "mailbox_id"];

pub fn run(ctx: &Context, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add {
            name,
            email,
            track_email,
        } => {
            let name = names::display_name("user", &name)?;
            let email = names::email(&email)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            mailboxes::ensure_email_free(&tx, &email)?;
            personal_options::check_user_choice(&tx, track_email)?;
            let id = users::create(&tx, &name, &email, track_email)?;
            let user = users::get(&tx, id)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "added user {} <{}> (id {id}) and its mailbox (id {}, approval pending)",
                user.name, user.email, user.mailbox_id
            ));
            print_created(ctx, id, &user)
        }
        UserCommand::List => {
            let store = ctx.open()?;
            let mut rows = ctx.out.stream(COLUMNS);
            users::for_each(store.conn(), |user| rows.row(&user))?;
            rows.finish()
        }
        UserCommand::Show { user } => {
            let store = ctx.open()?;
            let id = resolve::user(store.conn(), &user)?;
            ctx.out.record(&users::get(store.conn(), id)?)
        }
        UserCommand::Set(args) => set(ctx, &args),
    }
}

fn set(ctx: &Context, args: &UserSetArgs) -> Result<()> {
    let name = args
        .name
        .as_deref()
        .map(|n| names::display_name("user", n))
        .transpose()?;
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let id = resolve::user(&tx, &args.user)?;
    if let Some(option) = args.track_email {
        personal_options::check_user_choice(&tx, option)?;
    }
    users::update(&tx, id, name.as_deref(), args.track_email)?;
    let user = users::get(&tx, id)?;
    tx.commit()?;
    ctx.out
        .note(&format!("updated user {} (id {id})", user.name));
    ctx.out.record(&user)
}
