//! Dynamics 365 activities (email, appointment, recurring appointment, task) and their parties.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Code, Error, Result};
use crate::model::tracking::{
    ActivityKind, ActivityState, CorrelationMethod, EmailDirection, FilterReason,
};
use crate::time;

#[derive(Debug, Clone)]
pub struct Activity {
    pub id: i64,
    pub kind: ActivityKind,
    pub subject: String,
    pub message_id: Option<String>,
    pub direction: Option<EmailDirection>,
    pub owner_user_id: Option<i64>,
    pub regarding_record_id: Option<i64>,
    pub correlation_method: CorrelationMethod,
    pub correlated_activity_id: Option<i64>,
    pub parent_activity_id: Option<i64>,
    pub accepting_mailbox_id: Option<i64>,
    pub receiving_mailbox_id: Option<i64>,
    pub series_activity_id: Option<i64>,
    pub state: ActivityState,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub organizer: Option<String>,
    pub tracking_token: Option<String>,
    /// Why filtering accepted it, for automatically tracked email.
    pub filter_reason: Option<FilterReason>,
    /// An appointment marked private (isprivate).
    pub private: bool,
    /// An appointment saved as a draft in Dynamics 365: not in Exchange until sent.
    pub draft: bool,
    pub created_at: DateTime<Utc>,
}

/// Everything `insert` writes; `parties` are (role, address).
#[derive(Debug, Clone)]
pub struct NewActivity {
    pub kind: ActivityKind,
    pub subject: String,
    pub message_id: Option<String>,
    pub direction: Option<EmailDirection>,
    pub owner_user_id: Option<i64>,
    pub regarding_record_id: Option<i64>,
    pub correlation_method: CorrelationMethod,
    pub correlated_activity_id: Option<i64>,
    pub parent_activity_id: Option<i64>,
    pub accepting_mailbox_id: Option<i64>,
    pub receiving_mailbox_id: Option<i64>,
    pub series_activity_id: Option<i64>,
    pub state: ActivityState,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub organizer: Option<String>,
    pub tracking_token: Option<String>,
    pub filter_reason: Option<FilterReason>,
    pub private: bool,
    pub draft: bool,
    pub parties: Vec<(&'static str, String)>,
}

const COLUMNS: &str = "id, kind, subject, message_id, direction, owner_user_id, regarding_record_id, \
    correlation_method, correlated_activity_id, parent_activity_id, accepting_mailbox_id, \
    receiving_mailbox_id, series_activity_id, state, starts_at, ends_at, organizer, tracking_token, created_at, \
    filter_reason, private, draft";

fn from_row(r: &Row) -> rusqlite::Result<Activity> {
    let when = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(r.get::<_, Option<String>>(i)?
            .and_then(|t| time::parse_stored(&t).ok()))
    };
    Ok(Activity {
        id: r.get(0)?,
        kind: r.get(1)?,
        subject: r.get(2)?,
        message_id: r.get(3)?,
        direction: r.get(4)?,
        owner_user_id: r.get(5)?,
        regarding_record_id: r.get(6)?,
        correlation_method: r.get(7)?,
        correlated_activity_id: r.get(8)?,
        parent_activity_id: r.get(9)?,
        accepting_mailbox_id: r.get(10)?,
        receiving_mailbox_id: r.get(11)?,
        series_activity_id: r.get(12)?,
        state: r.get(13)?,
        starts_at: when(14)?,
        ends_at: when(15)?,
        organizer: r.get(16)?,
        tracking_token: r.get(17)?,
        created_at: when(18)?.unwrap_or_default(),
        filter_reason: r.get(19)?,
        private: r.get(20)?,
        draft: r.get(21)?,
    })
}

pub fn insert(conn: &Connection, a: &NewActivity, now: DateTime<Utc>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO activity (kind, subject, message_id, direction, owner_user_id, regarding_record_id, \
         correlation_method, correlated_activity_id, parent_activity_id, accepting_mailbox_id, \
         receiving_mailbox_id, series_activity_id, state, starts_at, ends_at, organizer, tracking_token, created_at, \
         filter_reason, private, draft) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        a.kind,
        a.subject,
        a.message_id,
        a.direction,
        a.owner_user_id,
        a.regarding_record_id,
        a.correlation_method,
        a.correlated_activity_id,
        a.parent_activity_id,
        a.accepting_mailbox_id,
        a.receiving_mailbox_id,
        a.series_activity_id,
        a.state,
        a.starts_at.map(time::format),
        a.ends_at.map(time::format),
        a.organizer,
        a.tracking_token,
        time::format(now),
        a.filter_reason,
        a.private,
        a.draft,
    ])?;
    let id = conn.last_insert_rowid();
    let mut party = conn.prepare_cached(
        "INSERT OR IGNORE INTO activity_party (activity_id, role, address) VALUES (?1, ?2, ?3)",
    )?;
    for (role, address) in &a.parties {
        party.execute(params![id, role, address])?;
    }
    Ok(id)
}

pub fn get(conn: &Connection, id: i64) -> Result<Activity> {
    find(conn, id)?.ok_or_else(|| {
        Error::new(
            Code::UnknownActivity,
            format!("no activity {id}; `orgtrack activity list` shows the activities"),
        )
    })
}

pub fn find(conn: &Connection, id: i64) -> Result<Option<Activity>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM activity WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// The activity of a message in one direction: one message is one activity per direction.
pub fn by_message(
    conn: &Connection,
    message_id: &str,
    direction: EmailDirection,
) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM activity WHERE message_id = ?1 AND direction = ?2")?
        .query_row(params![message_id, direction], |r| r.get(0))
        .optional()?)
}

pub fn parties(conn: &Connection, id: i64) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT role, address FROM activity_party WHERE activity_id = ?1 \
         ORDER BY CASE role WHEN 'from' THEN 0 WHEN 'organizer' THEN 1 WHEN 'to' THEN 2 ELSE 3 END, address",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub kind: Option<ActivityKind>,
    pub regarding_record_id: Option<i64>,
    pub owner_user_id: Option<i64>,
    pub after_id: i64,
    pub limit: Option<i64>,
}

/// Streams matching activities in id order. Only the conditions given go into the query, so
/// that an owner or a regarding record is read through its index.
pub fn for_each(
    conn: &Connection,
    f: &Filter,
    mut each: impl FnMut(Activity) -> Result<()>,
) -> Result<()> {
    let limit = f.limit.unwrap_or(-1);
    let mut filters = super::Where::default()
        .with("id >", &f.after_id)
        .equal("kind", &f.kind)
        .equal("regarding_record_id", &f.regarding_record_id)
        .equal("owner_user_id", &f.owner_user_id);
    let limit_at = filters.bind(&limit);
    let sql = format!(
        "SELECT {COLUMNS} FROM activity{} ORDER BY id LIMIT ?{limit_at}",
        filters.clause()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(filters.values.as_slice())?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

pub fn set_regarding(conn: &Connection, id: i64, record_id: Option<i64>) -> Result<()> {
    conn.prepare_cached("UPDATE activity SET regarding_record_id = ?2 WHERE id = ?1")?
        .execute(params![id, record_id])?;
    Ok(())
}

/// A draft appointment was sent: it is no longer a draft.
pub fn clear_draft(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE activity SET draft = 0 WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Gives an activity (a series with its occurrences) to another owner.
pub fn set_owner(conn: &Connection, id: i64, owner_user_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE activity SET owner_user_id = ?2 WHERE id = ?1")?
        .execute(params![id, owner_user_id])?;
    conn.prepare_cached(
        "UPDATE activity SET owner_user_id = ?2 WHERE series_activity_id IS NOT NULL AND series_activity_id = ?1",
    )?
    .execute(params![id, owner_user_id])?;
    Ok(())
}

pub fn set_state(conn: &Connection, id: i64, state: ActivityState) -> Result<()> {
    conn.prepare_cached("UPDATE activity SET state = ?2 WHERE id = ?1")?
        .execute(params![id, state])?;
    Ok(())
}

/// Deletes an activity and, for a recurring series, its occurrences.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM activity WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Occurrence activities of a series.
pub fn occurrences(conn: &Connection, series_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM activity WHERE series_activity_id = ?1 ORDER BY starts_at, id",
    )?;
    let ids = stmt.query_map([series_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// How many activities are regarding a record (`record delete` asks before unlinking them).
pub fn count_regarding(conn: &Connection, record_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM activity WHERE regarding_record_id = ?1")?
        .query_row([record_id], |r| r.get(0))?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM activity")?
        .query_row([], |r| r.get(0))?)
}

/// The most recent email activity of a message, either direction (In-Reply-To correlation).
pub fn latest_of_message(conn: &Connection, message_id: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM activity WHERE message_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 1")?
        .query_row([message_id], |r| r.get(0))
        .optional()?)
}

/// The most recent activity that carries this tracking token.
pub fn by_token(conn: &Connection, token: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM activity WHERE tracking_token = ?1 COLLATE NOCASE ORDER BY created_at DESC, id DESC LIMIT 1",
        )?
        .query_row([token], |r| r.get(0))
        .optional()?)
}
