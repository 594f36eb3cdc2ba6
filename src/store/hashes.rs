//! Smart-matching hashes of tracked email: subject words and addresses, per activity.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use crate::error::Result;
use crate::time;

const SUBJECT: i64 = 0;
const ADDRESS: i64 = 1;

/// Hashes are u64; SQLite keeps them as the same 64 bits in a signed integer.
fn stored(hash: u64) -> i64 {
    hash as i64
}

pub fn store(
    conn: &Connection,
    activity_id: i64,
    subject: &[u64],
    addresses: &[u64],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO email_hash (activity_id, kind, hash, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let now = time::format(now);
    for hash in subject {
        insert.execute(params![activity_id, SUBJECT, stored(*hash), now])?;
    }
    for hash in addresses {
        insert.execute(params![activity_id, ADDRESS, stored(*hash), now])?;
    }
    Ok(())
}

/// Activities tracked since `since` that share at least `min_shared` of these address hashes,
/// most recent first.
pub fn candidates(
    conn: &Connection,
    addresses: &[u64],
    min_shared: usize,
    since: DateTime<Utc>,
) -> Result<Vec<i64>> {
    if addresses.is_empty() {
        return Ok(Vec::new());
    }
    let list = addresses
        .iter()
        .map(|h| stored(*h).to_string())
        .collect::<Vec<_>>()
        .join(",");
    // The hashes are integers we computed, so inlining them is safe; it keeps one statement.
    let sql = format!(
        "SELECT activity_id FROM email_hash WHERE kind = {ADDRESS} AND hash IN ({list}) AND created_at >= ?1 \
         GROUP BY activity_id HAVING count(DISTINCT hash) >= ?2 ORDER BY max(created_at) DESC, activity_id DESC"
    );
    let mut stmt = conn.prepare(&sql)?;
    let ids = stmt.query_map(params![time::format(since), min_shared as i64], |r| {
        r.get(0)
    })?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

pub fn of_activity(conn: &Connection, activity_id: i64) -> Result<(Vec<u64>, Vec<u64>)> {
    let mut stmt =
        conn.prepare_cached("SELECT kind, hash FROM email_hash WHERE activity_id = ?1")?;
    let mut subject = Vec::new();
    let mut addresses = Vec::new();
    let mut rows = stmt.query([activity_id])?;
    while let Some(row) = rows.next()? {
        let hash = row.get::<_, i64>(1)? as u64;
        if row.get::<_, i64>(0)? == SUBJECT {
            subject.push(hash)
        } else {
            addresses.push(hash)
        }
    }
    Ok((subject, addresses))
}
