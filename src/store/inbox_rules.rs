//! Outlook inbox rules of each mailbox, their actions, and which rules acted on each item.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::rules::InboxAction;

/// A rule as stored; `actions` in the order they run.
#[derive(Debug, Clone)]
pub struct InboxRule {
    pub id: i64,
    pub mailbox_id: i64,
    pub name: String,
    pub position: i64,
    pub from: Option<String>,
    pub to: Option<String>,
    pub subject_contains: Option<String>,
    /// The category name as given, and the category it named (None once deleted).
    pub has_category: Option<(String, Option<i64>)>,
    pub stop: bool,
    pub enabled: bool,
    pub created_at: String,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone)]
pub struct Action {
    pub kind: InboxAction,
    /// The category (assign/remove) or folder (move) it points to; None once that is deleted.
    pub target_id: Option<i64>,
    /// The category name or folder path as given.
    pub target: String,
}

/// What `add` writes.
#[derive(Debug, Clone, Default)]
pub struct NewRule {
    pub from: Option<String>,
    pub to: Option<String>,
    pub subject_contains: Option<String>,
    pub has_category: Option<(String, i64)>,
    pub stop: bool,
}

const COLUMNS: &str = "id, mailbox_id, name, position, from_addr, to_addr, subject_contains, \
    has_category, has_category_id, stop, enabled, created_at";

fn from_row(r: &Row) -> rusqlite::Result<InboxRule> {
    let has_category: Option<String> = r.get(7)?;
    let has_category_id: Option<i64> = r.get(8)?;
    Ok(InboxRule {
        id: r.get(0)?,
        mailbox_id: r.get(1)?,
        name: r.get(2)?,
        position: r.get(3)?,
        from: r.get(4)?,
        to: r.get(5)?,
        subject_contains: r.get(6)?,
        has_category: has_category.map(|name| (name, has_category_id)),
        stop: r.get(9)?,
        enabled: r.get(10)?,
        created_at: r.get(11)?,
        actions: Vec::new(),
    })
}

fn with_actions(conn: &Connection, mut rule: InboxRule) -> Result<InboxRule> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, category_id, folder_id, target FROM inbox_rule_action WHERE rule_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([rule.id], |r| {
        let kind: InboxAction = r.get(0)?;
        let category: Option<i64> = r.get(1)?;
        let folder: Option<i64> = r.get(2)?;
        Ok(Action {
            kind,
            target_id: match kind {
                InboxAction::MoveTo => folder,
                _ => category,
            },
            target: r.get(3)?,
        })
    })?;
    rule.actions = rows.collect::<rusqlite::Result<_>>()?;
    Ok(rule)
}

/// Adds a rule after the mailbox's last one; returns its id.
pub fn add(
    conn: &Connection,
    mailbox_id: i64,
    name: &str,
    rule: &NewRule,
    actions: &[Action],
    now: &str,
) -> Result<i64> {
    let position: i64 = conn
        .prepare_cached(
            "SELECT coalesce(max(position), 0) + 1 FROM inbox_rule WHERE mailbox_id = ?1",
        )?
        .query_row([mailbox_id], |r| r.get(0))?;
    let (category_name, category_id) = match &rule.has_category {
        Some((name, id)) => (Some(name.as_str()), Some(*id)),
        None => (None, None),
    };
    conn.prepare_cached(
        "INSERT INTO inbox_rule (mailbox_id, name, position, from_addr, to_addr, subject_contains, \
         has_category, has_category_id, stop, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        mailbox_id,
        name,
        position,
        rule.from,
        rule.to,
        rule.subject_contains,
        category_name,
        category_id,
        rule.stop,
        now
    ])?;
    let id = conn.last_insert_rowid();
    let mut insert = conn.prepare_cached(
        "INSERT INTO inbox_rule_action (rule_id, position, kind, category_id, folder_id, target) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (index, action) in actions.iter().enumerate() {
        let (category, folder) = match action.kind {
            InboxAction::MoveTo => (None, action.target_id),
            _ => (action.target_id, None),
        };
        insert.execute(params![
            id,
            index as i64 + 1,
            action.kind,
            category,
            folder,
            action.target
        ])?;
    }
    Ok(id)
}

/// The mailbox's rule with this name (any case).
pub fn find(conn: &Connection, mailbox_id: i64, name: &str) -> Result<Option<InboxRule>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM inbox_rule WHERE mailbox_id = ?1 AND name = ?2"
    ))?
    .query_row(params![mailbox_id, name.trim()], from_row)
    .optional()?
    .map(|rule| with_actions(conn, rule))
    .transpose()
}

/// The mailbox's rules in the order they run; with `enabled_only`, the ones that run.
pub fn list(conn: &Connection, mailbox_id: i64, enabled_only: bool) -> Result<Vec<InboxRule>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM inbox_rule WHERE mailbox_id = ?1 AND (?2 = 0 OR enabled = 1) ORDER BY position"
    ))?;
    let rules = stmt
        .query_map(params![mailbox_id, enabled_only], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rules
        .into_iter()
        .map(|rule| with_actions(conn, rule))
        .collect()
}

pub fn set_enabled(conn: &Connection, id: i64, enabled: bool) -> Result<()> {
    conn.prepare_cached("UPDATE inbox_rule SET enabled = ?2 WHERE id = ?1")?
        .execute(params![id, enabled])?;
    Ok(())
}

pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM inbox_rule WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// One rule that acted on an item when it arrived.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Acted {
    pub rule: String,
    /// What it did, one sentence per action.
    pub actions: Vec<String>,
}

pub fn record_acted(conn: &Connection, item_id: i64, acted: &[Acted]) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO item_inbox_rule (item_id, seq, rule, actions) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (seq, a) in acted.iter().enumerate() {
        let actions = serde_json::to_string(&a.actions).expect("strings serialize");
        insert.execute(params![item_id, seq as i64 + 1, a.rule, actions])?;
    }
    Ok(())
}

/// The rules that acted on an item, in the order they ran.
pub fn acted_on(conn: &Connection, item_id: i64) -> Result<Vec<Acted>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rule, actions FROM item_inbox_rule WHERE item_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map([item_id], |r| {
        let actions: String = r.get(1)?;
        Ok(Acted {
            rule: r.get(0)?,
            actions: serde_json::from_str(&actions).unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
