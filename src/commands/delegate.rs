//! `orgtrack delegate ...`: users allowed to act in a mailbox.

use super::Context;
use crate::cli::delegate::DelegateCommand;
use crate::error::{Code, Error, Result};
use crate::model::{OwnerKind, Permission};
use crate::store::delegates;
use crate::store::{mailboxes, resolve, users};

const COLUMNS: &[&str] = &["mailbox", "user", "email", "permission"];

pub fn run(ctx: &Context, cmd: DelegateCommand) -> Result<()> {
    match cmd {
        DelegateCommand::Add {
            mailbox,
            user,
            permission,
        } => add(ctx, &mailbox, &user, permission),
        DelegateCommand::List { mailbox } => {
            let store = ctx.open()?;
            let id = resolve::mailbox(store.conn(), &mailbox)?;
            ctx.out.list(&delegates::list(store.conn(), id)?, COLUMNS)
        }
        DelegateCommand::Remove {
            mailbox,
            user,
            dry_run,
        } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, &mailbox)?)?;
            let user = users::get(&tx, resolve::user(&tx, &user)?)?;
            let Some(delegate) = delegates::list(&tx, mailbox.id)?
                .into_iter()
                .find(|d| d.user_id == user.id)
            else {
                return Err(Error::new(
                    Code::UnknownDelegate,
                    format!(
                        "{} is not a delegate of mailbox {}",
                        user.name, mailbox.name
                    ),
                ));
            };
            delegates::remove(&tx, mailbox.id, user.id)?;
            let note = format!(
                "{} is no longer a delegate of mailbox {}",
                user.name, mailbox.name
            );
            super::commit_deletion(ctx, tx, dry_run.dry_run, &note)?;
            // The delegate as it was.
            ctx.out.record(&delegate)
        }
    }
}

fn add(ctx: &Context, mailbox: &str, user: &str, permission: Permission) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mailbox = mailboxes::get(&tx, resolve::mailbox(&tx, mailbox)?)?;
    let user_id = resolve::user(&tx, user)?;
    if mailbox.owner_kind == OwnerKind::User && mailbox.owner_id == user_id {
        return Err(Error::new(
            Code::OwnMailbox,
            format!(
                "{} owns mailbox {}: a user cannot be a delegate of their own mailbox",
                mailbox.name, mailbox.name
            ),
        ));
    }
    delegates::upsert(&tx, mailbox.id, user_id, permission)?;
    let delegate = delegates::list(&tx, mailbox.id)?
        .into_iter()
        .find(|d| d.user_id == user_id)
        .expect("the delegate was just written");
    tx.commit()?;
    ctx.out.note(&format!(
        "{} is a delegate of mailbox {} ({})",
        delegate.user,
        mailbox.name,
        permission.word()
    ));
    ctx.out.record(&delegate)
}
