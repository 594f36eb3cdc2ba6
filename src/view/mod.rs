//! The `--json` contract: one serde struct per entity, defined here once and printed by every
//! command that shows that entity (docs/json.md shows each shape). `id` is always the entity's
//! own id; a reference to another entity is `<thing>_id` beside `<thing>`, its display name.
//! Items and activities have no display name, so references to them are `item_id` and
//! `activity_id` alone.

pub mod activity;
pub mod evaluation;
pub mod folder;
pub mod item;

