//! The folder shape: `folder list|add|rename|move` and the `folders` of `mailbox show`.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::WellKnownFolder;
use crate::store::folders::{self, TreeFolder};
use crate::store::mailboxes::Mailbox;

/// An Exchange folder of a mailbox.
#[derive(Debug, Serialize)]
pub struct FolderView {
    pub id: i64,
    pub mailbox_id: i64,
    pub mailbox: String,
    pub name: String,
    /// From the top of the mailbox: `Inbox/Contoso`.
    pub path: String,
    pub parent_id: Option<i64>,
    /// 0 for a top-level folder.
    pub depth: usize,
    pub well_known: Option<WellKnownFolder>,
}

/// Table columns of a folder listing.
pub const COLUMNS: &[&str] = &["path", "well_known", "id"];

impl FolderView {
    fn new(mailbox: &Mailbox, tree: TreeFolder) -> Self {
        FolderView {
            id: tree.folder.id,
            mailbox_id: mailbox.id,
            mailbox: mailbox.name.clone(),
            name: tree.folder.name,
            path: tree.path,
            parent_id: tree.folder.parent_id,
            depth: tree.depth,
            well_known: tree.folder.well_known,
        }
    }

    /// The folder with this id.
    pub fn of(conn: &Connection, mailbox: &Mailbox, id: i64) -> Result<Self> {
        let path = folders::path_of(conn, id)?;
        let tree = TreeFolder {
            depth: path.split('/').count() - 1,
            folder: folders::get(conn, id)?,
            path,
        };
        Ok(FolderView::new(mailbox, tree))
    }
}

/// Every folder of the mailbox, depth-first as Outlook shows them.
pub fn tree(conn: &Connection, mailbox: &Mailbox) -> Result<Vec<FolderView>> {
    Ok(folders::tree(conn, mailbox.id)?
        .into_iter()
        .map(|tree| FolderView::new(mailbox, tree))
        .collect())
}
