use serde::Serialize;

use super::Context;
use crate::cli::OrgCommand;
use crate::error::Result;
use crate::store::org::{self, Org};
use crate::version::Version;

#[derive(Serialize)]
struct OrgView {
    #[serde(flatten)]
    org: Org,
    #[serde(flatten)]
    origin: org::Origin,
    counts: org::Counts,
}

pub fn run(ctx: &Context, cmd: OrgCommand) -> Result<()> {
    match cmd {
        OrgCommand::Show => {
            let store = ctx.open()?;
            let view = OrgView {
                org: org::load(store.conn())?,
                origin: org::origin(store.conn())?,
                counts: org::counts(store.conn())?,
            };
            ctx.out.record(&view)
        }
        OrgCommand::SetVersion { version } => {
            let version: Version = version.parse()?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let before = org::load(&tx)?.version;
            org::set_version(&tx, version)?;
            tx.commit()?;
            ctx.out.note(&format!("org version {before} -> {version}"));
            ctx.out
                .record(&serde_json::json!({"version": version, "previous": before}))
        }
    }
}
