//! `orgtrack init`: a new state holding an empty org, or (`--from-env`) a copy of a real
//! environment's org. Either way the state is built beside its final path and renamed into
//! place at the end, so an interrupted snapshot leaves no state behind.

use super::{Context, OrgToCreate, created, remove_leftovers, snapshot_into};
use crate::cli::{FromEnvArgs, InitArgs, InitCommand};
use crate::error::{Code, Error, Result};
use crate::store::Store;
use crate::time;

pub fn run(ctx: &Context, args: &InitCommand) -> Result<()> {
    match &args.snapshot.from_env {
        Some(env) => from_env(ctx, &args.init, &args.snapshot, env),
        None => empty(ctx, &args.init),
    }
}

fn empty(ctx: &Context, args: &InitArgs) -> Result<()> {
    let org = OrgToCreate::from_args(args)?;
    let path = ctx.state_path();
    remove_leftovers(ctx, &path)?;
    let clock = time::format(org.clock);
    let store = Store::create(&path, args.force, &org.as_new(&clock))?;
    created(ctx, &store, serde_json::Map::new())
}

fn from_env(ctx: &Context, args: &InitArgs, from: &FromEnvArgs, env: &str) -> Result<()> {
    let path = ctx.state_path();
    // Checked before anything is read: an existing state without --force is refused at once.
    if !args.force && path.exists() {
        return Err(Error::new(
            Code::StateExists,
            format!(
                "{} already exists; use --force to replace it",
                path.display()
            ),
        ));
    }
    remove_leftovers(ctx, &path)?;
    let client = ctx.connect(env)?;
    let source = client.host().to_string();
    let clock = OrgToCreate::from_args(args)?.clock;
    let (store, made) = snapshot_into(ctx, client, &path, args.force, clock, from.records)?;
    let refused = made.refused.len();
    let extra = match serde_json::to_value(&made) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    created(ctx, &store, extra)?;
    if from.strict && refused > 0 {
        return Err(Error::new(
            Code::SnapshotIncomplete,
            format!(
                "{source} refused {refused} table(s); the rest was copied to {}",
                path.display()
            ),
        ));
    }
    Ok(())
}
