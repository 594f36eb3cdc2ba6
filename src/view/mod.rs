//! The `--json` contract: one serde struct per entity, defined here once and printed by every
//! command that shows that entity (docs/json.md shows each shape). `id` is always the entity's
//! own id; a reference to another entity is `<thing>_id` beside `<thing>`, its display name.
//! Items and activities have no display name, so references to them are `item_id` and
//! `activity_id` alone.

pub mod activity;
pub mod evaluation;
pub mod folder;
pub mod history;
pub mod item;
pub mod mailbox;

use serde::Serialize;

use crate::settings::Change;

/// A setting change as printed by `settings set|reset|clear|remove|import|undo` and `what-if`
/// (which never writes its changes: `dry_run` is true there).
#[derive(Serialize)]
pub struct ReportedChange<'a> {
    #[serde(flatten)]
    pub change: &'a Change,
    pub dry_run: bool,
}
