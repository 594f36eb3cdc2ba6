use chrono::{DateTime, DurationRound, TimeDelta, Utc};

use super::Context;
use crate::cli::InitArgs;
use crate::error::Result;
use crate::store::{NewOrg, Store, org};
use crate::time;
use crate::version::Version;

/// The org `init` (and `generate`) create: the version checked, the clock given or now.
pub struct OrgToCreate {
    pub name: String,
    pub version: String,
    pub clock: DateTime<Utc>,
}

impl OrgToCreate {
    pub fn from_args(args: &InitArgs) -> Result<OrgToCreate> {
        let version: Version = args.version.parse()?;
        let clock = match &args.clock {
            Some(text) => time::parse_user(text, Utc::now())?,
            None => Utc::now()
                .duration_trunc(TimeDelta::minutes(1))
                .expect("a minute divides any time"),
        };
        Ok(OrgToCreate {
            name: args.org.clone(),
            version: version.to_string(),
            clock,
        })
    }

    /// The clock is stored as text; keep it beside the org for `NewOrg` to borrow.
    pub fn as_new<'a>(&'a self, clock: &'a str) -> NewOrg<'a> {
        NewOrg {
            name: &self.name,
            version: &self.version,
            clock,
        }
    }
}

pub fn run(ctx: &Context, args: &InitArgs) -> Result<()> {
    let org = OrgToCreate::from_args(args)?;
    let path = ctx.state_path();
    let clock = time::format(org.clock);
    let store = Store::create(&path, args.force, &org.as_new(&clock))?;
    created(ctx, &store, serde_json::Map::new())
}

/// Tells what was created: a note, and the record (with `extra` fields) on stdout.
pub fn created(
    ctx: &Context,
    store: &Store,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    let org = org::load(store.conn())?;
    ctx.out.note(&format!(
        "created {} for org {} (version {})",
        store.path().display(),
        org.name,
        org.version
    ));
    let mut record = serde_json::json!({
        "state": store.path().display().to_string(),
        "org": org.name,
        "version": org.version,
        "clock": time::format(org.clock),
    });
    if let Some(map) = record.as_object_mut() {
        map.extend(extra);
    }
    ctx.out.record(&record)
}
