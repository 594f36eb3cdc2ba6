//! Exchange folders of a mailbox: the six well-known ones and nested user folders. A folder is
//! addressed by its path of names from the top; its id survives rename and move.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::error::{Code, Error, Result};
use crate::model::WellKnownFolder;

#[derive(Debug, Clone, Serialize)]
pub struct Folder {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub well_known: Option<WellKnownFolder>,
}

/// A folder in a tree listing: depth-first, well-known folders first, then by name.
#[derive(Debug, Clone, Serialize)]
pub struct TreeFolder {
    #[serde(flatten)]
    pub folder: Folder,
    pub path: String,
    pub depth: usize,
}

fn from_row(r: &Row) -> rusqlite::Result<Folder> {
    let well_known: Option<String> = r.get(3)?;
    Ok(Folder {
        id: r.get(0)?,
        parent_id: r.get(1)?,
        name: r.get(2)?,
        well_known: well_known.as_deref().and_then(WellKnownFolder::from_word),
    })
}

pub(super) fn create_well_known(conn: &Connection, mailbox_id: i64) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO folder (mailbox_id, parent_id, name, well_known) VALUES (?1, NULL, ?2, ?3)",
    )?;
    for folder in WellKnownFolder::ALL {
        stmt.execute(params![mailbox_id, folder.display_name(), folder.word()])?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Folder> {
    Ok(conn
        .prepare_cached("SELECT id, parent_id, name, well_known FROM folder WHERE id = ?1")?
        .query_row([id], from_row)?)
}

/// The folder's path from the top of its mailbox (`Inbox/Contoso`).
pub fn path_of(conn: &Connection, id: i64) -> Result<String> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE up(id, parent_id, name, depth) AS (
             SELECT id, parent_id, name, 0 FROM folder WHERE id = ?1
             UNION ALL
             SELECT f.id, f.parent_id, f.name, up.depth + 1 FROM folder f JOIN up ON f.id = up.parent_id)
         SELECT name FROM up ORDER BY depth DESC",
    )?;
    let names: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names.join("/"))
}

/// The folder named `name` directly under `parent` (None: the top of the mailbox).
pub fn child(
    conn: &Connection,
    mailbox_id: i64,
    parent: Option<i64>,
    name: &str,
) -> Result<Option<Folder>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, parent_id, name, well_known FROM folder
             WHERE mailbox_id = ?1 AND coalesce(parent_id, 0) = ?2 AND name = ?3",
        )?
        .query_row(params![mailbox_id, parent.unwrap_or(0), name], from_row)
        .optional()?)
}

/// Follows `path` from the top. Returns how many leading names were found and the folder the
/// whole path names, if it exists; an empty path finds nothing.
pub fn find(
    conn: &Connection,
    mailbox_id: i64,
    path: &[String],
) -> Result<(usize, Option<Folder>)> {
    let mut current: Option<Folder> = None;
    for (depth, name) in path.iter().enumerate() {
        match child(conn, mailbox_id, current.as_ref().map(|f| f.id), name)? {
            Some(folder) => current = Some(folder),
            None => return Ok((depth, None)),
        }
    }
    Ok((path.len(), current))
}

pub fn add(conn: &Connection, mailbox_id: i64, parent: Option<i64>, name: &str) -> Result<i64> {
    conn.prepare_cached("INSERT INTO folder (mailbox_id, parent_id, name) VALUES (?1, ?2, ?3)")?
        .execute(params![mailbox_id, parent, name])?;
    Ok(conn.last_insert_rowid())
}

pub fn rename(conn: &Connection, id: i64, name: &str) -> Result<()> {
    conn.prepare_cached("UPDATE folder SET name = ?2 WHERE id = ?1")?
        .execute(params![id, name])?;
    Ok(())
}

pub fn reparent(conn: &Connection, id: i64, parent: Option<i64>) -> Result<()> {
    conn.prepare_cached("UPDATE folder SET parent_id = ?2 WHERE id = ?1")?
        .execute(params![id, parent])?;
    Ok(())
}

/// How many folders `id` and everything under it make.
pub fn subtree_size(conn: &Connection, id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "WITH RECURSIVE sub(id) AS (
                 SELECT ?1 UNION ALL SELECT f.id FROM folder f JOIN sub ON f.parent_id = sub.id)
             SELECT count(*) FROM sub",
        )?
        .query_row([id], |r| r.get(0))?)
}

/// Whether `folder` is `ancestor` or lies somewhere under it.
pub fn is_within(conn: &Connection, folder: i64, ancestor: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "WITH RECURSIVE up(id) AS (
                 SELECT ?1 UNION ALL
                 SELECT f.parent_id FROM folder f JOIN up ON f.id = up.id WHERE f.parent_id IS NOT NULL)
             SELECT EXISTS (SELECT 1 FROM up WHERE id = ?2)",
        )?
        .query_row([folder, ancestor], |r| r.get(0))?)
}

/// Deletes a folder and everything under it.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM folder WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub fn count(conn: &Connection, mailbox_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM folder WHERE mailbox_id = ?1")?
        .query_row([mailbox_id], |r| r.get(0))?)
}

/// Every folder of the mailbox as a tree listing.
pub fn tree(conn: &Connection, mailbox_id: i64) -> Result<Vec<TreeFolder>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, parent_id, name, well_known FROM folder WHERE mailbox_id = ?1",
    )?;
    let folders: Vec<Folder> = stmt
        .query_map([mailbox_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(arrange(folders))
}

/// Orders folders depth-first, siblings with well-known folders first (in Outlook's order)
/// and then by name, and gives each its path.
fn arrange(folders: Vec<Folder>) -> Vec<TreeFolder> {
    let mut children: HashMap<Option<i64>, Vec<Folder>> = HashMap::new();
    for folder in folders {
        children.entry(folder.parent_id).or_default().push(folder);
    }
    let order = |f: &Folder| {
        (
            f.well_known
                .map_or(WellKnownFolder::ALL.len(), |w| w as usize),
            f.name.to_lowercase(),
            f.id,
        )
    };
    for siblings in children.values_mut() {
        siblings.sort_by_key(order);
    }
    let mut out = Vec::new();
    walk(&children, None, "", 0, &mut out);
    out
}

fn walk(
    children: &HashMap<Option<i64>, Vec<Folder>>,
    parent: Option<i64>,
    prefix: &str,
    depth: usize,
    out: &mut Vec<TreeFolder>,
) {
    for folder in children.get(&parent).into_iter().flatten() {
        let path = if prefix.is_empty() {
            folder.name.clone()
        } else {
            format!("{prefix}/{}", folder.name)
        };
        out.push(TreeFolder {
            folder: folder.clone(),
            path: path.clone(),
            depth,
        });
        walk(children, Some(folder.id), &path, depth + 1, out);
    }
}

/// The id of one of the mailbox's well-known folders (every mailbox has all six).
pub fn well_known(conn: &Connection, mailbox_id: i64, which: WellKnownFolder) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM folder WHERE mailbox_id = ?1 AND well_known = ?2")?
        .query_row(params![mailbox_id, which.word()], |r| r.get(0))
        .optional()?
        .ok_or_else(|| {
            Error::new(
                Code::StateCorrupt,
                format!("mailbox {mailbox_id} has no {} folder", which.word()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(
        id: i64,
        parent_id: Option<i64>,
        name: &str,
        well_known: Option<WellKnownFolder>,
    ) -> Folder {
        Folder {
            id,
            parent_id,
            name: name.to_string(),
            well_known,
        }
    }

    #[test]
    fn tree_is_depth_first_with_well_known_first() {
        let tree = arrange(vec![
            folder(7, None, "Archive", None),
            folder(2, None, "Sent Items", Some(WellKnownFolder::SentItems)),
            folder(1, None, "Inbox", Some(WellKnownFolder::Inbox)),
            folder(9, Some(1), "beta", None),
            folder(8, Some(1), "Alpha", None),
            folder(10, Some(8), "Deals", None),
        ]);
        let paths: Vec<(&str, usize)> = tree.iter().map(|f| (f.path.as_str(), f.depth)).collect();
        assert_eq!(
            paths,
            [
                ("Inbox", 0),
                ("Inbox/Alpha", 1),
                ("Inbox/Alpha/Deals", 2),
                ("Inbox/beta", 1),
                ("Sent Items", 0),
                ("Archive", 0),
            ]
        );
    }
}
