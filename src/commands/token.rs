//! `orgtrack token ...`: tracking tokens in email subjects.

use super::Context;
use crate::cli::token::TokenCommand;
use crate::correlate::tokens;
use crate::engine::promote;
use crate::error::{Code, Error, Result};
use crate::store::tokens as stored;
use crate::store::{mailboxes, resolve};

pub fn run(ctx: &Context, cmd: TokenCommand) -> Result<()> {
    match cmd {
        TokenCommand::Parse { subject } => parse(ctx, &subject),
        TokenCommand::Next { user } => next(ctx, &user),
    }
}

fn parse(ctx: &Context, subject: &str) -> Result<()> {
    let store = ctx.open()?;
    let settings = stored::load(store.conn())?;
    if !settings.enabled {
        ctx.out.note(&format!(
            "tracking tokens are off in this org (maximumtrackingnumber is 0): the counter is read as {} digits",
            settings.config.counter_digits
        ));
    }
    let cfg = &settings.config;
    let token = tokens::parse_token(cfg, subject).ok_or_else(|| {
        let prefixes: Vec<&str> = cfg.prefixes().collect();
        Error::new(
            Code::NoToken,
            format!(
                "no tracking token was found at the end of '{subject}' for prefixes {}",
                prefixes.join(", ")
            ),
        )
    })?;
    ctx.out.record(&token)
}

fn next(ctx: &Context, reference: &str) -> Result<()> {
    let store = ctx.open()?;
    let conn = store.conn();
    let mailbox = mailboxes::get(conn, resolve::mailbox(conn, reference)?)?;
    let user = promote::owner_user(conn, &mailbox)?;
    let token = stored::next_token(conn, user, false)?.ok_or_else(|| {
        Error::new(
            Code::TokensOff,
            "tracking tokens are off in this org (maximumtrackingnumber is 0)",
        )
    })?;
    ctx.out.record(&token)
}
