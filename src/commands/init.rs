//! `orgtrack init`: a new state holding an empty org.

use super::{Context, OrgToCreate, created, remove_leftovers};
use crate::cli::InitArgs;
use crate::error::Result;
use crate::store::Store;
use crate::time;

pub fn run(ctx: &Context, args: &InitArgs) -> Result<()> {
    let org = OrgToCreate::from_args(args)?;
    let path = ctx.state_path();
    remove_leftovers(ctx, &path)?;
    let clock = time::format(org.clock);
    let store = Store::create(&path, args.force, &org.as_new(&clock))?;
    created(ctx, &store, serde_json::Map::new())
}
