use chrono::{DurationRound, TimeDelta, Utc};

use super::Context;
use crate::cli::InitArgs;
use crate::error::Result;
use crate::store::{NewOrg, Store, org};
use crate::time;
use crate::version::Version;

pub fn run(ctx: &Context, args: &InitArgs) -> Result<()> {
    let version: Version = args.version.parse()?;
    let clock = match &args.clock {
        Some(text) => time::parse_user(text)?,
        None => Utc::now()
            .duration_trunc(TimeDelta::minutes(1))
            .expect("a minute divides any time"),
    };
    let path = ctx.state_path();
    let store = Store::create(
        &path,
        args.force,
        &NewOrg {
            name: &args.org,
            version: &version.to_string(),
            clock: &time::format(clock),
        },
    )?;
    let org = org::load(store.conn())?;
    ctx.out.note(&format!(
        "created {} for org {} (version {})",
        path.display(),
        org.name,
        org.version
    ));
    ctx.out.record(&serde_json::json!({
        "state": path.display().to_string(),
        "org": org.name,
        "version": org.version,
        "clock": time::format(org.clock),
    }))
}
