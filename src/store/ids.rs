//! Ids are never handed out twice. Without `AUTOINCREMENT`, SQLite gives a new row the largest
//! id in its table plus one, so deleting the newest item and receiving a new email gave the new
//! email the deleted item's id, and every script that kept that id pointed at another object.
//! With it, SQLite keeps each table's high-water mark in `sqlite_sequence` and never goes below
//! it, across deletes and restarts ("The AUTOINCREMENT Keyword", https://www.sqlite.org/autoinc.html).
//!
//! Tables made before this step are rebuilt with the keyword by SQLite's procedure for schema
//! changes ALTER TABLE cannot make ("Making Other Kinds Of Table Schema Changes",
//! https://www.sqlite.org/lang_altertable.html#otheralter): new table, copy, drop, rename,
//! then the old table's indexes and triggers again. Every row keeps its id; copying the rows
//! sets the high-water mark to the largest id present. Rows deleted before the step, above that
//! largest id, left no trace, except item ids still named as a conversation's first item.

use rusqlite::{Connection, Transaction};
use rusqlite_migration::{HookError, HookResult};

/// The tables with a fixed id: `org` is one row, always id 1.
const FIXED_IDS: &[&str] = &["org"];

/// The migration step. Runs inside the migration's transaction with foreign keys off (a table
/// rebuilt with them on would cascade its drop into the tables that reference it); checks
/// every foreign key at the end, so a broken reference rolls the whole step back.
pub fn never_reused(tx: &Transaction) -> HookResult {
    for (table, sql) in tables_reusing_ids(tx)? {
        rebuild(tx, &table, &sql)?;
    }
    tx.execute(
        "UPDATE sqlite_sequence
            SET seq = max(seq, coalesce((SELECT max(conversation_id) FROM item), 0))
          WHERE name = 'item'",
        [],
    )?;
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        return Err(HookError::Hook(format!(
            "{broken} rows would reference missing rows after giving ids a high-water mark"
        )));
    }
    Ok(())
}

/// Tables whose `id INTEGER PRIMARY KEY` has no AUTOINCREMENT, with their CREATE statements.
pub fn tables_reusing_ids(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_schema
          WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let tables = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut found = Vec::new();
    for table in tables {
        let (name, sql) = table?;
        if !FIXED_IDS.contains(&name.as_str()) && id_key_end(&sql).is_some() {
            found.push((name, sql));
        }
    }
    Ok(found)
}

/// Where `id INTEGER PRIMARY KEY` ends in a CREATE TABLE statement, when AUTOINCREMENT does not
/// follow it.
fn id_key_end(sql: &str) -> Option<usize> {
    let pattern =
        regex::Regex::new(r"(?i)[(,]\s*id\s+INTEGER\s+PRIMARY\s+KEY\b").expect("a valid pattern");
    let end = pattern.find(sql)?.end();
    let rest = sql[end..].trim_start();
    let autoincrement = rest
        .get(..13)
        .is_some_and(|word| word.eq_ignore_ascii_case("AUTOINCREMENT"));
    (!autoincrement).then_some(end)
}

fn rebuild(tx: &Transaction, table: &str, sql: &str) -> rusqlite::Result<()> {
    let companions: Vec<String> = tx
        .prepare(
            "SELECT sql FROM sqlite_schema
              WHERE tbl_name = ?1 AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        )?
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let columns: Vec<String> = tx
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let columns = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let staging = format!("{table}_rebuilt");
    let end = id_key_end(sql).expect("only tables that reuse ids are rebuilt");
    let body = sql.find('(').expect("a CREATE TABLE has a column list");
    let create = format!(
        "CREATE TABLE \"{staging}\" {} AUTOINCREMENT{}",
        &sql[body..end],
        &sql[end..]
    );
    tx.execute_batch(&create)?;
    tx.execute_batch(&format!(
        "INSERT INTO \"{staging}\" ({columns}) SELECT {columns} FROM \"{table}\";
         DROP TABLE \"{table}\";
         ALTER TABLE \"{staging}\" RENAME TO \"{table}\";"
    ))?;
    for companion in companions {
        tx.execute_batch(&companion)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table added by a later step must say AUTOINCREMENT itself: this step only ran once.
    #[test]
    fn every_table_with_an_id_keeps_a_high_water_mark() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations().to_latest(&mut conn).unwrap();
        let reusing: Vec<String> = tables_reusing_ids(&conn)
            .unwrap()
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert!(reusing.is_empty(), "tables that reuse ids: {reusing:?}");
    }

    #[test]
    fn the_id_key_is_found_whatever_its_spacing() {
        assert!(
            id_key_end("CREATE TABLE a (\n    id      INTEGER PRIMARY KEY,\n x TEXT)").is_some()
        );
        assert!(id_key_end("CREATE TABLE a (id integer primary key autoincrement)").is_none());
        assert!(id_key_end("CREATE TABLE a (user_id INTEGER PRIMARY KEY)").is_none());
    }
}
