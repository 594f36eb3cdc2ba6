//! Names for shell completion: read from the state without changing it (read-only, no
//! migration, no lock), and nothing at all when the state cannot be read that way: a
//! completion must never fail, write, or wait.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// What a completed argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    Users,
    Mailboxes,
    Queues,
    Folders,
    Items,
    Profiles,
}

/// Items offered at most: the newest ones, which are the ones people type next.
const NEWEST_ITEMS: i64 = 200;

/// `(value, help)` pairs: the value to insert and a word about it (the owner's name, the
/// item's subject). Empty when there is no readable state at `path`.
pub fn candidates(path: &Path, names: Names) -> Vec<(String, String)> {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Vec::new();
    };
    let sql = match names {
        Names::Users => {
            "SELECT coalesce(m.email, CAST(u.id AS TEXT)), u.name FROM user u
             LEFT JOIN mailbox m ON m.user_id = u.id ORDER BY u.name"
        }
        Names::Mailboxes => {
            "SELECT m.email, coalesce(u.name, q.name) FROM mailbox m
             LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id
             ORDER BY m.email"
        }
        Names::Queues => {
            "SELECT q.name, coalesce(m.email, '') FROM queue q
             LEFT JOIN mailbox m ON m.queue_id = q.id ORDER BY q.name"
        }
        Names::Folders => {
            "WITH RECURSIVE path(id, text) AS (
                 SELECT id, name FROM folder WHERE parent_id IS NULL
                 UNION ALL
                 SELECT f.id, path.text || '/' || f.name FROM folder f JOIN path ON f.parent_id = path.id
             )
             SELECT DISTINCT text, '' FROM path ORDER BY text"
        }
        Names::Items => {
            "SELECT CAST(id AS TEXT), subject FROM item ORDER BY id DESC LIMIT ?1"
        }
        Names::Profiles => "SELECT name, '' FROM email_server_profile ORDER BY name",
    };
    let rows = conn.prepare(sql).and_then(|mut statement| {
        let parameters: &[&dyn rusqlite::ToSql] = if names == Names::Items {
            &[&NEWEST_ITEMS]
        } else {
            &[]
        };
        statement
            .query_map(parameters, |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(String, String)>>>()
    });
    rows.unwrap_or_default()
}
