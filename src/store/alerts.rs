//! Alerts (the tracelog): the same alert for the same mailbox is one row whose count and last
//! time grow. Which levels are recorded is up to the org's generatealertsfor* settings.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{settings, time_at};
use crate::error::Result;
use crate::model::AlertLevel;
use crate::model::alerts::Alert;
use crate::time;

/// An alert as `alerts list|show --json` prints it. Ids are the state's numbers locally and
/// Dataverse GUID strings in remote mode (`StoredAlert<String>`).
#[derive(Debug, Clone, Serialize)]
pub struct StoredAlert<Id = i64> {
    pub id: Id,
    pub level: AlertLevel,
    /// The mailbox's name; null for an alert about the org.
    pub mailbox: Option<String>,
    pub mailbox_id: Option<Id>,
    pub code: String,
    pub text: String,
    /// How often it was raised; null in remote mode, where the tracelog row keeps no count.
    pub count: Option<i64>,
    #[serde(with = "time::rfc3339")]
    pub first_at: DateTime<Utc>,
    #[serde(with = "time::rfc3339")]
    pub last_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT a.id, a.level, coalesce(u.name, q.name), a.mailbox_id, a.code, a.text,
        a.count, a.first_at, a.last_at
    FROM alert a
    LEFT JOIN mailbox m ON m.id = a.mailbox_id
    LEFT JOIN user u ON u.id = m.user_id
    LEFT JOIN queue q ON q.id = m.queue_id";

fn from_row(r: &Row) -> rusqlite::Result<StoredAlert> {
    Ok(StoredAlert {
        id: r.get(0)?,
        level: r.get(1)?,
        mailbox: r.get(2)?,
        mailbox_id: r.get(3)?,
        code: r.get(4)?,
        text: r.get(5)?,
        count: r.get(6)?,
        first_at: time_at(r, 7)?,
        last_at: time_at(r, 8)?,
    })
}

/// Records `alert` about a mailbox (None: the org) at the org's clock, unless the org does not
/// generate alerts of its level. Raising it again counts it. Returns whether it was recorded.
pub fn raise(conn: &Connection, mailbox_id: Option<i64>, alert: &Alert) -> Result<bool> {
    if !settings::flag(conn, alert.level.setting())? {
        return Ok(false);
    }
    let now = super::now(conn)?;
    conn.prepare_cached(
        "INSERT INTO alert (mailbox_id, level, code, text, count, first_at, last_at)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)
         ON CONFLICT (coalesce(mailbox_id, 0), code, text)
         DO UPDATE SET count = count + 1, last_at = excluded.last_at, level = excluded.level",
    )?
    .execute(params![
        mailbox_id,
        alert.level,
        alert.code,
        alert.text,
        now
    ])?;
    Ok(true)
}

/// Which alerts `list` and `clear` touch; every field narrows.
#[derive(Debug, Default)]
pub struct Filter {
    pub mailbox_id: Option<i64>,
    pub level: Option<AlertLevel>,
    /// Last raised at or after.
    pub since: Option<DateTime<Utc>>,
    /// Last raised before.
    pub before: Option<DateTime<Utc>>,
}

impl Filter {
    /// The WHERE clause and its parameters; only the conditions given, so the indexes apply.
    fn to_sql(&self) -> (String, Vec<Value>) {
        let mut conditions = Vec::new();
        let mut values = Vec::new();
        let mut add = |condition: &str, value: Value| {
            values.push(value);
            conditions.push(format!("{condition} ?{}", values.len()));
        };
        if let Some(id) = self.mailbox_id {
            add("a.mailbox_id =", Value::Integer(id));
        }
        if let Some(level) = self.level {
            add("a.level =", Value::Integer(level.number()));
        }
        if let Some(since) = self.since {
            add("a.last_at >=", Value::Text(time::format(since)));
        }
        if let Some(before) = self.before {
            add("a.last_at <", Value::Text(time::format(before)));
        }
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        (clause, values)
    }
}

/// Newest first (by last time, then id), at most `limit`.
pub fn list(conn: &Connection, filter: &Filter, limit: Option<u64>) -> Result<Vec<StoredAlert>> {
    let mut all = Vec::new();
    for_each(conn, filter, None, limit, |alert| {
        all.push(alert);
        Ok(())
    })?;
    Ok(all)
}

/// Streams `list`, starting after the alert `after_id` in that order (a cursor for paging).
pub fn for_each(
    conn: &Connection,
    filter: &Filter,
    after_id: Option<i64>,
    limit: Option<u64>,
    mut each: impl FnMut(StoredAlert) -> Result<()>,
) -> Result<()> {
    let (mut clause, mut values) = filter.to_sql();
    if let Some(id) = after_id {
        values.push(Value::Integer(id));
        clause.push_str(if clause.is_empty() {
            " WHERE "
        } else {
            " AND "
        });
        clause.push_str(&format!(
            "(a.last_at, a.id) < (SELECT last_at, id FROM alert WHERE id = ?{})",
            values.len()
        ));
    }
    values.push(Value::Integer(
        limit.map_or(-1, |n| n.min(i64::MAX as u64) as i64),
    ));
    let sql = format!(
        "{SELECT}{clause} ORDER BY a.last_at DESC, a.id DESC LIMIT ?{}",
        values.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<StoredAlert>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE a.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Deletes the alerts `filter` selects; returns how many.
pub fn clear(conn: &Connection, filter: &Filter) -> Result<usize> {
    let (clause, values) = filter.to_sql();
    let sql = format!("DELETE FROM alert AS a{clause}");
    Ok(conn
        .prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?)
}

/// How many alerts there are: what `alerts clear` without a filter asks to confirm.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM alert")?
        .query_row([], |r| r.get(0))?)
}

pub fn count_for(conn: &Connection, mailbox_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM alert WHERE mailbox_id = ?1")?
        .query_row([mailbox_id], |r| r.get(0))?)
}
