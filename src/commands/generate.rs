//! `orgtrack generate`: a new state holding a large synthetic org, written in bulk.

use std::time::Instant;

use super::{Context, OrgToCreate, created, remove_leftovers};
use crate::cli::generate::GenerateArgs;
use crate::error::{Code, Error, Result};
use crate::store::{Store, bulk};
use crate::synth::{self, Generated, Spec};
use crate::time;

pub fn run(ctx: &Context, args: &GenerateArgs) -> Result<()> {
    if args.users == 0 && args.queues == 0 {
        return Err(Error::new(
            Code::InvalidSize,
            "--users and --queues are both 0: the org needs at least one mailbox",
        ));
    }
    if args.queues > 0 && args.users == 0 {
        return Err(Error::new(
            Code::InvalidSize,
            "queues need users to own them: give --users 1 or more",
        ));
    }
    let spec = Spec {
        users: args.users,
        queues: args.queues,
        emails_per_mailbox: args.emails_per_mailbox,
        threads: args.threads,
        categorized: args.categorized,
        seed: args.seed,
    };
    let org = OrgToCreate::from_args(&args.init)?;
    remove_leftovers(ctx, &ctx.state_path())?;
    let clock = time::format(org.clock);
    let started = Instant::now();
    let mut made = Generated::default();
    let store = Store::create_with(
        &ctx.state_path(),
        args.init.force,
        &org.as_new(&clock),
        |conn| {
            bulk::relax_durability(conn)?;
            made = synth::write(conn, &spec, &org.name, org.clock)?;
            Ok(())
        },
    )?;
    ctx.out.note(&format!(
        "generated {} mailboxes and {} emails ({} categorized) in {:.1} s",
        made.mailboxes,
        made.emails,
        made.categorized,
        started.elapsed().as_secs_f64()
    ));
    let mut extra = match serde_json::to_value(&made) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    extra.insert("seed".into(), args.seed.into());
    created(ctx, &store, extra)
}
