//! Automatic record creation and update rules of queues, their ordered items, and what a rule
//! did with each email activity.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Code, Error, Result};
use crate::model::rules::{Priority, RuleOutcome};

#[derive(Debug, Clone)]
pub struct RecordRule {
    pub id: i64,
    pub name: String,
    pub queue_id: i64,
    pub create_kind: String,
    pub owner_user_id: i64,
    pub allow_unknown_senders: bool,
    pub create_contact: bool,
    pub wait_minutes: i64,
    pub active: bool,
    pub created_at: String,
}

/// What `add` writes.
#[derive(Debug, Clone)]
pub struct NewRecordRule<'a> {
    pub name: &'a str,
    pub queue_id: i64,
    pub create_kind: &'a str,
    pub owner_user_id: i64,
    pub allow_unknown_senders: bool,
    pub create_contact: bool,
    pub wait_minutes: i64,
}

/// One item of a rule; conditions left None match every email.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleItem {
    pub position: i64,
    pub name: String,
    pub subject_contains: Option<String>,
    pub from_domain: Option<String>,
    pub priority: Option<Priority>,
}

const COLUMNS: &str = "id, name, queue_id, create_kind, owner_user_id, allow_unknown_senders, \
    create_contact, wait_minutes, active, created_at";

fn from_row(r: &Row) -> rusqlite::Result<RecordRule> {
    Ok(RecordRule {
        id: r.get(0)?,
        name: r.get(1)?,
        queue_id: r.get(2)?,
        create_kind: r.get(3)?,
        owner_user_id: r.get(4)?,
        allow_unknown_senders: r.get(5)?,
        create_contact: r.get(6)?,
        wait_minutes: r.get(7)?,
        active: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn add(conn: &Connection, rule: &NewRecordRule, now: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO record_rule (name, queue_id, create_kind, owner_user_id, allow_unknown_senders, \
         create_contact, wait_minutes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        rule.name,
        rule.queue_id,
        rule.create_kind,
        rule.owner_user_id,
        rule.allow_unknown_senders,
        rule.create_contact,
        rule.wait_minutes,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<RecordRule>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM record_rule WHERE name = ?1"
        ))?
        .query_row([name.trim()], from_row)
        .optional()?)
}

/// The rule with this name (any case), or exit 3.
pub fn by_name(conn: &Connection, name: &str) -> Result<RecordRule> {
    if let Some(rule) = find(conn, name)? {
        return Ok(rule);
    }
    let rules = list(conn)?;
    let near = crate::model::names::did_you_mean(name, rules.iter().map(|r| r.name.as_str()));
    Err(Error::new(
        Code::UnknownRecordRule,
        format!(
            "no record rule '{}'{near}; `orgtrack record-rule list` shows them",
            name.trim()
        ),
    ))
}

/// Every rule, by queue and name.
pub fn list(conn: &Connection) -> Result<Vec<RecordRule>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM record_rule ORDER BY queue_id, name"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The queue's active rule, if it has one (at most one is).
pub fn active_for_queue(conn: &Connection, queue_id: i64) -> Result<Option<RecordRule>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM record_rule WHERE queue_id = ?1 AND active = 1"
        ))?
        .query_row([queue_id], from_row)
        .optional()?)
}

pub fn set_active(conn: &Connection, id: i64, active: bool) -> Result<()> {
    conn.prepare_cached("UPDATE record_rule SET active = ?2 WHERE id = ?1")?
        .execute(params![id, active])?;
    Ok(())
}

pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM record_rule WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The rule's items in the order they are evaluated.
pub fn items(conn: &Connection, rule_id: i64) -> Result<Vec<RuleItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT position, name, subject_contains, from_domain, priority FROM record_rule_item \
         WHERE rule_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([rule_id], |r| {
        Ok(RuleItem {
            position: r.get(0)?,
            name: r.get(1)?,
            subject_contains: r.get(2)?,
            from_domain: r.get(3)?,
            priority: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The position the next item of a rule gets.
pub fn next_position(conn: &Connection, rule_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(max(position), 0) + 1 FROM record_rule_item WHERE rule_id = ?1",
        )?
        .query_row([rule_id], |r| r.get(0))?)
}

pub fn add_item(conn: &Connection, rule_id: i64, item: &RuleItem) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO record_rule_item (rule_id, position, name, subject_contains, from_domain, priority) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        rule_id,
        item.position,
        item.name,
        item.subject_contains,
        item.from_domain,
        item.priority
    ])?;
    Ok(())
}

/// Removes an item; the ones after it move up, so positions stay 1..n.
pub fn remove_item(conn: &Connection, rule_id: i64, position: i64) -> Result<bool> {
    let removed = conn
        .prepare_cached("DELETE FROM record_rule_item WHERE rule_id = ?1 AND position = ?2")?
        .execute(params![rule_id, position])?
        > 0;
    if removed {
        // Shift one row at a time in ascending order so the primary key never collides.
        let later: Vec<i64> = conn
            .prepare_cached(
                "SELECT position FROM record_rule_item WHERE rule_id = ?1 AND position > ?2 ORDER BY position",
            )?
            .query_map(params![rule_id, position], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut shift = conn.prepare_cached(
            "UPDATE record_rule_item SET position = position - 1 WHERE rule_id = ?1 AND position = ?2",
        )?;
        for p in later {
            shift.execute(params![rule_id, p])?;
        }
    }
    Ok(removed)
}

/// What a rule did with an email activity.
#[derive(Debug, Clone)]
pub struct Run {
    pub rule: String,
    pub outcome: RuleOutcome,
    pub item: Option<i64>,
    pub record_id: Option<i64>,
}

pub fn record_run(conn: &Connection, activity_id: i64, run: &Run, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO record_rule_run (activity_id, rule, outcome, item, record_id, processed_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        activity_id,
        run.rule,
        run.outcome,
        run.item,
        run.record_id,
        now
    ])?;
    Ok(())
}

pub fn run_of(conn: &Connection, activity_id: i64) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(
            "SELECT rule, outcome, item, record_id FROM record_rule_run WHERE activity_id = ?1",
        )?
        .query_row([activity_id], |r| {
            Ok(Run {
                rule: r.get(0)?,
                outcome: r.get(1)?,
                item: r.get(2)?,
                record_id: r.get(3)?,
            })
        })
        .optional()?)
}
