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

use serde::Serialize;

use crate::error::Code;

/// One problem in a batch that goes on past it (a file an import could not read, an entry of a
/// settings file): what it is about (`path` or `name`), its error code and a sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub code: Code,
    pub message: String,
}

impl Problem {
    pub fn at_path(path: String, code: Code, message: String) -> Self {
        Problem {
            path: Some(path),
            name: None,
            code,
            message,
        }
    }
}
