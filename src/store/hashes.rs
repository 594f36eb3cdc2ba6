//! Smart-matching hashes of tracked email, per activity: its subject-word hashes in one blob,
//! and its address hashes, which smart matching looks candidates up by. The time they were
//! stored is their activity's `created_at` (migration `014_compact_hashes.sql`).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::time;

const HASH_BYTES: usize = 8;

/// Hashes are u64; SQLite keeps them as the same 64 bits in a signed integer.
fn stored(hash: u64) -> i64 {
    hash as i64
}

/// Subject-word hashes as one blob, 8 big-endian bytes each, in subject order.
fn to_blob(hashes: &[u64]) -> Vec<u8> {
    hashes.iter().flat_map(|h| h.to_be_bytes()).collect()
}

fn from_blob(blob: &[u8]) -> Vec<u64> {
    blob.chunks_exact(HASH_BYTES)
        .map(|c| u64::from_be_bytes(c.try_into().expect("chunks of 8 bytes")))
        .collect()
}

/// Stores the hashes of a new email activity. `addresses` must be distinct, as
/// `smart_match::address_hashes` makes them (they are the table's key with the activity).
pub fn store(
    conn: &Connection,
    activity_id: i64,
    subject: &[u64],
    addresses: &[u64],
) -> Result<()> {
    if !subject.is_empty() {
        conn.prepare_cached(
            "INSERT INTO email_subject_hash (activity_id, hashes) VALUES (?1, ?2)",
        )?
        .execute(params![activity_id, to_blob(subject)])?;
    }
    let mut address =
        conn.prepare_cached("INSERT INTO email_address_hash (activity_id, hash) VALUES (?1, ?2)")?;
    for hash in addresses {
        address.execute(params![activity_id, stored(*hash)])?;
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
        "SELECT h.activity_id FROM email_address_hash h JOIN activity a ON a.id = h.activity_id \
         WHERE h.hash IN ({list}) AND a.created_at >= ?1 \
         GROUP BY h.activity_id HAVING count(DISTINCT h.hash) >= ?2 \
         ORDER BY max(a.created_at) DESC, h.activity_id DESC"
    );
    let mut stmt = conn.prepare(&sql)?;
    let ids = stmt.query_map(params![time::format(since), min_shared as i64], |r| {
        r.get(0)
    })?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// The subject-word and address hashes of an activity.
pub fn of_activity(conn: &Connection, activity_id: i64) -> Result<(Vec<u64>, Vec<u64>)> {
    let subject = conn
        .prepare_cached("SELECT hashes FROM email_subject_hash WHERE activity_id = ?1")?
        .query_row([activity_id], |r| r.get::<_, Vec<u8>>(0))
        .optional()?
        .map(|blob| from_blob(&blob))
        .unwrap_or_default();
    let addresses = conn
        .prepare_cached("SELECT hash FROM email_address_hash WHERE activity_id = ?1")?
        .query_map([activity_id], |r| r.get::<_, i64>(0).map(|h| h as u64))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((subject, addresses))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::smart_match::{self, SmartMatchConfig};
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    /// The schema before `014_compact_hashes.sql`.
    const BEFORE: usize = 12;

    fn schema(steps: usize) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations()
            .to_version(&mut conn, steps)
            .unwrap();
        conn
    }

    /// How hashes were stored and read before, kept as the reference the new storage must agree
    /// with: one row per hash, each with its own time.
    mod reference {
        use super::*;

        pub fn store(
            conn: &Connection,
            activity: i64,
            subject: &[u64],
            addresses: &[u64],
            at: &str,
        ) {
            let mut insert = conn
                .prepare_cached("INSERT INTO email_hash (activity_id, kind, hash, created_at) VALUES (?1, ?2, ?3, ?4)")
                .unwrap();
            for hash in subject {
                insert
                    .execute(params![activity, 0, *hash as i64, at])
                    .unwrap();
            }
            for hash in addresses {
                insert
                    .execute(params![activity, 1, *hash as i64, at])
                    .unwrap();
            }
        }

        pub fn candidates(
            conn: &Connection,
            addresses: &[u64],
            min_shared: usize,
            since: &str,
        ) -> Vec<i64> {
            let list = addresses
                .iter()
                .map(|h| (*h as i64).to_string())
                .collect::<Vec<_>>()
                .join(",");
            let sql = format!(
                "SELECT activity_id FROM email_hash WHERE kind = 1 AND hash IN ({list}) AND created_at >= ?1 \
                 GROUP BY activity_id HAVING count(DISTINCT hash) >= ?2 ORDER BY max(created_at) DESC, activity_id DESC"
            );
            let mut stmt = conn.prepare(&sql).unwrap();
            stmt.query_map(params![since, min_shared as i64], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        }

        pub fn of_activity(conn: &Connection, activity: i64) -> (Vec<u64>, Vec<u64>) {
            let mut stmt = conn
                .prepare_cached("SELECT kind, hash FROM email_hash WHERE activity_id = ?1")
                .unwrap();
            let (mut subject, mut addresses) = (Vec::new(), Vec::new());
            for row in stmt
                .query_map([activity], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)? as u64))
                })
                .unwrap()
            {
                let (kind, hash) = row.unwrap();
                if kind == 0 {
                    subject.push(hash)
                } else {
                    addresses.push(hash)
                }
            }
            (subject, addresses)
        }
    }

    const WORDS: &[&str] = &["offer", "price", "RE:", "list", "order", "meeting", "q3"];
    const PEOPLE: &[&str] = &[
        "a@contoso.com",
        "B@contoso.com",
        "c@fabrikam.com",
        "d@fabrikam.com",
        "e@x.org",
    ];

    #[derive(Debug, Clone)]
    struct Email {
        subject: String,
        addresses: Vec<&'static str>,
        day: i64,
    }

    fn email() -> impl Strategy<Value = Email> {
        (
            proptest::collection::vec(proptest::sample::select(WORDS), 0..5),
            proptest::collection::vec(proptest::sample::select(PEOPLE), 0..4),
            0i64..150,
        )
            .prop_map(|(words, addresses, day)| Email {
                subject: words.join(" "),
                addresses,
                day,
            })
    }

    fn at(day: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(day)
    }

    fn hashes(cfg: &SmartMatchConfig, email: &Email) -> (Vec<u64>, Vec<u64>) {
        (
            smart_match::subject_hashes(cfg, &email.subject),
            smart_match::address_hashes(email.addresses.iter().copied()),
        )
    }

    fn add_activity(conn: &Connection, id: i64, created_at: &str) {
        conn.execute(
            "INSERT INTO activity (id, kind, subject, created_at) VALUES (?1, 0, '', ?2)",
            params![id, created_at],
        )
        .unwrap();
    }

    /// Smart matching as the engine runs it: the first candidate whose hashes match.
    fn first_match(
        cfg: &SmartMatchConfig,
        probe: &(Vec<u64>, Vec<u64>),
        candidates: Vec<i64>,
        hashes_of: impl Fn(i64) -> (Vec<u64>, Vec<u64>),
    ) -> Option<i64> {
        candidates.into_iter().find(|c| {
            let (subject, addresses) = hashes_of(*c);
            smart_match::matches(cfg, &probe.0, &probe.1, &subject, &addresses)
        })
    }

    fn sorted(mut v: Vec<u64>) -> Vec<u64> {
        v.sort_unstable();
        v
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Old rows, the same rows migrated, and the new storage written directly give the same
        /// candidates, the same hashes per activity and the same match for every probe.
        #[test]
        fn compact_hashes_match_exactly_as_the_old_rows(
            emails in proptest::collection::vec(email(), 0..40),
            probes in proptest::collection::vec((email(), 1usize..4, 0usize..3), 1..8),
        ) {
            let old = schema(BEFORE);
            let migrated = schema(BEFORE);
            let new = schema(crate::store::MIGRATIONS.len());
            let cfg = SmartMatchConfig::default();
            for (index, email) in emails.iter().enumerate() {
                let id = index as i64 + 1;
                let created = time::format(at(email.day));
                let (subject, addresses) = hashes(&cfg, email);
                for conn in [&old, &migrated] {
                    add_activity(conn, id, &created);
                    reference::store(conn, id, &subject, &addresses, &created);
                }
                add_activity(&new, id, &created);
                store(&new, id, &subject, &addresses).unwrap();
            }
            let mut migrated = migrated;
            crate::store::migrations().to_latest(&mut migrated).unwrap();
            for id in 1..=emails.len() as i64 {
                let (subject, addresses) = reference::of_activity(&old, id);
                for conn in [&migrated, &new] {
                    let (s, a) = of_activity(conn, id).unwrap();
                    prop_assert_eq!(&s, &subject);
                    prop_assert_eq!(sorted(a), sorted(addresses.clone()));
                }
            }
            for (probe, min_shared, delta) in probes {
                let mut cfg = SmartMatchConfig::default();
                cfg.min_address_count = min_shared;
                cfg.delta_subject_count = delta;
                let hashed = hashes(&cfg, &probe);
                let since = at(probe.day) - Duration::days(smart_match::SEARCH_WINDOW_DAYS);
                let expected = reference::candidates(&old, &hashed.1, min_shared, &time::format(since));
                let expected_match = first_match(&cfg, &hashed, expected.clone(), |c| reference::of_activity(&old, c));
                for conn in [&migrated, &new] {
                    let found = if hashed.1.is_empty() { Vec::new() } else { candidates(conn, &hashed.1, min_shared, since).unwrap() };
                    let expected = if hashed.1.is_empty() { Vec::new() } else { expected.clone() };
                    prop_assert_eq!(&found, &expected);
                    let matched = first_match(&cfg, &hashed, found, |c| of_activity(conn, c).unwrap());
                    let expected_match = if hashed.1.is_empty() { None } else { expected_match };
                    prop_assert_eq!(matched, expected_match);
                }
            }
        }
    }
}
